import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Reads one Stack Exchange expert-finding set (test/fixtures/expert-eval/<set>/, a copy of
 * ../shared/data/expert-eval): questions, answers, the accepted-answer judgements, the
 * temporal split and the README's baseline scores. Every record is checked field by field, so a
 * changed file fails here with its name and line instead of as a wrong number in the report.
 */

export interface SeQuestion {
  readonly questionId: number;
  readonly created: string;
  readonly title: string;
  readonly bodyText: string;
  readonly tags: readonly string[];
  readonly askerUserId: string | null;
  readonly acceptedAnswerId: number | null;
  readonly url: string;
}

export interface SeAnswer {
  readonly answerId: number;
  readonly questionId: number;
  readonly created: string;
  readonly userId: string | null;
  readonly isAccepted: boolean;
  /** The answer as plain text: what the answerer wrote, imported as the experience's lessons. */
  readonly bodyText: string;
  readonly url: string;
}

export interface SeSplit {
  readonly cutoff: string;
  readonly trainAnswerIds: readonly number[];
  readonly candidateUserIds: readonly string[];
  readonly testQuestionIds: readonly number[];
}

/** A README baseline: its name in baseline_results.json and its four scores. */
export interface SeBaseline {
  readonly key: string;
  readonly mrr: number;
  readonly p1: number;
  readonly ndcg10: number;
  readonly r10: number;
}

export interface SeFiles {
  readonly directory: string;
  readonly site: string;
  readonly questions: readonly SeQuestion[];
  readonly answers: readonly SeAnswer[];
  /** question id → the user id of its accepted answer's author. */
  readonly acceptedAnswerer: ReadonlyMap<number, string>;
  readonly split: SeSplit;
  readonly baselines: readonly SeBaseline[];
}

export class SeDataError extends Error {
  constructor(file: string, line: number | null, reason: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'SeDataError';
  }
}

type Json = Record<string, unknown>;

export const SE_FILES = [
  'questions.jsonl',
  'answers.jsonl',
  'qrels_accepted.tsv',
  'split_temporal.json',
  'baseline_results.json',
] as const;

export function readSeFiles(directory: string): SeFiles {
  const file = (name: string): string => path.join(directory, name);
  const questions = readJsonLines(file('questions.jsonl'), toQuestion);
  const answers = readJsonLines(file('answers.jsonl'), toAnswer);
  const acceptedAnswerer = readQrels(file('qrels_accepted.tsv'));
  const split = toSplit(readJson(file('split_temporal.json')), file('split_temporal.json'));
  const results = readJson(file('baseline_results.json'));
  return {
    directory,
    site: field(results, 'site', 'string', file('baseline_results.json'), null),
    questions,
    answers,
    acceptedAnswerer,
    split,
    baselines: toBaselines(results, file('baseline_results.json')),
  };
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new SeDataError(
      file,
      null,
      `cannot read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function readJson(file: string): Json {
  const parsed: unknown = JSON.parse(readText(file));
  if (!isObject(parsed)) throw new SeDataError(file, null, 'not a JSON object');
  return parsed;
}

function readJsonLines<T>(file: string, map: (record: Json, file: string, line: number) => T): T[] {
  return readText(file)
    .split('\n')
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, line }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new SeDataError(file, line, 'not valid JSON');
      }
      if (!isObject(parsed)) throw new SeDataError(file, line, 'not a JSON object');
      return map(parsed, file, line);
    });
}

function readQrels(file: string): Map<number, string> {
  const [header, ...rows] = readText(file).split('\n');
  if (header.trim() !== 'question_id\tuser_id\trelevance') {
    throw new SeDataError(file, 1, 'expected the header question_id<TAB>user_id<TAB>relevance');
  }
  const accepted = new Map<number, string>();
  rows.forEach((row, index) => {
    if (row.trim() === '') return;
    const [questionId, userId] = row.split('\t');
    if (!/^\d+$/.test(questionId) || !userId) {
      throw new SeDataError(file, index + 2, 'expected a question id and a user id');
    }
    accepted.set(Number(questionId), userId.trim());
  });
  return accepted;
}

function toQuestion(record: Json, file: string, line: number): SeQuestion {
  const tags = record.tags;
  if (!Array.isArray(tags) || !tags.every((t): t is string => typeof t === 'string')) {
    throw new SeDataError(file, line, 'tags must be a list of strings');
  }
  return {
    questionId: field(record, 'question_id', 'number', file, line),
    created: field(record, 'created', 'string', file, line),
    title: field(record, 'title', 'string', file, line),
    bodyText: field(record, 'body_text', 'string', file, line),
    tags,
    askerUserId: optional(record, 'asker_user_id', 'string', file, line),
    acceptedAnswerId: optional(record, 'accepted_answer_id', 'number', file, line),
    url: field(record, 'url', 'string', file, line),
  };
}

function toAnswer(record: Json, file: string, line: number): SeAnswer {
  return {
    answerId: field(record, 'answer_id', 'number', file, line),
    questionId: field(record, 'question_id', 'number', file, line),
    created: field(record, 'created', 'string', file, line),
    userId: optional(record, 'user_id', 'string', file, line),
    isAccepted: field(record, 'is_accepted', 'boolean', file, line),
    bodyText: field(record, 'body_text', 'string', file, line),
    url: field(record, 'url', 'string', file, line),
  };
}

function toSplit(record: Json, file: string): SeSplit {
  const numbers = (key: string): number[] => {
    const value = record[key];
    if (!Array.isArray(value) || !value.every((v): v is number => typeof v === 'number')) {
      throw new SeDataError(file, null, `${key} must be a list of numbers`);
    }
    return value;
  };
  const candidates = record.candidate_user_ids;
  if (!Array.isArray(candidates) || !candidates.every((v): v is string => typeof v === 'string')) {
    throw new SeDataError(file, null, 'candidate_user_ids must be a list of strings');
  }
  return {
    cutoff: field(record, 'cutoff', 'string', file, null),
    trainAnswerIds: numbers('train_answer_ids'),
    candidateUserIds: candidates,
    testQuestionIds: numbers('test_question_ids'),
  };
}

function toBaselines(record: Json, file: string): SeBaseline[] {
  return Object.entries(record)
    .filter((entry): entry is [string, Json] => isObject(entry[1]))
    .map(([key, scores]) => ({
      key,
      mrr: field(scores, 'MRR', 'number', file, null),
      p1: field(scores, 'P@1', 'number', file, null),
      ndcg10: field(scores, 'nDCG@10', 'number', file, null),
      r10: field(scores, 'Recall@10', 'number', file, null),
    }));
}

interface TypeNames {
  string: string;
  number: number;
  boolean: boolean;
}

function field<K extends keyof TypeNames>(
  record: Json,
  key: string,
  type: K,
  file: string,
  line: number | null,
): TypeNames[K] {
  const value = record[key];
  if (typeof value !== type) throw new SeDataError(file, line, `${key} must be a ${type}`);
  return value as TypeNames[K];
}

function optional<K extends keyof TypeNames>(
  record: Json,
  key: string,
  type: K,
  file: string,
  line: number | null,
): TypeNames[K] | null {
  return record[key] === null || record[key] === undefined
    ? null
    : field(record, key, type, file, line);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
