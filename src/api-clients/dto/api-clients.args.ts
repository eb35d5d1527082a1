import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination/page-args';

@ArgsType()
export class ApiClientsArgs extends PageArgs {}

@ArgsType()
export class ApiClientIdArgs {
  @Field(() => ID, { description: 'The id of the API client, as listed by apiClients.' })
  @IsUUID('all', {
    message: 'id must be the id of an API client (a UUID), as listed by apiClients',
  })
  id!: string;
}
