import { Module } from '@nestjs/common';
import { SeedModule } from '../seed/seed.module';
import { StartupService } from './startup.service';

@Module({ imports: [SeedModule], providers: [StartupService] })
export class StartupModule {}
