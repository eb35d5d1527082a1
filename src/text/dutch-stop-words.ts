/**
 * The Dutch stop words of Snowball (org/apache/lucene/analysis/snowball/dutch_stop.txt, the list
 * Lucene's DutchAnalyzer and so Neo4j's `dutch` full-text analyzer use; checked word for word by
 * test/neo4j/dutch-analyzer.spec.ts). Queries drop them before either store sees them, so "de
 * aanbesteding" asks for the same word on Kuzu (whose index drops English stop words instead) as
 * on Neo4j.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(
  `de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem
   dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb
   hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel
   meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt
   wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere`.split(/\s+/),
);
