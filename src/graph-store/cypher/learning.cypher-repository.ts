import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import { type Outcome } from '../../experiences/experience-role';
import { LearningException } from '../../learning/learning.exception';
import {
  type ChallengeWork,
  type LearningWish,
  type MentorRecord,
  type NewProgress,
  type ParticipationRecord,
  type ProgrammeFilter,
  type ProgrammePatch,
  type ProgrammeRecord,
  type ProgrammeRole,
  type ProgrammeSkill,
  type ProgressRecord,
} from '../../learning/learning.records';
import {
  type CircleAssignment,
  LearningRepository,
  type MentorAssignment,
} from '../../learning/learning.repository';
import { type ProgrammeStatus } from '../../learning/programme-status';
import { type CypherClient, type CypherTransaction } from './cypher-client';
import { type CypherDialect } from './cypher-dialect';
import {
  assertChallengeExists,
  assertCollaborationExists,
  assertMunicipalityExists,
  assertPeopleExist,
  assertSkillsExist,
} from './existence-checks';
import { type CountRow, type KeysetParams, keysetParams } from './pages';
import { listOf, presentOnly, toDate } from './rows';
import { cypher, cypherEachId } from './statement';

type ProgrammeFields = {
  id: string;
  title: string;
  goal: string | null;
  theme: string | null;
  status: ProgrammeStatus;
  startDate: string | null;
  endDate: string | null;
};

type ProgrammeRow = ProgrammeFields & {
  createdAt: Date;
  updatedAt: Date;
  collaborationId: string | null;
  municipalityCode: string | null;
  coordinatorId: string | null;
  challengeIds: string[] | null;
  skills: { skillId: string | null; targetLevel: number | null }[] | null;
};

// Each OPTIONAL MATCH names the programme by `$id` again, so Kuzu looks it up by its key; the
// lists are collected one after the other, so they do not multiply each other.
const PROGRAMME_BY_ID = cypherEachId<ProgrammeRow>(
  'id',
  `
  MATCH (lp:LearningProgramme {id: $id})
  OPTIONAL MATCH (:LearningProgramme {id: $id})-[:RUN_BY]->(c:Collaboration)
  OPTIONAL MATCH (:LearningProgramme {id: $id})-[:RUN_BY]->(m:Municipality)
  OPTIONAL MATCH (coordinator:Person)-[:COORDINATES]->(:LearningProgramme {id: $id})
  WITH lp, c.id AS collaborationId, m.code AS municipalityCode, coordinator.id AS coordinatorId
  OPTIONAL MATCH (:LearningProgramme {id: $id})-[:ADDRESSES]->(ch:Challenge)
  WITH lp, collaborationId, municipalityCode, coordinatorId, collect(ch.id) AS challengeIds
  OPTIONAL MATCH (:LearningProgramme {id: $id})-[b:BUILDS]->(s:Skill)
  WITH lp, collaborationId, municipalityCode, coordinatorId, challengeIds,
       collect({skillId: s.id, targetLevel: b.targetLevel}) AS skills
  RETURN lp.id AS id, lp.title AS title, lp.goal AS goal, lp.theme AS theme, lp.status AS status,
         lp.startDate AS startDate, lp.endDate AS endDate, lp.createdAt AS createdAt,
         lp.updatedAt AS updatedAt, collaborationId, municipalityCode, coordinatorId,
         challengeIds, skills`,
);

type ListFilter = {
  collaborationId: string | null;
  municipalityCode: string | null;
  status: ProgrammeStatus | null;
};

// A municipality's programmes: its own and those of the collaborations it is a member of.
const LIST_FILTER = `
  WHERE ($status IS NULL OR lp.status = $status)
    AND ($collaborationId IS NULL
      OR EXISTS { MATCH (lp)-[:RUN_BY]->(:Collaboration {id: $collaborationId}) })
    AND ($municipalityCode IS NULL
      OR EXISTS { MATCH (lp)-[:RUN_BY]->(:Municipality {code: $municipalityCode}) }
      OR EXISTS { MATCH (lp)-[:RUN_BY]->(:Collaboration)<-[:MEMBER_OF]-(:Municipality {code: $municipalityCode}) })`;

type ParticipationRow = {
  programmeId: string;
  personId: string;
  municipalityCode: string;
  since: Date;
  circle: number | null;
  mentorId: string | null;
};

const PARTICIPANTS = cypherEachId<ParticipationRow>(
  'programmeId',
  `
  MATCH (p:Person)-[r:PARTICIPATES]->(lp:LearningProgramme {id: $id})
  WHERE r.until IS NULL
  MATCH (p)-[:WORKS_AT]->(m:Municipality)
  OPTIONAL MATCH (mentor:Person)-[g:GUIDES]->(p)
  WHERE g.programmeId = $id AND g.until IS NULL
  RETURN lp.id AS programmeId, p.id AS personId, m.code AS municipalityCode, r.since AS since,
         r.circle AS circle, mentor.id AS mentorId
  ORDER BY personId`,
);

type MentorRow = { programmeId: string; personId: string; municipalityCode: string; since: Date };

