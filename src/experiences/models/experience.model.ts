import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExperienceRole, Outcome } from '../experience-role';

registerEnumType(ExperienceRole, {
  name: 'ExperienceRole',
  description: 'The part a person played on a challenge.',
});
registerEnumType(Outcome, {
  name: 'Outcome',
  description: 'How the work on a challenge turned out.',
});

@ObjectType({ description: "A person's experience with a challenge: role, outcome and lessons." })
export class Experience {
  @Field(() => ExperienceRole)
  role!: ExperienceRole;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => Int, { nullable: true, description: 'The year of the work (or when it started).' })
  year!: number | null;

  @Field(() => String, { nullable: true })
  lessonsLearned!: string | null;

  /** Not a GraphQL field: the key that Experience.person resolves. */
  personId!: string;

  /** Not a GraphQL field: the key that Experience.challenge resolves. */
  challengeId!: string;
}
