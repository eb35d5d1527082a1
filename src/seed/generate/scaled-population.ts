import type { ReferenceMunicipality } from '../reference/reference-data';
import { CIRCLE, COWORKER_LINK } from '../demo/acquaintances';
import { allocateProportionally } from '../demo/allocation';
import {
  GENERIC_TITLE_SHARE,
  START_YEARS,
  STATUS,
  chooseRequirements,
  writeDescription,
  writeTitle,
} from '../demo/challenges';
import {
  dayBetween,
  isoDate,
  isoTimestamp,
  momentBeforeBase,
  momentInYear,
  yearOf,
} from '../demo/dates';
import {
  OUTCOMES,
  PARTICIPANTS,
  REACH_BY_ROLE,
  type Reach,
  SKILLED_SHARE,
  experienceYear,
} from '../demo/experiences';
import { inventName } from '../demo/names';
import {
  AVAILABILITY,
  RELATED_SKILLS,
  SKILL_COUNTS,
  SKILL_COUNT_WEIGHTS,
  VISIBILITY,
  chooseTitle,
  writeBio,
} from '../demo/people';
import { Random } from '../demo/prng';
import { CHALLENGE_FAMILIES, THEME_TEXTS, type ThemedFamily } from '../demo/texts';
import { LESSONS_LEARNED } from '../demo/texts/common-texts';
import { fillTemplate, lowerFirst } from '../demo/text-format';
import { THEME_WEIGHTS, type ThemeId } from '../demo/themes';
import type { ExperienceRole } from '../demo/types';
import type { EscoSkill } from './esco-skills';
import type { SkillLevel, SkillWeight } from './import-format';
import type { ImportWriters } from './import-writer';
import { WeightedSampler, lowerBound, zipfSampler } from './samplers';
import { THEME_IDS, type UniverseSkill, buildSkillUniverse } from './skill-universe';

export interface ScaledSizes {
  people: number;
  skills: number;
  challenges: number;
  /** Average number of acquaintances per person. */
  acquaintancesPerPerson: number;
}

export interface ScaledPopulationOptions {
  /** Real municipalities; every person and challenge belongs to one of them. */
  municipalities: readonly ReferenceMunicipality[];
  sizes: ScaledSizes;
  seed: number;
  /** Starts every person and challenge id: `gen-national` → `gen-national-person-000001`. */
  idPrefix: string;
  esco: readonly EscoSkill[];
}

/** What was written: nodes and relationships by kind. */
export interface PopulationCounts {
  skills: number;
  people: number;
  challenges: number;
  relationships: {
    HAS_SKILL: number;
    WORKS_AT: number;
    REQUIRES: number;
    FACES: number;
    WORKED_ON: number;
    KNOWS: number;
  };
}

/** A person lists at most this many skills (the largest of SKILL_COUNTS). */
const MAX_SKILLS_PER_PERSON = Math.max(...SKILL_COUNTS);

/** Share of a person's further skills drawn from their own theme; the rest from any theme. */
const OWN_THEME_SHARE = 0.75;

/** How strongly popularity falls with rank (Zipf's exponent). */
const ZIPF_EXPONENT = 1;

// Popularity ranks: the catalogue skills (what municipal staff list most) come first, in a
// seeded order; the ESCO skills and the specialisations share the long tail, ESCO's a little
// ahead. So ESCO's "bedienen van watervaartuigen" can be held, but never by the most people.
const RANK_BAND: Readonly<Record<UniverseSkill['source'], readonly [number, number]>> = {
  catalogue: [0, 1],
  esco: [1, 2.5],
  specialisation: [1, 3],
};

/** Skills a challenge needs beyond its family's: none, one or two from the long tail. */
const EXTRA_REQUIREMENTS = [0, 1, 2] as const;
const EXTRA_REQUIREMENT_WEIGHTS = [0.3, 0.45, 0.25] as const;

/** Sentences that name a challenge's further required skills, so search can find them. */
const EXTRA_SKILL_SENTENCES: readonly string[] = [
  'Daarbij is ook kennis nodig van {skills}.',
  'Ervaring met {skills} is hierbij onmisbaar.',
  'We zoeken vooral iemand die thuis is in {skills}.',
  'Een collega met verstand van {skills} zou ons verder helpen.',
];

interface Place extends ReferenceMunicipality {
  /** People of this municipality are the indexes [start, end). */
  start: number;
  end: number;
  /** Of the province. */
  provinceStart: number;
  provinceEnd: number;
  emailDomain: string;
}

