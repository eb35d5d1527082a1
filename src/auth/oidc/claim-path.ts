/**
 * The value at a claim path: a plain name (`roles`) or a dotted path into nested objects
 * (`realm_access.roles`, as Keycloak nests realm roles). Undefined when any step is missing.
 */
export function claimAt(payload: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = payload;
  for (const step of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}
