import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { problemOf, useMutation, useQuery } from '../../api';
import { ScrollTable } from '../../components/scroll-table';
import { PersonLink } from '../../people';
import { hrefOf } from '../../routes';
import { Empty, Loading } from '../../states';
import { CirclesSection } from './circles';
import {
  ActionResult,
  countOf,
  formatDate,
  formatPeriod,
  isOpen,
  LearningProblem,
  type ProgrammeStatus,
  runnerName,
  SignInNote,
  STATUS_LABELS,
  STATUSES,
  StatusText,
  THEMES,
} from './common';
import { MentorsSection } from './mentors';
import { type Programme, PROGRAMME, type SectionProps } from './model';
import { ParticipantsSection } from './participants';
import { ReportSection } from './report';

/** One programme: what it is, its people, circles and pairs, and what it brought. */
export function ProgrammeDetail({ id }: { id: string }) {
  const [result, refetch] = useQuery<{ learningProgramme: Programme | null }>({
    query: PROGRAMME,
    variables: { programmeId: id },
  });
  const reload = (): void => refetch({ requestPolicy: 'network-only' });
  const problem = problemOf(result.error);
  const programme = result.data?.learningProgramme;

  if (!programme) {
    return (
      <>
        <Heading1>{programme === null ? 'Leerprogramma niet gevonden' : 'Leerprogramma'}</Heading1>
        <BackLink />
        <div aria-busy={result.fetching}>
          {result.fetching ? <Loading what="Het leerprogramma en zijn deelnemers" /> : null}
          {problem ? <LearningProblem problem={problem} onRetry={reload} /> : null}
          {programme === null && !result.fetching ? (
            <Empty>Er is geen leerprogramma met deze verwijzing.</Empty>
          ) : null}
        </div>
      </>
    );
  }
  return (
    <>
      <Heading1>{programme.title}</Heading1>
      <BackLink />
      {/* No aria-busy here: it would hold back the announcements of the actions inside. */}
      <div className="kn-learning-detail">
        {problem ? <LearningProblem problem={problem} onRetry={reload} /> : null}
        <SignInNote>
          U ziet het programma zoals iedereen het ziet; om het te beheren of het verslag te lezen
          meldt u zich aan.
        </SignInNote>
        <ProgrammeFacts programme={programme} />
        <StatusSection programme={programme} onChanged={reload} />
        <ParticipantsSection programme={programme} onChanged={reload} />
        <CirclesSection programme={programme} onChanged={reload} />
        <MentorsSection programme={programme} onChanged={reload} />
        <ProgressSection programme={programme} />
        <ReportSection programme={programme} />
      </div>
    </>
  );
}

