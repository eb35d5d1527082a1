import {
  type ReferenceData,
  type ReferenceMunicipality,
} from '../../../src/seed/reference/reference-data';
import { LOOK_ALIKE_QUERY_WORDING, type LookAlikes, planLookAlikes } from './look-alikes';
import { plantProbes, PROBE_SKILLS } from './probes';
import { renumber } from './renumber';
import {
  BACKGROUND_AVAILABILITY,
  BACKGROUND_VISIBILITY,
  CREATED_AT,
  FAMILY_SLOTS,
  OWN_MUNICIPALITY_SLOT,
  type Slot,
  SOLVER_AVAILABILITY,
  SOLVER_VISIBILITY,
  STATUS_OF,
  YEARS,
} from './synthetic-recipe';
import { generateAcquaintances } from '../../../src/seed/demo/acquaintances';
import { inventName } from '../../../src/seed/demo/names';
import { Random } from '../../../src/seed/demo/prng';
import { SKILL_CATALOGUE, skillIdsOfTheme } from '../../../src/seed/demo/skill-catalogue';
import { CHALLENGE_FAMILIES, THEME_TEXTS, type ThemedFamily } from '../../../src/seed/demo/texts';
import { DESCRIPTION_CLOSINGS } from '../../../src/seed/demo/texts/common-texts';
import { fillTemplate } from '../../../src/seed/demo/text-format';
import { THEME_WEIGHTS, THEMES, type ThemeId } from '../../../src/seed/demo/themes';
import {
  type Availability,
  type DemoChallenge,
  type DemoExperience,
  type DemoPerson,
  type DemoPopulation,
  type DemoPersonSkill,
  type DemoChallengeSkill,
  type ExperienceRole,
  type Outcome,
  type Visibility,
} from '../../../src/seed/demo/types';

/**
 * The synthetic benchmark's world: a population in which, for every challenge family of the
 * demo texts, we KNOW who solved that problem, who only tried, who is hidden or away, and who
 * merely has the right skills. The texts come from the demo families, whose wordings describe
 * one problem in different words; one wording per family is held back for the queries, so no
 * query shares its wording with any challenge in the graph. Some families come in look-alike
 * pairs (look-alikes.ts): their queries read much like the challenges of another problem.
 */
export interface SyntheticOptions {
  readonly seed: number;
  /** People with skills but no experience at all (the crowd every query has to see past). */
  readonly backgroundPeople: number;
  /** Queries per family, each from a different asking municipality. */
  readonly queriesPerFamily: number;
  /** People per family who hold the family's skills but solved another family's problem. */
  readonly distractorsPerFamily: number;
  /**
   * Look-alike pairs (look-alikes.ts), chosen by seed from the candidates: each pair turns two
   * demo families into families whose texts share most of their words.
   */
  readonly lookAlikePairs: number;
}

export const DEFAULT_SYNTHETIC_OPTIONS: SyntheticOptions = {
  seed: 4242,
  backgroundPeople: 600,
  queriesPerFamily: 2,
  distractorsPerFamily: 2,
  lookAlikePairs: 11,
};

export interface PlantedQuery {
  readonly id: string;
  readonly familyId: string;
  readonly askerId: string;
  readonly municipalityCode: string;
  readonly description: string;
  readonly skillIds: readonly string[];
  /** A hard-rule probe (probes.ts), not scored. */
  readonly probe: boolean;
  /**
   * For a query of a look-alike family: the sibling family, whose texts the query resembles and
   * whose solvers are not relevant. Null otherwise.
   */
  readonly lookAlikeOf: string | null;
}

export interface SyntheticWorld {
  readonly population: DemoPopulation;
  readonly queries: readonly PlantedQuery[];
  /** Municipality code → the collaborations it belongs to (for the visibility judgements). */
  readonly collaborationsOf: ReadonlyMap<string, readonly string[]>;
  /** The look-alike pairs among the families. */
  readonly lookAlikes: LookAlikes;
}

interface FamilyPlan {
  readonly family: ThemedFamily;
  readonly queryWording: number;
  readonly graphWordings: readonly number[];
  readonly queryMunicipalities: readonly ReferenceMunicipality[];
  /** Person ids of this family's planted solvers (any outcome), for the asker's acquaintances. */
  readonly team: string[];
}

/** Builds the world; the same options always give the same world. */
export function generateSyntheticWorld(
  reference: ReferenceData,
  options: SyntheticOptions = DEFAULT_SYNTHETIC_OPTIONS,
): SyntheticWorld {
  const builder = new WorldBuilder(reference, options);
  return builder.build();
}

