import { registerEnumType } from '@nestjs/graphql';

export enum Availability {
  AVAILABLE = 'AVAILABLE',
  LIMITED = 'LIMITED',
  UNAVAILABLE = 'UNAVAILABLE',
}

registerEnumType(Availability, {
  name: 'Availability',
  description: 'Whether a person can take questions from colleagues now.',
  valuesMap: {
    AVAILABLE: { description: 'Open to questions and introductions.' },
    LIMITED: { description: 'Busy; a short question is fine.' },
    UNAVAILABLE: { description: 'Not available now (ranked last or left out in recommendations).' },
  },
});
