import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditCoverageCheck } from './audit-coverage.check';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { AuditPlugin } from './audit.plugin';
import { AuditedMutations } from './audited-mutations';

/** The audit log: records every mutation (AuditPlugin) and lets administrators read it. */
@Module({
  imports: [DiscoveryModule],
  providers: [AuditedMutations, AuditLogService, AuditPlugin, AuditLogResolver, AuditCoverageCheck],
})
export class AuditModule {}
