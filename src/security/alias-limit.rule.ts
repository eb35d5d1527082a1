import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { SecurityErrorCode, SecurityException } from './security.exception';

/**
 * Refuses documents with more than `maxAliases` aliased fields: aliases let one request ask
 * for the same expensive field many times over (the "thousand aliases" bomb). Counted over the
 * whole document, fragments included, each alias once.
 */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave(document) {
          if (aliases <= maxAliases) return;
          const message = `The operation uses ${aliases} aliases; at most ${maxAliases} are allowed.`;
          context.reportError(
            new GraphQLError(message, {
              nodes: [document],
              originalError: new SecurityException(SecurityErrorCode.TOO_MANY_ALIASES, message, {
                maxAliases,
                aliases,
              }),
            }),
          );
        },
      },
    };
  };
}