class WorldBuilder {
  private readonly people: DemoPerson[] = [];
  private readonly personSkills: DemoPersonSkill[] = [];
  private readonly challenges: DemoChallenge[] = [];
  private readonly challengeSkills: DemoChallengeSkill[] = [];
  private readonly experiences: DemoExperience[] = [];
  private readonly municipalities: readonly ReferenceMunicipality[];
  private readonly weights: readonly number[];
  private readonly lookAlikes: LookAlikes;

  constructor(
    private readonly reference: ReferenceData,
    private readonly options: SyntheticOptions,
  ) {
    this.municipalities = reference.municipalities;
    // Larger municipalities have more staff and more challenges, less than in proportion.
    this.weights = this.municipalities.map((m) => Math.sqrt(m.population));
    this.lookAlikes = planLookAlikes(options.seed, options.lookAlikePairs, CHALLENGE_FAMILIES);
  }

  build(): SyntheticWorld {
    const plans = CHALLENGE_FAMILIES.map((family) =>
      this.planFamily(this.lookAlikes.families.get(family.id) ?? family),
    );
    for (const plan of plans) this.plantFamily(plan);
    plans.forEach((plan, index) => this.plantDistractors(plan, plans, index));
    this.plantBackground();
    const probeRandom = new Random(this.options.seed, 'synthetic:probes');
    const queries = [
      ...plans.flatMap((plan) => this.plantQueries(plan)),
      ...plantProbes(
        () => probeRandom.weighted(this.municipalities, this.weights),
        (holder) => this.addPerson(probeRandom, holder),
      ),
    ];

    const random = new Random(this.options.seed, 'synthetic:acquaintances');
    const acquaintances = uniquePairs([
      ...generateAcquaintances(
        this.municipalities,
        this.people,
        this.experiences,
        this.options.seed,
        3,
      ),
      ...queries.flatMap((query) => {
        const plan = plans.find((p) => p.family.id === query.familyId);
        if (!plan) return []; // a probe
        // The asker knows one of the family's workers and one skill-twin who solved something
        // else, so a short path alone cannot tell the right person.
        const distractor = this.distractorsOf.get(plan.family.id) ?? [];
        return [random.pick(plan.team), ...random.sample(distractor, 1)].map((other) => ({
          personId: query.askerId,
          otherPersonId: other,
        }));
      }),
    ]);

    const collaborationsOf = new Map<string, string[]>();
    for (const membership of this.reference.memberships) {
      const list = collaborationsOf.get(membership.municipalityCode) ?? [];
      list.push(membership.collaborationId);
      collaborationsOf.set(membership.municipalityCode, list);
    }
    const renumbered = renumber(
      {
        themes: THEMES.map((t) => ({ ...t })),
        skills: [...SKILL_CATALOGUE, ...PROBE_SKILLS].map((s) => ({
          ...s,
          aliases: [...s.aliases],
        })),
        people: this.people,
        personSkills: this.personSkills,
        challenges: this.challenges,
        challengeSkills: this.challengeSkills,
        experiences: this.experiences,
        acquaintances,
      },
      queries,
      this.options.seed,
    );
    return { ...renumbered, collaborationsOf, lookAlikes: this.lookAlikes };
  }

  private readonly distractorsOf = new Map<string, string[]>();

  private planFamily(family: ThemedFamily): FamilyPlan {
    const random = new Random(this.options.seed, `synthetic:plan:${family.id}`);
    const drawn = random.int(0, family.wordings.length - 1);
    // A look-alike family's queries use the wording that resembles its sibling's challenges.
    const queryWording = this.lookAlikes.families.has(family.id) ? LOOK_ALIKE_QUERY_WORDING : drawn;
    const queryMunicipalities: ReferenceMunicipality[] = [];
    while (queryMunicipalities.length < this.options.queriesPerFamily) {
      const candidate = random.weighted(this.municipalities, this.weights);
      if (!queryMunicipalities.includes(candidate)) queryMunicipalities.push(candidate);
    }
    return {
      family,
      queryWording,
      graphWordings: family.wordings.map((_w, i) => i).filter((i) => i !== queryWording),
      queryMunicipalities,
      team: [],
    };
  }

  /** A municipality that asks none of this family's queries. */
  private elsewhere(random: Random, plan: FamilyPlan): ReferenceMunicipality {
    for (;;) {
      const candidate = random.weighted(this.municipalities, this.weights);
      if (!plan.queryMunicipalities.includes(candidate)) return candidate;
    }
  }

