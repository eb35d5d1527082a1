import { Outcome } from '../../experiences/experience-role';
import { type NewProgress, type ProgrammeRecord } from '../../learning/learning.records';
import { ProgrammeStatus } from '../../learning/programme-status';
import type { CollaborationKindValue } from '../reference/collaboration-kinds';
import type { ReferenceCollaboration, ReferenceMembership } from '../reference/reference-data';
import { BASE_DATE_MS } from './dates';
import { DEFAULT_DEMO_SEED } from './generate-demo-population';
import { Random } from './prng';
import type { DemoChallenge, DemoPopulation } from './types';

/**
 * The demo's learning programmes, in the order the seeder writes them: each programme, then its
 * participants and mentors, then the progress (only of participants), then the wishes. Circles
 * and mentor pairs are left unassigned: the service forms them through its own operations.
 */
export interface DemoProgrammes {
  programmes: ProgrammeRecord[];
  /** PARTICIPATES: one row per programme. */
  participants: DemoProgrammePeople[];
  /** MENTORS: one row per programme that has mentors. */
  mentors: DemoProgrammePeople[];
  /** PROGRESSED, with ids `demo-progress-NN`; every person is a participant of the programme. */
  progress: NewProgress[];
  /** WANTS_TO_LEARN: the whole list of skills each person wants to learn. */
  wishes: DemoWish[];
}

export interface DemoProgrammePeople {
  programmeId: string;
  personIds: string[];
  at: Date;
}

export interface DemoWish {
  personId: string;
  skillIds: string[];
  at: Date;
}

export interface DemoProgrammeReference {
  collaborations: readonly ReferenceCollaboration[];
  memberships: readonly ReferenceMembership[];
}

export const DEMO_PROGRAMME_IDS = {
  active: 'demo-programme-1',
  planned: 'demo-programme-2',
  completed: 'demo-programme-3',
} as const;

/** The level every demo programme aims for. */
export const DEMO_TARGET_LEVEL = 4;

const DAY_MS = 86_400_000;
/** A day relative to the demo's base date (2025-01-01), at noon UTC. */
const day = (offset: number): Date => new Date(BASE_DATE_MS + offset * DAY_MS + DAY_MS / 2);
const isoDay = (offset: number): string => day(offset).toISOString().slice(0, 10);

const ONGOING = new Set(['OPEN', 'IN_PROGRESS']);

/** What a programme is about: the challenge families it looks for, and its Dutch texts. */
interface Focus {
  families: readonly string[];
  /** Skills preferred when the addressed challenges require more than the programme builds. */
  preferredSkills: readonly string[];
  /** Collaboration kinds to prefer, best first. */
  kinds: readonly CollaborationKindValue[];
  title: string;
  goal: string;
  theme: string;
}

const YOUTH_CARE: Focus = {
  families: ['aanbesteding-jeugdzorg', 'wachtlijsten-jeugd'],
  preferredSkills: ['inkoop-sociaal-domein', 'contractmanagement-zorg', 'jeugdwet'],
  kinds: ['YOUTH_CARE_REGION'],
  title: 'Leernetwerk inkoop jeugdhulp',
  goal: 'Inkopers, contractmanagers en beleidsmedewerkers van de regiogemeenten leren samen jeugdhulp inkopen en sturen op resultaat, aan de hand van de eigen opgaven van de regio.',
  theme: 'sociaal-domein',
};

const DEBT_SIGNALS: Focus = {
  families: ['schuldhulp-vroegsignalering'],
  preferredSkills: ['vroegsignalering-schulden', 'schuldhulpverlening', 'armoedebeleid'],
  kinds: ['LABOUR_MARKET_REGION', 'HEALTH_REGION'],
  title: 'Leerkring vroegsignalering van schulden',
  goal: 'Medewerkers schuldhulp en werk en inkomen leren betalingsachterstanden vroeg te signaleren en huishoudens eerder te bereiken.',
  theme: 'sociaal-domein',
};

interface Population {
  people: DemoPopulation['people'];
  personSkills: DemoPopulation['personSkills'];
  challenges: DemoPopulation['challenges'];
  challengeSkills: DemoPopulation['challengeSkills'];
}

/**
 * Three learning programmes on the demo population: an ACTIVE one run by a (real) youth-care
 * region with participants from at least three of its member municipalities, mentors and some
 * progress; a PLANNED one run by another collaboration with participants only; and a COMPLETED
 * one run by a single municipality. Plus about twenty people who want to learn the programmes'
 * skills. Pure and deterministic: the same population, reference data and seed give the same
 * result; dates are fixed around the demo's base date, never the clock.
 */
