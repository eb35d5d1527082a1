/** The collaboration kinds of the API and how the kinds in collaborations.csv map onto them. */

export type CollaborationKindValue =
  | 'COOPERATIVE'
  | 'ENVIRONMENT_SERVICE'
  | 'SAFETY_REGION'
  | 'LABOUR_MARKET_REGION'
  | 'HEALTH_REGION'
  | 'YOUTH_CARE_REGION'
  | 'ENERGY_REGION'
  | 'DOMESTIC_SAFETY_REGION'
  | 'SHARED_SERVICE'
  | 'OTHER';

interface KindRule {
  kind: CollaborationKindValue;
  /** Dutch word put before the bare region name so the kind shows in the name. */
  label: string | null;
  /** Names starting with one of these already say what they are and are left alone. */
  selfDescribing: string[];
}

// Keys are the `kind` values of shared/data/collaborations.csv (see shared/data/README.md).
const RULES: Readonly<Record<string, KindRule>> = {
  cooperative: { kind: 'COOPERATIVE', label: null, selfDescribing: [] },
  veiligheidsregio: { kind: 'SAFETY_REGION', label: 'Veiligheidsregio', selfDescribing: [] },
  arbeidsmarktregio: {
    kind: 'LABOUR_MARKET_REGION',
    label: 'Arbeidsmarktregio',
    selfDescribing: [],
  },
  // GGD names in the file are mostly organisation names already ("GGD Twente",
  // "Dienst Gezondheid & Jeugd ZHZ", "Veiligheids- en Gezondheidsregio Gelderland-Midden").
  ggd_regio: {
    kind: 'HEALTH_REGION',
    label: 'GGD-regio',
    selfDescribing: ['GGD', 'Dienst Gezondheid', 'Veiligheids- en Gezondheidsregio'],
  },
  jeugdzorgregio: { kind: 'YOUTH_CARE_REGION', label: 'Jeugdzorgregio', selfDescribing: [] },
  res_regio: { kind: 'ENERGY_REGION', label: 'RES-regio', selfDescribing: ['RES '] },
  veilig_thuis_regio: {
    kind: 'DOMESTIC_SAFETY_REGION',
    label: 'Veilig Thuis-regio',
    selfDescribing: ['Veilig Thuis'],
  },
};

export const SOURCE_KINDS: readonly string[] = Object.keys(RULES);

export class UnknownCollaborationKindError extends Error {
  constructor(readonly sourceKind: string) {
    super(
      `unknown collaboration kind "${sourceKind}"; known kinds are ${SOURCE_KINDS.join(', ')} ` +
        '(add a mapping in src/seed/reference/collaboration-kinds.ts)',
    );
    this.name = 'UnknownCollaborationKindError';
  }
}

function ruleFor(sourceKind: string): KindRule {
  const rule = Object.prototype.hasOwnProperty.call(RULES, sourceKind)
    ? RULES[sourceKind]
    : undefined;
  if (!rule) throw new UnknownCollaborationKindError(sourceKind);
  return rule;
}

/** Maps a kind from collaborations.csv (`veiligheidsregio`) to the API enum (`SAFETY_REGION`). */
export function mapCollaborationKind(sourceKind: string): CollaborationKindValue {
  return ruleFor(sourceKind).kind;
}

/**
 * A display name that makes the kind clear: the file holds bare region names, so "Groningen"
 * is a veiligheidsregio, an arbeidsmarktregio and more. "Regio Zwolle" becomes
 * "Arbeidsmarktregio Zwolle" rather than "Arbeidsmarktregio Regio Zwolle".
 */
export function collaborationDisplayName(regionName: string, sourceKind: string): string {
  const rule = ruleFor(sourceKind);
  const name = regionName.trim();
  if (rule.label === null) return name;
  const lower = name.toLowerCase();
  const alreadyNamed = [rule.label, ...rule.selfDescribing].some((prefix) =>
    lower.startsWith(prefix.toLowerCase()),
  );
  if (alreadyNamed) return name;
  const withoutRegio = /^regio\s+/i.test(name) ? name.replace(/^regio\s+/i, '') : name;
  return `${rule.label} ${withoutRegio}`;
}
