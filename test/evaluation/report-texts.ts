import { DEFAULT_WEIGHTS, SIGNALS } from '../../src/matching/scoring-weights';
import { SE_ASKING_MUNICIPALITY, SE_PEOPLE_MUNICIPALITY } from './stack-exchange/se-dataset';
import { LOOK_ALIKE_HEADS } from './synthetic/look-alike-vocabulary';
import { DEFAULT_SYNTHETIC_OPTIONS } from './synthetic/synthetic-world';
import { SYNTHETIC_NDCG_TARGET, SE_MRR_FACTOR } from './targets';
import { TUNING_SYNTHETIC_SEED } from './tune';

/**
 * The parts of docs/evaluation.md that do not depend on the run: how it is measured, what the
 * numbers cannot tell, and where the Stack Exchange data come from. Kept next to the code that
 * does what they describe, so a change to one shows in review next to the other.
 */

const METHOD = `## How it is measured

- **Service under test**: \`MatchingService.recommend\` (src/matching/), the service behind
  \`recommendColleagues\`, called in-process with a \`RecommendRequest\` per query and
  \`first = 50\`, one call at a time. Each data set gets its own fresh graph store, loaded through
  \`GraphImportRepository\` with the real 342 municipalities and their collaborations
  (graph/seed), then the data set.
- **Rankers**: the full ranker uses \`DEFAULT_WEIGHTS\`
  (${SIGNALS.map((s) => `${s} ${DEFAULT_WEIGHTS[s]}`).join(', ')}); "<signal> alone" passes
  \`onlySignal(signal)\` as \`RecommendOptions.weights\`, so everything else (candidate
  generation, hard rules, unavailable people last, the spread over municipalities) stays as in
  production. Recency is measured from a fixed year per data set (\`referenceYear\`), so the
  numbers do not drift with the calendar.
- **Metrics**, each the mean over queries: **MRR** (1 / rank of the first relevant person; 0
  when none is in the list of 50), **P@1** (the first person is relevant), **nDCG@10** (graded
  relevance, linear gain \`grade / log2(rank + 1)\` as in trec_eval, ideal ranking from every
  judged person whether returned or not), **R@10** (share of the relevant people in the first
  10). A person is relevant from grade 1. "MRR 95% CI" is a seeded percentile bootstrap over the
  queries (1,000 resamples); **R@50** is the share of the relevant people anywhere in the list of
  50 that was returned.
- **Hard rules**, checked on every returned list of every ranker against the data set's own
  judgements (not the service's): never the asker, nobody from the asking municipality
  (\`includeOwnMunicipality\` is false everywhere), nobody whose visibility does not reach the
  asking municipality (the rule is re-implemented in the judge on purpose), and no
  \`UNAVAILABLE\` person before an available one. Every violation counts once per query.
- **Introduction feedback.** Each data set's relational store (SQLite in the same temporary
  directory) starts without introductions, so the feedback and load factors are 1 in every table
  above. The synthetic set then runs the **load-spreading case** (test/evaluation/load-spreading.ts):
  a burst of requests that nobody answers yet, ranked once with the feedback off and once as the
  service runs, where every request is stored as a pending introduction the next recommendation
  reads.
- **Targets** (issue 4, item 7): synthetic nDCG@10 ≥ ${SYNTHETIC_NDCG_TARGET} for the full
  ranker; on each Stack Exchange set, MRR ≥ ${SE_MRR_FACTOR} × the best baseline MRR in its README.

### The synthetic benchmark (planted ground truth)

Generated deterministically from a seed (test/evaluation/synthetic/). The problems are the 60
challenge families of the demo texts (src/seed/demo/texts/): each family tells one municipal
problem in three wordings that share few words on purpose. One wording per family is held back
for the queries; the challenges in the graph use the others, so no query shares its wording with
any challenge. ${2 * DEFAULT_SYNTHETIC_OPTIONS.lookAlikePairs} of the families form **look-alike
pairs** (below). Per family:

- three challenges SOLVED (their leads are **grade 2**, their members grade 1), one PARTIAL
  (lead and members grade 1), one FAILED and one ONGOING (grade 0): each in a municipality that
  asks none of the family's queries, the lead working there;
- a solver in **each asking municipality** (must not appear for that query; a fair answer for
  the family's other query);
- a solver with visibility \`MUNICIPALITY\` elsewhere (**invisible**: must never appear), and a
  quarter of all solvers with visibility \`COLLABORATIONS\` (forbidden for askers whose
  municipality shares no collaboration with theirs);
- a solver who is \`UNAVAILABLE\` (may only come after every available person; **grade 0**, since
  the best list the rules allow cannot rank them high, the ideal ranking must not either);
- two **skill-twins**: people who hold every skill of the family at level 4–5 but led a solved
  challenge of another family of the same theme;
- two queries from two different municipalities, each by an asker who works there, with the
  held-back wording as description (title and text), one or two of the family's skills as
  \`skillIds\`; the asker knows one of the family's workers and one skill-twin.

**Look-alike pairs** (test/evaluation/synthetic/look-alikes.ts): ${DEFAULT_SYNTHETIC_OPTIONS.lookAlikePairs}
pairs, chosen by the seed from ${LOOK_ALIKE_HEADS.length} candidates, each an ambiguous head word
(${LOOK_ALIKE_HEADS.map((h) => `"${h.head}"`).join(', ')}) in two senses: two demo families of
different themes that share at most one required skill, such as the inkoop of jeugdhulp and the
inkoop of ICT-diensten. Both keep their id, theme and skills, but their three wordings are
generated from the same sentence frames, filled with the same phrases of the head word; only a
few words of the sense (the topic, the parties, the object) differ. A family's queries use the
frame of its sibling's challenges, so they read almost word for word like the other problem and
share only those few words and the skills with their own family's challenges. The sibling's
solvers get grade 0; the report scores these queries apart as well.

Four **rule probes** ask, from their own municipality, for one rare skill only (a description
of Dutch stop words, so there is no text to match): of its six holders the best is
\`UNAVAILABLE\`, one works in the asking municipality and one is hidden. Lists of 50 otherwise
fill up with available people, so without the probes the rule that unavailable people come last
would hardly be tested. Probes count for the hard rules only, not for the metrics.

Around them: 600 people with skills and no experience (10% unavailable, 10% visible only in
their municipality), and acquaintances (KNOWS) mostly within municipalities and provinces and
between people who worked on the same challenge.

### The Stack Exchange sets

Imported with the temporal split of each set's \`split_temporal.json\` (test/evaluation/stack-exchange/):

- only the training answers (all created before the cutoff) and their questions enter the
  graph. A question becomes a challenge (title; body as description, at most 5,000 characters,
  the API's limit); its tags become skills the challenge \`REQUIRES\`;
- each answerer becomes a person, \`NETWORK\`-visible and \`AVAILABLE\`, with as skills the tags of
  the questions they answered before the cutoff (level 1 + log2 of the count, at most 5): the
  profile a colleague would fill in. The accepted answer becomes \`WORKED_ON\` LEAD/SOLVED, any
  other answer MEMBER/PARTIAL, in the year of the answer;
- all people work in one municipality (${SE_PEOPLE_MUNICIPALITY}) and every query is asked from
  another one where nobody works (${SE_ASKING_MUNICIPALITY}), with \`includeOwnMunicipality\`
  false and no asker. So every candidate is allowed and equally placed: municipality likeness is
  the same for everyone, the spread over municipalities has nothing to spread, the challenges have
  no theme, and there are no acquaintances, so reachability is 0 for all. That leaves text, skills and experience, the
  machinery these sets can test;
- the test questions are the queries: description = title + body (at most 5,000 characters),
  \`skillIds\` = its tags that exist as skills. The one relevant person is the author of the
  accepted answer (\`qrels_accepted.tsv\`), for all four metrics, which is how the README's
  baselines were scored (\`qrels_graded.tsv\` is not used). The baselines are copied from
  \`baseline_results.json\`; they rank every candidate, while the service returns at most 50,
  which can lower our MRR by at most 1/51 per query.`;