const MENTORS = cypherEachId<MentorRow>(
  'programmeId',
  `
  MATCH (p:Person)-[r:MENTORS]->(lp:LearningProgramme {id: $id})
  WHERE r.until IS NULL
  MATCH (p)-[:WORKS_AT]->(m:Municipality)
  RETURN lp.id AS programmeId, p.id AS personId, m.code AS municipalityCode, r.since AS since
  ORDER BY personId`,
);

type MenteeCountRow = { personId: string; mentees: number };

// GUIDES keeps its programme's id; the programmes are few, so they are matched by that id.
const MENTEE_COUNT = cypherEachId<MenteeCountRow>(
  'personId',
  `
  MATCH (mentor:Person {id: $id})-[g:GUIDES]->(:Person)
  WHERE g.until IS NULL
  MATCH (lp:LearningProgramme)
  WHERE lp.id = g.programmeId AND lp.status IN ['PLANNED', 'ACTIVE']
  RETURN mentor.id AS personId, count(g) AS mentees`,
);

type ProgressRow = {
  id: string;
  programmeId: string;
  personId: string;
  skillId: string;
  levelBefore: number;
  levelAfter: number;
  challengeId: string | null;
  outcome: Outcome | null;
  note: string | null;
  recordedAt: Date;
};

const PROGRESS_COLUMNS = `
  g.id AS id, g.programmeId AS programmeId, p.id AS personId, s.id AS skillId,
  g.levelBefore AS levelBefore, g.levelAfter AS levelAfter, g.challengeId AS challengeId,
  g.outcome AS outcome, g.note AS note, g.recordedAt AS recordedAt`;

// The progress of the programme's current participants, through PARTICIPATES.
const PROGRESS_IN = cypherEachId<ProgressRow>(
  'programmeId',
  `
  MATCH (p:Person)-[r:PARTICIPATES]->(:LearningProgramme {id: $id})
  WHERE r.until IS NULL
  MATCH (p)-[g:PROGRESSED]->(s:Skill)
  WHERE g.programmeId = $id
  RETURN ${PROGRESS_COLUMNS}
  ORDER BY recordedAt, id`,
);

const PROGRESS_OF = cypher<ProgressRow, { personId: string }>(`
  MATCH (p:Person {id: $personId})-[g:PROGRESSED]->(s:Skill)
  RETURN ${PROGRESS_COLUMNS}
  ORDER BY recordedAt, id`);

type WishRow = { personId: string; skillId: string };

const WISHES_OF = cypherEachId<WishRow>(
  'personId',
  `
  MATCH (p:Person {id: $id})-[:WANTS_TO_LEARN]->(s:Skill)
  RETURN p.id AS personId, s.id AS skillId
  ORDER BY skillId`,
);

const WISHES_IN = cypher<WishRow, { codes: readonly string[]; skillIds: readonly string[] }>(`
  UNWIND $codes AS code
  MATCH (:Municipality {code: code})<-[:WORKS_AT]-(p:Person)-[:WANTS_TO_LEARN]->(s:Skill)
  WHERE s.id IN $skillIds
  RETURN p.id AS personId, s.id AS skillId
  ORDER BY personId, skillId`);

type WorkRow = {
  personId: string;
  challengeId: string;
  status: string;
  requiredSkillIds: string[];
};

// Two reads, by skill and by challenge, joined here: Kuzu 0.11 sees no parameter in the WHERE
// of an EXISTS { }, and a list predicate over a collected list that came out empty answered
// at random (a challenge requiring nothing was sometimes taken to require a wanted skill).
const WORK_NEEDING_SKILLS = cypher<
  Omit<WorkRow, 'requiredSkillIds'>,
  { codes: readonly string[]; skillIds: readonly string[] }
>(`
  UNWIND $skillIds AS skillId
  MATCH (:Skill {id: skillId})<-[:REQUIRES]-(c:Challenge)<-[:WORKED_ON]-(p:Person)
  MATCH (p)-[:WORKS_AT]->(m:Municipality)
  WHERE m.code IN $codes AND c.status IN ['OPEN', 'IN_PROGRESS']
  RETURN DISTINCT p.id AS personId, c.id AS challengeId, c.status AS status`);

const WORK_ON_CHALLENGES = cypher<
  Omit<WorkRow, 'requiredSkillIds'>,
  { codes: readonly string[]; challengeIds: readonly string[] }
>(`
  UNWIND $challengeIds AS challengeId
  MATCH (c:Challenge {id: challengeId})<-[:WORKED_ON]-(p:Person)-[:WORKS_AT]->(m:Municipality)
  WHERE m.code IN $codes AND c.status IN ['OPEN', 'IN_PROGRESS']
  RETURN DISTINCT p.id AS personId, c.id AS challengeId, c.status AS status`);

const REQUIREMENTS = cypherEachId<{ challengeId: string; skillId: string }>(
  'challengeId',
  `
  MATCH (c:Challenge {id: $id})-[:REQUIRES]->(s:Skill)
  RETURN c.id AS challengeId, s.id AS skillId`,
);

