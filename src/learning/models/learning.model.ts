import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { Outcome } from '../../experiences/experience-role';
import { CountTotal } from '../../gaps/models/counts.model';
import { ProgrammeStatus } from '../programme-status';

registerEnumType(ProgrammeStatus, {
  name: 'ProgrammeStatus',
  description:
    'Where a learning programme stands; people, circles and pairs change while PLANNED or ACTIVE.',
});

@ObjectType({ description: 'A skill a programme builds, and the level it aims for.' })
export class ProgrammeSkill {
  skillId!: string;

  @Field(() => Int, { description: '1..5' })
  targetLevel!: number;
}

@ObjectType({
  description:
    'A learning programme ("leerprogramma"): run by a collaboration or a municipality, it addresses challenges and builds skills, with participants in learning circles, each paired with a mentor.',
})
export class LearningProgramme {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  goal!: string | null;

  @Field(() => String, { nullable: true })
  theme!: string | null;

  @Field(() => ProgrammeStatus)
  status!: ProgrammeStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate!: string | null;

  @Field(() => [ProgrammeSkill])
  skills!: ProgrammeSkill[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  collaborationId!: string | null;
  municipalityCode!: string | null;
  coordinatorId!: string | null;
  challengeIds!: string[];
}

export const LearningProgrammeConnection = ConnectionType(LearningProgramme, 'LearningProgramme');

@ObjectType({ description: 'Someone taking part in a programme.' })
export class ProgrammeParticipant {
  programmeId!: string;
  personId!: string;
  mentorId!: string | null;

  @Field(() => GraphQLISODateTime)
  since!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Their learning circle, 1-based; null before circles are formed.',
  })
  circle!: number | null;
}

@ObjectType({ description: 'A mentor of a programme.' })
export class ProgrammeMentor {
  programmeId!: string;
  personId!: string;

  @Field(() => GraphQLISODateTime)
  since!: Date;
}

@ObjectType({
  description: 'A learning circle ("leerkring") of 4–8 participants across municipalities.',
})
export class LearningCircle {
  @Field(() => Int)
  number!: number;

  memberIds!: string[];

  @Field(() => Int)
  municipalityCount!: number;

  @Field(() => Float, {
    description: 'Mean of the members’ average level in the programme’s skills.',
  })
  averageLevel!: number;

  @Field({ description: 'Why the circle looks as it does (Dutch).' })
  explanation!: string;
}

@ObjectType({ description: 'A participant paired with a mentor, with the reasons (Dutch).' })
export class MentorPair {
  participantId!: string;
  mentorId!: string;

  @Field(() => Float)
  fit!: number;

  @Field(() => [String])
  reasons!: string[];

  @Field({ description: 'The pair was there already and was kept.' })
  kept!: boolean;
}

@ObjectType()
export class UnpairedParticipant {
  participantId!: string;

  @Field({ description: 'Why no mentor was found (Dutch).' })
  reason!: string;
}

@ObjectType()
export class MentorPairing {
  @Field(() => [MentorPair])
  pairs!: MentorPair[];

  @Field(() => [UnpairedParticipant])
  unpaired!: UnpairedParticipant[];
}

@ObjectType({ description: 'A programme skill a suggested participant lacks.' })
export class SkillNeed {
  skillId!: string;

  @Field(() => Int, { description: 'Their level now, 0 when they do not hold it.' })
  level!: number;

  @Field(() => Int)
  targetLevel!: number;

  @Field({ description: 'A challenge they work on needs it.' })
  needed!: boolean;

  @Field({ description: 'They said they want to learn it.' })
  wanted!: boolean;
}

@ObjectType({ description: 'Someone who should take part, and why.' })
export class ParticipantSuggestion {
  personId!: string;
  challengeIds!: string[];

  @Field(() => Float)
  score!: number;

  @Field(() => [String])
  reasons!: string[];

  @Field(() => [SkillNeed])
  lackingSkills!: SkillNeed[];
}

@ObjectType({ description: 'Someone who could mentor, from the recommendation ranking, and why.' })
export class MentorSuggestion {
  personId!: string;
  sharedSkillIds!: string[];

  @Field(() => Float)
  score!: number;

  @Field(() => [String])
  reasons!: string[];

  @Field({ description: 'They work in one of the municipalities that run the programme.' })
  insideProgrammeArea!: boolean;

  @Field(() => Int, {
    description: 'Participants they guide now, over all planned and active programmes.',
  })
  mentees!: number;
}

@ObjectType({ description: 'One step of learning a participant recorded.' })
export class LearningProgress {
  @Field(() => ID)
  id!: string;

  programmeId!: string;
  personId!: string;
  skillId!: string;
  challengeId!: string | null;

  @Field(() => Int)
  levelBefore!: number;

  @Field(() => Int)
  levelAfter!: number;

  @Field(() => Outcome, { nullable: true })
  outcome!: Outcome | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}

@ObjectType({
  description: 'What a programme skill looks like now, and how the programme moved it.',
})
export class ProgrammeSkillOutcome {
  skillId!: string;

  @Field(() => Int)
  targetLevel!: number;

  @Field(() => CountTotal, { description: 'Participants who recorded progress in it.' })
  learners!: CountTotal;

  @Field(() => CountTotal, { description: 'Of them, those at the target level now.' })
  reachedTarget!: CountTotal;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean level gained; null while a count is protected.',
  })
  averageGain!: number | null;

  @Field(() => Float, {
    description: 'Weighted open challenges of the area that need it (as in skillGaps).',
  })
  demand!: number;

  @Field(() => CountTotal, { description: 'People of the area at the target level now.' })
  holdersNow!: CountTotal;

  @Field(() => CountTotal, {
    description: 'The same without those who reached it in the programme.',
  })
  holdersBefore!: CountTotal;

  @Field(() => Float, {
    description: 'The gap’s severity (skillGaps) without the programme’s gains.',
  })
  severityBefore!: number;

  @Field(() => Float, { description: 'The gap’s severity now.' })
  severityNow!: number;
}

@ObjectType({
  description:
    'Challenges participants solved since the programme started, and in as many years before.',
})
export class SolvedComparison {
  @Field(() => Int)
  beforeFrom!: number;

  @Field(() => Int)
  beforeTo!: number;

  @Field(() => Int)
  sinceFrom!: number;

  @Field(() => Int)
  sinceTo!: number;

  @Field(() => CountTotal)
  before!: CountTotal;

  @Field(() => CountTotal)
  since!: CountTotal;

  @Field(() => CountTotal, {
    description: 'Of those since, the ones a participant applied a programme skill to.',
  })
  appliedInProgramme!: CountTotal;
}

@ObjectType({
  description:
    'A programme’s report: learning, the area’s skill gaps, and solved challenges. Counts about municipalities you have no rights to are suppressed below K_ANONYMITY.',
})
export class ProgrammeReport {
  programmeId!: string;

  @Field(() => GraphQLISODateTime)
  generatedAt!: Date;

  @Field(() => Int)
  kAnonymity!: number;

  @Field(() => CountTotal)
  participants!: CountTotal;

  @Field(() => [ProgrammeSkillOutcome])
  skills!: ProgrammeSkillOutcome[];

  @Field(() => SolvedComparison)
  solved!: SolvedComparison;
}
