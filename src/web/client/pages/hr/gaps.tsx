import {
  Button,
  Heading3,
  Heading4,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useQuery } from '../../api';
import { Empty, Loading } from '../../states';
import { AreaQuestionSection } from './area-section';
import { type AreaChoice, type AreaLists, areaKey, areaParams } from './areas';
import {
  type CountTotal,
  countTotalText,
  formatDecimal,
  formatMoment,
  formatWhole,
  type ProtectedCount,
  protectedCountText,
  SEVERITY_LEGEND,
  SeverityBadge,
} from './counts';
import { CsvDownload } from './exports';
import { HrProblem, hrProblemOf } from './states';

const SKILL_GAPS = `
  query HrSkillGaps($input: SkillGapInput!) {
    skillGaps(input: $input) {
      challengeCount
      kAnonymity
      minLevel
      generatedAt
      gaps {
        totalCount
        pageInfo { endCursor hasNextPage }
        edges {
          node {
            skill { id name }
            severity
            coverage
            demand {
              challengeCount
              weighted
              challenges { id title status municipality { name } }
            }
            holders { known complete }
            available { known complete }
            sources {
              municipality { code name }
              sharesCollaboration
              holders { value suppressed }
              available { value suppressed }
            }
          }
        }
      }
    }
  }
`;

interface SkillGap {
  readonly skill: { readonly id: string; readonly name: string };
  readonly severity: number;
  readonly coverage: number;
  readonly demand: {
    readonly challengeCount: number;
    readonly weighted: number;
    readonly challenges: ReadonlyArray<{
      readonly id: string;
      readonly title: string;
      readonly status: string;
      readonly municipality: { readonly name: string };
    }>;
  };
  readonly holders: CountTotal;
  readonly available: CountTotal;
  readonly sources: ReadonlyArray<{
    readonly municipality: { readonly code: string; readonly name: string };
    readonly sharesCollaboration: boolean;
    readonly holders: ProtectedCount;
    readonly available: ProtectedCount;
  }>;
}

interface SkillGapReport {
  readonly challengeCount: number;
  readonly kAnonymity: number;
  readonly minLevel: number;
  readonly generatedAt: string;
  readonly gaps: {
    readonly totalCount: number;
    readonly pageInfo: { readonly endCursor: string | null; readonly hasNextPage: boolean };
    readonly edges: ReadonlyArray<{ readonly node: SkillGap }>;
  };
}

const PAGE_SIZE = 20;

type GapInput = ({ municipalityCode: string } | { collaborationId: string }) & {
  minLevel: number;
  first: number;
  after?: string;
};

const STATUS_LABELS: Record<string, string> = {
  OPEN: 'open',
  IN_PROGRESS: 'in behandeling',
  SOLVED: 'opgelost',
};

/** Section 1: which skills the open challenges of an area need, most severe gap first. */
export function SkillGapsSection({ lists }: { lists: AreaLists }) {
  return (
    <AreaQuestionSection
      title="Vaardigheidstekorten"
      intro={
        <>
          Welke vaardigheden vragen de open uitdagingen van een gemeente of samenwerkingsverband, en
          hoeveel mensen zijn er voor? Het ernstigste tekort staat bovenaan, met gemeenten buiten
          het gebied waar de vaardigheid wel is.
        </>
      }
      lists={lists}
      submitLabel="Tekorten tonen"
    >
      {(choice) => <SkillGapResults choice={choice} />}
    </AreaQuestionSection>
  );
}