const TUNING = `### Tuned weights (held-out data only)

\`npm run eval -- --tune\` searches the five weights (coordinate search from \`DEFAULT_WEIGHTS\`:
each weight in turn × 0, ½, 2, 4, renormalised, two rounds) against the real service on
held-out data that shares nothing with the test queries: a synthetic world of another seed
(${TUNING_SYNTHETIC_SEED}), and a validation split of each Stack Exchange set inside its
training period (cutoff at the median training answer; queries are the questions between it and
the real cutoff, judged by their accepted answers, which also predate the real cutoff). The
objective is the mean of the synthetic nDCG@10 and the two Stack Exchange MRRs, so one weight
set has to serve all three, as \`DEFAULT_WEIGHTS\` must in production. A set found this way may
be recorded in test/evaluation/tuned-weights.ts; the tables then show it as a labelled extra
row. Targets are judged on \`DEFAULT_WEIGHTS\` only.`;

const RUNNING = `## Running it

\`\`\`sh
npm run eval                                    # Kuzu, all three data sets; writes this file
npm run eval -- --only synthetic --no-write     # one data set, tables on the terminal only
npm run eval -- --store neo4j --neo4j-uri bolt://127.0.0.1:7687   # an empty Neo4j 5.26, e.g. from npm run neo4j
npm run eval -- --tune                          # weight search on held-out data (several minutes)
\`\`\`

It needs no network: the Stack Exchange sets are in test/fixtures/expert-eval/ and the
synthetic set is generated. Kuzu stores live in temporary directories that are removed
afterwards. On Neo4j the graph must hold no people, skills or challenges; each data set is
removed again after its run (the reference municipalities and collaborations stay).`;

