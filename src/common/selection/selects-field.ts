import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the query asks for `field` directly under the field being resolved (also through
 * fragments), so that a resolver can read it together with its parent in one statement. Over-
 * answering yes only costs that read; `@include`/`@skip` are not evaluated.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => inSelection(info, node.selectionSet, field, new Set()));
}

function inSelection(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode | undefined,
  field: string,
  visited: Set<string>,
): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === field) return true;
    if (
      selection.kind === Kind.INLINE_FRAGMENT &&
      inSelection(info, selection.selectionSet, field, visited)
    ) {
      return true;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD && !visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      const fragment = info.fragments[selection.name.value];
      if (fragment && inSelection(info, fragment.selectionSet, field, visited)) return true;
    }
  }
  return false;
}
