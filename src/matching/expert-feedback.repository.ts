/**
 * What the introduction workflow has learnt about an expert so far: how they answered requests,
 * whether the introductions helped, and how many requests wait for them now.
 */
export interface ExpertFeedback {
  /** Requests the expert accepted (including those completed since). */
  readonly accepted: number;
  readonly declined: number;
  /** Completed introductions the requester called helpful, and those they did not. */
  readonly helpful: number;
  readonly unhelpful: number;
  /** Sum and count of the ratings (1..5) of completed introductions. */
  readonly ratingSum: number;
  readonly rated: number;
  /** Requests waiting for them (pending or accepted, not completed). */
  readonly open: number;
}

export const NO_FEEDBACK: ExpertFeedback = {
  accepted: 0,
  declined: 0,
  helpful: 0,
  unhelpful: 0,
  ratingSum: 0,
  rated: 0,
  open: 0,
};

/** Port: the feedback of the introduction workflow (relational store), per expert. */
export abstract class ExpertFeedbackRepository {
  /** Per expert with any introduction; the others are left out. */
  abstract feedbackFor(expertIds: readonly string[]): Promise<Map<string, ExpertFeedback>>;
}
