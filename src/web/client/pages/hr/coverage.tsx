import {
  Figure,
  FigureCaption,
  Heading3,
  Heading4,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useQuery } from '../../api';
import { ScrollTable } from '../../components/scroll-table';
import { Empty, Loading } from '../../states';
import { AreaQuestionSection } from './area-section';
import { type AreaLists } from './areas';
import { CompactCount, formatMoment, type ProtectedCount } from './counts';
import { CsvDownload, HeatmapPicture } from './exports';
import { SuppressionNote } from './gaps';
import { HrProblem, hrProblemOf } from './states';

const SKILL_COVERAGE = `
  query HrSkillCoverage($collaborationId: ID!, $minLevel: Int) {
    skillCoverage(collaborationId: $collaborationId, minLevel: $minLevel) {
      kAnonymity
      minLevel
      generatedAt
      municipalities { code name }
      skills { id name }
      cells {
        municipalityCode
        skillId
        holders { value suppressed }
        available { value suppressed }
      }
    }
  }
`;

interface CoverageCell {
  readonly municipalityCode: string;
  readonly skillId: string;
  readonly holders: ProtectedCount;
  readonly available: ProtectedCount;
}

interface SkillCoverage {
  readonly kAnonymity: number;
  readonly minLevel: number;
  readonly generatedAt: string;
  readonly municipalities: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  readonly skills: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly cells: readonly CoverageCell[];
}

/** Section 3: the members of one collaboration compared skill by skill, as a table and a picture. */
export function CoverageSection({ lists }: { lists: AreaLists }) {
  return (
    <AreaQuestionSection
      title="Dekking in een samenwerkingsverband"
      intro={
        <>
          Hoeveel mensen heeft elke gemeente van een samenwerkingsverband voor de dertig
          vaardigheden waar de open uitdagingen van de gemeenten het meest om vragen?
        </>
      }
      lists={lists}
      collaborationOnly
      submitLabel="Dekking tonen"
    >
      {({ area, minLevel }) =>
        area.kind === 'collaboration' ? (
          <CoverageResults collaborationId={area.id} name={area.name} minLevel={minLevel} />
        ) : null
      }
    </AreaQuestionSection>
  );
}

function CoverageResults({
  collaborationId,
  name,
  minLevel,
}: {
  collaborationId: string;
  name: string;
  minLevel: number;
}) {
  const headingId = useId();
  const [result, refetch] = useQuery<{ skillCoverage: SkillCoverage }>({
    query: SKILL_COVERAGE,
    variables: { collaborationId, minLevel },
  });
  const problem = hrProblemOf(result.error);
  const coverage = result.data?.skillCoverage;
  const params = { collaborationId, minLevel: String(minLevel) };
  return (
    <section aria-labelledby={headingId} aria-busy={result.fetching}>
      <Heading3 id={headingId}>Dekking in {name}</Heading3>
      {result.fetching ? <Loading what="Gegevens over de dekking" /> : null}
      {problem ? (
        <HrProblem problem={problem} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : null}
      {coverage ? (
        <Paragraph>
          Per gemeente het aantal mensen met de vaardigheid op niveau {coverage.minLevel} of hoger,
          tussen haakjes hoeveel van hen beschikbaar zijn. Berekend op{' '}
          {formatMoment(coverage.generatedAt)}.
        </Paragraph>
      ) : null}
      {coverage && coverage.cells.some((cell) => cell.holders.suppressed) ? (
        <SuppressionNote kAnonymity={coverage.kAnonymity} />
      ) : null}
      {coverage && coverage.skills.length === 0 ? (
        <Empty>
          De gemeenten van {name} hebben geen open uitdagingen die om vaardigheden vragen: er is
          niets te vergelijken.
        </Empty>
      ) : null}
      {coverage && coverage.skills.length > 0 ? (
        <>
          <Heading4>Heatmap</Heading4>
          <Figure>
            <HeatmapPicture
              collaborationId={collaborationId}
              minLevel={minLevel}
              alt={`Heatmap van ${name}: ${coverage.municipalities.length} gemeenten (rijen) × ${coverage.skills.length} vaardigheden (kolommen), met in elke cel het aantal mensen op niveau ${coverage.minLevel} of hoger. Dezelfde getallen staan in de tabel hieronder.`}
            />
            <FigureCaption>
              Hoe donkerder de cel, hoe meer mensen; elk getal staat ook in de cel. Grijs is
              niemand, gearceerd met ‘&lt;{coverage.kAnonymity}’ is een afgeschermd aantal.
            </FigureCaption>
          </Figure>
          <Heading4>Tabel</Heading4>
          <CoverageTable coverage={coverage} name={name} />
        </>
      ) : null}
      {coverage && coverage.skills.length > 0 ? (
        <>
          <Heading4>Dekking als spreadsheet</Heading4>
          <Paragraph>
            Eén rij per gemeente, één kolom per vaardigheid (mensen op niveau), met dezelfde
            afscherming als hierboven.
          </Paragraph>
          <CsvDownload
            path="/exports/skill-coverage.csv"
            params={params}
            fallbackName={`dekking-${collaborationId}-${minLevel}.csv`}
            buttonLabel="Dekking downloaden (CSV)"
          />
        </>
      ) : null}
    </section>
  );
}

/**
 * The matrix as a real table: a header cell per skill (columns) and per municipality (rows), so
 * that a screen reader says both for every number. It is wide: it scrolls, also by keyboard.
 */
function CoverageTable({ coverage, name }: { coverage: SkillCoverage; name: string }) {
  const cells = new Map(
    coverage.cells.map((cell) => [`${cell.municipalityCode}|${cell.skillId}`, cell]),
  );
  return (
    <ScrollTable
      className="hr-coverage"
      caption={
        <>
          Mensen op niveau {coverage.minLevel} of hoger per gemeente van {name} (
          {coverage.municipalities.length}) en vaardigheid ({coverage.skills.length}), tussen
          haakjes het aantal beschikbaar
        </>
      }
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
          {coverage.skills.map((skill) => (
            <TableHeaderCell scope="col" key={skill.id}>
              {skill.name}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {coverage.municipalities.map((municipality) => (
          <TableRow key={municipality.code}>
            <TableHeaderCell scope="row">{municipality.name}</TableHeaderCell>
            {coverage.skills.map((skill) => {
              const cell = cells.get(`${municipality.code}|${skill.id}`);
              return (
                <TableCell key={skill.id} numericColumn>
                  {cell ? <CellCounts cell={cell} kAnonymity={coverage.kAnonymity} /> : '–'}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

/** "3 (2)": holders, and available in brackets when some are; "0" alone when nobody. */
function CellCounts({ cell, kAnonymity }: { cell: CoverageCell; kAnonymity: number }) {
  const nobody = !cell.holders.suppressed && cell.holders.value === 0;
  return (
    <>
      <CompactCount count={cell.holders} kAnonymity={kAnonymity} />
      {nobody ? null : (
        <>
          {' '}
          (<CompactCount count={cell.available} kAnonymity={kAnonymity} />
          <span className="kn-visually-hidden"> beschikbaar</span>)
        </>
      )}
    </>
  );
}
