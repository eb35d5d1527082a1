import { Module } from '@nestjs/common';
import { ViewpointService } from './viewpoint.service';

/** Imported by every feature that shows people: they read through the caller's viewpoint. */
@Module({ providers: [ViewpointService], exports: [ViewpointService] })
export class ViewpointModule {}