export function generateDemoProgrammes(
  demo: Population,
  reference: DemoProgrammeReference,
  seed: number = DEFAULT_DEMO_SEED,
): DemoProgrammes {
  const random = new Random(seed, 'programmes');
  const ctx = new Context(demo, reference);
  const result: DemoProgrammes = {
    programmes: [],
    participants: [],
    mentors: [],
    progress: [],
    wishes: [],
  };

  // ACTIVE: run by a youth-care region, from September 2024 to June 2025.
  const active = ctx.chooseCollaboration(YOUTH_CARE, new Set());
  const activePlan = ctx.plan(random, active, YOUTH_CARE, { challenges: 3, skills: 3 });
  const activeParticipants = ctx.chooseParticipants(random, activePlan, 10, 3);
  const activeMentors = ctx.chooseMentors(random, activePlan, 3);
  const activeCoordinator = ctx.chooseCoordinator(random, activePlan.memberCodes);
  result.programmes.push(
    programme(DEMO_PROGRAMME_IDS.active, YOUTH_CARE, ProgrammeStatus.ACTIVE, activePlan, {
      startDate: isoDay(-121),
      endDate: isoDay(180),
      runBy: { collaborationId: active.id, municipalityCode: null },
      coordinatorId: activeCoordinator,
      createdAt: day(-200),
    }),
  );
  result.participants.push({
    programmeId: DEMO_PROGRAMME_IDS.active,
    personIds: activeParticipants,
    at: day(-130),
  });
  result.mentors.push({
    programmeId: DEMO_PROGRAMME_IDS.active,
    personIds: activeMentors,
    at: day(-128),
  });
  result.progress.push(
    ...ctx.progressFor(DEMO_PROGRAMME_IDS.active, activePlan, activeParticipants, 3, day(-40), {
      challenge: activePlan.challenges[0],
      outcome: Outcome.SOLVED,
    }),
  );

  // PLANNED: run by another collaboration, starting in March 2025; participants only.
  const planned = ctx.chooseCollaboration(DEBT_SIGNALS, new Set([active.id]));
  const plannedPlan = ctx.plan(random, planned, DEBT_SIGNALS, { challenges: 2, skills: 2 });
  const plannedParticipants = ctx.chooseParticipants(random, plannedPlan, 8, 2);
  result.programmes.push(
    programme(DEMO_PROGRAMME_IDS.planned, DEBT_SIGNALS, ProgrammeStatus.PLANNED, plannedPlan, {
      startDate: isoDay(61),
      endDate: isoDay(291),
      runBy: { collaborationId: planned.id, municipalityCode: null },
      coordinatorId: ctx.chooseCoordinator(random, plannedPlan.memberCodes),
      createdAt: day(-21),
    }),
  );
  result.participants.push({
    programmeId: DEMO_PROGRAMME_IDS.planned,
    personIds: plannedParticipants,
    at: day(-14),
  });

  // COMPLETED: run by one municipality, January to June 2024, on a challenge it solved.
  const completed = ctx.completedPlan();
  const completedParticipants = ctx.chooseParticipants(random, completed.plan, 6, 1);
  const completedMentors = ctx.chooseMentors(random, completed.plan, 1);
  result.programmes.push(
    programme(
      DEMO_PROGRAMME_IDS.completed,
      completed.focus,
      ProgrammeStatus.COMPLETED,
      completed.plan,
      {
        startDate: isoDay(-351),
        endDate: isoDay(-187),
        runBy: { collaborationId: null, municipalityCode: completed.municipalityCode },
        coordinatorId: ctx.chooseCoordinator(random, [completed.municipalityCode]),
        createdAt: day(-400),
      },
    ),
  );
  result.participants.push({
    programmeId: DEMO_PROGRAMME_IDS.completed,
    personIds: completedParticipants,
    at: day(-360),
  });
  result.mentors.push({
    programmeId: DEMO_PROGRAMME_IDS.completed,
    personIds: completedMentors,
    at: day(-360),
  });
  result.progress.push(
    ...ctx.progressFor(
      DEMO_PROGRAMME_IDS.completed,
      completed.plan,
      completedParticipants,
      completedParticipants.length,
      day(-200),
    ),
  );

  // Wishes: people of the running collaborations who lack what the programmes build.
  result.wishes.push(
    ...ctx.chooseWishes(random, activePlan, 12, day(-60)),
    ...ctx.chooseWishes(random, plannedPlan, 8, day(-30)),
  );
  return result;
}

