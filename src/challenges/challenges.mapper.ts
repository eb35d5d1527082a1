import { type ChallengeRecord } from './challenge.record';
import { type Challenge } from './models/challenge.model';

export const toChallenge = (record: ChallengeRecord): Challenge => ({ ...record });
