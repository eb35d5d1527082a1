import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { CollaborationsResolver } from './collaborations.resolver';
import { CollaborationsService } from './collaborations.service';
import { MunicipalityCollaborationsResolver } from './municipality-collaborations.resolver';

@Module({
  imports: [MunicipalitiesModule],
  providers: [CollaborationsService, CollaborationsResolver, MunicipalityCollaborationsResolver],
  exports: [CollaborationsService],
})
export class CollaborationsModule {}
