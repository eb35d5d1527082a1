/** The audit log's result of an import that did not succeed. */
export enum ImportErrorCode {
  /** A record, a file or the folder broke the rules: nothing was written. */
  IMPORT_REFUSED = 'IMPORT_REFUSED',
  /** The store failed part-way; running the same import again finishes it. */
  IMPORT_FAILED = 'IMPORT_FAILED',
}
