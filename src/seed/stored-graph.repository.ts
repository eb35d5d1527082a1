import { type ExportKind, type ExportRows } from './graph-export.repository';

/** A stored node found by a case-insensitive key (a skill's name, a person's e-mail address). */
export interface StoredKey {
  readonly id: string;
  readonly key: string;
}

/**
 * Port: what the graph holds for given keys, so a bulk import can compare its records with the
 * stored ones and write only what is new or changed. Rows come in the shapes of
 * GraphImportRepository; relationships are read per start node, as the export does.
 */
export abstract class StoredGraphRepository {
  /**
   * The stored rows of `kind` whose key is in `keys`: the node id, or for relationships the id of
   * their start node (memberships: the collaboration; acquaintances: the smaller person id).
   */
  abstract rowsFor<K extends ExportKind>(
    kind: K,
    keys: readonly string[],
  ): Promise<ExportRows[K][]>;
  /** The skills whose lower-cased name is in `keys`. */
  abstract skillsByNameKey(keys: readonly string[]): Promise<StoredKey[]>;
  /** The people whose lower-cased e-mail address is in `keys`. */
  abstract peopleByEmailKey(keys: readonly string[]): Promise<StoredKey[]>;
  /** The CBS codes of every stored municipality. */
  abstract municipalityCodes(): Promise<string[]>;
}