const CAVEATS = `## Caveats

- **Language.** The Stack Exchange texts are English, but the full-text indexes stem Dutch
  (\`stemmer := 'dutch'\` in Kuzu, the \`dutch\` analyzer in Neo4j), as the service is built for
  Dutch. English words are stemmed by Dutch rules (plurals and verb forms are often not
  conflated, English stop words are not removed), so the text signal is handicapped on these
  sets compared with an English-stemming baseline.
- **Small query sets.** 63 and 103 queries: a difference of a few points is noise; see the
  bootstrap intervals. A few very active users dominate quantum computing, so popularity is a
  strong baseline there; the ranker has no popularity prior of its own (a person who answered
  many similar questions does score higher through the summed experience signal).
- **Domain.** Beer and quantum computing are not municipal work; these sets check the ranking
  machinery, not domain fit.
- **Acceptance is from the dump.** Whether an answer before the cutoff was accepted is taken
  from the dump, so an acceptance given after the cutoff is known to the graph. Only the
  training side is affected, not the test questions.
- **The synthetic set is ours.** Its texts are the demo families the service was developed
  alongside (and, for the look-alike pairs, sentence frames written for this benchmark), and
  its grades follow the same ideas as the service's experience quality (lead > member, solved >
  partial > ongoing/failed), so part of the agreement is by construction. It
  shows that the planted structure is recovered and the hard rules hold at realistic scale, not
  how well real civil servants would be served.
- **Latency** here is sequential, in-process, on a small graph; docs/benchmarks.md measures it
  properly.`;

const LICENCE = `## Data and licences

- Municipalities and collaborations: CBS (CC BY 4.0) and public tender documentation; see
  graph/seed/ATTRIBUTION.md.
- Synthetic people and challenges: generated, fictitious (ids \`syn-…\`, addresses at
  \`eval.example.nl\`), from the project's own demo texts.
- Stack Exchange sets (test/fixtures/expert-eval/, a copy of \`shared/data/expert-eval\`): content
  from [Beer, Wine & Spirits Stack Exchange](https://beer.stackexchange.com) and
  [Quantum Computing Stack Exchange](https://quantumcomputing.stackexchange.com), written by their
  users, licensed under [CC BY-SA 3.0](https://creativecommons.org/licenses/by-sa/3.0/) (posts
  before 2018-05-02) and [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/) (from
  that date). Every record keeps its post URL and the author's user id
  (\`https://<site>/users/<user_id>\`). The graphs built from them exist only in temporary stores
  during the run; any derivative is shared alike. See test/fixtures/expert-eval/ATTRIBUTION.md.`;

export const FIXED_SECTIONS: readonly string[] = [METHOD, TUNING, CAVEATS, RUNNING, LICENCE];
