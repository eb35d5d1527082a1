import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { unauditedMutations } from './audit-coverage';
import { AuditedMutations } from './audited-mutations';

/**
 * Says at start which mutations lack @Audit. They are still recorded (object type UNMARKED);
 * the e2e coverage test is what fails the build.
 */
@Injectable()
export class AuditCoverageCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly audited: AuditedMutations,
  ) {}

  onApplicationBootstrap(): void {
    // GraphQLModule does not export its schema host to other modules; look it up app-wide.
    const { schema } = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    for (const field of unauditedMutations(schema, this.audited)) {
      this.logger.error(
        `Mutation ${field} has no @Audit('<ObjectType>'): add it to its resolver method.`,
      );
    }
  }
}