  private plantFamily(plan: FamilyPlan): void {
    const random = new Random(this.options.seed, `synthetic:family:${plan.family.id}`);
    const slots: { slot: Slot; municipality: ReferenceMunicipality }[] = [
      ...FAMILY_SLOTS.map((slot) => ({ slot, municipality: this.elsewhere(random, plan) })),
      // A solver in each asking municipality: right answer, wrong place (must not appear
      // for that query, and is a fair answer for the family's other queries).
      ...plan.queryMunicipalities.map((municipality) => ({
        slot: OWN_MUNICIPALITY_SLOT,
        municipality,
      })),
    ];
    slots.forEach(({ slot, municipality }, index) => {
      const wording = plan.graphWordings[index % plan.graphWordings.length];
      const challengeId = this.addChallenge(
        random,
        plan.family,
        wording,
        municipality,
        slot.outcome,
      );
      const [low, high] = slot.members;
      const roles: ExperienceRole[] = [
        'LEAD',
        ...Array<ExperienceRole>(random.int(low, high)).fill('MEMBER'),
      ];
      for (const role of roles) {
        // The lead works where the challenge is; now and then a member comes from elsewhere.
        const home =
          role === 'LEAD' || random.chance(0.85) ? municipality : this.elsewhere(random, plan);
        const personId = this.addPerson(random, {
          municipality: home,
          theme: plan.family.theme,
          visibility:
            role === 'LEAD' && slot.lead?.visibility
              ? slot.lead.visibility
              : random.weightedKey(SOLVER_VISIBILITY),
          availability:
            role === 'LEAD' && slot.lead?.availability
              ? slot.lead.availability
              : random.weightedKey(SOLVER_AVAILABILITY),
          skills: familySkills(random, plan.family, role === 'LEAD' ? [3, 5] : [2, 4]),
        });
        plan.team.push(personId);
        this.experiences.push({
          personId,
          challengeId,
          role,
          outcome: slot.outcome,
          year: random.int(...YEARS[slot.outcome]),
          lessonsLearned: null,
        });
      }
    });
  }

  /**
   * Skill-twins: people who hold every skill of this family at a high level but solved a
   * different problem (another family of the same theme when there is one). Skills alone
   * cannot tell them from the real solvers; only what they worked on can.
   */
  private plantDistractors(plan: FamilyPlan, plans: readonly FamilyPlan[], index: number): void {
    const random = new Random(this.options.seed, `synthetic:distractors:${plan.family.id}`);
    const sameTheme = plans.filter((p, i) => i !== index && p.family.theme === plan.family.theme);
    const pool = sameTheme.length > 0 ? sameTheme : plans.filter((_p, i) => i !== index);
    const ids: string[] = [];
    for (let k = 0; k < this.options.distractorsPerFamily; k += 1) {
      const other = random.pick(pool);
      const municipality = this.elsewhere(random, plan);
      const challengeId = this.addChallenge(
        random,
        other.family,
        random.pick(other.graphWordings),
        municipality,
        'SOLVED',
      );
      const personId = this.addPerson(random, {
        municipality,
        theme: plan.family.theme,
        visibility: 'NETWORK',
        availability: 'AVAILABLE',
        skills: [
          ...plan.family.skills.map((skillId) => ({ skillId, level: random.int(4, 5) })),
          { skillId: other.family.skills[0], level: 3 },
        ],
      });
      this.experiences.push({
        personId,
        challengeId,
        role: 'LEAD',
        outcome: 'SOLVED',
        year: random.int(2018, 2024),
        lessonsLearned: null,
      });
      ids.push(personId);
    }
    this.distractorsOf.set(plan.family.id, ids);
  }

  /** The crowd: people with skills of one theme and no recorded experience. */
  private plantBackground(): void {
    const random = new Random(this.options.seed, 'synthetic:background');
    for (let k = 0; k < this.options.backgroundPeople; k += 1) {
      const theme = random.weightedKey(THEME_WEIGHTS);
      const skillIds = random.sample(skillIdsOfTheme(theme), random.int(3, 6));
      this.addPerson(random, {
        municipality: random.weighted(this.municipalities, this.weights),
        theme,
        visibility: random.weightedKey(BACKGROUND_VISIBILITY),
        availability: random.weightedKey(BACKGROUND_AVAILABILITY),
        skills: skillIds.map((skillId) => ({ skillId, level: random.int(1, 5) })),
      });
    }
  }

