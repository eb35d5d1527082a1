import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  type GraphQLSchema,
  isListType,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/** What a list without a `first` argument (a person's skills, acquaintances) is assumed to hold. */
export const ASSUMED_LIST_SIZE = 10;

/** The page size a field asks for: `first`, or `input.first` (recommendColleagues). */
function pageSize(args: Record<string, unknown>): number | undefined {
  const input = args.input as Record<string, unknown> | undefined;
  const first = args.first ?? input?.first;
  return typeof first === 'number' && first > 0 ? first : undefined;
}

/**
 * Every field costs 1; a field with `first` costs 1 + first × what it selects, so nested pages
 * multiply; other lists count as {@link ASSUMED_LIST_SIZE} items. `edges` of a connection is the
 * page itself, already multiplied by the connection's `first`.
 */
export const pageAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const first = pageSize(args);
  if (first !== undefined) return 1 + first * childComplexity;
  const isPageOfConnection = getNamedType(type).name.endsWith('Connection');
  if (isListType(getNullableType(field.type)) && !isPageOfConnection) {
    return 1 + ASSUMED_LIST_SIZE * childComplexity;
  }
  return 1 + childComplexity;
};

export interface CostRequest {
  readonly document: DocumentNode;
  readonly operationName?: string | null;
  readonly variables?: Record<string, unknown>;
}

/** How many selections the cost walk visits at most (fragments are walked per spread). */
export const MAX_COST_NODES = 10_000;

/**
 * The cost of the operation that will run, with its variables: Infinity when it has more
 * selections than {@link MAX_COST_NODES} (fragments spread within fragments), undefined when
 * the variables do not fit the operation (execution refuses those before any resolver runs).
 */
export function operationCost(schema: GraphQLSchema, request: CostRequest): number | undefined {
  try {
    return getComplexity({
      schema,
      query: request.document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
      estimators: [pageAwareEstimator],
      maxQueryNodes: MAX_COST_NODES,
    });
  } catch (error) {
    // The library's only way to say that its node limit was reached.
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
      return Number.POSITIVE_INFINITY;
    }
    return undefined;
  }
}
