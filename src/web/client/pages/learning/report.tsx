import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { problemOf, useQuery } from '../../api';
import { OnRequest } from '../../components/on-request';
import { ScrollTable } from '../../components/scroll-table';
import { Empty, Loading } from '../../states';
import { type CountTotal, formatCount, formatDate, formatNumber, LearningProblem } from './common';
import { type Programme } from './model';

const REPORT = `
  query ProgrammeReport($programmeId: ID!) {
    programmeReport(programmeId: $programmeId) {
      generatedAt
      kAnonymity
      participants { known complete }
      skills {
        targetLevel averageGain severityBefore severityNow
        skill { id name }
        learners { known complete }
        reachedTarget { known complete }
        holdersBefore { known complete }
        holdersNow { known complete }
      }
      solved {
        sinceFrom sinceTo beforeFrom beforeTo
        since { known complete }
        before { known complete }
        appliedInProgramme { known complete }
      }
    }
  }
`;

interface SkillOutcome {
  readonly targetLevel: number;
  readonly averageGain: number | null;
  readonly severityBefore: number;
  readonly severityNow: number;
  readonly skill: { readonly id: string; readonly name: string };
  readonly learners: CountTotal;
  readonly reachedTarget: CountTotal;
  readonly holdersBefore: CountTotal;
  readonly holdersNow: CountTotal;
}

interface Report {
  readonly generatedAt: string;
  readonly kAnonymity: number;
  readonly participants: CountTotal;
  readonly skills: readonly SkillOutcome[];
  readonly solved: {
    readonly sinceFrom: number;
    readonly sinceTo: number;
    readonly beforeFrom: number;
    readonly beforeTo: number;
    readonly since: CountTotal;
    readonly before: CountTotal;
    readonly appliedInProgramme: CountTotal;
  };
}

/** The report ties learning to performance; asked on request, as not everyone may read it. */
export function ReportSection({ programme }: { programme: Programme }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kn-learning-section">
      <Heading2 id={headingId}>Verslag</Heading2>
      <Paragraph>
        Wat de deelnemers leerden, hoe de tekorten aan deze vaardigheden in de deelnemende gemeenten
        veranderden, en hoeveel vraagstukken deelnemers oplosten sinds de start, tegenover even veel
        jaren ervoor.
      </Paragraph>
      <OnRequest label="Toon het verslag">
        <ProgrammeReport programmeId={programme.id} />
      </OnRequest>
    </section>
  );
}

function ProgrammeReport({ programmeId }: { programmeId: string }) {
  const [result, refetch] = useQuery<{ programmeReport: Report }>({
    query: REPORT,
    variables: { programmeId },
  });
  const again = (): void => refetch({ requestPolicy: 'network-only' });
  const problem = problemOf(result.error);
  const report = result.data?.programmeReport;
  const incomplete =
    report &&
    [
      report.participants,
      report.solved.since,
      report.solved.before,
      ...report.skills.flatMap((s) => [s.learners, s.reachedTarget, s.holdersBefore, s.holdersNow]),
    ].some((count) => !count.complete);
  return (
    <div aria-busy={result.fetching} className="kn-learning-section">
      {result.fetching ? <Loading what="Het verslag" /> : null}
      {problem ? <LearningProblem problem={problem} need="report" onRetry={again} /> : null}
      {report ? (
        <>
          <DataList>
            <DataListItem>
              <DataListKey>Deelnemers</DataListKey>
              <DataListValue>{formatCount(report.participants)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>
                Opgeloste vraagstukken sinds de start (
                {yearRange(report.solved.sinceFrom, report.solved.sinceTo)})
              </DataListKey>
              <DataListValue>
                {formatCount(report.solved.since)}, waarvan{' '}
                {formatCount(report.solved.appliedInProgramme)} met een vaardigheid uit het
                programma
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>
                Opgeloste vraagstukken ervoor (
                {yearRange(report.solved.beforeFrom, report.solved.beforeTo)})
              </DataListKey>
              <DataListValue>{formatCount(report.solved.before)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Opgesteld</DataListKey>
              <DataListValue>{formatDate(report.generatedAt)}</DataListValue>
            </DataListItem>
          </DataList>
          {report.skills.length === 0 ? (
            <Empty>Het programma bouwt (nog) geen vaardigheden op, dus er is niets te meten.</Empty>
          ) : (
            <SkillOutcomes skills={report.skills} />
          )}
          {incomplete ? (
            <Paragraph>
              ‘Ten minste’: aantallen onder de {report.kAnonymity} uit gemeenten waarvoor u geen
              rechten hebt, zijn weggelaten om de mensen erachter te beschermen; de gemiddelde groei
              ontbreekt dan.
            </Paragraph>
          ) : null}
          <div className="kn-actions">
            <Button appearance="subtle-button" onClick={again}>
              Vernieuw het verslag
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}

function yearRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function SkillOutcomes({ skills }: { skills: readonly SkillOutcome[] }) {
  return (
    <ScrollTable caption="Wat het programma per vaardigheid opleverde">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Vaardigheid</TableHeaderCell>
          <TableHeaderCell scope="col">Doelniveau</TableHeaderCell>
          <TableHeaderCell scope="col">Lerenden</TableHeaderCell>
          <TableHeaderCell scope="col">Op doelniveau</TableHeaderCell>
          <TableHeaderCell scope="col">Gemiddelde groei</TableHeaderCell>
          <TableHeaderCell scope="col">
            Houders op doelniveau: zonder → met programma
          </TableHeaderCell>
          <TableHeaderCell scope="col">
            Ernst van het tekort: zonder → met programma
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {skills.map((outcome) => (
          <TableRow key={outcome.skill.id}>
            <TableCell>{outcome.skill.name}</TableCell>
            <TableCell>{outcome.targetLevel}</TableCell>
            <TableCell>{formatCount(outcome.learners)}</TableCell>
            <TableCell>{formatCount(outcome.reachedTarget)}</TableCell>
            <TableCell>
              {outcome.averageGain !== null
                ? `${formatNumber(outcome.averageGain)} ${outcome.averageGain === 1 ? 'niveau' : 'niveaus'}`
                : outcome.learners.complete
                  ? 'nog niet gemeten'
                  : 'beschermd'}
            </TableCell>
            <TableCell>
              {formatCount(outcome.holdersBefore)} → {formatCount(outcome.holdersNow)}
            </TableCell>
            <TableCell>
              {formatNumber(outcome.severityBefore)} → {formatNumber(outcome.severityNow)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
