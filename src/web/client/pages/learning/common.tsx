import { Alert, Button, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type OperationResult } from 'urql';
import { type ApiProblem, problemOf } from '../../api';
import { useSession } from '../../session';
import { Problem } from '../../states';

/** The fields of a person every list of this page shows. */
export const PERSON_FIELDS = 'id name title availability municipality { code name }';

export interface PersonSummary {
  readonly id: string;
  readonly name: string;
  readonly title: string | null;
  readonly availability: string;
  readonly municipality: { readonly code: string; readonly name: string };
}

export type ProgrammeStatus = 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED';

export const STATUS_LABELS: Record<ProgrammeStatus, string> = {
  PLANNED: 'Gepland',
  ACTIVE: 'Actief',
  COMPLETED: 'Afgerond',
  CANCELLED: 'Geannuleerd',
};

export const STATUSES: readonly ProgrammeStatus[] = ['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'];

/** The themes of challenges (Challenge.theme), in Dutch. */
export const THEMES: Record<string, string> = {
  'sociaal-domein': 'Sociaal domein',
  omgeving: 'Omgeving',
  ict: 'ICT',
  bedrijfsvoering: 'Bedrijfsvoering',
  dienstverlening: 'Dienstverlening',
  veiligheid: 'Veiligheid',
  financien: 'Financiën',
};

/** People, circles and pairs change only while a programme is planned or running. */
export function isOpen(status: ProgrammeStatus): boolean {
  return status === 'PLANNED' || status === 'ACTIVE';
}

/** The status in words, so that it is never told by the badge's colour alone. */
export function StatusText({ status }: { status: ProgrammeStatus }) {
  return <StatusBadge status={status.toLowerCase()}>{STATUS_LABELS[status] ?? status}</StatusBadge>;
}

/** Who runs a programme: a collaboration or one municipality. */
export interface Runner {
  readonly collaboration: { readonly id: string; readonly name: string } | null;
  readonly municipality: { readonly code: string; readonly name: string } | null;
}

export function runnerName({ collaboration, municipality }: Runner): string {
  if (collaboration) return collaboration.name;
  if (municipality) return `gemeente ${municipality.name}`;
  return 'onbekend';
}

const DATE = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });
const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A YYYY-MM-DD date (or an ISO date-time) as "5 januari 2026". */
export function formatDate(value: string | null): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE.format(date);
}

export function formatPeriod(startDate: string | null, endDate: string | null): string {
  if (startDate && endDate) return `${formatDate(startDate)} tot en met ${formatDate(endDate)}`;
  if (startDate) return `vanaf ${formatDate(startDate)}`;
  if (endDate) return `tot en met ${formatDate(endDate)}`;
  return 'nog niet bepaald';
}

/** "1 deelnemer", "3 deelnemers". */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** A count summed over municipalities; incomplete when small counts of others were left out. */
export interface CountTotal {
  readonly known: number;
  readonly complete: boolean;
}

export function formatCount({ known, complete }: CountTotal): string {
  return complete ? String(known) : `ten minste ${known}`;
}

/** Who may do what with a programme (docs/learning.md, "Who may do what"), in Dutch. */
const WHO_MAY: Record<'create' | 'manage' | 'report', string> = {
  create:
    'Een leerprogramma starten mag wie de rol ‘schrijven’ (write) heeft voor een gemeente die het uitvoert (bij een samenwerkingsverband: voor een van de leden), of een beheerder.',
  manage:
    'Deelnemers, mentoren, leerkringen, koppels, de status en de voorstellen zijn voor de coördinator van dit leerprogramma, wie de rol ‘schrijven’ (write) heeft voor een gemeente die het uitvoert, en beheerders.',
  report:
    'Het verslag is voor de coördinator van dit leerprogramma, wie de rol ‘schrijven’ (write) heeft voor een gemeente die het uitvoert, HR-medewerkers (rol ‘hr’) van die gemeenten en beheerders.',
};

/**
 * An answer that went wrong. A refusal (FORBIDDEN) says in Dutch which role the action needs,
 * with the API's own words; everything else is shown as the shared states show it.
 */
export function LearningProblem({
  problem,
  need,
  onRetry,
}: {
  problem: ApiProblem;
  /** What was asked, to name the role it needs; left out, a refusal is shown plainly. */
  need?: keyof typeof WHO_MAY;
  onRetry?: () => void;
}) {
  const { session, signIn } = useSession();
  if (problem.code === 'FORBIDDEN' && need) {
    return (
      <Alert type="warning" role="alert">
        <Paragraph>U mag dit niet doen. {WHO_MAY[need]}</Paragraph>
        <Paragraph>Kennissen zegt: {problem.message}</Paragraph>
        {!session && signIn ? (
          <Button appearance="primary-action-button" onClick={signIn}>
            Aanmelden
          </Button>
        ) : null}
      </Alert>
    );
  }
  return <Problem problem={problem} onRetry={onRetry} />;
}

/** Without signing in, the page shows what everyone may see, and says how to do more. */
export function SignInNote({ children }: { children: ReactNode }) {
  const { session, signIn } = useSession();
  if (session) return null;
  return (
    <Alert type="info" role="presentation">
      <Paragraph>U bent niet aangemeld. {children}</Paragraph>
      {signIn ? (
        <Button appearance="secondary-action-button" onClick={signIn}>
          Aanmelden
        </Button>
      ) : null}
    </Alert>
  );
}

/**
 * A live region that is always there, so that screen readers announce what a coordinator's
 * action did as soon as it is filled in.
 */
export function ActionResult({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      {children ? (
        // The region around it announces it; the alert's own status role would do so twice.
        <Alert type="ok" role="presentation">
          <Paragraph>{children}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}

/**
 * What a section's last action did: a message for its ActionResult, or the API's problem. Each
 * action clears both first, so that an earlier message is never read as the answer to this one.
 */
export function useActionOutcome() {
  const [message, setMessage] = useState<ReactNode>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  return {
    message,
    problem,
    /**
     * Runs `action`; `messageOf` says what its answer means, or null when it failed (the API's
     * problem is shown then). `onDone` follows a success.
     */
    act<Data>(
      action: () => Promise<OperationResult<Data>>,
      messageOf: (answer: OperationResult<Data>) => ReactNode,
      onDone: () => void,
    ): void {
      setMessage(null);
      setProblem(null);
      void action().then((answer) => {
        const said = messageOf(answer);
        if (said === null) return setProblem(problemOf(answer.error));
        setMessage(said);
        onDone();
      });
    },
  };
}

/**
 * A button for an action that is hard to undo (ending someone's taking part, replacing the
 * circles): the first press asks to confirm, in words that say what will happen.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  onConfirm,
  busy,
}: {
  label: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  // Keep the keyboard focus on the buttons as they replace each other.
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (answered.current) askRef.current?.focus();
  }, [asking]);
  const answer = (confirmed: boolean): void => {
    answered.current = true;
    setAsking(false);
    if (confirmed) onConfirm();
  };
  if (!asking) {
    return (
      <Button
        ref={askRef}
        appearance="secondary-action-button"
        onClick={() => setAsking(true)}
        busy={busy}
      >
        {label}
      </Button>
    );
  }
  return (
    <span className="kn-actions">
      <Button ref={confirmRef} appearance="primary-action-button" onClick={() => answer(true)}>
        {confirmLabel}
      </Button>
      <Button appearance="subtle-button" onClick={() => answer(false)}>
        Annuleren
      </Button>
    </span>
  );
}
