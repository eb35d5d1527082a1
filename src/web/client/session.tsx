import { createContext, useContext } from 'react';
import { type Session } from './auth';

/** Who uses the page, and the ways in and out; every page reads it with useSession(). */
export interface SessionState {
  readonly session: Session | null;
  /** Null when sign-in is off (no OIDC on this installation). */
  readonly signIn: (() => void) | null;
  readonly signOut: () => void;
  /** Why the last sign-in failed, as the identity provider or the flow said; shown once. */
  readonly signInProblem?: string | null;
}

export const SessionContext = createContext<SessionState>({
  session: null,
  signIn: null,
  signOut: () => undefined,
});

export function useSession(): SessionState {
  return useContext(SessionContext);
}
