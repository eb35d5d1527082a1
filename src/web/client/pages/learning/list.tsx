import {
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Link,
  Paragraph,
  Select,
  SelectOption,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { type Connection, LoadMoreButton, usePagedList } from '../../paging';
import { hrefOf } from '../../routes';
import { Empty, Loading } from '../../states';
import { CreateProgrammeForm } from './create';
import {
  formatPeriod,
  LearningProblem,
  type ProgrammeStatus,
  type Runner,
  runnerName,
  SignInNote,
  STATUS_LABELS,
  STATUSES,
  StatusText,
} from './common';

const PROGRAMMES = `
  query Programmes($first: Int!, $after: String, $status: ProgrammeStatus) {
    learningProgrammes(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id title status startDate endDate
          collaboration { id name }
          municipality { code name }
          coordinator { id name }
          participants { person { id } }
          mentors { person { id } }
        }
      }
    }
  }
`;

interface ProgrammeRow extends Runner {
  readonly id: string;
  readonly title: string;
  readonly status: ProgrammeStatus;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly coordinator: { readonly id: string; readonly name: string } | null;
  readonly participants: ReadonlyArray<{ readonly person: { readonly id: string } }>;
  readonly mentors: ReadonlyArray<{ readonly person: { readonly id: string } }>;
}

const PAGE_SIZE = 20;

/** The programmes, newest first, and the form to start a new one. */
export function ProgrammeOverview() {
  const [status, setStatus] = useState<ProgrammeStatus | ''>('');
  // Starting a programme shows the list afresh from its first page, the new one on top.
  const [generation, setGeneration] = useState(0);
  const filterId = useId();
  return (
    <>
      <Heading1>Leerprogramma&apos;s</Heading1>
      <Paragraph>
        Een leerprogramma brengt collega&apos;s van de gemeenten van een samenwerkingsverband (of
        van één gemeente) samen rond hun eigen vraagstukken: in leerkringen van 4 tot 8 deelnemers,
        elk met een mentor, en met een verslag van wat het oplevert.
      </Paragraph>
      <section aria-labelledby={`${filterId}-heading`} className="kn-learning-section">
        <Heading2 id={`${filterId}-heading`}>Alle leerprogramma&apos;s</Heading2>
        <FormField>
          <FormLabel htmlFor={filterId}>Toon leerprogramma&apos;s met status</FormLabel>
          <Select
            id={filterId}
            value={status}
            onChange={(event) => setStatus(event.target.value as ProgrammeStatus | '')}
          >
            <SelectOption value="">Alle statussen</SelectOption>
            {STATUSES.map((value) => (
              <SelectOption key={value} value={value}>
                {STATUS_LABELS[value]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <ProgrammeTable key={`${status}-${generation}`} status={status || null} />
      </section>
      <section aria-labelledby={`${filterId}-new`} className="kn-learning-section">
        <Heading2 id={`${filterId}-new`}>Een leerprogramma starten</Heading2>
        <SignInNote>Om een leerprogramma te starten meldt u zich eerst aan.</SignInNote>
        <CreateProgrammeForm onCreated={() => setGeneration((count) => count + 1)} />
      </section>
    </>
  );
}

function ProgrammeTable({ status }: { status: ProgrammeStatus | null }) {
  const list = usePagedList<{ learningProgrammes: Connection<ProgrammeRow> }, ProgrammeRow>(
    PROGRAMMES,
    { first: PAGE_SIZE, status },
    (data) => data.learningProgrammes,
  );
  return (
    <div aria-busy={list.fetching} className="kn-learning-section">
      {list.fetching && !list.loaded ? <Loading what="Leerprogramma's" /> : null}
      {list.problem ? <LearningProblem problem={list.problem} onRetry={list.retry} /> : null}
      {list.loaded && list.nodes.length === 0 ? (
        <Empty>
          {status
            ? `Er zijn geen leerprogramma's met de status ‘${STATUS_LABELS[status]}’.`
            : "Er zijn nog geen leerprogramma's. Start er hieronder een."}
        </Empty>
      ) : null}
      {list.nodes.length > 0 ? (
        <ScrollTable
          caption={
            <>
              Leerprogramma&apos;s
              {status ? ` met de status ‘${STATUS_LABELS[status]}’` : ''}, nieuwste eerst (
              {list.nodes.length} van {list.totalCount ?? list.nodes.length}); deelnemers en
              mentoren voor zover u ze mag zien
            </>
          }
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Titel</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Uitgevoerd door</TableHeaderCell>
              <TableHeaderCell scope="col">Periode</TableHeaderCell>
              <TableHeaderCell scope="col">Coördinator</TableHeaderCell>
              <TableHeaderCell scope="col">Deelnemers</TableHeaderCell>
              <TableHeaderCell scope="col">Mentoren</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.nodes.map((programme) => (
              <ProgrammeTableRow key={programme.id} programme={programme} />
            ))}
          </TableBody>
        </ScrollTable>
      ) : null}
      {list.hasNextPage ? <LoadMoreButton onClick={list.loadMore} /> : null}
      {list.fetching && list.loaded ? <Loading what="Meer leerprogramma's" /> : null}
    </div>
  );
}

function ProgrammeTableRow({ programme }: { programme: ProgrammeRow }) {
  return (
    <TableRow>
      <TableCell>
        <Link href={hrefOf({ name: 'learning', id: programme.id })}>{programme.title}</Link>
      </TableCell>
      <TableCell>
        <StatusText status={programme.status} />
      </TableCell>
      <TableCell>{runnerName(programme)}</TableCell>
      <TableCell>{formatPeriod(programme.startDate, programme.endDate)}</TableCell>
      <TableCell>{programme.coordinator?.name ?? 'nog niemand'}</TableCell>
      <TableCell>{programme.participants.length}</TableCell>
      <TableCell>{programme.mentors.length}</TableCell>
    </TableRow>
  );
}
