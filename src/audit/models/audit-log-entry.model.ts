import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';

@ObjectType({
  description:
    'One audited call (a mutation, an exportMyData, or an API client shown e-mail addresses): who did what to which object, with which result.',
})
export class AuditLogEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When the call ran.' })
  at!: Date;

  @Field({ description: 'The mutation (e.g. createPerson), exportMyData or readContactDetails.' })
  action!: string;

  @Field({ description: 'The kind of object the call is about, e.g. Person.' })
  objectType!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The id of the object, when known; pseudonym:<hash> for an erased person.',
  })
  objectId!: string | null;

  @Field({ description: 'SUCCESS, or the error code the caller received (e.g. BAD_USER_INPUT).' })
  result!: string;

  @Field({ description: "The caller's IP address as the service saw it." })
  origin!: string;

  @Field({
    description:
      'Who called: admin, client:<id>, person:<id> (person:pseudonym:<hash> once erased), cli, anonymous or rejected (a refused key).',
  })
  actor!: string;

  @Field({ description: 'The X-Correlation-Id of the request, to find it in the logs.' })
  correlationId!: string;
}

export const AuditLogEntryConnection = ConnectionType(AuditLogEntry, 'AuditLogEntry');
