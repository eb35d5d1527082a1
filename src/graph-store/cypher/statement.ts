/**
 * Cypher statements as typed values: the text a store runs, with the parameters it binds and the
 * rows it answers as types, so an adapter cannot send a parameter a statement does not name (Kuzu
 * refuses those) and reads its rows by name and type.
 */

/** What a parameter may hold on both stores. `undefined` is bound as null. */
export type CypherValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly CypherValue[]
  | { readonly [key: string]: CypherValue };

export type CypherParams = { readonly [name: string]: CypherValue };

/**
 * A row as a store answers it, column by name. Numbers, strings, booleans, lists and maps arrive as
 * plain JavaScript on both stores; a TIMESTAMP arrives as a Date that may belong to another realm
 * (Kuzu's native module builds its own), so map it with `toDate` (cypher/rows.ts).
 */
export type CypherRow = object;

/** An interface's properties as parameters (an interface has no index signature to match). */
export type FieldsOf<T> = { [K in keyof T]: T[K] };

/** No parameters. */
export type NoParams = Record<string, never>;

export interface Statement<P extends CypherParams = NoParams, R extends CypherRow = CypherRow> {
  readonly text: string;
  /** Types only, never set: what the statement binds and answers. */
  readonly shape?: { readonly params: P; readonly row: R };
}

/** A statement whose rows have type R and whose parameters have type P (none by default). */
export function cypher<R extends CypherRow, P extends CypherParams = NoParams>(
  text: string,
): Statement<P, R> {
  return { text };
}

/**
 * A read written for one id, `$id`, and run for a list of ids with `CypherClient.readEach`. Kuzu
 * 0.11 finds a node by its primary key only when the key is a parameter of the pattern
 * (`{id: $id}`); a list joined in with `UNWIND $ids` makes it hash-join the whole table, which
 * grows with the population. Each row names its id in `idColumn`, so a store that reads many ids
 * in one statement can give every id its own rows. No LIMIT: it would not be per id everywhere.
 */
export interface EachIdStatement<P extends CypherParams, R extends CypherRow> extends Statement<
  P & { id: string },
  R
> {
  readonly idColumn: keyof R & string;
}

/** A per-id read (see EachIdStatement) whose rows have type R and other parameters type P. */
export function cypherEachId<R extends CypherRow, P extends CypherParams = Record<never, never>>(
  idColumn: keyof R & string,
  text: string,
): EachIdStatement<P, R> {
  if (/\bLIMIT\b/i.test(text)) throw new Error(`a per-id read cannot LIMIT: ${text}`);
  return { text, idColumn };
}

/** The parameters a call passes for `statement`: optional when it binds none. */
export type ParamsOf<P extends CypherParams> = NoParams extends P ? [params?: P] : [params: P];
