import { registerEnumType } from '@nestjs/graphql';

export enum Visibility {
  MUNICIPALITY = 'MUNICIPALITY',
  COLLABORATIONS = 'COLLABORATIONS',
  NETWORK = 'NETWORK',
}

registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'Who may find a person in the directory.',
  valuesMap: {
    MUNICIPALITY: { description: 'Only colleagues of the same municipality.' },
    COLLABORATIONS: { description: 'Also colleagues of municipalities in a shared collaboration.' },
    NETWORK: { description: 'Every municipality in the network.' },
  },
});
