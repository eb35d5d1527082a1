import {
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
import { useId } from 'react';
import { useQuery } from '../../api';
import { AVAILABILITY_LABELS, PersonLink } from '../../people';
import { Empty, Loading } from '../../states';
import { AreaQuestionSection } from './area-section';
import { type AreaChoice, type AreaLists, areaParams } from './areas';
import {
  type CountTotal,
  countTotalText,
  formatMoment,
  type ProtectedCount,
  protectedCountText,
} from './counts';
import { SuppressionNote } from './gaps';
import { HrProblem, hrProblemOf } from './states';

const KNOWLEDGE_AT_RISK = `
  query HrKnowledgeAtRisk($input: KnowledgeAtRiskInput!) {
    knowledgeAtRisk(input: $input) {
      kAnonymity
      minLevel
      generatedAt
      thinSkills {
        skill { id name }
        holders { known complete }
        namedHolders { level availability person { id name } }
        successors { level availability person { id name } }
      }
      orphanedChallenges {
        challenge { id title municipality { code name } }
        solvers { value suppressed }
        movedAway { value suppressed }
        unavailable { id name }
      }
    }
  }
`;

interface Holding {
  readonly level: number;
  readonly availability: string;
  readonly person: { readonly id: string; readonly name: string };
}

interface ThinSkill {
  readonly skill: { readonly id: string; readonly name: string };
  readonly holders: CountTotal;
  readonly namedHolders: readonly Holding[];
  readonly successors: readonly Holding[];
}

interface OrphanedChallenge {
  readonly challenge: {
    readonly id: string;
    readonly title: string;
    readonly municipality: { readonly code: string; readonly name: string };
  };
  readonly solvers: ProtectedCount;
  readonly movedAway: ProtectedCount;
  readonly unavailable: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

interface KnowledgeAtRisk {
  readonly kAnonymity: number;
  readonly minLevel: number;
  readonly generatedAt: string;
  readonly thinSkills: readonly ThinSkill[];
  readonly orphanedChallenges: readonly OrphanedChallenge[];
}

/** Section 2: knowledge that hangs on one or two people, and solved work nobody can explain. */
export function KnowledgeAtRiskSection({ lists }: { lists: AreaLists }) {
  return (
    <AreaQuestionSection
      title="Kennis in gevaar"
      intro={
        <>
          Welke vaardigheden rusten op één of twee mensen, wie kan het overnemen, en welke opgeloste
          uitdagingen kan niemand meer uitleggen? Alleen voor HR van de gemeente zelf of van een
          gemeente in het samenwerkingsverband; namen ziet u alleen van uw eigen gemeente.
        </>
      }
      lists={lists}
      submitLabel="Kennis in gevaar tonen"
    >
      {(choice) => <RiskResults choice={choice} />}
    </AreaQuestionSection>
  );
}

function RiskResults({ choice }: { choice: AreaChoice }) {
  const headingId = useId();
  const [result, refetch] = useQuery<{ knowledgeAtRisk: KnowledgeAtRisk }>({
    query: KNOWLEDGE_AT_RISK,
    variables: { input: { ...areaParams(choice.area), minLevel: choice.minLevel } },
  });
  const problem = hrProblemOf(result.error);
  const report = result.data?.knowledgeAtRisk;
  const suppressed =
    report &&
    (report.thinSkills.some((thin) => !thin.holders.complete) ||
      report.orphanedChallenges.some(
        (orphan) => orphan.solvers.suppressed || orphan.movedAway.suppressed,
      ));
  return (
    <section aria-labelledby={headingId} aria-busy={result.fetching}>
      <Heading3 id={headingId}>Kennis in gevaar in {choice.area.name}</Heading3>
      {result.fetching ? <Loading what="Gegevens over kennis in gevaar" /> : null}
      {problem ? (
        <HrProblem problem={problem} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : null}
      {report ? (
        <>
          <Paragraph>
            Wie de vaardigheid op niveau {report.minLevel} of hoger heeft, telt mee. Berekend op{' '}
            {formatMoment(report.generatedAt)}.
          </Paragraph>
          {suppressed ? <SuppressionNote kAnonymity={report.kAnonymity} /> : null}
          <Heading4>Vaardigheden die op één of twee mensen rusten</Heading4>
          {report.thinSkills.length === 0 ? (
            <Empty>Geen vaardigheid in {choice.area.name} rust op maar één of twee mensen.</Empty>
          ) : (
            <ThinSkillTable thinSkills={report.thinSkills} areaName={choice.area.name} />
          )}
          <Heading4>Opgeloste uitdagingen zonder aanspreekpunt</Heading4>
          {report.orphanedChallenges.length === 0 ? (
            <Empty>
              Van elke opgeloste uitdaging in {choice.area.name} werkt nog iemand die eraan werkte
              in de gemeente en is beschikbaar.
            </Empty>
          ) : (
            <OrphanTable
              orphans={report.orphanedChallenges}
              areaName={choice.area.name}
              kAnonymity={report.kAnonymity}
            />
          )}
        </>
      ) : null}
    </section>
  );
}

/** "Kees de Graaf (niveau 4, niet beschikbaar)": who and how, as a link to their profile. */
function HoldingList({ holdings, none }: { holdings: readonly Holding[]; none: string }) {
  if (holdings.length === 0) return <>{none}</>;
  return (
    <ul className="hr-list">
      {holdings.map((holding) => (
        <li key={holding.person.id}>
          <PersonLink person={holding.person} /> (niveau {holding.level},{' '}
          {(AVAILABILITY_LABELS[holding.availability] ?? holding.availability).toLowerCase()})
        </li>
      ))}
    </ul>
  );
}

function ThinSkillTable({
  thinSkills,
  areaName,
}: {
  thinSkills: readonly ThinSkill[];
  areaName: string;
}) {
  return (
    <div className="kn-scroll">
      <Table>
        <TableCaption>
          Vaardigheden in {areaName} met één of twee mensen op niveau, de minste eerst (
          {thinSkills.length})
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Vaardigheid</TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Mensen op niveau
            </TableHeaderCell>
            <TableHeaderCell scope="col">Wie (uw gemeente)</TableHeaderCell>
            <TableHeaderCell scope="col">Mogelijke opvolgers (uw gemeente)</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {thinSkills.map((thin) => (
            <TableRow key={thin.skill.id}>
              <TableHeaderCell scope="row">{thin.skill.name}</TableHeaderCell>
              <TableCell numericColumn>{countTotalText(thin.holders)}</TableCell>
              <TableCell>
                <HoldingList holdings={thin.namedHolders} none="Niet in uw gemeente" />
              </TableCell>
              <TableCell>
                <HoldingList holdings={thin.successors} none="Niemand op een lager niveau" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function OrphanTable({
  orphans,
  areaName,
  kAnonymity,
}: {
  orphans: readonly OrphanedChallenge[];
  areaName: string;
  kAnonymity: number;
}) {
  return (
    <div className="kn-scroll">
      <Table>
        <TableCaption>
          Opgeloste uitdagingen in {areaName} waarvan niemand die eraan werkte nog in de gemeente
          werkt en beschikbaar is ({orphans.length})
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Uitdaging</TableHeaderCell>
            <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Werkten eraan
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Werken nu elders
            </TableHeaderCell>
            <TableHeaderCell scope="col">Nog hier, niet beschikbaar (uw gemeente)</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {orphans.map((orphan) => (
            <TableRow key={orphan.challenge.id}>
              <TableHeaderCell scope="row">{orphan.challenge.title}</TableHeaderCell>
              <TableCell>{orphan.challenge.municipality.name}</TableCell>
              <TableCell numericColumn>{protectedCountText(orphan.solvers, kAnonymity)}</TableCell>
              <TableCell numericColumn>
                {protectedCountText(orphan.movedAway, kAnonymity)}
              </TableCell>
              <TableCell>
                {orphan.unavailable.length === 0 ? (
                  'Niemand bekend'
                ) : (
                  <ul className="hr-list">
                    {orphan.unavailable.map((person) => (
                      <li key={person.id}>
                        <PersonLink person={person} />
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