  /** One asker per query, in the asking municipality, new to the problem. */
  private plantQueries(plan: FamilyPlan): PlantedQuery[] {
    const random = new Random(this.options.seed, `synthetic:queries:${plan.family.id}`);
    const wording = plan.family.wordings[plan.queryWording];
    const [essential, ...rest] = plan.family.skills;
    return plan.queryMunicipalities.map((municipality, index) => {
      const askerId = this.addPerson(random, {
        municipality,
        theme: plan.family.theme,
        visibility: 'NETWORK',
        availability: 'AVAILABLE',
        skills: random
          .sample(skillIdsOfTheme(plan.family.theme), 3)
          .map((skillId) => ({ skillId, level: random.int(1, 3) })),
      });
      const values = { gemeente: municipality.name };
      const title = fillTemplate(random.pick(wording.titles), values);
      const body = fillTemplate(wording.description, values);
      return {
        id: `${plan.family.id}#${index + 1}`,
        familyId: plan.family.id,
        askerId,
        municipalityCode: municipality.code,
        description: /[.?!]$/.test(title) ? `${title} ${body}` : `${title}. ${body}`,
        // Askers name one or two skills, as people filling in a form do.
        skillIds: index % 2 === 0 ? [essential, random.pick(rest)] : [essential],
        probe: false,
        lookAlikeOf: this.lookAlikes.siblingOf.get(plan.family.id) ?? null,
      };
    });
  }

  private addChallenge(
    random: Random,
    family: ThemedFamily,
    wordingIndex: number,
    municipality: ReferenceMunicipality,
    outcome: Outcome,
  ): string {
    // Working ids; renumber() gives the final ones.
    const id = `challenge-${this.challenges.length + 1}`;
    const wording = family.wordings[wordingIndex];
    const values = { gemeente: municipality.name };
    const status = STATUS_OF[outcome];
    // A fifth of the challenges carry the family's plain name as title, as in the demo data.
    const title = random.chance(0.2)
      ? family.name
      : fillTemplate(random.pick(wording.titles), values);
    const closing = random.chance(0.5) ? ` ${random.pick(DESCRIPTION_CLOSINGS[status])}` : '';
    this.challenges.push({
      id,
      title,
      description: fillTemplate(wording.description, values) + closing,
      theme: family.theme,
      status,
      municipalityCode: municipality.code,
      createdAt: CREATED_AT,
      familyId: family.id,
    });
    const [essential, ...rest] = family.skills;
    for (const skillId of [essential, ...random.sample(rest, random.int(1, rest.length))]) {
      this.challengeSkills.push({
        challengeId: id,
        skillId,
        weight: skillId === essential ? 1 : 0.7,
      });
    }
    return id;
  }

  addPerson(
    random: Random,
    spec: {
      municipality: ReferenceMunicipality;
      theme: ThemeId;
      visibility: Visibility;
      availability: Availability;
      skills: readonly { skillId: string; level: number }[];
    },
  ): string {
    const id = `person-${this.people.length + 1}`;
    const name = inventName(random);
    const profile = random.pick(THEME_TEXTS[spec.theme].profiles);
    this.people.push({
      id,
      name: name.full,
      email: `${id}@eval.example.nl`, // renumbered with the id
      title: profile.title,
      bio: `${profile.title} bij de gemeente ${spec.municipality.name}.`,
      availability: spec.availability,
      visibility: spec.visibility,
      municipalityCode: spec.municipality.code,
      department: profile.department,
      since: null,
      createdAt: CREATED_AT,
    });
    const seen = new Set<string>();
    for (const { skillId, level } of spec.skills) {
      if (seen.has(skillId)) continue;
      seen.add(skillId);
      this.personSkills.push({ personId: id, skillId, level });
    }
    return id;
  }
}

/** The family's essential skill and some of the others, plus a stray skill of the theme. */
function familySkills(
  random: Random,
  family: ThemedFamily,
  [low, high]: readonly [number, number],
): { skillId: string; level: number }[] {
  const [essential, ...rest] = family.skills;
  const chosen = [essential, ...random.sample(rest, random.int(1, rest.length))];
  const stray = random.pick(skillIdsOfTheme(family.theme));
  return [...chosen, stray].map((skillId) => ({ skillId, level: random.int(low, high) }));
}

/** Each unordered pair once, never a person with themself. */
function uniquePairs<T extends { personId: string; otherPersonId: string }>(
  pairs: readonly T[],
): T[] {
  const seen = new Set<string>();
  return pairs.filter(({ personId, otherPersonId }) => {
    if (personId === otherPersonId) return false;
    const key =
      personId < otherPersonId ? `${personId}|${otherPersonId}` : `${otherPersonId}|${personId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
