import { registerEnumType } from '@nestjs/graphql';
import { Scope } from '../../common/request/caller';

registerEnumType(Scope, {
  name: 'Scope',
  description: 'What an API key may do. Every scope includes reading.',
  valuesMap: {
    READ: { description: 'Read the directory and ask for recommendations.' },
    WRITE: { description: "Change the people and challenges of the client's own municipality." },
    HR: { description: 'Gap analytics for HR.' },
    ADMIN: {
      description: 'Everything, in every municipality, including API keys and the audit log.',
    },
  },
});

export { Scope };
