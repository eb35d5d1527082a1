import {
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
  getOperationAST,
} from 'graphql';

/**
 * The root field names of the mutation a request asked for, read from its document; empty
 * when the request is not a (parseable) mutation. Used for requests refused before execution.
 */
export function requestedMutationFields(
  document: DocumentNode | undefined,
  operation: OperationDefinitionNode | undefined | null,
  operationName: string | undefined | null,
): string[] {
  const chosen = operation ?? (document ? getOperationAST(document, operationName) : null);
  if (!chosen || chosen.operation !== OperationTypeNode.MUTATION) return [];
  const fragments = new Map(
    (document?.definitions ?? []).flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION
        ? [[definition.name.value, definition] as const]
        : [],
    ),
  );
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) names.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  visit(chosen.selectionSet, new Set());
  return [...names];
}