interface Plan {
  memberCodes: string[];
  challenges: DemoChallenge[];
  skillIds: string[];
}

function programme(
  id: string,
  focus: Focus,
  status: ProgrammeStatus,
  plan: Plan,
  rest: Pick<ProgrammeRecord, 'startDate' | 'endDate' | 'runBy' | 'coordinatorId' | 'createdAt'>,
): ProgrammeRecord {
  return {
    id,
    title: focus.title,
    goal: focus.goal,
    theme: focus.theme,
    status,
    challengeIds: plan.challenges.map((c) => c.id).sort(),
    skills: plan.skillIds.map((skillId) => ({ skillId, targetLevel: DEMO_TARGET_LEVEL })),
    ...rest,
    updatedAt: rest.createdAt,
  };
}

/** Lookups over the population, and the people already given a role (each gets one). */
class Context {
  private readonly peopleByCode = new Map<string, string[]>();
  private readonly codeOf = new Map<string, string>();
  private readonly levels = new Map<string, Map<string, number>>();
  private readonly requirements = new Map<string, { skillId: string; weight: number }[]>();
  private readonly membersOf = new Map<string, string[]>();
  private readonly used = new Set<string>();
  private progressCount = 0;

  constructor(
    private readonly demo: Population,
    private readonly reference: DemoProgrammeReference,
  ) {
    for (const p of demo.people) {
      this.codeOf.set(p.id, p.municipalityCode);
      const list = this.peopleByCode.get(p.municipalityCode) ?? [];
      list.push(p.id);
      this.peopleByCode.set(p.municipalityCode, list);
    }
    for (const s of demo.personSkills) {
      const map = this.levels.get(s.personId) ?? new Map<string, number>();
      map.set(s.skillId, s.level);
      this.levels.set(s.personId, map);
    }
    for (const r of demo.challengeSkills) {
      const list = this.requirements.get(r.challengeId) ?? [];
      list.push({ skillId: r.skillId, weight: r.weight });
      this.requirements.set(r.challengeId, list);
    }
    for (const m of reference.memberships) {
      if (!this.peopleByCode.has(m.municipalityCode)) continue;
      const list = this.membersOf.get(m.collaborationId) ?? [];
      list.push(m.municipalityCode);
      this.membersOf.set(m.collaborationId, list);
    }
  }

  level(personId: string, skillId: string): number {
    return this.levels.get(personId)?.get(skillId) ?? 0;
  }

  /**
   * The collaboration (of the focus's kinds first) whose members with demo people face the most
   * ongoing challenges of the focus's families; then the one with the most demo people.
   */
  chooseCollaboration(focus: Focus, exclude: ReadonlySet<string>): ReferenceCollaboration {
    const score = (c: ReferenceCollaboration): [number, number, number] => {
      const codes = new Set(this.membersOf.get(c.id) ?? []);
      const matching = this.demo.challenges.filter(
        (ch) =>
          codes.has(ch.municipalityCode) &&
          ONGOING.has(ch.status) &&
          focus.families.includes(ch.familyId),
      ).length;
      const people = [...codes].reduce(
        (n, code) => n + (this.peopleByCode.get(code)?.length ?? 0),
        0,
      );
      const kindRank = focus.kinds.includes(c.kind)
        ? focus.kinds.length - focus.kinds.indexOf(c.kind)
        : 0;
      return [Math.min(matching, 3) > 0 ? kindRank : -1, matching, people];
    };
    const candidates = this.reference.collaborations.filter(
      (c) => !exclude.has(c.id) && (this.membersOf.get(c.id)?.length ?? 0) >= 3,
    );
    if (candidates.length === 0) throw new RangeError('no collaboration with three municipalities');
    const scored = candidates.map((c) => ({ c, s: score(c) }));
    scored.sort(
      (a, b) =>
        b.s[0] - a.s[0] || b.s[1] - a.s[1] || b.s[2] - a.s[2] || a.c.id.localeCompare(b.c.id),
    );
    return scored[0].c;
  }

  /** The ongoing challenges of the members the programme addresses, and the skills it builds. */
  plan(
    random: Random,
    collaboration: ReferenceCollaboration,
    focus: Focus,
    limits: { challenges: number; skills: number },
  ): Plan {
    const memberCodes = [...(this.membersOf.get(collaboration.id) ?? [])].sort();
    const codes = new Set(memberCodes);
    const ongoing = this.demo.challenges.filter(
      (c) => codes.has(c.municipalityCode) && ONGOING.has(c.status),
    );
    let chosen = ongoing.filter((c) => focus.families.includes(c.familyId));
    if (chosen.length === 0) chosen = ongoing.filter((c) => c.theme === focus.theme);
    if (chosen.length === 0) chosen = ongoing;
    const challenges = random.sample(chosen, limits.challenges);
    return { memberCodes, challenges, skillIds: this.skillsOf(challenges, focus, limits.skills) };
  }

