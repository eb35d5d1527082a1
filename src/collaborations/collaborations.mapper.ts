import { type CollaborationRecord } from './collaboration.record';
import { type Collaboration } from './models/collaboration.model';

export const toCollaboration = (record: CollaborationRecord): Collaboration => ({ ...record });
