import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { Availability } from './availability.enum';
import { Visibility } from './visibility.enum';

@ObjectType({ description: 'A civil servant in the directory, working at one municipality.' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Work email address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. "Beleidsadviseur Wmo".' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'What the person works on and knows about.' })
  bio!: string | null;

  @Field(() => Availability)
  availability!: Availability;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => String, { nullable: true, description: 'Department within the municipality.' })
  department!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  /** Not a GraphQL field: the key that Person.municipality resolves. */
  municipalityCode!: string;
}

export const PersonConnection = ConnectionType(Person, 'Person');