// Each role is read on its own, unordered, and joined and sorted here: in one statement (an
// OPTIONAL MATCH comparing two variables' properties, NULL literal columns) or with an ORDER BY,
// these reads left Kuzu 0.11.3 in a state that crashed the process when the database closed.
const PARTICIPATIONS_OF = cypher<
  { programmeId: string; since: Date; until: Date | null; circle: number | null },
  { personId: string }
>(`
  MATCH (:Person {id: $personId})-[r:PARTICIPATES]->(lp:LearningProgramme)
  RETURN lp.id AS programmeId, r.since AS since, r.until AS until, r.circle AS circle`);

const MENTORS_OF = cypher<{ programmeId: string; mentorId: string }, { personId: string }>(`
  MATCH (mentor:Person)-[g:GUIDES]->(:Person {id: $personId})
  WHERE g.until IS NULL
  RETURN g.programmeId AS programmeId, mentor.id AS mentorId`);

const MENTORSHIPS_OF = cypher<
  { programmeId: string; since: Date; until: Date | null },
  { personId: string }
>(`
  MATCH (:Person {id: $personId})-[r:MENTORS]->(lp:LearningProgramme)
  RETURN lp.id AS programmeId, r.since AS since, r.until AS until`);

const COORDINATIONS_OF = cypher<{ programmeId: string }, { personId: string }>(`
  MATCH (:Person {id: $personId})-[:COORDINATES]->(lp:LearningProgramme)
  RETURN lp.id AS programmeId`);

type IdParams = { id: string };
type ProgrammePersonParams = { programmeId: string; personId: string };

const IS_PARTICIPANT = cypher<CountRow, ProgrammePersonParams>(`
  MATCH (:Person {id: $personId})-[r:PARTICIPATES]->(:LearningProgramme {id: $programmeId})
  WHERE r.until IS NULL
  RETURN count(r) AS total`);

const IS_MENTOR = cypher<CountRow, ProgrammePersonParams>(`
  MATCH (:Person {id: $personId})-[r:MENTORS]->(:LearningProgramme {id: $programmeId})
  WHERE r.until IS NULL
  RETURN count(r) AS total`);

// A participant's current mentor in the programme.
const MENTOR_OF_PARTICIPANT = cypher<{ mentorId: string }, ProgrammePersonParams>(`
  MATCH (mentor:Person)-[g:GUIDES]->(:Person {id: $personId})
  WHERE g.programmeId = $programmeId AND g.until IS NULL
  RETURN mentor.id AS mentorId`);

const SET_CIRCLE = cypher<object, ProgrammePersonParams & { circle: number | null }>(`
  MATCH (:Person {id: $personId})-[r:PARTICIPATES]->(:LearningProgramme {id: $programmeId})
  SET r.circle = $circle`);

const CURRENT_LEVEL = cypher<{ level: number }, { personId: string; skillId: string }>(`
  MATCH (:Person {id: $personId})-[h:HAS_SKILL]->(:Skill {id: $skillId})
  RETURN h.level AS level`);

const SET_LEVEL = cypher<object, { personId: string; skillId: string; level: number }>(`
  MATCH (p:Person {id: $personId}), (s:Skill {id: $skillId})
  MERGE (p)-[h:HAS_SKILL]->(s)
  SET h.level = $level`);

// A new experience is a MEMBER's; the year is the latest in which the person worked on it.
const SET_EXPERIENCE = cypher<
  object,
  { personId: string; challengeId: string; outcome: string; year: number }
>(`
  MATCH (p:Person {id: $personId}), (c:Challenge {id: $challengeId})
  MERGE (p)-[w:WORKED_ON]->(c)
  SET w.role = coalesce(w.role, 'MEMBER'), w.outcome = $outcome,
      w.year = CASE WHEN w.year IS NULL OR w.year < $year THEN $year ELSE w.year END`);

const REMOVE_WISHES = cypher<object, { personId: string }>(
  'MATCH (:Person {id: $personId})-[r:WANTS_TO_LEARN]->(:Skill) DELETE r',
);

const REMOVE_LINKS = {
  challenges: cypher<object, IdParams>(
    'MATCH (:LearningProgramme {id: $id})-[r:ADDRESSES]->(:Challenge) DELETE r',
  ),
  skills: cypher<object, IdParams>(
    'MATCH (:LearningProgramme {id: $id})-[r:BUILDS]->(:Skill) DELETE r',
  ),
};

const COORDINATORS = cypher<{ personId: string }, IdParams>(
  'MATCH (p:Person)-[:COORDINATES]->(:LearningProgramme {id: $id}) RETURN p.id AS personId',
);

const REMOVE_COORDINATOR = cypher<object, IdParams & { personId: string }>(
  'MATCH (:Person {id: $personId})-[r:COORDINATES]->(:LearningProgramme {id: $id}) DELETE r',
);

const ADD_CHALLENGES = cypher<object, { id: string; challengeIds: readonly string[] }>(`
  MATCH (lp:LearningProgramme {id: $id})
  UNWIND $challengeIds AS challengeId
  MATCH (c:Challenge {id: challengeId})
  MERGE (lp)-[:ADDRESSES]->(c)`);

const ADD_SKILL = cypher<object, { id: string; skillId: string; targetLevel: number }>(`
  MATCH (lp:LearningProgramme {id: $id}), (s:Skill {id: $skillId})
  MERGE (lp)-[b:BUILDS]->(s)
  SET b.targetLevel = $targetLevel`);

