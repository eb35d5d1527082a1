import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode } from 'react';
import { type ApiProblem, isRefusal } from './api';
import { useSession } from './session';

/** A live region that says what is being loaded ("Het profiel laden…"), for screen readers too. */
export function Loading({ what }: { what: string }) {
  return (
    <Paragraph className="kn-state" role="status" aria-live="polite">
      {what} laden…
    </Paragraph>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Paragraph className="kn-state" role="status">
      {children}
    </Paragraph>
  );
}

/**
 * An answer that went wrong: refused (not signed in, or not allowed) or failed, with the API's
 * own message so that the person can act on it, and a way to try again. A refusal for want of
 * signing in offers to sign in, where this installation has sign-in.
 */
export function Problem({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  if (isRefusal(problem)) {
    return (
      <Alert type="warning" role="alert">
        <Paragraph>
          {problem.code === 'UNAUTHENTICATED'
            ? 'Hiervoor moet u zijn aangemeld.'
            : 'U mag dit niet zien of doen.'}{' '}
          {problem.message}
        </Paragraph>
        <SignInOffer problem={problem} />
      </Alert>
    );
  }
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        Dat lukte niet: {problem.message}
        {problem.code !== 'ERROR' && problem.code !== 'NETWORK' ? ` (${problem.code})` : ''}
      </Paragraph>
      {onRetry ? (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          Opnieuw proberen
        </Button>
      ) : null}
    </Alert>
  );
}

/** "Aanmelden" under a refusal that signing in would lift, where this installation has sign-in. */
export function SignInOffer({ problem }: { problem: ApiProblem }) {
  const { signIn } = useSession();
  return problem.code === 'UNAUTHENTICATED' && signIn ? (
    <Button appearance="primary-action-button" onClick={signIn}>
      Aanmelden
    </Button>
  ) : null;
}
