import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { ViewpointModule } from '../viewpoint/viewpoint.module';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** exportMyData and erasePerson, across the graph and the relational store (ports of both). */
@Module({
  imports: [MunicipalitiesModule, ViewpointModule],
  providers: [PrivacyService, PrivacyResolver],
})
export class PrivacyModule {}
