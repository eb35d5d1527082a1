import {
  Button,
  FormField,
  FormLabel,
  Link,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useObjectUrl } from '../../downloads';
import { useSession } from '../../session';
import { HrProblem, type HrProblemInfo } from './states';

type ExportAnswer =
  { readonly blob: Blob; readonly filename: string | null } | { readonly problem: HrProblemInfo };

const UNREACHABLE: HrProblemInfo = {
  code: 'NETWORK',
  message: 'Kennissen is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
};

/**
 * One of the HR exports (/exports/…) as a Blob. They need the bearer token like the GraphQL API;
 * without a session the request goes without it (the service then says why it refuses).
 */
async function fetchExport(
  path: string,
  params: Record<string, string>,
  accessToken: string | null,
): Promise<ExportAnswer> {
  const url = `${path}?${new URLSearchParams(params).toString()}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { problem: UNREACHABLE };
  }
  if (!response.ok) return { problem: await problemOfResponse(response) };
  try {
    const blob = await response.blob();
    return { blob, filename: filenameOf(response.headers.get('content-disposition')) };
  } catch {
    return { problem: UNREACHABLE };
  }
}

/** The exports answer errors as GraphQL does: {"errors":[{"message","extensions":{"code","reason"}}]}. */
async function problemOfResponse(response: Response): Promise<HrProblemInfo> {
  const fallback: HrProblemInfo = {
    code: 'ERROR',
    message: `Kennissen antwoordde met status ${response.status}.`,
  };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fallback;
  }
  const first = isRecord(body) && Array.isArray(body.errors) ? (body.errors[0] as unknown) : null;
  if (!isRecord(first) || typeof first.message !== 'string') return fallback;
  const extensions = isRecord(first.extensions) ? first.extensions : {};
  return {
    code: typeof extensions.code === 'string' ? extensions.code : 'ERROR',
    message: first.message,
    ...(typeof extensions.reason === 'string' ? { reason: extensions.reason } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The name the service gives the file (area and date), from Content-Disposition. */
function filenameOf(disposition: string | null): string | null {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** A live status for one thing on its way (the shared Loading speaks of several). */
function Fetching({ children }: { children: string }) {
  return (
    <Paragraph className="kn-state" role="status">
      {children}
    </Paragraph>
  );
}

/**
 * The heatmap picture (GET /exports/skill-coverage.svg) as an <img> of an object URL: the
 * export needs the token in a header, which an <img src> cannot send.
 */
export function HeatmapPicture({
  collaborationId,
  minLevel,
  alt,
}: {
  collaborationId: string;
  minLevel: number;
  alt: string;
}) {
  const accessToken = useSession().session?.accessToken ?? null;
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<ExportAnswer | null>(null);
  const url = useObjectUrl(answer && 'blob' in answer ? answer.blob : null);

  useEffect(() => {
    let cancelled = false;
    setAnswer(null);
    void fetchExport(
      '/exports/skill-coverage.svg',
      { collaborationId, minLevel: String(minLevel) },
      accessToken,
    ).then((fetched) => {
      if (!cancelled) setAnswer(fetched);
    });
    return () => {
      cancelled = true;
    };
  }, [collaborationId, minLevel, accessToken, attempt]);

  const problem = answer && 'problem' in answer ? answer.problem : null;
  // Still being made until there is a problem to show or the picture's URL.
  const ready = problem !== null || url !== null;
  return (
    <div aria-busy={!ready}>
      {ready ? null : <Fetching>De heatmap wordt gemaakt…</Fetching>}
      {problem ? (
        <HrProblem problem={problem} onRetry={() => setAttempt((count) => count + 1)} />
      ) : null}
      {url ? <img className="kn-heatmap" src={url} alt={alt} /> : null}
    </div>
  );
}

const SEPARATORS = {
  semicolon: {
    label: 'Excel of LibreOffice in het Nederlands (puntkomma)',
    params: {},
  },
  comma: {
    label: 'Engelse instellingen, pandas of R (komma)',
    params: { sep: ',' },
  },
} as const;

type Separator = keyof typeof SEPARATORS;

/**
 * A button that fetches a CSV export with the token and offers it as a file: a Blob behind an
 * <a download>, clicked once for the person and left on the page to save it again.
 */
export function CsvDownload({
  path,
  params,
  fallbackName,
  buttonLabel,
}: {
  path: '/exports/skill-gaps.csv' | '/exports/skill-coverage.csv';
  params: Record<string, string>;
  fallbackName: string;
  buttonLabel: string;
}) {
  const baseId = useId();
  const accessToken = useSession().session?.accessToken ?? null;
  const [separator, setSeparator] = useState<Separator>('semicolon');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<HrProblemInfo | null>(null);
  const [file, setFile] = useState<{ blob: Blob; name: string } | null>(null);
  const url = useObjectUrl(file?.blob ?? null);
  const link = useRef<HTMLAnchorElement>(null);

  // A new file: start its download.
  useEffect(() => {
    if (url) link.current?.click();
  }, [url]);

  const download = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const answer = await fetchExport(
      path,
      { ...params, ...SEPARATORS[separator].params },
      accessToken,
    );
    setBusy(false);
    if ('problem' in answer) {
      setFile(null);
      setProblem(answer.problem);
      return;
    }
    setFile({ blob: answer.blob, name: answer.filename ?? fallbackName });
  };

  return (
    <div className="kn-form">
      <FormField
        label={<FormLabel htmlFor={`${baseId}-separator`}>Voor welk programma?</FormLabel>}
        input={
          <Select
            id={`${baseId}-separator`}
            value={separator}
            onChange={(event) => setSeparator(event.target.value as Separator)}
          >
            {(Object.keys(SEPARATORS) as Separator[]).map((key) => (
              <SelectOption key={key} value={key}>
                {SEPARATORS[key].label}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <div>
        <Button
          appearance="secondary-action-button"
          busy={busy}
          aria-disabled={busy}
          onClick={() => void download()}
        >
          {buttonLabel}
        </Button>
      </div>
      {/* One live region that stays on the page, so both of its messages are announced. */}
      <div role="status">
        {busy ? <Paragraph className="kn-state">Het bestand wordt opgehaald…</Paragraph> : null}
        {file && url && !busy ? (
          <Paragraph>
            Het bestand is klaar. Begon de download niet vanzelf?{' '}
            <Link ref={link} href={url} download={file.name}>
              {file.name} opslaan
            </Link>
          </Paragraph>
        ) : null}
      </div>
      {problem ? <HrProblem problem={problem} onRetry={() => void download()} /> : null}
    </div>
  );
}
