import { ExperienceRole, Outcome } from '../experiences/experience-role';
import { Availability } from '../people/models/availability.enum';

/**
 * The `reasons` of a recommendation: short Dutch sentences a civil servant understands, built
 * from facts only (what the person did, where, with which result; which skills; who can
 * introduce them). No scores and no search terms. Names appear only of people the asker may
 * see: the expert and the people on a visible introduction path.
 */

export interface ExplainedExperience {
  readonly title: string;
  /** The municipality that faced the challenge. */
  readonly municipalityName: string;
  readonly role: ExperienceRole;
  readonly outcome: Outcome;
  readonly year: number | null;
  /** What the person wrote on it, cut short, when their lessons speak to the question; else null. */
  readonly lesson: string | null;
}

export interface Explanation {
  /** Matched challenges, the most telling first. */
  readonly experiences: readonly ExplainedExperience[];
  /** Wanted skills the person has, the most telling first. */
  readonly sharedSkillNames: readonly string[];
  /** Earlier challenges of the asked theme, when that is all there is to say about experience. */
  readonly theme: { readonly slug: string; readonly count: number } | null;
  readonly municipalityName: string;
  readonly sameMunicipality: boolean;
  readonly sharedCollaborationNames: readonly string[];
  readonly similarSize: boolean;
  /** Names of the people between asker and expert ([] when they know each other); null: no path. */
  readonly introducers: readonly string[] | null;
  readonly availability: Availability;
  /** What the introduction workflow knows of the person; null when nobody asked them yet. */
  readonly introductions: {
    /** Completed introductions the requester called helpful. */
    readonly helpful: number;
    /** Over all completed introductions; null when none is completed. */
    readonly meanRating: number | null;
    /** Requests waiting for them now. */
    readonly open: number;
  } | null;
}

/** How many matched challenges are spelled out; the rest are counted. */
export const EXPERIENCES_SPELLED_OUT = 3;
const SKILLS_SPELLED_OUT = 4;
const COLLABORATIONS_SPELLED_OUT = 2;

const DID: Readonly<Record<ExperienceRole, string>> = {
  [ExperienceRole.LEAD]: 'Leidde',
  [ExperienceRole.MEMBER]: 'Werkte mee aan',
  [ExperienceRole.ADVISOR]: 'Adviseerde bij',
};

const RESULT: Readonly<Record<Outcome, string>> = {
  [Outcome.SOLVED]: 'opgelost',
  [Outcome.PARTIAL]: 'deels opgelost',
  [Outcome.ONGOING]: 'loopt nog',
  [Outcome.FAILED]: 'niet gelukt',
};

const THEME_NAMES: Readonly<Record<string, string>> = {
  'sociaal-domein': 'sociaal domein',
  ict: 'ICT',
  financien: 'financiën',
};

/** "A", "A en B", "A, B en C"; beyond `max` names: "A, B en nog 3 andere". */
export function dutchList(names: readonly string[], max = names.length): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  const parts = rest > 0 ? [...shown, `nog ${rest} andere`] : shown;
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

export function themeName(slug: string): string {
  return THEME_NAMES[slug] ?? slug.replace(/-/g, ' ');
}

/** Lessons quoted in a reason are cut at a word to about this many characters. */
export const LESSON_QUOTED = 120;

/** The start of a lessons text, cut at a word boundary, with "…" when cut. */
export function lessonExcerpt(lessons: string): string {
  const text = lessons.replace(/\s+/g, ' ').trim();
  if (text.length <= LESSON_QUOTED) return text;
  const cut = text.slice(0, LESSON_QUOTED);
  const space = cut.lastIndexOf(' ');
  return `${(space > LESSON_QUOTED / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function experienceReason(experience: ExplainedExperience): string {
  const when = experience.year === null ? '' : `, ${experience.year}`;
  const done = `${DID[experience.role]} '${experience.title}' in ${experience.municipalityName} (${RESULT[experience.outcome]}${when})`;
  return experience.lesson === null ? done : `${done} en schreef: "${experience.lesson}"`;
}

function experienceReasons(experiences: readonly ExplainedExperience[]): string[] {
  const reasons = experiences.slice(0, EXPERIENCES_SPELLED_OUT).map(experienceReason);
  const more = experiences.length - EXPERIENCES_SPELLED_OUT;
  if (more > 0) {
    reasons.push(
      `Werkte ook aan ${more} andere vergelijkbare ${more === 1 ? 'opgave' : 'opgaven'}`,
    );
  }
  return reasons;
}

function skillReason(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const noun = names.length === 1 ? 'vaardigheid' : 'vaardigheden';
  return [`Deelt de ${noun} ${dutchList(names, SKILLS_SPELLED_OUT)}`];
}

function themeReason(explanation: Explanation): string[] {
  const { theme } = explanation;
  if (theme === null || theme.count === 0 || explanation.experiences.length > 0) return [];
  const noun = theme.count === 1 ? 'opgave' : 'opgaven';
  return [`Werkte eerder aan ${theme.count} ${noun} in het thema ${themeName(theme.slug)}`];
}

function likenessReason(explanation: Explanation): string[] {
  if (explanation.sameMunicipality) {
    return [`Werkt in uw eigen gemeente (${explanation.municipalityName})`];
  }
  const shared = explanation.sharedCollaborationNames;
  if (shared.length > 0) {
    const noun = shared.length === 1 ? 'samenwerking' : 'samenwerkingen';
    return [
      `Werkt in een gemeente uit dezelfde ${noun} (${dutchList(shared, COLLABORATIONS_SPELLED_OUT)})`,
    ];
  }
  if (explanation.similarSize) {
    return [`Werkt in ${explanation.municipalityName}, een gemeente van vergelijkbare grootte`];
  }
  return [];
}

function reachabilityReason(introducers: readonly string[] | null): string[] {
  if (introducers === null) return [];
  if (introducers.length === 0) return ['U kent elkaar al'];
  return [`Bereikbaar via ${dutchList(introducers)}`];
}

function availabilityReason(availability: Availability): string[] {
  switch (availability) {
    case Availability.LIMITED:
      return ['Beperkt beschikbaar'];
    case Availability.UNAVAILABLE:
      return ['Nu niet beschikbaar'];
    case Availability.AVAILABLE:
      return [];
  }
}

/** The feedback that moved the score, told as facts (how often it helped, what waits). */
function introductionReasons(introductions: Explanation['introductions']): string[] {
  if (introductions === null) return [];
  const reasons: string[] = [];
  const { helpful, meanRating, open } = introductions;
  if (helpful > 0) {
    const rating =
      meanRating === null ? '' : ` (gemiddeld ${meanRating.toFixed(1).replace('.', ',')} van 5)`;
    reasons.push(`Eerdere kennismakingen via Kennissen hielpen ${helpful} keer${rating}`);
  }
  if (open > 0) {
    reasons.push(`Heeft al ${open} open ${open === 1 ? 'verzoek' : 'verzoeken'} om kennismaking`);
  }
  return reasons;
}

export function buildReasons(explanation: Explanation): string[] {
  return [
    ...experienceReasons(explanation.experiences),
    ...skillReason(explanation.sharedSkillNames),
    ...themeReason(explanation),
    ...likenessReason(explanation),
    ...reachabilityReason(explanation.introducers),
    ...introductionReasons(explanation.introductions),
    ...availabilityReason(explanation.availability),
  ];
}
