import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { SKILL_ID_PATTERN, SKILL_ID_RULE } from '../../skills/skill-id';
import { Availability } from '../models/availability.enum';
import { trim } from '../../common/validation/trim';

@InputType('PersonFilter', { description: 'Narrows a list of people; all given conditions apply.' })
export class PersonFilterInput {
  @Field(() => ID, { nullable: true, description: 'CBS code, e.g. GM0363.' })
  @IsOptional()
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only people with this skill.' })
  @IsOptional()
  @Matches(SKILL_ID_PATTERN, { message: `skillId ${SKILL_ID_RULE}` })
  skillId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'With skillId: only people at this level or above (1..5).',
  })
  @IsOptional()
  @IsInt({ message: 'minLevel must be a whole number from 1 to 5' })
  @Min(1, { message: 'minLevel must be from 1 to 5' })
  @Max(5, { message: 'minLevel must be from 1 to 5' })
  minLevel?: number | null;

  @Field(() => Availability, { nullable: true })
  @IsOptional()
  @IsEnum(Availability)
  availability?: Availability | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in name, title and bio (Dutch stemming: "aanbesteding" also finds "aanbestedingen"); every word must occur.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'text must be 1 to 200 characters' })
  text?: string | null;
}
