import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { IntroductionStatus } from '../introduction.record';
import './introduction-enums';

@ObjectType({
  description:
    'A request to be put in touch with an expert, visible to the requester, the expert and the acquaintance asked to pass it on.',
})
export class Introduction {
  @Field(() => ID)
  id!: string;

  @Field(() => IntroductionStatus)
  status!: IntroductionStatus;

  @Field({ description: 'What the requester wrote to the expert.' })
  message!: string;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The expert's note with their answer." })
  responseNote!: string | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it helped, once completed.' })
  helpful!: boolean | null;

  @Field(() => Int, { nullable: true, description: '1..5, once completed.' })
  rating!: number | null;

  @Field(() => String, { nullable: true })
  feedback!: string | null;

  // Resolved by IntroductionFieldsResolver from these ids.
  requesterId!: string;
  expertId!: string;
  viaId!: string | null;
  challengeId!: string | null;
}

export const IntroductionConnection = ConnectionType(Introduction, 'Introduction');
