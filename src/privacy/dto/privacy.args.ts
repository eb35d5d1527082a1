import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsPersonId } from '../../people/dto/person-id';

@ArgsType()
export class ExportMyDataArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Leave out when signed in (your own data); an administrator names the person whose request it answers.',
  })
  @IsOptional()
  @IsPersonId()
  personId?: string;
}

@ArgsType()
export class ErasePersonArgs {
  @Field(() => ID, {
    description: 'The person to erase: yourself, or anyone for an administrator.',
  })
  @IsPersonId()
  id!: string;
}
