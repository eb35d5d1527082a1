/**
 * Who is calling. For now the bootstrap administrator (ADMIN_API_KEY), an anonymous reader, or
 * a caller whose credentials were refused (the guard answers UNAUTHENTICATED with `reason`).
 * API clients and people (OIDC) join this union later, with their municipality and scopes.
 */
export type Caller =
  | { readonly kind: 'admin'; readonly actorId: 'admin'; readonly origin: string }
  | { readonly kind: 'anonymous'; readonly actorId: 'anonymous'; readonly origin: string }
  | {
      readonly kind: 'rejected';
      readonly actorId: 'rejected';
      readonly origin: string;
      readonly reason: string;
    };