const ADD_COORDINATOR = cypher<object, { id: string; personId: string }>(`
  MATCH (lp:LearningProgramme {id: $id}), (p:Person {id: $personId})
  MERGE (p)-[:COORDINATES]->(lp)`);

type ProgrammeUpdate = {
  id: string;
  title: string | null;
  status: ProgrammeStatus | null;
  setGoal: boolean;
  goal: string | null;
  setTheme: boolean;
  theme: string | null;
  setStartDate: boolean;
  startDate: string | null;
  setEndDate: boolean;
  endDate: string | null;
  updatedAt: string;
};

/** The statements that need the store's timestamps or its write lock. */
function statements(dialect: CypherDialect) {
  const at = dialect.timestamp('$at');
  const after = dialect.timestamp('$afterKey');
  const cursor = `($afterKey IS NULL OR lp.createdAt < ${after}
    OR (lp.createdAt = ${after} AND lp.id > $afterId))`;
  return {
    list: cypher<{ id: string }, ListFilter & KeysetParams>(`
      MATCH (lp:LearningProgramme) ${LIST_FILTER} AND ${cursor}
      RETURN lp.id AS id
      ORDER BY lp.createdAt DESC, lp.id LIMIT $limit`),
    count: cypher<CountRow, ListFilter>(`
      MATCH (lp:LearningProgramme) ${LIST_FILTER}
      RETURN count(lp) AS total`),
    // MERGE on the fresh id: a create the driver repeats finds its own earlier attempt.
    create: cypher<object, ProgrammeFields & { createdAt: string }>(`
      MERGE (lp:LearningProgramme {id: $id})
      SET lp.title = $title, lp.goal = $goal, lp.theme = $theme, lp.status = $status,
          lp.startDate = $startDate, lp.endDate = $endDate,
          lp.createdAt = ${dialect.timestamp('$createdAt')},
          lp.updatedAt = ${dialect.timestamp('$createdAt')}`),
    runByCollaboration: cypher<object, { id: string; ownerId: string }>(`
      MATCH (lp:LearningProgramme {id: $id}), (c:Collaboration {id: $ownerId})
      MERGE (lp)-[:RUN_BY]->(c)`),
    runByMunicipality: cypher<object, { id: string; ownerId: string }>(`
      MATCH (lp:LearningProgramme {id: $id}), (m:Municipality {code: $ownerId})
      MERGE (lp)-[:RUN_BY]->(m)`),
    // A null parameter keeps the stored value; the set flags clear a value on purpose.
    update: cypher<object, ProgrammeUpdate>(`
      MATCH (lp:LearningProgramme {id: $id})
      SET lp.title = coalesce($title, lp.title),
          lp.status = coalesce($status, lp.status),
          lp.goal = CASE WHEN $setGoal THEN $goal ELSE lp.goal END,
          lp.theme = CASE WHEN $setTheme THEN $theme ELSE lp.theme END,
          lp.startDate = CASE WHEN $setStartDate THEN $startDate ELSE lp.startDate END,
          lp.endDate = CASE WHEN $setEndDate THEN $endDate ELSE lp.endDate END,
          lp.updatedAt = ${dialect.timestamp('$updatedAt')}`),
    // Changes to one programme's people queue behind each other (Neo4j writes in parallel).
    lockProgramme: cypher<{ status: ProgrammeStatus }, IdParams>(`
      MATCH (lp:LearningProgramme {id: $id})
      ${dialect.lockForUpdate('lp', 'updatedAt')}
      RETURN lp.status AS status`),
    lockPerson: cypher<object, { personId: string }>(`
      MATCH (p:Person {id: $personId})
      ${dialect.lockForUpdate('p', 'updatedAt')}
      RETURN p.id AS id`),
    addParticipants: cypher<object, { programmeId: string; personIds: string[]; at: string }>(`
      MATCH (lp:LearningProgramme {id: $programmeId})
      UNWIND $personIds AS personId
      MATCH (p:Person {id: personId})
      MERGE (p)-[r:PARTICIPATES]->(lp)
      SET r.since = coalesce(r.since, ${at})`),
    // Taking part, mentoring and a pair end (`until`) instead of being deleted: the history
    // stays, and Kuzu 0.11.3 crashed on closing a database after such deletes.
    endParticipation: cypher<object, ProgrammePersonParams & { at: string }>(`
      MATCH (:Person {id: $personId})-[r:PARTICIPATES]->(:LearningProgramme {id: $programmeId})
      WHERE r.until IS NULL
      SET r.until = ${at}`),
    endMentorship: cypher<object, ProgrammePersonParams & { at: string }>(`
      MATCH (:Person {id: $personId})-[r:MENTORS]->(:LearningProgramme {id: $programmeId})
      WHERE r.until IS NULL
      SET r.until = ${at}`),
    endPair: cypher<object, ProgrammePersonParams & { mentorId: string; at: string }>(`
      MATCH (:Person {id: $mentorId})-[g:GUIDES]->(:Person {id: $personId})
      WHERE g.programmeId = $programmeId AND g.until IS NULL
      SET g.until = ${at}`),
    endPairsOfMentor: cypher<object, ProgrammePersonParams & { at: string }>(`
      MATCH (:Person {id: $personId})-[g:GUIDES]->(:Person)
      WHERE g.programmeId = $programmeId AND g.until IS NULL
      SET g.until = ${at}`),
    // Someone who left and comes back starts afresh: a new date, no circle yet.
    rejoin: cypher<object, { programmeId: string; personIds: string[]; at: string }>(`
      MATCH (lp:LearningProgramme {id: $programmeId})
      UNWIND $personIds AS personId
      MATCH (:Person {id: personId})-[r:PARTICIPATES]->(lp)
      WHERE r.until IS NOT NULL
      SET r.since = ${at}, r.circle = NULL, r.until = NULL`),
    returnAsMentor: cypher<object, ProgrammePersonParams & { at: string }>(`
      MATCH (:Person {id: $personId})-[r:MENTORS]->(:LearningProgramme {id: $programmeId})
      WHERE r.until IS NOT NULL
      SET r.since = ${at}, r.until = NULL`),
    addMentor: cypher<object, ProgrammePersonParams & { at: string }>(`
      MATCH (lp:LearningProgramme {id: $programmeId}), (p:Person {id: $personId})
      MERGE (p)-[r:MENTORS]->(lp)
      SET r.since = coalesce(r.since, ${at})`),
    // An earlier, ended pair of the same two in the programme is taken up again.
    pair: cypher<
      object,
      { programmeId: string; participantId: string; mentorId: string; at: string }
    >(`
      MATCH (mentor:Person {id: $mentorId}), (p:Person {id: $participantId})
      MERGE (mentor)-[g:GUIDES {programmeId: $programmeId}]->(p)
      SET g.since = ${at}, g.until = NULL`),
    // MERGE on the step's id: a repeated transaction finds the step it wrote.
    progress: cypher<
      object,
      Omit<ProgressRow, 'recordedAt' | 'outcome'> & { outcome: string | null; recordedAt: string }
    >(`
      MATCH (p:Person {id: $personId}), (s:Skill {id: $skillId})
      MERGE (p)-[g:PROGRESSED {id: $id}]->(s)
      SET g.programmeId = $programmeId, g.levelBefore = $levelBefore, g.levelAfter = $levelAfter,
          g.challengeId = $challengeId, g.outcome = $outcome, g.note = $note,
          g.recordedAt = ${dialect.timestamp('$recordedAt')}`),
    addWishes: cypher<object, { personId: string; skillIds: readonly string[]; at: string }>(`
      MATCH (p:Person {id: $personId})
      UNWIND $skillIds AS skillId
      MATCH (s:Skill {id: skillId})
      MERGE (p)-[r:WANTS_TO_LEARN]->(s)
      SET r.since = coalesce(r.since, ${at})`),
  };
}