/** A municipality name as a label of an e-mail domain: "'s-Hertogenbosch" → "s-hertogenbosch". */
export function domainLabel(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const padded = (index: number, total: number): string =>
  String(index + 1).padStart(Math.max(4, String(total).length), '0');

/**
 * Generates a large fictitious population over real municipalities and streams it, kind by kind,
 * to the import writers: skills, then people (spread by population), then challenges with the
 * people who worked on them, then who knows whom. Only compact indexes (typed arrays) are kept in
 * memory; every record is written as soon as it is made. Deterministic: the seed drives named
 * streams of one seeded generator, and every date lies before the demo's fixed base date.
 */
export async function writeScaledPopulation(
  options: ScaledPopulationOptions,
  writers: ImportWriters,
): Promise<PopulationCounts> {
  const { sizes, seed, idPrefix } = options;
  validate(options);
  const personId = (i: number): string => `${idPrefix}-person-${padded(i, sizes.people)}`;
  const challengeId = (i: number): string => `${idPrefix}-challenge-${padded(i, sizes.challenges)}`;

  const places = layOut(options.municipalities, sizes.people);
  const universe = buildSkillUniverse(sizes.skills, options.esco);
  for (const skill of universe) {
    const wait = writers.skills.write({
      id: skill.id,
      name: skill.name,
      aliases: skill.aliases,
      category: skill.category,
      escoUri: skill.escoUri,
    });
    if (wait) await wait;
  }
  const popularity = new Popularity(universe, seed);

  const people = await writePeople(places, universe, popularity, seed, personId, writers);
  const holders = people.holdersBySkill(universe.length);
  const acquaintances = new Acquaintances(sizes.people, seed);
  const challenges = await writeChallenges(
    { places, universe, popularity, people, holders, acquaintances, seed, sizes },
    { personId, challengeId },
    writers,
  );
  const knows = await acquaintances.complete(
    places,
    sizes.acquaintancesPerPerson,
    personId,
    writers,
  );

  return {
    skills: universe.length,
    people: sizes.people,
    challenges: sizes.challenges,
    relationships: {
      HAS_SKILL: people.skillCount,
      WORKS_AT: sizes.people,
      REQUIRES: challenges.requirements,
      FACES: sizes.challenges,
      WORKED_ON: challenges.experiences,
      KNOWS: knows,
    },
  };
}

function validate({ municipalities, sizes, seed }: ScaledPopulationOptions): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (municipalities.length === 0) throw new RangeError('the population needs municipalities');
  if (!Number.isInteger(sizes.people) || sizes.people < municipalities.length) {
    throw new RangeError(
      `people must be a whole number of at least one per municipality (${municipalities.length}), got ${sizes.people}`,
    );
  }
  if (sizes.skills > 0xffff) throw new RangeError(`at most 65535 skills, got ${sizes.skills}`);
  if (!Number.isInteger(sizes.challenges) || sizes.challenges < 0) {
    throw new RangeError(
      `challenges must be a whole number of at least 0, got ${sizes.challenges}`,
    );
  }
  if (!(sizes.acquaintancesPerPerson >= 0)) {
    throw new RangeError('acquaintancesPerPerson must be at least 0');
  }
}

/**
 * Orders the municipalities by province and code and gives each a contiguous range of person
 * indexes, so "people of this municipality / province" is a range and "holders of a skill there"
 * a binary search in the sorted holder list.
 */
function layOut(municipalities: readonly ReferenceMunicipality[], people: number): Place[] {
  const ordered = [...municipalities].sort(
    // Code-unit order, not localeCompare: the order must not depend on the ICU data of a build.
    (a, b) => compare(a.province, b.province) || compare(a.code, b.code),
  );
  const counts = allocateProportionally(
    ordered.map((m) => m.population),
    people,
  );
  const labels = new Map<string, number>();
  for (const m of ordered)
    labels.set(domainLabel(m.name), (labels.get(domainLabel(m.name)) ?? 0) + 1);
  let next = 0;
  const places = ordered.map((m, i): Place => {
    const start = next;
    next += counts[i];
    const label = domainLabel(m.name);
    const unique = (labels.get(label) ?? 0) > 1 ? `${label}-${m.code.toLowerCase()}` : label;
    return {
      ...m,
      start,
      end: next,
      provinceStart: 0,
      provinceEnd: 0,
      emailDomain: `${unique}.example.nl`,
    };
  });
  for (const place of places) {
    const province = places.filter((p) => p.province === place.province);
    place.provinceStart = province[0].start;
    place.provinceEnd = province[province.length - 1].end;
  }
  return places;
}

