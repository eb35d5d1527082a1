import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { Scope } from './scope.enum';

@ObjectType({ description: "An intranet's API client: who holds a key, for which municipality." })
export class ApiClient {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Who uses the key, e.g. "Intranet Tilburg".' })
  name!: string;

  @Field(() => ID, { description: 'CBS code of the municipality the client acts for.' })
  municipalityCode!: string;

  @Field(() => [Scope])
  scopes!: Scope[];

  @Field({
    description: 'The public start of the key (kn_<key id>), to recognise it; never the secret.',
  })
  keyPrefix!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Who created it: admin, cli or client:<id>.' })
  createdBy!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the key was last accepted; updated at most once a minute.',
  })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'After this moment the key is refused.' })
  expiresAt!: Date | null;

  @Field({ description: 'Whether the key is accepted now: neither revoked nor expired.' })
  active!: boolean;
}

export const ApiClientConnection = ConnectionType(ApiClient, 'ApiClient');

@ObjectType({ description: 'A new API client with its key. The key is shown only here, once.' })
export class CreatedApiClient {
  @Field(() => ID, { description: "The new client's id (the same as client.id)." })
  id!: string;

  @Field(() => ApiClient)
  client!: ApiClient;

  @Field({
    description:
      'The key, to send as "Authorization: Bearer <key>". It is stored only as a hash: keep it now, it cannot be shown again.',
  })
  key!: string;
}
