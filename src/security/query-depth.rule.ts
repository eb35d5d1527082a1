import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { SecurityErrorCode, SecurityException } from './security.exception';

/**
 * Refuses operations nested deeper than `maxDepth` fields. Inline fragments add no level;
 * fragment spreads are followed (each fragment measured once, so a fragment used many times
 * costs nothing extra; a cycle counts as nothing here, graphql's NoFragmentCyclesRule refuses
 * it). Introspection fields (`__schema`, `__type`) are left out: their shape is fixed by
 * graphql-js and introspection is off in production.
 */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragmentDepths = new Map<string, number>();

    const depthOf = (selectionSet: SelectionSetNode, visiting: ReadonlySet<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        let depth = 0;
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          depth = depthOf(selection.selectionSet, visiting);
        } else {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          if (!fragment || visiting.has(name)) continue;
          const known = fragmentDepths.get(name);
          depth = known ?? depthOf(fragment.selectionSet, new Set([...visiting, name]));
          fragmentDepths.set(name, depth);
        }
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth <= maxDepth) return;
        const message = `The operation is nested ${depth} fields deep; at most ${maxDepth} are allowed. Ask for less at once, or split it into several operations.`;
        context.reportError(
          new GraphQLError(message, {
            nodes: [operation],
            originalError: new SecurityException(SecurityErrorCode.QUERY_TOO_DEEP, message, {
              maxDepth,
              depth,
            }),
          }),
        );
      },
    };
  };
}
