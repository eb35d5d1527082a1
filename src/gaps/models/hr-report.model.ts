import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Collaboration } from '../../collaborations/models/collaboration.model';
import { Municipality } from '../../municipalities/models/municipality.model';

/** What every HR answer says about how it was computed. */
@ObjectType({ isAbstract: true })
export abstract class HrReport {
  @Field(() => Int, { description: 'The lowest skill level that counted as having a skill.' })
  minLevel!: number;

  @Field(() => Int, { description: 'Counts below this are suppressed where you have no rights.' })
  kAnonymity!: number;

  @Field(() => GraphQLISODateTime)
  generatedAt!: Date;
}

/** An HR answer about a municipality or a collaboration. */
@ObjectType({ isAbstract: true })
export abstract class AreaReport extends HrReport {
  @Field(() => Municipality, {
    nullable: true,
    description: 'The area, when it is one municipality.',
  })
  municipality!: Municipality | null;

  @Field(() => Collaboration, {
    nullable: true,
    description: 'The area, when it is a collaboration.',
  })
  collaboration!: Collaboration | null;

  @Field(() => [Municipality], { description: "The area's municipalities, by name." })
  municipalities!: Municipality[];
}
