/** A skill as the graph stores it (the slug id is the business key). */
export interface SkillRecord {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly category: string | null;
  readonly escoUri: string | null;
}

export interface SkillFilter {
  /** Case-insensitive part of the name or of any alias. */
  readonly search?: string;
}
