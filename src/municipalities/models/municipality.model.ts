import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';

@ObjectType({ description: 'A Dutch municipality (gemeente), keyed by its CBS code.' })
export class Municipality {
  @Field(() => ID, { description: 'CBS code, e.g. GM0363 (Amsterdam).' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  province!: string;

  @Field(() => Int, { description: 'Inhabitants on 1 January 2024 (CBS).' })
  population!: number;
}

export const MunicipalityConnection = ConnectionType(Municipality, 'Municipality');
