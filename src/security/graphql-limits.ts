import { type ApolloDriverConfig } from '@nestjs/apollo';
import { type AppConfig } from '../config/app-config';
import { maxAliasesRule } from './alias-limit.rule';
import { executionDeadlinePlugin } from './execution-deadline';
import { queryCostPlugin } from './query-cost.plugin';
import { maxDepthRule } from './query-depth.rule';

/**
 * Apollo settings that bound what one request may ask: tokens (at parse time), depth and
 * aliases (validation), cost (after validation, with the variables), batch size and run time.
 */
export function graphqlLimits(
  config: AppConfig,
): Pick<
  ApolloDriverConfig,
  'parseOptions' | 'validationRules' | 'plugins' | 'allowBatchedHttpRequests'
> {
  return {
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: [
      maxDepthRule(config.GRAPHQL_MAX_DEPTH),
      maxAliasesRule(config.GRAPHQL_MAX_ALIASES),
    ],
    plugins: [
      queryCostPlugin(config.GRAPHQL_MAX_COST),
      executionDeadlinePlugin(config.GRAPHQL_TIMEOUT_MS),
    ],
    allowBatchedHttpRequests: config.GRAPHQL_MAX_BATCH > 1,
  };
}