/** The gaps of one question, page by page: earlier pages are kept while the next one loads. */
function SkillGapResults({ choice }: { choice: AreaChoice }) {
  const headingId = useId();
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<{ report: SkillGapReport; gaps: SkillGap[] } | null>(null);
  const [result, refetch] = useQuery<{ skillGaps: SkillGapReport }, { input: GapInput }>({
    query: SKILL_GAPS,
    variables: {
      input: {
        ...areaParams(choice.area),
        minLevel: choice.minLevel,
        first: PAGE_SIZE,
        ...(after ? { after } : {}),
      },
    },
  });
  const problem = hrProblemOf(result.error);
  // urql keeps the previous page's data while the next one loads (and may briefly say it is no
  // longer fetching): use an answer only when it is the one for this cursor, so no page shows twice.
  const answersAfter = result.operation?.variables.input.after ?? null;
  const page = !result.fetching && answersAfter === after ? (result.data?.skillGaps ?? null) : null;
  const report = page ?? earlier?.report ?? null;
  const gaps = [...(earlier?.gaps ?? []), ...(page?.gaps.edges.map((edge) => edge.node) ?? [])];
  // The button stays while the next page loads, so that the keyboard focus stays on it.
  const waiting = page === null && earlier !== null && problem === null;
  const hasMore = page?.gaps.pageInfo.hasNextPage === true || waiting;

  const loadMore = (): void => {
    if (!page) return;
    setEarlier({ report: page, gaps });
    setAfter(page.gaps.pageInfo.endCursor);
  };

  return (
    <section aria-labelledby={headingId} aria-busy={result.fetching}>
      <Heading3 id={headingId}>Tekorten in {choice.area.name}</Heading3>
      {report ? <GapSummary report={report} areaName={choice.area.name} /> : null}
      {report && report.gaps.totalCount === 0 ? (
        <Empty>
          {report.challengeCount === 0
            ? `${choice.area.name} heeft geen open uitdagingen of uitdagingen in behandeling: er is geen vraag naar vaardigheden, dus ook geen tekort.`
            : 'De uitdagingen vragen om geen vaardigheden: er is geen tekort.'}
        </Empty>
      ) : null}
      {report && gaps.length > 0 ? (
        <GapTable
          gaps={gaps}
          report={report}
          areaName={choice.area.name}
          collaboration={choice.area.kind === 'collaboration'}
        />
      ) : null}
      {result.fetching ? <Loading what="Tekorten" /> : null}
      {problem ? (
        <HrProblem problem={problem} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : null}
      {hasMore && report ? (
        <div>
          <Button
            appearance="secondary-action-button"
            busy={waiting}
            aria-disabled={waiting}
            onClick={loadMore}
          >
            Meer laden ({gaps.length} van {report.gaps.totalCount} getoond)
          </Button>
        </div>
      ) : null}
      {report && report.gaps.totalCount > 0 ? (
        <>
          <Heading4>Tekorten als spreadsheet</Heading4>
          <Paragraph>
            Alle {formatWhole(report.gaps.totalCount)} tekorten van {choice.area.name} in één
            CSV-bestand, met dezelfde afscherming als hierboven.
          </Paragraph>
          <CsvDownload
            path="/exports/skill-gaps.csv"
            params={{ ...areaParams(choice.area), minLevel: String(choice.minLevel) }}
            fallbackName={`tekorten-${areaKey(choice)}.csv`}
            buttonLabel="Tekorten downloaden (CSV)"
          />
        </>
      ) : null}
    </section>
  );
}

function GapSummary({ report, areaName }: { report: SkillGapReport; areaName: string }) {
  return (
    <Paragraph>
      {areaName}: {formatWhole(report.challengeCount)}{' '}
      {report.challengeCount === 1 ? 'uitdaging vraagt' : 'uitdagingen vragen'} om{' '}
      {formatWhole(report.gaps.totalCount)}{' '}
      {report.gaps.totalCount === 1 ? 'vaardigheid' : 'vaardigheden'}. Wie de vaardigheid op niveau{' '}
      {report.minLevel} of hoger heeft, telt mee. Berekend op {formatMoment(report.generatedAt)}.
    </Paragraph>
  );
}

function GapTable({
  gaps,
  report,
  areaName,
  collaboration,
}: {
  gaps: readonly SkillGap[];
  report: SkillGapReport;
  areaName: string;
  collaboration: boolean;
}) {
  const suppressed = gaps.some(
    (gap) =>
      !gap.holders.complete ||
      !gap.available.complete ||
      gap.sources.some((source) => source.holders.suppressed || source.available.suppressed),
  );
  return (
    <>
      <Paragraph>{SEVERITY_LEGEND}</Paragraph>
      {suppressed ? <SuppressionNote kAnonymity={report.kAnonymity} severity /> : null}
      <div className="kn-scroll">
        <Table>
          <TableCaption>
            Vaardigheidstekorten van {areaName}, ernstigste eerst ({gaps.length} van{' '}
            {report.gaps.totalCount})
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Vaardigheid</TableHeaderCell>
              <TableHeaderCell scope="col">Ernst</TableHeaderCell>
              <TableHeaderCell scope="col">Gevraagd door</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>
                Mensen op niveau
              </TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>
                Waarvan beschikbaar
              </TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>
                Beschikbaar per uitdaging
              </TableHeaderCell>
              <TableHeaderCell scope="col">Elders te vinden</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {gaps.map((gap) => (
              <GapRow
                key={gap.skill.id}
                gap={gap}
                kAnonymity={report.kAnonymity}
                collaboration={collaboration}
              />
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function GapRow({
  gap,
  kAnonymity,
  collaboration,
}: {
  gap: SkillGap;
  kAnonymity: number;
  collaboration: boolean;
}) {
  return (
    <TableRow>
      <TableHeaderCell scope="row">{gap.skill.name}</TableHeaderCell>
      <TableCell>
        <SeverityBadge severity={gap.severity} />
      </TableCell>
      <TableCell>
        <details>
          <summary>
            {formatWhole(gap.demand.challengeCount)}{' '}
            {gap.demand.challengeCount === 1 ? 'uitdaging' : 'uitdagingen'} (gewogen{' '}
            {formatDecimal(gap.demand.weighted)})
          </summary>
          <ul className="hr-list">
            {gap.demand.challenges.map((challenge) => (
              <li key={challenge.id}>
                {challenge.title} ({collaboration ? `${challenge.municipality.name}, ` : ''}
                {STATUS_LABELS[challenge.status] ?? challenge.status})
              </li>
            ))}
          </ul>
        </details>
      </TableCell>
      <TableCell numericColumn>{countTotalText(gap.holders)}</TableCell>
      <TableCell numericColumn>{countTotalText(gap.available)}</TableCell>
      <TableCell numericColumn>{formatDecimal(gap.coverage)}</TableCell>
      <TableCell>
        {gap.sources.length === 0 ? (
          'Nergens anders gevonden'
        ) : (
          <ul className="hr-list">
            {gap.sources.map((source) => (
              <li key={source.municipality.code}>
                {source.municipality.name}
                {source.sharesCollaboration ? ' (samenwerkingspartner)' : ''}:{' '}
                {protectedCountText(source.available, kAnonymity)} beschikbaar,{' '}
                {protectedCountText(source.holders, kAnonymity)} op niveau
              </li>
            ))}
          </ul>
        )}
      </TableCell>
    </TableRow>
  );
}

/** Why some counts read "minder dan 5" or "meer dan": the k-anonymity of hr.md. */
export function SuppressionNote({
  kAnonymity,
  severity = false,
}: {
  kAnonymity: number;
  severity?: boolean;
}) {
  return (
    <Paragraph>
      Afgeschermde aantallen: over gemeenten waarvoor u geen rechten hebt, toont Kennissen 1 tot{' '}
      {kAnonymity} mensen als ‘minder dan {kAnonymity}’ (kort: ‘&lt;{kAnonymity}’), zodat niemand
      aan te wijzen is; 0 wordt altijd getoond. ‘Meer dan’ bij een totaal betekent dat zulke
      afgeschermde aantallen niet zijn meegeteld: het werkelijke aantal is hoger
      {severity ? ', en het tekort dus kleiner dan de ernst zegt' : ''}.
    </Paragraph>
  );
}
