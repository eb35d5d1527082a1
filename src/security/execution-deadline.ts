import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';
import { type ApolloServerPlugin } from '@apollo/server';
import { SecurityErrorCode, SecurityException } from './security.exception';

interface Deadline {
  readonly at: number;
  readonly timeoutMs: number;
  /** Rejects at `at`; raced against every pending resolver of the request. */
  readonly expired: Promise<never>;
  readonly timer: NodeJS.Timeout;
  /** Operations of the request (a batch shares one context) not yet answered. */
  pending: number;
}

/** Keyed by the request's context object, which every resolver receives. */
const deadlines = new WeakMap<object, Deadline>();

function timeoutError(timeoutMs: number): SecurityException {
  return new SecurityException(
    SecurityErrorCode.EXECUTION_TIMEOUT,
    `The operation took longer than ${timeoutMs} ms and was stopped; fields not resolved by then are null. Ask for less at once, or try again later.`,
    { timeoutMs },
  );
}

/** Gives a request (its context) a deadline `timeoutMs` from now; a batch keeps its first. */
export function startDeadline(contextValue: object, timeoutMs: number): void {
  const running = deadlines.get(contextValue);
  if (running) {
    running.pending += 1;
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    // unref: a finished request's timer does not keep the process alive.
    timer = setTimeout(() => reject(timeoutError(timeoutMs)), timeoutMs).unref();
  });
  expired.catch(() => undefined); // nobody may be waiting when it fires
  deadlines.set(contextValue, {
    at: Date.now() + timeoutMs,
    timeoutMs,
    expired,
    timer: timer!,
    pending: 1,
  });
}

/**
 * Ends a request's deadline once its (last) answer is sent: a pending timer would otherwise keep the
 * request's race reactions (and the results they hold) in memory until the timeout passed.
 */
export function stopDeadline(contextValue: object): void {
  const deadline = deadlines.get(contextValue);
  if (!deadline) return;
  deadline.pending -= 1;
  if (deadline.pending > 0) return;
  clearTimeout(deadline.timer);
  deadlines.delete(contextValue);
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

function withDeadline(
  resolve: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, contextValue, info) => {
    const deadline =
      typeof contextValue === 'object' && contextValue !== null
        ? deadlines.get(contextValue)
        : undefined;
    if (!deadline) return resolve(source, args, contextValue, info);
    if (Date.now() >= deadline.at) throw timeoutError(deadline.timeoutMs);
    const result = resolve(source, args, contextValue, info);
    return isPromiseLike(result) ? Promise.race([result, deadline.expired]) : result;
  };
}

/**
 * Makes every resolver that does work (those with their own resolve function: root fields and
 * @ResolveField) answer EXECUTION_TIMEOUT once the request's deadline has passed, and stops
 * waiting for one still pending at that moment. The store call it waited for still finishes
 * by itself: each store call is one transaction, committed or rolled back in the adapter, so a
 * timeout never leaves a transaction open (a mutation may therefore still complete).
 */
export function withExecutionDeadline(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && field.resolve !== defaultFieldResolver) {
        field.resolve = withDeadline(field.resolve);
      }
    }
  }
  return schema;
}

/** Starts each request's deadline when Apollo starts working on it. */
export function executionDeadlinePlugin(timeoutMs: number): ApolloServerPlugin {
  return {
    requestDidStart({ contextValue }) {
      startDeadline(contextValue, timeoutMs);
      return Promise.resolve({
        willSendResponse: ({ contextValue: sent }) => {
          stopDeadline(sent);
          return Promise.resolve();
        },
      });
    },
  };
}
