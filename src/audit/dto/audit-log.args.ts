import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/page-args';

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only entries about this kind of object, e.g. "Person".',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50, { message: 'objectType must be at most 50 characters' })
  objectType?: string;

  @Field(() => ID, { nullable: true, description: 'Only entries about the object with this id.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200, { message: 'objectId must be at most 200 characters' })
  objectId?: string;
}
