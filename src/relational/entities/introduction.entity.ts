import { EntitySchema } from 'typeorm';
import { type RelationalDriver } from '../database-url';

/** One row of `introduction` as TypeORM reads and writes it; mapped to IntroductionRecord in the adapter. */
export interface IntroductionRow {
  id: string;
  requesterId: string;
  expertId: string;
  viaId: string | null;
  challengeId: string | null;
  message: string;
  status: string;
  /**
   * `<requester>:<expert>` while the request is open, null once it is declined or completed: a
   * unique index on it lets each pair have one open request only, on SQLite and PostgreSQL alike
   * (both allow any number of NULLs under a unique index).
   */
  openKey: string | null;
  requestedAt: Date;
  respondedAt: Date | null;
  responseNote: string | null;
  completedAt: Date | null;
  helpful: boolean | null;
  rating: number | null;
  feedback: string | null;
}

export const INTRODUCTION_ENTITY = 'Introduction';

/** The mapping of `introduction` (created by migration CreateIntroduction), per driver for the time type. */
export function introductionEntity(driver: RelationalDriver): EntitySchema<IntroductionRow> {
  const time = driver === 'postgres' ? 'timestamp with time zone' : 'datetime';
  return new EntitySchema<IntroductionRow>({
    name: INTRODUCTION_ENTITY,
    tableName: 'introduction',
    columns: {
      id: { type: 'varchar', length: 36, primary: true },
      requesterId: { name: 'requester_id', type: 'varchar', length: 200 },
      expertId: { name: 'expert_id', type: 'varchar', length: 200 },
      viaId: { name: 'via_id', type: 'varchar', length: 200, nullable: true },
      challengeId: { name: 'challenge_id', type: 'varchar', length: 200, nullable: true },
      message: { type: 'varchar', length: 2000 },
      status: { type: 'varchar', length: 20 },
      openKey: { name: 'open_key', type: 'varchar', length: 401, nullable: true },
      requestedAt: { name: 'requested_at', type: time },
      respondedAt: { name: 'responded_at', type: time, nullable: true },
      responseNote: { name: 'response_note', type: 'varchar', length: 2000, nullable: true },
      completedAt: { name: 'completed_at', type: time, nullable: true },
      helpful: { type: 'boolean', nullable: true },
      rating: { type: 'integer', nullable: true },
      feedback: { type: 'varchar', length: 2000, nullable: true },
    },
    indices: [
      { name: 'IDX_introduction_open_key', columns: ['openKey'], unique: true },
      { name: 'IDX_introduction_requester', columns: ['requesterId', 'requestedAt', 'id'] },
      { name: 'IDX_introduction_expert', columns: ['expertId', 'status'] },
      { name: 'IDX_introduction_via', columns: ['viaId', 'requestedAt'] },
    ],
  });
}
