import { stemmer } from '@orama/stemmers/dutch';

/**
 * The Snowball Dutch stemmer (the classic algorithm, https://snowballstem.org/algorithms/dutch/
 * stemmer.html), the one behind Kuzu's `stemmer := 'dutch'` and Lucene's DutchAnalyzer. Search
 * uses it for skill names and aliases, which no full-text index covers (see skill-matcher.ts):
 * "aanbesteding" and "aanbesteden" both become "aanbested". Input is one lowercase word.
 *
 * The implementation is @orama/stemmers' (generated from Snowball), pinned to an exact version:
 * Snowball 3 gave the name "dutch" to a different algorithm, which neither Kuzu nor Lucene uses.
 *
 * test/neo4j/dutch-analyzer.spec.ts checks it word for word against Neo4j's `dutch` analyzer on
 * every word of the demo data, the reference data and the Stack Exchange fixtures. That analyzer
 * differs in one way on purpose: Lucene's DutchAnalyzer overrides the stem of four words ("kind"
 * → "kinder", "ei" → "eier", "fiets", "bromfiets"); Kuzu and this stemmer do not.
 */
export function dutchStem(word: string): string {
  return stemmer(word);
}
