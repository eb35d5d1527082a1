import { type SkillGapReport } from '../skill-gaps.service';
import { countCell, type CsvFormat, toCsv } from './csv-format';

/** The names a gap export shows instead of ids. */
export interface ExportLabels {
  readonly skillName: (skillId: string) => string;
  readonly municipalityName: (code: string) => string;
}

export const SKILL_GAPS_HEADER = [
  'vaardigheid',
  'vaardigheid_id',
  'ernst',
  'uitdagingen_die_het_vragen',
  'vraag_gewogen',
  'mensen_op_niveau',
  'waarvan_beschikbaar',
  'telling_volledig',
  'beschikbaar_per_uitdaging',
  'bronnen',
] as const;

/**
 * One row per required skill, most severe gap first. Totals are what the caller may know
 * (telling_volledig = nee when suppressed counts were left out); sources name the municipality
 * with its available people, partners marked "(samenwerking)".
 */
export function skillGapsCsv(
  report: SkillGapReport,
  labels: ExportLabels,
  format: CsvFormat,
): string {
  const rows = report.gaps.items.map((gap) => [
    labels.skillName(gap.skillId),
    gap.skillId,
    gap.severity,
    gap.demand.challengeIds.length,
    gap.demand.weighted,
    gap.holders.known,
    gap.available.known,
    gap.holders.complete && gap.available.complete ? 'ja' : 'nee',
    gap.coverage,
    gap.sources
      .map(
        (source) =>
          `${labels.municipalityName(source.municipalityCode)} (${String(countCell(source.available, format))} beschikbaar${source.sharesCollaboration ? ', samenwerking' : ''})`,
      )
      .join('; '),
  ]);
  return toCsv(SKILL_GAPS_HEADER, rows, format);
}