function BackLink() {
  return (
    <Paragraph>
      <Link href={hrefOf({ name: 'learning' })}>Terug naar alle leerprogramma&apos;s</Link>
    </Paragraph>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function ProgrammeFacts({ programme }: { programme: Programme }) {
  return (
    <DataList>
      <Fact label="Status">
        <StatusText status={programme.status} />
      </Fact>
      <Fact label="Uitgevoerd door">{runnerName(programme)}</Fact>
      <Fact label="Periode">{formatPeriod(programme.startDate, programme.endDate)}</Fact>
      <Fact label="Coördinator">
        {programme.coordinator ? (
          <>
            <PersonLink person={programme.coordinator} /> ({programme.coordinator.municipality.name}
            )
          </>
        ) : (
          'nog niemand'
        )}
      </Fact>
      {programme.goal ? <Fact label="Doel">{programme.goal}</Fact> : null}
      {programme.theme ? (
        <Fact label="Thema">{THEMES[programme.theme] ?? programme.theme}</Fact>
      ) : null}
      <Fact label="Vaardigheden (doelniveau)">
        {programme.skills.length > 0
          ? programme.skills
              .map(({ skill, targetLevel }) => `${skill.name} (niveau ${targetLevel})`)
              .join(', ')
          : 'nog geen'}
      </Fact>
      <Fact label="Vraagstukken">
        {programme.challenges.length > 0
          ? programme.challenges
              .map((challenge) => `${challenge.title} (${challenge.municipality.name})`)
              .join('; ')
          : 'nog geen'}
      </Fact>
      <Fact label="Deelnemers en mentoren">
        {countOf(programme.participants.length, 'deelnemer', 'deelnemers')},{' '}
        {countOf(programme.mentors.length, 'mentor', 'mentoren')} (alleen wie u mag zien)
      </Fact>
      <Fact label="Laatst gewijzigd">{formatDate(programme.updatedAt)}</Fact>
    </DataList>
  );
}

const UPDATE_STATUS = `
  mutation ProgrammeStatus($programmeId: ID!, $status: ProgrammeStatus!) {
    updateLearningProgramme(programmeId: $programmeId, input: { status: $status }) { id status }
  }
`;

/** PLANNED → ACTIVE → COMPLETED (or CANCELLED); a finished programme changes only its status. */
function StatusSection({ programme, onChanged }: SectionProps) {
  const headingId = useId();
  const [status, setStatus] = useState<ProgrammeStatus>(programme.status);
  const [done, setDone] = useState<ProgrammeStatus | null>(null);
  const [result, update] = useMutation<{
    updateLearningProgramme: { id: string; status: ProgrammeStatus };
  }>(UPDATE_STATUS);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setDone(null);
    void update({ programmeId: programme.id, status }).then((answer) => {
      const changed = answer.data?.updateLearningProgramme;
      if (!changed) return;
      setDone(changed.status);
      onChanged();
    });
  };
  const problem = problemOf(result.error);
  return (
    <section aria-labelledby={headingId} className="kn-learning-section">
      <Heading2 id={headingId}>Status</Heading2>
      <Paragraph>
        {isOpen(programme.status)
          ? 'Zolang het programma gepland of actief is, kunt u deelnemers, mentoren, leerkringen en koppels wijzigen; deelnemers leggen hun voortgang vast zolang het actief is.'
          : 'Dit programma is afgelopen: het blijft staan voor het verslag, en alleen de status kan nog veranderen (bijvoorbeeld terug naar actief).'}
      </Paragraph>
      <form className="kn-form" onSubmit={submit} noValidate>
        <FormField>
          <FormLabel htmlFor={`${headingId}-status`}>Nieuwe status</FormLabel>
          <Select
            id={`${headingId}-status`}
            value={status}
            onChange={(event) => setStatus(event.target.value as ProgrammeStatus)}
          >
            {STATUSES.map((value) => (
              <SelectOption key={value} value={value}>
                {STATUS_LABELS[value]}
                {value === programme.status ? ' (nu)' : ''}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {problem ? <LearningProblem problem={problem} need="manage" /> : null}
        <ActionResult>
          {done ? `De status van het leerprogramma is nu ‘${STATUS_LABELS[done]}’.` : null}
        </ActionResult>
        <div className="kn-actions">
          <Button
            type="submit"
            appearance="secondary-action-button"
            busy={result.fetching}
            disabled={status === programme.status}
          >
            Wijzig de status
          </Button>
        </div>
      </form>
    </section>
  );
}

const OUTCOMES: Record<string, string> = {
  SOLVED: 'opgelost',
  PARTIAL: 'deels opgelost',
  ONGOING: 'loopt nog',
  FAILED: 'niet gelukt',
};

/** What participants recorded they learned (they record it themselves while it is active). */
function ProgressSection({ programme }: { programme: Programme }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kn-learning-section">
      <Heading2 id={headingId}>Voortgang</Heading2>
      {programme.progress.length === 0 ? (
        <Empty>
          Nog geen voortgang vastgelegd. Deelnemers leggen die zelf vast zodra het programma actief
          is.
        </Empty>
      ) : (
        <ScrollTable caption="Vastgelegde voortgang, oudste eerst">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Deelnemer</TableHeaderCell>
              <TableHeaderCell scope="col">Vaardigheid</TableHeaderCell>
              <TableHeaderCell scope="col">Niveau van → naar</TableHeaderCell>
              <TableHeaderCell scope="col">Toegepast op</TableHeaderCell>
              <TableHeaderCell scope="col">Notitie</TableHeaderCell>
              <TableHeaderCell scope="col">Vastgelegd</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {programme.progress.map((step) => (
              <TableRow key={step.id}>
                <TableCell>
                  <PersonLink person={step.person} />
                </TableCell>
                <TableCell>{step.skill.name}</TableCell>
                <TableCell>
                  {step.levelBefore} → {step.levelAfter}
                </TableCell>
                <TableCell>
                  {step.challenge
                    ? `${step.challenge.title}${step.outcome ? ` (${OUTCOMES[step.outcome] ?? step.outcome})` : ''}`
                    : 'geen'}
                </TableCell>
                <TableCell>{step.note ?? 'geen'}</TableCell>
                <TableCell>{formatDate(step.recordedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </section>
  );
}
