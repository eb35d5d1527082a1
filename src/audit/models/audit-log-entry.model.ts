import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';

@ObjectType({
  description: 'One audited call of a mutation: who did what to which object, with which result.',
})
export class AuditLogEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When the mutation ran.' })
  at!: Date;

  @Field({ description: 'The mutation, e.g. createPerson.' })
  action!: string;

  @Field({ description: 'The kind of object the mutation changes, e.g. Person.' })
  objectType!: string;

  @Field(() => ID, { nullable: true, description: 'The id of the object, when known.' })
  objectId!: string | null;

  @Field({ description: 'SUCCESS, or the error code the caller received (e.g. BAD_USER_INPUT).' })
  result!: string;

  @Field({ description: "The caller's IP address as the service saw it." })
  origin!: string;

  @Field({ description: 'Who called: admin, anonymous or rejected (a refused key).' })
  actor!: string;

  @Field({ description: 'The X-Correlation-Id of the request, to find it in the logs.' })
  correlationId!: string;
}

export const AuditLogEntryConnection = ConnectionType(AuditLogEntry, 'AuditLogEntry');
