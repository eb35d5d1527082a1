import { type GraphImportRepository } from './graph-import.repository';
import { type ReferenceData } from './reference/reference-data';

/** Loads the real municipalities, collaborations and memberships; MERGE makes it idempotent. */
export async function seedReferenceData(
  importer: GraphImportRepository,
  data: ReferenceData,
): Promise<void> {
  await importer.importMunicipalities(data.municipalities.map((m) => ({ ...m })));
  await importer.importCollaborations(data.collaborations.map((c) => ({ ...c })));
  await importer.importMemberships(data.memberships.map((m) => ({ ...m })));
}
