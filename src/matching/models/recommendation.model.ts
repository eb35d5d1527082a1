import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ExperienceRole, Outcome } from '../../experiences/experience-role';
// Registers the ExperienceRole and Outcome enums with GraphQL.
import '../../experiences/models/experience.model';

@ObjectType({
  description:
    'A challenge similar to the asked one, or one on which what the recommended person wrote matches the question, and what they did on it.',
})
export class ChallengeMatch {
  @Field(() => Float, {
    description:
      'How similar it is to the asked challenge, 0 to 1: its text, relative to the best text match of the question, and how far it requires the wanted skills. 0 when only the lessons matched.',
  })
  similarity!: number;

  @Field(() => Float, {
    description:
      'How well the lessons the person wrote on it match the question, 0 to 1 (relative to the best matching lessons of the question); 0 without lessons or match.',
  })
  lessonRelevance!: number;

  @Field(() => ExperienceRole)
  role!: ExperienceRole;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => Int, { nullable: true, description: 'The year of the work.' })
  year!: number | null;

  /** Not a GraphQL field: the key that ChallengeMatch.challenge resolves. */
  challengeId!: string;
}

@ObjectType({
  description:
    'A colleague in another municipality who worked on something similar, with the reasons why.',
})
export class Recommendation {
  @Field(() => Float, {
    description:
      'The ranking score, 0 to 1 (see docs/matching.md). Available people come first, then by score.',
  })
  score!: number;

  @Field(() => [String], {
    description:
      'Why this colleague: short Dutch sentences, e.g. "Leidde \'…\' in Enschede (opgelost, 2023)".',
  })
  reasons!: string[];

  @Field(() => [ChallengeMatch], {
    description:
      'Similar challenges this colleague worked on, the most telling first (at most 10).',
  })
  matchedChallenges!: ChallengeMatch[];

  /** Not a GraphQL field: the key that Recommendation.person resolves. */
  personId!: string;

  /** Not a GraphQL field: the keys that Recommendation.sharedSkills resolves. */
  sharedSkillIds!: string[];

  /** Not a GraphQL field: the keys that Recommendation.introductionPath resolves. */
  introductionPathIds!: string[] | null;
}
