import { type CollaborationKind } from '../../collaborations/collaboration-kind';
import {
  type CollaborationFilter,
  type CollaborationMembership,
  type CollaborationRecord,
  type MemberCollaboration,
} from '../../collaborations/collaboration.record';
import { CollaborationsRepository } from '../../collaborations/collaborations.repository';
import { type Page, type PageRequest } from '../../common/pagination/page';
import { type CypherClient } from './cypher-client';
import { assertCollaborationExists, assertMunicipalityExists } from './existence-checks';
import { type CountRow, type KeysetParams, readPage } from './pages';
import { cypher } from './statement';

type CollaborationRow = { id: string; name: string; kind: CollaborationKind };
type Filter = { kind: CollaborationKind | null };

const COLUMNS = `c.id AS id, c.name AS name, c.kind AS kind`;

const FIND_BY_IDS = cypher<CollaborationRow, { ids: readonly string[] }>(`
  UNWIND $ids AS id
  MATCH (c:Collaboration {id: id})
  RETURN ${COLUMNS}`);

const FILTER = `
  MATCH (c:Collaboration)
  WHERE ($kind IS NULL OR c.kind = $kind)`;

// $afterKey / $afterId bind the keyset cursor (name, id).
const LIST = cypher<CollaborationRow, Filter & KeysetParams>(`${FILTER}
    AND ($afterKey IS NULL OR c.name > $afterKey OR (c.name = $afterKey AND c.id > $afterId))
  RETURN ${COLUMNS}
  ORDER BY c.name, c.id
  LIMIT $limit`);

const COUNT = cypher<CountRow, Filter>(`${FILTER} RETURN count(c) AS total`);

const MEMBERS_OF = cypher<CollaborationMembership, { ids: readonly string[] }>(`
  UNWIND $ids AS id
  MATCH (m:Municipality)-[:MEMBER_OF]->(c:Collaboration {id: id})
  RETURN c.id AS collaborationId, m.code AS municipalityCode
  ORDER BY c.id, m.name, m.code`);

const COLLABORATIONS_OF = cypher<
  CollaborationRow & { municipalityCode: string },
  { codes: readonly string[] }
>(`
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})-[:MEMBER_OF]->(c:Collaboration)
  RETURN m.code AS municipalityCode, ${COLUMNS}
  ORDER BY m.code, c.name, c.id`);

// MERGE on the unique id: a repeated transaction finds the node it created and sets it again.
const UPSERT = cypher<CollaborationRow, CollaborationRow>(`
  MERGE (c:Collaboration {id: $id})
  SET c.name = $name, c.kind = $kind
  RETURN ${COLUMNS}`);

// MERGE between two bound nodes locks both ends before creating (Neo4j), so concurrent adds of
// the same member still leave one MEMBER_OF.
const ADD_MEMBER = cypher<object, { id: string; code: string }>(`
  MATCH (m:Municipality {code: $code}), (c:Collaboration {id: $id})
  MERGE (m)-[:MEMBER_OF]->(c)`);

function toCollaborationRecord({ id, name, kind }: CollaborationRow): CollaborationRecord {
  return { id, name, kind };
}

export class CollaborationsCypherRepository extends CollaborationsRepository {
  constructor(private readonly client: CypherClient) {
    super();
  }

  async findByIds(ids: readonly string[]): Promise<CollaborationRecord[]> {
    if (ids.length === 0) return [];
    return (await this.client.read(FIND_BY_IDS, { ids: [...ids] })).map(toCollaborationRecord);
  }

  list(filter: CollaborationFilter, page: PageRequest): Promise<Page<CollaborationRecord>> {
    const params = { kind: filter.kind ?? null };
    return readPage(this.client, { list: LIST, count: COUNT }, params, page, toCollaborationRecord);
  }

  async membersOf(collaborationIds: readonly string[]): Promise<CollaborationMembership[]> {
    if (collaborationIds.length === 0) return [];
    return this.client.read(MEMBERS_OF, { ids: [...collaborationIds] });
  }

  async collaborationsOf(municipalityCodes: readonly string[]): Promise<MemberCollaboration[]> {
    if (municipalityCodes.length === 0) return [];
    const rows = await this.client.read(COLLABORATIONS_OF, { codes: [...municipalityCodes] });
    return rows.map((row) => ({
      municipalityCode: row.municipalityCode,
      collaboration: toCollaborationRecord(row),
    }));
  }

  async upsert(collaboration: CollaborationRecord): Promise<CollaborationRecord> {
    const { id, name, kind } = collaboration;
    const [row] = await this.client.write((tx) => tx.run(UPSERT, { id, name, kind }));
    return toCollaborationRecord(row);
  }

  async addMember(collaborationId: string, municipalityCode: string): Promise<void> {
    await this.client.write(async (tx) => {
      await assertCollaborationExists(tx, collaborationId);
      await assertMunicipalityExists(tx, municipalityCode);
      await tx.run(ADD_MEMBER, { id: collaborationId, code: municipalityCode });
    });
  }
}
