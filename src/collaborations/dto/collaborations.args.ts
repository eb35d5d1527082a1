import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { PageArgs } from '../../common/pagination/page-args';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { COLLABORATION_ID_MESSAGE, COLLABORATION_ID_PATTERN } from '../collaboration-id';
import { CollaborationKind } from '../collaboration-kind';

@ArgsType()
export class CollaborationArgs {
  @Field(() => ID)
  @Matches(COLLABORATION_ID_PATTERN, { message: COLLABORATION_ID_MESSAGE })
  id!: string;
}

@ArgsType()
export class CollaborationsArgs extends PageArgs {
  @Field(() => CollaborationKind, {
    nullable: true,
    description: 'Only collaborations of this kind.',
  })
  @IsOptional()
  @IsEnum(CollaborationKind)
  kind?: CollaborationKind;
}

@ArgsType()
export class AddCollaborationMemberArgs {
  @Field(() => ID)
  @Matches(COLLABORATION_ID_PATTERN, {
    message: `collaborationId: ${COLLABORATION_ID_MESSAGE.replace(/^id /, '')}`,
  })
  collaborationId!: string;

  @Field(() => ID, { description: 'CBS code of the municipality that joins, e.g. GM0363.' })
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode!: string;
}
