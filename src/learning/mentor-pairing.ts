/**
 * Pairs each participant of a learning programme with a mentor who can teach a programme skill
 * they still lack. Existing pairs stay (unless the coordinator asks to replace them); the rest
 * is a greedy assignment by fit under each mentor's capacity. Pure and deterministic: the same
 * participants and mentors in any order give the same pairs.
 */

/** A participant as pairing sees them. */
export interface PairingParticipant {
  readonly personId: string;
  readonly municipalityCode: string;
  /** Their level per programme skill id (missing = 0). */
  readonly levels: ReadonlyMap<string, number>;
  /** Programme skills they marked as wanting to learn. */
  readonly wantsToLearn: ReadonlySet<string>;
  /** Challenge ids they work on (open or in progress) that the programme addresses or that need its skills. */
  readonly challengeIds: ReadonlySet<string>;
  /** Already paired mentor (kept as is unless `replace`). */
  readonly mentorId: string | null;
}

export interface PairingMentor {
  readonly personId: string;
  readonly municipalityCode: string;
  readonly levels: ReadonlyMap<string, number>;
  /** Challenge ids this mentor worked on. */
  readonly challengeIds: ReadonlySet<string>;
  /** Mentees they already guide in other programmes (counts against the cap). */
  readonly otherLoad: number;
}

export interface ProgrammeSkillTarget {
  readonly skillId: string;
  readonly targetLevel: number;
}

export interface MentorPair {
  readonly participantId: string;
  readonly mentorId: string;
  readonly fit: number;
  /** Dutch reasons, the strongest skill first. */
  readonly reasons: readonly string[];
  /** true when the pair was already there and kept. */
  readonly kept: boolean;
}

export interface UnpairedParticipant {
  readonly participantId: string;
  /** Dutch. */
  readonly reason: string;
}

export interface PairingResult {
  /** Sorted by participantId. */
  readonly pairs: readonly MentorPair[];
  /** Sorted by participantId. */
  readonly unpaired: readonly UnpairedParticipant[];
}

export interface PairingNames {
  person(id: string): string;
  skill(id: string): string;
  challenge(id: string): string;
  municipality(code: string): string;
}

export interface PairingInput {
  readonly participants: readonly PairingParticipant[];
  readonly mentors: readonly PairingMentor[];
  readonly skills: readonly ProgrammeSkillTarget[];
  /** Most mentees per mentor, counting otherLoad. */
  readonly capacity: number;
  /** Replace existing pairs instead of keeping them. */
  readonly replace: boolean;
  readonly names: PairingNames;
}

/** What pairFit finds: the fit, and the reasons for it in Dutch. */
export interface PairFit {
  fit: number;
  reasons: string[];
}

/** Wanting to learn a skill makes a teacher of it half again as valuable. */
const WANTS_TO_LEARN_WEIGHT = 1.5;
const SHARED_CHALLENGE_BONUS = 1;
/** Learning across municipalities is the point of the programme. */
const OTHER_MUNICIPALITY_BONUS = 0.5;

export function pairMentors(input: PairingInput): PairingResult {
  const { capacity, replace, skills, names } = input;
  const participants = [...input.participants].sort((a, b) => compareText(a.personId, b.personId));
  const mentors = new Map<string, PairingMentor>();
  for (const mentor of [...input.mentors].sort((a, b) => compareText(a.personId, b.personId))) {
    if (!mentors.has(mentor.personId)) mentors.set(mentor.personId, mentor);
  }
  const load = new Map([...mentors.values()].map((m) => [m.personId, m.otherLoad]));
  const pairs = new Map<string, MentorPair>();

  // Kept pairs come first and may use up a mentor's room; they stay even beyond it.
  for (const participant of participants) {
    const mentor =
      replace || participant.mentorId === null ? undefined : mentors.get(participant.mentorId);
    if (mentor === undefined || mentor.personId === participant.personId) continue;
    pairs.set(
      participant.personId,
      pair(participant, mentor, pairFit(participant, mentor, skills, names), true),
    );
    load.set(mentor.personId, (load.get(mentor.personId) ?? 0) + 1);
  }

  const candidates: { participant: PairingParticipant; mentor: PairingMentor; fit: PairFit }[] = [];
  for (const participant of participants) {
    if (pairs.has(participant.personId)) continue;
    for (const mentor of mentors.values()) {
      if (mentor.personId === participant.personId) continue;
      const fit = pairFit(participant, mentor, skills, names);
      if (fit.fit > 0) candidates.push({ participant, mentor, fit });
    }
  }
  candidates.sort(
    (a, b) =>
      b.fit.fit - a.fit.fit ||
      compareText(a.participant.personId, b.participant.personId) ||
      compareText(a.mentor.personId, b.mentor.personId),
  );
  for (const { participant, mentor, fit } of candidates) {
    if (pairs.has(participant.personId)) continue;
    const mentorLoad = load.get(mentor.personId) ?? 0;
    if (mentorLoad >= capacity) continue;
    pairs.set(participant.personId, pair(participant, mentor, fit, false));
    load.set(mentor.personId, mentorLoad + 1);
  }

  const hasCandidate = new Set(candidates.map((c) => c.participant.personId));
  return {
    pairs: participants.flatMap((p) => pairs.get(p.personId) ?? []),
    unpaired: participants
      .filter((p) => !pairs.has(p.personId))
      .map((p) => ({
        participantId: p.personId,
        reason: unpairedReason(p, hasCandidate.has(p.personId), skills, capacity, names),
      })),
  };
}

