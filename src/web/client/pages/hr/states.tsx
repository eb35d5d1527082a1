import { Alert, Paragraph } from '@utrecht/component-library-react';
import { type CombinedError } from 'urql';
import { type ApiProblem, problemOf } from '../../api';
import { useSession } from '../../session';
import { Problem, SignInOffer } from '../../states';

/** An API error with its reason (e.g. NOT_YOUR_AREA), which decides how a refusal is explained. */
export interface HrProblemInfo extends ApiProblem {
  readonly reason?: string;
}

export function hrProblemOf(error: CombinedError | undefined): HrProblemInfo | null {
  const problem = problemOf(error);
  if (!problem) return null;
  const reason = error?.graphQLErrors[0]?.extensions?.reason;
  return typeof reason === 'string' ? { ...problem, reason } : problem;
}

/** What the page says when the API refuses: HR data needs an HR role, and some of it one's own area. */
function refusalText(problem: HrProblemInfo, signedIn: boolean): string {
  if (problem.reason === 'NOT_YOUR_AREA') {
    return (
      'Kennis in gevaar noemt collega’s bij naam. Daarom ziet alleen HR van de gemeente zelf, of ' +
      'van een gemeente in het samenwerkingsverband, dit overzicht. Kies uw eigen gemeente of een ' +
      'samenwerkingsverband waarvan uw gemeente lid is.'
    );
  }
  if (problem.code === 'FORBIDDEN') {
    return (
      'Hiervoor is een HR-rol nodig, en die heeft u niet. Vraag de beheerder van Kennissen in uw ' +
      'gemeente om de HR-rol (kennissen.hr).'
    );
  }
  return signedIn
    ? 'Uw aanmelding is verlopen of niet geldig. Meld u opnieuw aan met een account met een HR-rol.'
    : 'Hiervoor is een HR-rol nodig. Meld u aan met een account dat die rol heeft.';
}

/**
 * An answer of the HR queries or exports that went wrong. A refusal (UNAUTHENTICATED, FORBIDDEN)
 * is explained in Dutch with the API's own words below it; other errors as on every page.
 */
export function HrProblem({ problem, onRetry }: { problem: HrProblemInfo; onRetry?: () => void }) {
  const { session } = useSession();
  if (problem.code !== 'FORBIDDEN' && problem.code !== 'UNAUTHENTICATED') {
    return <Problem problem={problem} onRetry={onRetry} />;
  }
  return (
    <Alert type="warning" role="alert">
      <Paragraph>{refusalText(problem, session !== null)}</Paragraph>
      <Paragraph>Melding van Kennissen: {problem.message}</Paragraph>
      <SignInOffer problem={problem} />
    </Alert>
  );
}
