import { type ApolloServerPlugin } from '@apollo/server';
import { operationCost } from './query-cost';
import { refusal } from './http-error';
import { type SecurityDetails, SecurityErrorCode, SecurityException } from './security.exception';

/**
 * Refuses an operation whose cost (query-cost.ts) exceeds `maxCost`, after validation and
 * before any resolver runs. It runs here rather than as a validation rule because the cost
 * depends on the variables (`first: $n`), which validation does not see.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request }) {
          const cost = operationCost(schema, {
            document,
            operationName: request.operationName,
            variables: request.variables,
          });
          if (cost === undefined || cost <= maxCost) return Promise.resolve();
          const message = Number.isFinite(cost)
            ? `The operation would cost ${cost}; at most ${maxCost} is allowed. Ask for smaller pages (first) or fewer nested lists.`
            : `The operation spreads fragments within fragments too often to price; at most ${maxCost} is allowed. Spread each fragment fewer times.`;
          const details: SecurityDetails = Number.isFinite(cost) ? { maxCost, cost } : { maxCost };
          return Promise.reject(
            refusal(
              new SecurityException(SecurityErrorCode.QUERY_TOO_COSTLY, message, details),
              400,
            ),
          );
        },
      });
    },
  };
}