function toProgrammeRecord(row: ProgrammeRow): ProgrammeRecord {
  const skills: ProgrammeSkill[] = presentOnly(row.skills, 'skillId')
    .map(({ skillId, targetLevel }) => ({
      skillId: skillId as string,
      targetLevel: Number(targetLevel),
    }))
    .sort((a, b) => compare(a.skillId, b.skillId));
  return {
    id: row.id,
    title: row.title,
    goal: row.goal ?? null,
    theme: row.theme ?? null,
    status: row.status,
    startDate: row.startDate ?? null,
    endDate: row.endDate ?? null,
    runBy: {
      collaborationId: row.collaborationId ?? null,
      municipalityCode: row.municipalityCode ?? null,
    },
    coordinatorId: row.coordinatorId ?? null,
    challengeIds: listOf(row.challengeIds).sort(),
    skills,
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
  };
}

function toProgressRecord(row: ProgressRow): ProgressRecord {
  return {
    id: row.id,
    programmeId: row.programmeId,
    personId: row.personId,
    skillId: row.skillId,
    levelBefore: Number(row.levelBefore),
    levelAfter: Number(row.levelAfter),
    challengeId: row.challengeId ?? null,
    outcome: row.outcome ?? null,
    note: row.note ?? null,
    recordedAt: toDate(row.recordedAt),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class LearningCypherRepository extends LearningRepository {
  private readonly statements: ReturnType<typeof statements>;

  constructor(
    private readonly client: CypherClient,
    dialect: CypherDialect,
  ) {
    super();
    this.statements = statements(dialect);
  }

  async create(programme: ProgrammeRecord): Promise<ProgrammeRecord> {
    const { runBy } = programme;
    await this.client.write(async (tx) => {
      await this.assertLinksExist(tx, {
        collaborationId: runBy.collaborationId,
        municipalityCode: runBy.municipalityCode,
        challengeIds: programme.challengeIds,
        skills: programme.skills,
        coordinatorId: programme.coordinatorId,
      });
      await tx.run(this.statements.create, {
        id: programme.id,
        title: programme.title,
        goal: programme.goal,
        theme: programme.theme,
        status: programme.status,
        startDate: programme.startDate,
        endDate: programme.endDate,
        createdAt: programme.createdAt.toISOString(),
      });
      if (runBy.collaborationId !== null) {
        await tx.run(this.statements.runByCollaboration, {
          id: programme.id,
          ownerId: runBy.collaborationId,
        });
      } else if (runBy.municipalityCode !== null) {
        await tx.run(this.statements.runByMunicipality, {
          id: programme.id,
          ownerId: runBy.municipalityCode,
        });
      }
      await this.linkLists(tx, programme.id, programme);
    });
    return programme;
  }

  async update(id: string, patch: ProgrammePatch, updatedAt: Date): Promise<ProgrammeRecord> {
    await this.client.write(async (tx) => {
      await this.lockProgramme(tx, id);
      await this.assertLinksExist(tx, {
        collaborationId: null,
        municipalityCode: null,
        challengeIds: patch.challengeIds ?? [],
        skills: patch.skills ?? [],
        coordinatorId: patch.coordinatorId ?? null,
      });
      await tx.run(this.statements.update, {
        id,
        title: patch.title ?? null,
        status: patch.status ?? null,
        setGoal: patch.goal !== undefined,
        goal: patch.goal ?? null,
        setTheme: patch.theme !== undefined,
        theme: patch.theme ?? null,
        setStartDate: patch.startDate !== undefined,
        startDate: patch.startDate ?? null,
        setEndDate: patch.endDate !== undefined,
        endDate: patch.endDate ?? null,
        updatedAt: updatedAt.toISOString(),
      });
      if (patch.challengeIds !== undefined) await tx.run(REMOVE_LINKS.challenges, { id });
      if (patch.skills !== undefined) await tx.run(REMOVE_LINKS.skills, { id });
      if (patch.coordinatorId !== undefined) {
        for (const { personId } of await tx.run(COORDINATORS, { id })) {
          await tx.run(REMOVE_COORDINATOR, { id, personId });
        }
      }
      await this.linkLists(tx, id, patch);
    });
    const [updated] = await this.findByIds([id]);
    if (!updated) throw LearningException.notFound(id);
    return updated;
  }

  async findByIds(ids: readonly string[]): Promise<ProgrammeRecord[]> {
    if (ids.length === 0) return [];
    return (await this.client.readEach(PROGRAMME_BY_ID, ids)).map(toProgrammeRecord);
  }

  async list(filter: ProgrammeFilter, page: PageRequest): Promise<Page<ProgrammeRecord>> {
    const params: ListFilter = {
      collaborationId: filter.collaborationId ?? null,
      municipalityCode: filter.municipalityCode ?? null,
      status: filter.status ?? null,
    };
    const [rows, [count]] = await Promise.all([
      this.client.read(this.statements.list, { ...params, ...keysetParams(page) }),
      this.client.read(this.statements.count, params),
    ]);
    const programmes = await this.findByIds(rows.map((row) => row.id));
    return pageFromRows(programmes, page, count.total);
  }

  async participants(programmeIds: readonly string[]): Promise<ParticipationRecord[]> {
    if (programmeIds.length === 0) return [];
    const rows = await this.client.readEach(PARTICIPANTS, programmeIds);
    return rows.map((row) => ({
      programmeId: row.programmeId,
      personId: row.personId,
      municipalityCode: row.municipalityCode,
      since: toDate(row.since),
      circle: row.circle === null || row.circle === undefined ? null : Number(row.circle),
      mentorId: row.mentorId ?? null,
    }));
  }

  async mentors(programmeIds: readonly string[]): Promise<MentorRecord[]> {
    if (programmeIds.length === 0) return [];
    const rows = await this.client.readEach(MENTORS, programmeIds);
    return rows.map((row) => ({ ...row, since: toDate(row.since) }));
  }

  async menteeCounts(personIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map(personIds.map((id) => [id, 0]));
    if (personIds.length === 0) return counts;
    for (const row of await this.client.readEach(MENTEE_COUNT, personIds)) {
      counts.set(row.personId, Number(row.mentees));
    }
    return counts;
  }

  async addParticipants(
    programmeId: string,
    personIds: readonly string[],
    at: Date,
  ): Promise<void> {
    await this.client.write(async (tx) => {
      await this.lockProgramme(tx, programmeId);
      await assertPeopleExist(tx, personIds);
      if (personIds.length === 0) return;
      await tx.run(this.statements.rejoin, {
        programmeId,
        personIds: [...personIds],
        at: at.toISOString(),
      });
      await tx.run(this.statements.addParticipants, {
        programmeId,
        personIds: [...personIds],
        at: at.toISOString(),
      });
    });
  }

  async removeParticipant(programmeId: string, personId: string, at: Date): Promise<boolean> {
    return this.client.write(async (tx) => {
      await this.lockProgramme(tx, programmeId);
      const [{ total }] = await tx.run(IS_PARTICIPANT, { programmeId, personId });
      if (Number(total) === 0) return false;
      await this.endPair(tx, programmeId, personId, at);
      await tx.run(this.statements.endParticipation, {
        programmeId,
        personId,
        at: at.toISOString(),
      });
      return true;
    });
  }

  async addMentor(programmeId: string, personId: string, at: Date): Promise<void> {
    await this.client.write(async (tx) => {
      await this.lockProgramme(tx, programmeId);
      await assertPeopleExist(tx, [personId]);
      await tx.run(this.statements.returnAsMentor, {
        programmeId,
        personId,
        at: at.toISOString(),
      });
      await tx.run(this.statements.addMentor, { programmeId, personId, at: at.toISOString() });
    });
  }

  async removeMentor(programmeId: string, personId: string, at: Date): Promise<boolean> {
    return this.client.write(async (tx) => {
      await this.lockProgramme(tx, programmeId);
      const [{ total }] = await tx.run(IS_MENTOR, { programmeId, personId });
      if (Number(total) === 0) return false;
      const params = { programmeId, personId, at: at.toISOString() };
      await tx.run(this.statements.endPairsOfMentor, params);
      await tx.run(this.statements.endMentorship, params);
      return true;
    });
  }

  async assignCircles(
    programmeId: string,
    assignments: readonly CircleAssignment[],
  ): Promise<void> {
    await this.client.write(async (tx) => {
      await this.lockProgramme(tx, programmeId);
      for (const { personId, circle } of assignments) {
        await this.assertParticipant(tx, programmeId, personId);
        await tx.run(SET_CIRCLE, { programmeId, personId, circle });
      }
    });
  }

  async assignMentors(
    programmeId: string,
    assignments: readonly MentorAssignment[],
    at: Date,
  ): Promise<void> {
    await this.client.write(async (tx) => {
      await this.lockProgramme(tx, programmeId);
      for (const { participantId, mentorId } of assignments) {
        await this.assertParticipant(tx, programmeId, participantId);
        await this.endPair(tx, programmeId, participantId, at);
        if (mentorId === null) continue;
        const [{ total }] = await tx.run(IS_MENTOR, { programmeId, personId: mentorId });
        if (Number(total) === 0) throw LearningException.notInProgramme(mentorId, 'mentor');
        await tx.run(this.statements.pair, {
          programmeId,
          participantId,
          mentorId,
          at: at.toISOString(),
        });
      }
    });
  }

  async recordProgress(progress: NewProgress): Promise<ProgressRecord> {
    return this.client.write(async (tx) => {
      const { programmeId, personId, skillId, challengeId } = progress;
      await this.lockProgramme(tx, programmeId);
      await assertPeopleExist(tx, [personId]);
      await assertSkillsExist(tx, [skillId]);
      if (challengeId !== null) await assertChallengeExists(tx, challengeId);
      await this.assertParticipant(tx, programmeId, personId);
      await tx.run(this.statements.lockPerson, { personId });
      const [current] = await tx.run(CURRENT_LEVEL, { personId, skillId });
      const recorded: ProgressRecord = {
        ...progress,
        levelBefore: progress.levelBefore ?? (current ? Number(current.level) : 0),
      };
      await tx.run(this.statements.progress, {
        id: recorded.id,
        programmeId,
        personId,
        skillId,
        levelBefore: recorded.levelBefore,
        levelAfter: recorded.levelAfter,
        challengeId,
        outcome: recorded.outcome,
        note: recorded.note,
        recordedAt: recorded.recordedAt.toISOString(),
      });
      await tx.run(SET_LEVEL, { personId, skillId, level: recorded.levelAfter });
      if (challengeId !== null && recorded.outcome !== null) {
        await tx.run(SET_EXPERIENCE, {
          personId,
          challengeId,
          outcome: recorded.outcome,
          year: recorded.recordedAt.getUTCFullYear(),
        });
      }
      return recorded;
    });
  }

  async progressIn(programmeIds: readonly string[]): Promise<ProgressRecord[]> {
    if (programmeIds.length === 0) return [];
    return (await this.client.readEach(PROGRESS_IN, programmeIds)).map(toProgressRecord);
  }

  async progressOf(personId: string): Promise<ProgressRecord[]> {
    return (await this.client.read(PROGRESS_OF, { personId })).map(toProgressRecord);
  }

  async wishesOf(personIds: readonly string[]): Promise<LearningWish[]> {
    if (personIds.length === 0) return [];
    return this.client.readEach(WISHES_OF, personIds);
  }

  async setWishes(personId: string, skillIds: readonly string[], at: Date): Promise<void> {
    await this.client.write(async (tx) => {
      await assertPeopleExist(tx, [personId]);
      await assertSkillsExist(tx, skillIds);
      await tx.run(this.statements.lockPerson, { personId });
      await tx.run(REMOVE_WISHES, { personId });
      if (skillIds.length === 0) return;
      await tx.run(this.statements.addWishes, { personId, skillIds, at: at.toISOString() });
    });
  }

  async wishesIn(
    municipalityCodes: readonly string[],
    skillIds: readonly string[],
  ): Promise<LearningWish[]> {
    if (municipalityCodes.length === 0 || skillIds.length === 0) return [];
    return this.client.read(WISHES_IN, { codes: municipalityCodes, skillIds });
  }

  async ongoingWork(
    municipalityCodes: readonly string[],
    skillIds: readonly string[],
    challengeIds: readonly string[],
  ): Promise<ChallengeWork[]> {
    if (municipalityCodes.length === 0) return [];
    const codes = [...municipalityCodes];
    const [bySkill, byChallenge] = await Promise.all([
      skillIds.length > 0
        ? this.client.read(WORK_NEEDING_SKILLS, { codes, skillIds: [...skillIds] })
        : Promise.resolve([]),
      challengeIds.length > 0
        ? this.client.read(WORK_ON_CHALLENGES, { codes, challengeIds: [...challengeIds] })
        : Promise.resolve([]),
    ]);
    const work = new Map(
      [...bySkill, ...byChallenge].map((row) => [`${row.personId}|${row.challengeId}`, row]),
    );
    const challenges = [...new Set([...work.values()].map(({ challengeId }) => challengeId))];
    const required = new Map<string, string[]>();
    for (const row of await this.client.readEach(REQUIREMENTS, challenges.sort())) {
      required.set(row.challengeId, [...(required.get(row.challengeId) ?? []), row.skillId]);
    }
    return [...work.values()]
      .map((row) => ({ ...row, requiredSkillIds: (required.get(row.challengeId) ?? []).sort() }))
      .sort((a, b) => compare(a.personId, b.personId) || compare(a.challengeId, b.challengeId));
  }

  async rolesOf(personId: string): Promise<ProgrammeRole[]> {
    const participations = await this.client.read(PARTICIPATIONS_OF, { personId });
    const mentors = await this.client.read(MENTORS_OF, { personId });
    const mentorships = await this.client.read(MENTORSHIPS_OF, { personId });
    const coordinations = await this.client.read(COORDINATIONS_OF, { personId });
    const mentorIn = new Map(mentors.map((row) => [row.programmeId, row.mentorId]));
    const roles: ProgrammeRole[] = [
      ...participations.map(({ programmeId, since, until, circle }) => ({
        programmeId,
        role: 'PARTICIPANT' as const,
        since: toDate(since),
        until: until ? toDate(until) : null,
        circle: circle === null || circle === undefined ? null : Number(circle),
        mentorId: mentorIn.get(programmeId) ?? null,
      })),
      ...mentorships.map(({ programmeId, since, until }) => ({
        programmeId,
        role: 'MENTOR' as const,
        since: toDate(since),
        until: until ? toDate(until) : null,
        circle: null,
        mentorId: null,
      })),
      ...coordinations.map(({ programmeId }) => ({
        programmeId,
        role: 'COORDINATOR' as const,
        since: null,
        until: null,
        circle: null,
        mentorId: null,
      })),
    ];
    return roles.sort((a, b) => compare(a.programmeId, b.programmeId) || compare(a.role, b.role));
  }

  /** Ends the participant's pair in the programme, if they have one. */
  private async endPair(
    tx: CypherTransaction,
    programmeId: string,
    personId: string,
    at: Date,
  ): Promise<void> {
    for (const { mentorId } of await tx.run(MENTOR_OF_PARTICIPANT, { programmeId, personId })) {
      await tx.run(this.statements.endPair, {
        programmeId,
        personId,
        mentorId,
        at: at.toISOString(),
      });
    }
  }

  /** Locks the programme for this transaction; NOT_FOUND when there is none. */
  private async lockProgramme(tx: CypherTransaction, id: string): Promise<ProgrammeStatus> {
    const [found] = await tx.run(this.statements.lockProgramme, { id });
    if (!found) throw LearningException.notFound(id);
    return found.status;
  }

  private async assertParticipant(
    tx: CypherTransaction,
    programmeId: string,
    personId: string,
  ): Promise<void> {
    const [{ total }] = await tx.run(IS_PARTICIPANT, { programmeId, personId });
    if (Number(total) === 0) throw LearningException.notInProgramme(personId, 'participant');
  }

  private async assertLinksExist(
    tx: CypherTransaction,
    links: {
      collaborationId: string | null;
      municipalityCode: string | null;
      challengeIds: readonly string[];
      skills: readonly ProgrammeSkill[];
      coordinatorId: string | null;
    },
  ): Promise<void> {
    if (links.collaborationId !== null) await assertCollaborationExists(tx, links.collaborationId);
    if (links.municipalityCode !== null) await assertMunicipalityExists(tx, links.municipalityCode);
    for (const challengeId of links.challengeIds) await assertChallengeExists(tx, challengeId);
    await assertSkillsExist(
      tx,
      links.skills.map(({ skillId }) => skillId),
    );
    if (links.coordinatorId !== null) await assertPeopleExist(tx, [links.coordinatorId]);
  }

  /** Links the lists a create or an update names (after an update removed the old ones). */
  private async linkLists(
    tx: CypherTransaction,
    id: string,
    lists: Pick<ProgrammePatch, 'challengeIds' | 'skills' | 'coordinatorId'>,
  ): Promise<void> {
    if (lists.challengeIds && lists.challengeIds.length > 0) {
      await tx.run(ADD_CHALLENGES, { id, challengeIds: lists.challengeIds });
    }
    for (const { skillId, targetLevel } of lists.skills ?? []) {
      await tx.run(ADD_SKILL, { id, skillId, targetLevel });
    }
    if (lists.coordinatorId) {
      await tx.run(ADD_COORDINATOR, { id, personId: lists.coordinatorId });
    }
  }
}
