import { type CollaborationKind } from '../../collaborations/collaboration-kind';
import {
  type CollaborationFilter,
  type CollaborationMembership,
  type CollaborationRecord,
  type MemberCollaboration,
} from '../../collaborations/collaboration.record';
import { CollaborationsException } from '../../collaborations/collaborations.exception';
import { CollaborationsRepository } from '../../collaborations/collaborations.repository';
import { type Page, type PageRequest } from '../../common/pagination/page';
import { MunicipalitiesException } from '../../municipalities/municipalities.exception';
import { type Neo4jClient } from './neo4j-client';
import { readPage } from './neo4j-pages';
import { type Neo4jRow } from './neo4j-values';

const FIND_BY_IDS = `
  UNWIND $ids AS id
  MATCH (c:Collaboration {id: id})
  RETURN c.id AS id, c.name AS name, c.kind AS kind`;

const FILTER = `
  MATCH (c:Collaboration)
  WHERE ($kind IS NULL OR c.kind = $kind)`;

// $afterKey / $afterId bind the keyset cursor (name, id).
const LIST = `${FILTER}
    AND ($afterKey IS NULL OR c.name > $afterKey OR (c.name = $afterKey AND c.id > $afterId))
  RETURN c.id AS id, c.name AS name, c.kind AS kind
  ORDER BY c.name, c.id
  LIMIT $limit`;

const COUNT = `${FILTER} RETURN count(c) AS total`;

const MEMBERS_OF = `
  UNWIND $ids AS id
  MATCH (m:Municipality)-[:MEMBER_OF]->(c:Collaboration {id: id})
  RETURN c.id AS collaborationId, m.code AS municipalityCode
  ORDER BY c.id, m.name, m.code`;

const COLLABORATIONS_OF = `
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})-[:MEMBER_OF]->(c:Collaboration)
  RETURN m.code AS municipalityCode, c.id AS id, c.name AS name, c.kind AS kind
  ORDER BY m.code, c.name, c.id`;

// MERGE on the unique id: a retried transaction finds the node it created and sets it again.
const UPSERT = `
  MERGE (c:Collaboration {id: $id})
  SET c.name = $name, c.kind = $kind
  RETURN c.id AS id, c.name AS name, c.kind AS kind`;

const COLLABORATION_EXISTS = `MATCH (c:Collaboration {id: $id}) RETURN c.id AS id`;
const MUNICIPALITY_EXISTS = `MATCH (m:Municipality {code: $code}) RETURN m.code AS code`;

// MERGE between two bound nodes locks both ends before creating, so concurrent adds of the same
// member still leave one MEMBER_OF.
const ADD_MEMBER = `
  MATCH (m:Municipality {code: $code}), (c:Collaboration {id: $id})
  MERGE (m)-[:MEMBER_OF]->(c)`;

function toCollaborationRecord(row: Neo4jRow): CollaborationRecord {
  return {
    id: row.id as string,
    name: row.name as string,
    kind: row.kind as CollaborationKind,
  };
}

export class CollaborationsNeo4jRepository extends CollaborationsRepository {
  constructor(private readonly client: Neo4jClient) {
    super();
  }

  async findByIds(ids: readonly string[]): Promise<CollaborationRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read(FIND_BY_IDS, { ids: [...ids] });
    return rows.map(toCollaborationRecord);
  }

  list(filter: CollaborationFilter, page: PageRequest): Promise<Page<CollaborationRecord>> {
    const filterParams = { kind: filter.kind ?? null };
    return readPage(
      this.client,
      { list: LIST, count: COUNT },
      filterParams,
      page,
      toCollaborationRecord,
    );
  }

  async membersOf(collaborationIds: readonly string[]): Promise<CollaborationMembership[]> {
    if (collaborationIds.length === 0) return [];
    const rows = await this.client.read(MEMBERS_OF, { ids: [...collaborationIds] });
    return rows.map((row) => ({
      collaborationId: row.collaborationId as string,
      municipalityCode: row.municipalityCode as string,
    }));
  }

  async collaborationsOf(municipalityCodes: readonly string[]): Promise<MemberCollaboration[]> {
    if (municipalityCodes.length === 0) return [];
    const rows = await this.client.read(COLLABORATIONS_OF, { codes: [...municipalityCodes] });
    return rows.map((row) => ({
      municipalityCode: row.municipalityCode as string,
      collaboration: toCollaborationRecord(row),
    }));
  }

  async upsert(collaboration: CollaborationRecord): Promise<CollaborationRecord> {
    const [row] = await this.client.write((tx) =>
      tx.run(UPSERT, { id: collaboration.id, name: collaboration.name, kind: collaboration.kind }),
    );
    return toCollaborationRecord(row);
  }

  async addMember(collaborationId: string, municipalityCode: string): Promise<void> {
    await this.client.write(async (tx) => {
      // Checked inside the transaction, as on Kuzu; a retry simply checks again.
      if ((await tx.run(COLLABORATION_EXISTS, { id: collaborationId })).length === 0) {
        throw CollaborationsException.notFound(collaborationId);
      }
      if ((await tx.run(MUNICIPALITY_EXISTS, { code: municipalityCode })).length === 0) {
        throw MunicipalitiesException.notFound(municipalityCode);
      }
      await tx.run(ADD_MEMBER, { id: collaborationId, code: municipalityCode });
    });
  }
}
