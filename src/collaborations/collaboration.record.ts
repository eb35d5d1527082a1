import { type CollaborationKind } from './collaboration-kind';

/** A collaboration of municipalities as the graph stores it (id is the business key). */
export interface CollaborationRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: CollaborationKind;
}

export interface CollaborationFilter {
  readonly kind?: CollaborationKind;
}

/** One MEMBER_OF relationship, seen from either end. */
export interface CollaborationMembership {
  readonly collaborationId: string;
  readonly municipalityCode: string;
}

/** A collaboration together with one of its member municipalities (for Municipality.collaborations). */
export interface MemberCollaboration {
  readonly municipalityCode: string;
  readonly collaboration: CollaborationRecord;
}