/** Skill popularity: Zipf over a seeded ranking, overall and within each theme. */
class Popularity {
  readonly overall: WeightedSampler<number>;
  readonly byTheme: ReadonlyMap<ThemeId, WeightedSampler<number>>;

  constructor(universe: readonly UniverseSkill[], seed: number) {
    const random = new Random(seed, 'scaled:skill-ranks');
    const keys = universe.map((skill) => {
      const [from, to] = RANK_BAND[skill.source];
      return from + random.next() * (to - from);
    });
    const ranked = universe.map((_s, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
    this.overall = zipfSampler(ranked, ZIPF_EXPONENT);
    this.byTheme = new Map(
      THEME_IDS.map((theme) => [
        theme,
        zipfSampler(
          ranked.filter((i) => universe[i].category === theme),
          ZIPF_EXPONENT,
        ),
      ]),
    );
  }

  draw(random: Random, theme: ThemeId): number {
    const sampler = random.chance(OWN_THEME_SHARE) ? this.byTheme.get(theme) : undefined;
    return (sampler ?? this.overall).sample(random);
  }
}

/** Who holds which skill, as compact arrays indexed by person. */
class PeopleSkills {
  readonly offsets: Int32Array;
  readonly skills: Uint16Array;
  readonly levels: Uint8Array;
  skillCount = 0;

  constructor(readonly size: number) {
    this.offsets = new Int32Array(size + 1);
    this.skills = new Uint16Array(size * MAX_SKILLS_PER_PERSON);
    this.levels = new Uint8Array(size * MAX_SKILLS_PER_PERSON);
  }

  add(person: number, held: ReadonlyMap<number, number>): void {
    let at = this.offsets[person];
    for (const [skill, level] of held) {
      this.skills[at] = skill;
      this.levels[at] = level;
      at += 1;
    }
    this.offsets[person + 1] = at;
    this.skillCount = at;
  }

  level(person: number, skill: number): number {
    for (let at = this.offsets[person]; at < this.offsets[person + 1]; at += 1) {
      if (this.skills[at] === skill) return this.levels[at];
    }
    return 0;
  }

  /** For each skill, the people holding it in ascending order (a CSR index). */
  holdersBySkill(skillCount: number): Holders {
    const start = new Int32Array(skillCount + 1);
    for (let at = 0; at < this.skillCount; at += 1) start[this.skills[at] + 1] += 1;
    for (let s = 0; s < skillCount; s += 1) start[s + 1] += start[s];
    const fill = start.slice(0, skillCount);
    const people = new Int32Array(this.skillCount);
    for (let person = 0; person < this.size; person += 1) {
      for (let at = this.offsets[person]; at < this.offsets[person + 1]; at += 1) {
        people[fill[this.skills[at]]++] = person;
      }
    }
    return { start, people };
  }
}

interface Holders {
  start: Int32Array;
  people: Int32Array;
}

async function writePeople(
  places: readonly Place[],
  universe: readonly UniverseSkill[],
  popularity: Popularity,
  seed: number,
  personId: (i: number) => string,
  writers: ImportWriters,
): Promise<PeopleSkills> {
  const random = new Random(seed, 'scaled:people');
  const total = places.length === 0 ? 0 : places[places.length - 1].end;
  const held = new PeopleSkills(total);
  const indexOf = new Map(universe.map((skill, i) => [skill.id, i]));
  const emailsTaken = new Map<string, number>();

  for (const place of places) {
    for (let person = place.start; person < place.end; person += 1) {
      const theme = random.weightedKey(THEME_WEIGHTS);
      const profile = random.pick(THEME_TEXTS[theme].profiles);
      const skills = chooseSkills(random, theme, profile.skills, indexOf, popularity);
      held.add(person, skills);
      const createdMs = momentBeforeBase(random, 1, 3 * 365);
      const sinceMs = random.chance(0.92)
        ? dayBetween(random, Date.UTC(1995, 0, 1), createdMs)
        : null;
      const name = inventName(random);
      const title = chooseTitle(random, profile);
      const strongestFirst = [...skills].sort((a, b) => b[1] - a[1]);
      const bio = writeBio(random, {
        title,
        municipality: place.name,
        focus: profile.focus,
        sinceYear: sinceMs === null ? null : yearOf(sinceMs),
        skillNames: strongestFirst.map(([skill]) => universe[skill].name),
      });
      const wait = writers.people.write({
        id: personId(person),
        name: name.full,
        municipalityCode: place.code,
        email: uniqueEmail(name.emailLocal, place.emailDomain, emailsTaken),
        title,
        department: profile.department,
        since: sinceMs === null ? null : isoDate(sinceMs),
        bio,
        availability: random.weightedKey(AVAILABILITY),
        visibility: random.weightedKey(VISIBILITY),
        skills: [...skills].map(([skill, level]): SkillLevel => ({
          skillId: universe[skill].id,
          level,
        })),
      });
      if (wait) await wait;
    }
  }
  return held;
}

/**
 * A job profile's core skills at a high level, sometimes a skill that goes with them, and the
 * rest drawn by popularity, mostly from the person's own theme: that long tail is what makes the
 * popularity of skills Zipf-like.
 */
function chooseSkills(
  random: Random,
  theme: ThemeId,
  core: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  popularity: Popularity,
): Map<number, number> {
  const total = random.weighted(SKILL_COUNTS, SKILL_COUNT_WEIGHTS);
  const skills = new Map<number, number>();
  const coreIds = random.sample(core, random.int(2, Math.min(3, core.length)));
  for (const id of coreIds) {
    const skill = indexOf.get(id);
    if (skill !== undefined) skills.set(skill, random.int(3, 5));
  }
  if (random.chance(0.45)) {
    const related = coreIds
      .flatMap((id) => RELATED_SKILLS.get(id) ?? [])
      .map((id) => indexOf.get(id))
      .filter((skill): skill is number => skill !== undefined && !skills.has(skill));
    if (related.length > 0) skills.set(random.pick(related), random.int(2, 4));
  }
  for (let attempt = 0; skills.size < total && attempt < 30; attempt += 1) {
    const skill = popularity.draw(random, theme);
    if (!skills.has(skill)) skills.set(skill, random.int(1, 4));
  }
  return skills;
}

function uniqueEmail(local: string, domain: string, taken: Map<string, number>): string {
  const key = `${local}@${domain}`;
  const seen = taken.get(key) ?? 0;
  taken.set(key, seen + 1);
  return seen === 0 ? key : `${local}${seen + 1}@${domain}`;
}

interface ChallengeContext {
  places: readonly Place[];
  universe: readonly UniverseSkill[];
  popularity: Popularity;
  people: PeopleSkills;
  holders: Holders;
  acquaintances: Acquaintances;
  seed: number;
  sizes: ScaledSizes;
}

interface Ids {
  personId: (i: number) => string;
  challengeId: (i: number) => string;
}

interface Requirement {
  skill: number;
  weight: number;
}

/**
 * Writes the challenges as the demo does (families in turn, each use taking the family's next
 * wording, municipalities weighted by the square root of their population), adds one or two
 * skills from the long tail that the description names, and right after each challenge writes
 * who worked on it; colleagues on one challenge often get to know each other.
 */
async function writeChallenges(
  context: ChallengeContext,
  ids: Ids,
  writers: ImportWriters,
): Promise<{ requirements: number; experiences: number }> {
  const { places, universe, popularity, sizes, seed } = context;
  const random = new Random(seed, 'scaled:challenges');
  const workRandom = new Random(seed, 'scaled:experiences');
  const indexOf = new Map(universe.map((skill, i) => [skill.id, i]));
  const placeSampler = new WeightedSampler(
    places,
    places.map((p) => Math.sqrt(p.population)),
  );
  const usesPerFamily = new Map<string, number>();
  const firstWording = new Map(CHALLENGE_FAMILIES.map((f) => [f.id, random.int(0, 99)]));
  const takenPairs = new Set<string>();
  let requirements = 0;
  let experiences = 0;

  let order: ThemedFamily[] = [];
  for (let i = 0; i < sizes.challenges; i += 1) {
    if (order.length === 0) order = random.shuffle(CHALLENGE_FAMILIES);
    const family = order.pop() as ThemedFamily;
    const use = usesPerFamily.get(family.id) ?? 0;
    usesPerFamily.set(family.id, use + 1);
    const wording =
      family.wordings[((firstWording.get(family.id) ?? 0) + use) % family.wordings.length];

    let place = placeSampler.sample(random);
    for (
      let attempt = 0;
      attempt < 5 && takenPairs.has(`${place.code}|${family.id}`);
      attempt += 1
    ) {
      place = placeSampler.sample(random);
    }
    takenPairs.add(`${place.code}|${family.id}`);

    const status = random.weightedKey(STATUS);
    const [fromYear, toYear] = START_YEARS[status];
    const values = { gemeente: place.name };
    const title = random.chance(GENERIC_TITLE_SHARE) ? family.name : random.pick(wording.titles);
    let description = writeDescription(random, fillTemplate(wording.description, values), status);
    const createdMs = momentInYear(random, random.int(fromYear, toYear));

    const required: Requirement[] = chooseRequirements(random, family).flatMap((r) => {
      const skill = indexOf.get(r.skillId);
      return skill === undefined ? [] : [{ skill, weight: r.weight }];
    });
    const extras = extraRequirements(random, family.theme, required, popularity);
    if (extras.length > 0) {
      const names = extras.map((r) => lowerFirst(universe[r.skill].name));
      const listed = names.length === 1 ? names[0] : `${names[0]} en ${names[1]}`;
      description = `${description} ${fillTemplate(random.pick(EXTRA_SKILL_SENTENCES), { skills: listed })}`;
      required.push(...extras);
    }
    requirements += required.length;

    const wait = writers.challenges.write({
      id: ids.challengeId(i),
      title: writeTitle(random, fillTemplate(title, values), place.name),
      description,
      municipalityCode: place.code,
      theme: family.theme,
      status,
      createdAt: isoTimestamp(createdMs),
      requiredSkills: required.map((r): SkillWeight => ({
        skillId: universe[r.skill].id,
        weight: r.weight,
      })),
    });
    if (wait) await wait;

    const team = chooseTeam(workRandom, context, place, status, required);
    const startYear = yearOf(createdMs);
    for (const { person, role } of team) {
      const outcome = workRandom.weightedKey(OUTCOMES[status]);
      const written = writers.experiences.write({
        personId: ids.personId(person),
        challengeId: ids.challengeId(i),
        role,
        outcome,
        year: workRandom.chance(0.95) ? experienceYear(workRandom, startYear, outcome) : null,
        lessonsLearned: workRandom.chance(0.5) ? workRandom.pick(LESSONS_LEARNED[outcome]) : null,
      });
      if (written) await written;
    }
    experiences += team.length;
    context.acquaintances.teamWorked(team.map((member) => member.person));
  }
  return { requirements, experiences };
}

function extraRequirements(
  random: Random,
  theme: ThemeId,
  required: readonly Requirement[],
  popularity: Popularity,
): Requirement[] {
  const howMany = random.weighted(EXTRA_REQUIREMENTS, EXTRA_REQUIREMENT_WEIGHTS);
  const taken = new Set(required.map((r) => r.skill));
  const extras: Requirement[] = [];
  for (let attempt = 0; extras.length < howMany && attempt < 10; attempt += 1) {
    const skill =
      popularity.byTheme.get(theme)?.sample(random) ?? popularity.overall.sample(random);
    if (taken.has(skill)) continue;
    taken.add(skill);
    extras.push({ skill, weight: Math.round(random.int(10, 15) * 5) / 100 });
  }
  return extras;
}

interface TeamMember {
  person: number;
  role: ExperienceRole;
}

/**
 * The people on a challenge, as in the demo: about three, the lead mostly from the municipality
 * itself, advisers more often from elsewhere in the province; mostly holders of a required skill,
 * of a few candidates the one holding most of them.
 */
function chooseTeam(
  random: Random,
  context: ChallengeContext,
  place: Place,
  status: keyof typeof PARTICIPANTS,
  required: readonly Requirement[],
): TeamMember[] {
  const howMany = Number(random.weightedKey(PARTICIPANTS[status]));
  const team: TeamMember[] = [];
  for (let slot = 0; slot < howMany; slot += 1) {
    const role: ExperienceRole = slot === 0 ? 'LEAD' : random.chance(0.65) ? 'MEMBER' : 'ADVISOR';
    const person = choosePerson(random, context, place, role, required, team);
    if (person === null) break;
    team.push({ person, role });
  }
  return team;
}

const REACHES: readonly Reach[] = ['municipality', 'province', 'country'];

function choosePerson(
  random: Random,
  { people, holders }: ChallengeContext,
  place: Place,
  role: ExperienceRole,
  required: readonly Requirement[],
  team: readonly TeamMember[],
): number | null {
  const start = REACHES.indexOf(random.weightedKey(REACH_BY_ROLE[role]));
  const skilled = required.length > 0 && random.chance(SKILLED_SHARE);
  const taken = (person: number): boolean => team.some((member) => member.person === person);

  for (const reach of REACHES.slice(start)) {
    const [from, to] =
      reach === 'municipality'
        ? [place.start, place.end]
        : reach === 'province'
          ? [place.provinceStart, place.provinceEnd]
          : [0, people.size];
    const candidates: number[] = [];
    for (let attempt = 0; attempt < 8 && candidates.length < 3; attempt += 1) {
      let candidate: number;
      if (skilled) {
        const { skill } = random.weighted(
          required,
          required.map((r) => r.weight),
        );
        const low = lowerBound(
          holders.people,
          holders.start[skill],
          holders.start[skill + 1],
          from,
        );
        const high = lowerBound(holders.people, low, holders.start[skill + 1], to);
        if (high === low) continue;
        candidate = holders.people[low + Math.floor(random.next() * (high - low))];
      } else {
        candidate = from + Math.floor(random.next() * (to - from));
      }
      if (!taken(candidate) && !candidates.includes(candidate)) candidates.push(candidate);
    }
    if (candidates.length > 0) {
      const score = (person: number): number =>
        required.reduce((sum, r) => {
          const level = people.level(person, r.skill);
          return sum + (level > 0 ? 10 + level : 0);
        }, 0);
      return candidates.reduce((best, c) => (score(c) > score(best) ? c : best));
    }
  }
  return null;
}

/**
 * Who knows whom, without ever comparing all pairs: colleagues on a challenge often know each
 * other; then everybody gets at least one acquaintance, and more by sociability, mostly within
 * their municipality or province (a range of person indexes), some across the country.
 */
class Acquaintances {
  private readonly random: Random;
  private readonly seen = new Set<number>();
  private readonly low: number[] = [];
  private readonly high: number[] = [];
  private readonly degree: Uint16Array;

  constructor(
    private readonly size: number,
    seed: number,
  ) {
    this.random = new Random(seed, 'scaled:acquaintances');
    this.degree = new Uint16Array(size);
  }

  teamWorked(team: readonly number[]): void {
    for (let i = 1; i < team.length; i += 1) {
      for (let j = 0; j < i; j += 1) {
        if (this.random.chance(COWORKER_LINK)) this.link(team[i], team[j]);
      }
    }
  }

  async complete(
    places: readonly Place[],
    averagePerPerson: number,
    personId: (i: number) => string,
    writers: ImportWriters,
  ): Promise<number> {
    const random = this.random;
    const placeOf = new Int32Array(this.size);
    places.forEach((place, p) => placeOf.fill(p, place.start, place.end));
    const sociability = new Float32Array(this.size);
    for (let i = 0; i < this.size; i += 1) sociability[i] = 0.2 + 0.8 * random.next();

    const someoneNear = (person: number): number => {
      const place = places[placeOf[person]];
      const circle = random.weightedKey(CIRCLE);
      if (circle === 'municipality' && place.end - place.start > 1) {
        return random.int(place.start, place.end - 1);
      }
      if (circle !== 'country' && place.provinceEnd - place.provinceStart > 1) {
        return random.int(place.provinceStart, place.provinceEnd - 1);
      }
      return random.int(0, this.size - 1);
    };

    if (this.size > 1) {
      const everyone = Array.from({ length: this.size }, (_v, i) => i);
      for (const person of random.shuffle(everyone)) {
        for (let attempt = 0; this.degree[person] === 0 && attempt < 10; attempt += 1) {
          this.link(person, someoneNear(person));
        }
      }
      const target = Math.round((this.size * averagePerPerson) / 2);
      for (let attempt = 0; this.low.length < target && attempt < target * 20; attempt += 1) {
        const person = random.int(0, this.size - 1);
        if (random.chance(sociability[person])) this.link(person, someoneNear(person));
      }
    }

    for (let i = 0; i < this.low.length; i += 1) {
      const wait = writers.acquaintances.write({
        personId: personId(this.low[i]),
        otherPersonId: personId(this.high[i]),
      });
      if (wait) await wait;
    }
    return this.low.length;
  }

  private link(a: number, b: number): void {
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = low * this.size + high;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.low.push(low);
    this.high.push(high);
    if (this.degree[low] < 0xffff) this.degree[low] += 1;
    if (this.degree[high] < 0xffff) this.degree[high] += 1;
  }
}
