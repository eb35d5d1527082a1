import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Permission } from '../auth/access.decorator';
import { type Connection, toConnection, toPageRequest } from '../common/pagination/connection';
import { type AuditLogRecord } from './audit-log.record';
import { auditLogSortKey } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditLogEntry, AuditLogEntryConnection } from './models/audit-log-entry.model';

const toEntry = (record: AuditLogRecord): AuditLogEntry => ({ ...record });

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  constructor(private readonly service: AuditLogService) {}

  // WRITE: only administrators may read the audit log, and today only they hold write rights.
  @Query(() => AuditLogEntryConnection, {
    description: 'The audit log, newest first. Administrators only.',
  })
  @Access(Permission.ADMIN)
  async auditLog(@Args() args: AuditLogArgs): Promise<Connection<AuditLogEntry>> {
    const page = await this.service.list(
      { objectType: args.objectType, objectId: args.objectId },
      toPageRequest(args),
    );
    return toConnection(page, auditLogSortKey, toEntry);
  }
}