  /** The skills the challenges require most (weight summed), the focus's own ones first. */
  private skillsOf(challenges: readonly DemoChallenge[], focus: Focus, count: number): string[] {
    const total = new Map<string, number>();
    for (const c of challenges) {
      for (const r of this.requirements.get(c.id) ?? []) {
        total.set(r.skillId, (total.get(r.skillId) ?? 0) + r.weight);
      }
    }
    const rank = (id: string) => {
      const i = focus.preferredSkills.indexOf(id);
      return i < 0 ? focus.preferredSkills.length : i;
    };
    const ids = [...total.keys()].sort(
      (a, b) =>
        rank(a) - rank(b) || (total.get(b) ?? 0) - (total.get(a) ?? 0) || a.localeCompare(b),
    );
    return ids.slice(0, count);
  }

  /**
   * About `count` people of the members who hold none of the skills at the target level,
   * spread over the municipalities (at least `minMunicipalities` where the members allow), with
   * someone of the first addressed challenge's municipality among them when possible.
   */
  chooseParticipants(
    random: Random,
    plan: Plan,
    count: number,
    minMunicipalities: number,
  ): string[] {
    const lacks = (id: string) =>
      !this.used.has(id) && plan.skillIds.every((s) => this.level(id, s) < DEMO_TARGET_LEVEL);
    const pools = new Map<string, string[]>();
    for (const code of plan.memberCodes) {
      const pool = random.shuffle((this.peopleByCode.get(code) ?? []).filter(lacks));
      if (pool.length > 0) pools.set(code, pool);
    }
    if (pools.size < Math.min(minMunicipalities, plan.memberCodes.length)) {
      throw new RangeError(
        `too few municipalities with possible participants for ${plan.memberCodes.join(', ')}`,
      );
    }
    // Round-robin over the municipalities, the first challenge's municipality first.
    const first = plan.challenges[0]?.municipalityCode;
    const order = random
      .shuffle([...pools.keys()])
      .sort((a, b) => Number(b === first) - Number(a === first));
    const chosen: string[] = [];
    while (chosen.length < count) {
      let added = false;
      for (const code of order) {
        const next = pools.get(code)?.shift();
        if (next === undefined || chosen.length >= count) continue;
        chosen.push(next);
        added = true;
      }
      if (!added) break;
    }
    chosen.forEach((id) => this.used.add(id));
    return chosen.sort();
  }

  /**
   * Mentors holding a programme skill at the target level or higher, from the member
   * municipalities when there are enough, covering as many of the skills as they can.
   */
  chooseMentors(random: Random, plan: Plan, count: number): string[] {
    const holds = (id: string) =>
      !this.used.has(id) && plan.skillIds.some((s) => this.level(id, s) >= DEMO_TARGET_LEVEL);
    const codes = new Set(plan.memberCodes);
    const local = random.shuffle(
      this.demo.people.filter((p) => codes.has(p.municipalityCode) && holds(p.id)),
    );
    const pool =
      local.length >= count
        ? local
        : [
            ...local,
            ...random.shuffle(
              this.demo.people.filter((p) => !codes.has(p.municipalityCode) && holds(p.id)),
            ),
          ];
    const chosen: string[] = [];
    const covered = new Set<string>();
    // First one mentor per skill not yet covered, then anyone who holds a skill.
    for (const skillId of plan.skillIds) {
      if (chosen.length >= count || covered.has(skillId)) continue;
      const mentor = pool.find(
        (p) => !chosen.includes(p.id) && this.level(p.id, skillId) >= DEMO_TARGET_LEVEL,
      );
      if (!mentor) continue;
      chosen.push(mentor.id);
      plan.skillIds
        .filter((s) => this.level(mentor.id, s) >= DEMO_TARGET_LEVEL)
        .forEach((s) => covered.add(s));
    }
    for (const p of pool) {
      if (chosen.length >= count) break;
      if (!chosen.includes(p.id)) chosen.push(p.id);
    }
    chosen.forEach((id) => this.used.add(id));
    return chosen.sort();
  }