/**
 * The fit of one mentor for one participant, with Dutch reasons. 0 when the mentor can teach no
 * programme skill the participant lacks (then the first reason says so) or is the participant.
 */
export function pairFit(
  participant: PairingParticipant,
  mentor: PairingMentor,
  skills: readonly ProgrammeSkillTarget[],
  names: PairingNames,
): PairFit {
  const person = names.person(participant.personId);
  if (mentor.personId === participant.personId) {
    return { fit: 0, reasons: [`${person} kan niet de eigen mentor zijn`] };
  }

  const taught = skills
    .map(({ skillId, targetLevel }) => {
      const has = levelOf(participant.levels, skillId);
      const teaches = levelOf(mentor.levels, skillId);
      const wants = participant.wantsToLearn.has(skillId);
      const gain = (teaches - has) * (wants ? WANTS_TO_LEARN_WEIGHT : 1);
      return { skillId, targetLevel, has, teaches, wants, gain };
    })
    .filter((s) => s.has < s.targetLevel && s.teaches >= s.targetLevel && s.teaches > s.has)
    .sort((a, b) => b.gain - a.gain || compareText(a.skillId, b.skillId));
  const shared = [...participant.challengeIds]
    .filter((id) => mentor.challengeIds.has(id))
    .sort(compareText);
  const otherMunicipality = mentor.municipalityCode !== participant.municipalityCode;

  const reasons: string[] = [];
  for (const s of taught) {
    const skill = names.skill(s.skillId);
    reasons.push(
      `heeft ${skill} op niveau ${number(s.teaches)}, waar ${person} op niveau ${number(s.has)} staat (doel ${number(s.targetLevel)})`,
    );
    if (s.wants) reasons.push(`${person} wil ${skill} leren`);
  }
  if (taught.length === 0) {
    reasons.push(`kan geen vaardigheid van het programma leren die ${person} nog mist`);
  }
  for (const id of shared) {
    reasons.push(`werkte aan "${names.challenge(id)}", waar ${person} nu aan werkt`);
  }
  if (otherMunicipality) {
    reasons.push(`uit een andere gemeente (${names.municipality(mentor.municipalityCode)})`);
  }

  if (taught.length === 0) return { fit: 0, reasons };
  const fit =
    taught.reduce((sum, s) => sum + s.gain, 0) +
    shared.length * SHARED_CHALLENGE_BONUS +
    (otherMunicipality ? OTHER_MUNICIPALITY_BONUS : 0);
  return { fit: Math.round(fit * 100) / 100, reasons };
}

function pair(
  participant: PairingParticipant,
  mentor: PairingMentor,
  fit: PairFit,
  kept: boolean,
): MentorPair {
  return {
    participantId: participant.personId,
    mentorId: mentor.personId,
    fit: fit.fit,
    reasons: fit.reasons,
    kept,
  };
}

function unpairedReason(
  participant: PairingParticipant,
  hadCandidate: boolean,
  skills: readonly ProgrammeSkillTarget[],
  capacity: number,
  names: PairingNames,
): string {
  const person = names.person(participant.personId);
  if (hadCandidate) {
    return `alle mentoren die ${person} iets kunnen leren, begeleiden al het maximum van ${capacity} ${capacity === 1 ? 'deelnemer' : 'deelnemers'}`;
  }
  const lacks = skills.some((s) => levelOf(participant.levels, s.skillId) < s.targetLevel);
  return lacks
    ? `geen mentor kan ${person} een vaardigheid van het programma leren die ${person} nog mist`
    : `${person} heeft alle vaardigheden van het programma al op het doelniveau`;
}

function levelOf(levels: ReadonlyMap<string, number>, skillId: string): number {
  return levels.get(skillId) ?? 0;
}

/** Dutch decimal comma; whole levels without decimals. */
function number(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}

/** Code-point order, not the locale's: the result must not depend on the machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
