import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../common/validation/trim';
import { COLLABORATION_ID_MESSAGE, COLLABORATION_ID_PATTERN } from '../collaboration-id';
import { CollaborationKind } from '../collaboration-kind';

@InputType({ description: 'Creates a collaboration, or changes the one with this id.' })
export class CollaborationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Stable id; derived from the name ("Regio Noord" → "regio-noord") when left out.',
  })
  @IsOptional()
  @Matches(COLLABORATION_ID_PATTERN, { message: COLLABORATION_ID_MESSAGE })
  id?: string;

  @Field({ description: '2 to 150 characters.' })
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'name must be 2 to 150 characters' })
  @MaxLength(150, { message: 'name must be 2 to 150 characters' })
  name!: string;

  @Field(() => CollaborationKind)
  @IsEnum(CollaborationKind, { message: 'kind must be one of the CollaborationKind values' })
  kind!: CollaborationKind;
}
