/** A municipality as the graph stores it (CBS code is the business key). */
export interface MunicipalityRecord {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly population: number;
}

export interface MunicipalityFilter {
  /** Case-insensitive part of the name, or an exact CBS code. */
  readonly search?: string;
  readonly province?: string;
}
