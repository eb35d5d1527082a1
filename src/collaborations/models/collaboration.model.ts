import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { CollaborationKind } from '../collaboration-kind';

registerEnumType(CollaborationKind, {
  name: 'CollaborationKind',
  description: 'What kind of joint arrangement a collaboration of municipalities is.',
});

@ObjectType({
  description:
    'A collaboration of municipalities: a cooperative, a safety region, a labour-market region, ...',
})
export class Collaboration {
  @Field(() => ID, { description: 'Stable id, e.g. VR13 (Veiligheidsregio Amsterdam-Amstelland).' })
  id!: string;

  @Field()
  name!: string;

  @Field(() => CollaborationKind)
  kind!: CollaborationKind;
}

export const CollaborationConnection = ConnectionType(Collaboration, 'Collaboration');
