/**
 * The words of a "similar challenge" search under the name the graph contract suite imports
 * (test/contract/matching.contract-spec.ts); the rules are in src/text/query-words.ts.
 */
export { similarChallengeWords as queryWords } from '../text/query-words';