  /** Someone of the municipalities not otherwise in a programme. */
  chooseCoordinator(random: Random, codes: readonly string[]): string {
    const pool = codes
      .flatMap((code) => this.peopleByCode.get(code) ?? [])
      .filter((id) => !this.used.has(id));
    const coordinator = random.pick(pool);
    this.used.add(coordinator);
    return coordinator;
  }

  /**
   * A step up on one programme skill for the first `count` participants, each from their level
   * in the population (explicit, so a reseed records the same); the first one's step applied to
   * `applied.challenge` when given, preferring a participant of that challenge's municipality.
   */
  progressFor(
    programmeId: string,
    plan: Plan,
    participants: readonly string[],
    count: number,
    at: Date,
    applied?: { challenge: DemoChallenge | undefined; outcome: Outcome },
  ): NewProgress[] {
    const appliedCode = applied?.challenge?.municipalityCode;
    const ordered = [...participants].sort(
      (a, b) =>
        Number(this.codeOf.get(b) === appliedCode) - Number(this.codeOf.get(a) === appliedCode),
    );
    return ordered.slice(0, count).map((personId, i) => {
      const skillId = plan.skillIds[i % plan.skillIds.length];
      const levelBefore = this.level(personId, skillId);
      const appliedHere = i === 0 && applied?.challenge !== undefined;
      return {
        id: `demo-progress-${String((this.progressCount += 1)).padStart(2, '0')}`,
        programmeId,
        personId,
        skillId,
        levelBefore,
        levelAfter: Math.min(DEMO_TARGET_LEVEL, levelBefore + (levelBefore === 0 ? 2 : 1)),
        challengeId: appliedHere ? (applied?.challenge?.id ?? null) : null,
        outcome: appliedHere ? (applied?.outcome ?? null) : null,
        note: appliedHere
          ? 'Geleerde aanpak toegepast op de eigen opgave; de afspraken staan.'
          : null,
        recordedAt: new Date(at.getTime() + i * DAY_MS),
      };
    });
  }

  /** COMPLETED: the municipality with the most demo people that solved a challenge it can teach. */
  completedPlan(): { municipalityCode: string; plan: Plan; focus: Focus } {
    const codes = [...this.peopleByCode.keys()].sort(
      (a, b) =>
        (this.peopleByCode.get(b)?.length ?? 0) - (this.peopleByCode.get(a)?.length ?? 0) ||
        a.localeCompare(b),
    );
    for (const code of codes) {
      const solved = this.demo.challenges
        .filter((c) => c.municipalityCode === code && c.status === 'SOLVED')
        .sort((a, b) => a.id.localeCompare(b.id));
      for (const challenge of solved) {
        const focus: Focus = {
          families: [challenge.familyId],
          preferredSkills: [],
          kinds: [],
          title: `Leertraject: ${challenge.title}`.slice(0, 120),
          goal: 'Collega’s leren van een opgave die de gemeente zelf heeft opgelost, zodat de aanpak in de organisatie blijft.',
          theme: challenge.theme,
        };
        const plan: Plan = {
          memberCodes: [code],
          challenges: [challenge],
          skillIds: this.skillsOf([challenge], focus, 2),
        };
        const people = (this.peopleByCode.get(code) ?? []).filter((id) => !this.used.has(id));
        const mentors = people.filter((id) =>
          plan.skillIds.some((s) => this.level(id, s) >= DEMO_TARGET_LEVEL),
        );
        const learners = people.filter((id) =>
          plan.skillIds.every((s) => this.level(id, s) < DEMO_TARGET_LEVEL),
        );
        if (mentors.length >= 1 && learners.length >= 6) {
          return { municipalityCode: code, plan, focus };
        }
      }
    }
    // Unreachable with the default population; a small one may have none.
    throw new RangeError('no municipality solved a challenge it could teach');
  }

  /** `count` people of the members, not in a programme, who lack a programme skill: 1–2 wishes. */
  chooseWishes(random: Random, plan: Plan, count: number, at: Date): DemoWish[] {
    const codes = new Set(plan.memberCodes);
    const pool = random.shuffle(
      this.demo.people.filter(
        (p) =>
          codes.has(p.municipalityCode) &&
          !this.used.has(p.id) &&
          plan.skillIds.some((s) => this.level(p.id, s) < DEMO_TARGET_LEVEL),
      ),
    );
    return pool.slice(0, count).map((p) => {
      this.used.add(p.id);
      const lacking = plan.skillIds.filter((s) => this.level(p.id, s) < DEMO_TARGET_LEVEL);
      return { personId: p.id, skillIds: random.sample(lacking, random.int(1, 2)).sort(), at };
    });
  }
}
