import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { ChallengeStatus } from '../challenge-status';

registerEnumType(ChallengeStatus, {
  name: 'ChallengeStatus',
  description: 'Where a challenge stands; new challenges are OPEN.',
});

@ObjectType({
  description: 'A challenge a municipality faces, such as forming an environment service.',
})
export class Challenge {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Theme slug, e.g. sociaal-domein, omgeving, ict, bedrijfsvoering, dienstverlening, veiligheid, financien.',
  })
  theme!: string | null;

  @Field(() => ChallengeStatus)
  status!: ChallengeStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  /** Not a GraphQL field: the key that Challenge.municipality resolves. */
  municipalityCode!: string;

  /** Not a GraphQL field: the keys that Challenge.requiredSkills resolves. */
  requiredSkillIds!: readonly string[];
}

export const ChallengeConnection = ConnectionType(Challenge, 'Challenge');
