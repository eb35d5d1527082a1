import {
  type ApolloServerPlugin,
  type GraphQLRequestContextWillSendResponse,
  type GraphQLRequestExecutionListener as GraphQLExecutionListener,
  type GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import {
  type GraphQLFormattedError,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
} from 'graphql';
import { ApiErrorCode } from '../common/errors/api-error-code';
import { type GraphqlContext } from '../common/request/graphql-context';
import { AuditLogService, type AuditDraft } from './audit-log.service';
import { auditObjectId } from './audit-target';
import { personActor, pseudonymOf, pseudonymousActor } from './audit-chain.record';
import { AuditedMutations } from './audited-mutations';
import { requestedMutationFields } from './mutation-fields';

export const AUDIT_SUCCESS = 'SUCCESS';
/** The action recorded when an API client is shown a person's contact details (their e-mail). */
export const READ_CONTACT_DETAILS = 'readContactDetails';
/** Object type recorded for a mutation that lacks @Audit (the coverage test should catch it first). */
export const UNMARKED_OBJECT_TYPE = 'UNMARKED';

/** One root mutation field (or audited query field) as it ran. */
interface MutationCall {
  readonly action: string;
  readonly responseKey: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly at: Date;
  settled?: { readonly failed: boolean; readonly result: unknown };
}

/**
 * Records every mutation in the audit log, successful or not. An Apollo plugin rather than a
 * Nest interceptor because a field hook wraps the whole Nest pipeline: guard refusals
 * (UNAUTHENTICATED) and ValidationPipe failures happen before or inside an interceptor, but all
 * surface here. Requests refused before execution (document or variable validation) are recorded
 * from their document. The result code is the one the client received, after formatError.
 * The write is awaited before the answer goes out, and never fails it (see AuditLogService).
 */
@Plugin()
export class AuditPlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(
    private readonly audited: AuditedMutations,
    private readonly auditLog: AuditLogService,
  ) {}

  // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's hook signature is async
  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    const receivedAt = new Date();
    const calls: MutationCall[] = [];
    const contactsShown = new Set<string>();
    return {
      // eslint-disable-next-line @typescript-eslint/require-await
      executionDidStart: async ({ operation, contextValue }) => {
        if (operation.operation === OperationTypeNode.MUTATION) return rootCalls(calls);
        // Other queries pay nothing, unless an API client may be shown e-mail addresses or the
        // query reads a whole person's data.
        return combined([
          ...(contextValue.caller.kind === 'client' ? [contactReads(contactsShown)] : []),
          ...(selectsAuditedQuery(operation) ? [rootCalls(calls, AUDITED_QUERIES)] : []),
        ]);
      },
      willSendResponse: (context) =>
        this.auditLog.record([
          ...this.drafts(context, calls, receivedAt).map(withErasedSubjectPseudonymised),
          ...contactDrafts(context.contextValue, contactsShown, receivedAt),
        ]),
    };
  }

  private drafts(
    context: GraphQLRequestContextWillSendResponse<GraphqlContext>,
    calls: readonly MutationCall[],
    receivedAt: Date,
  ): AuditDraft[] {
    const { caller, correlationId } = context.contextValue;
    const who = { origin: caller.origin, actor: caller.actorId, correlationId };
    const errors =
      context.response.body.kind === 'single'
        ? context.response.body.singleResult.errors
        : undefined;

    if (calls.length > 0) {
      return calls.map((call) => ({
        ...who,
        at: call.at,
        action: call.action,
        objectType: this.objectTypeOf(call.action),
        objectId: auditObjectId(call.settled?.failed ? undefined : call.settled?.result, call.args),
        result: call.settled?.failed === false ? AUDIT_SUCCESS : codeAt(errors, call.responseKey),
      }));
    }
    // Refused before any field ran: the whole request failed with its first error.
    const fields = requestedMutationFields(
      context.document,
      context.operation,
      context.request.operationName,
    );
    if (fields.length === 0 || !errors?.length) return [];
    return fields.map((action) => ({
      ...who,
      at: receivedAt,
      action,
      objectType: this.objectTypeOf(action),
      objectId: null,
      result: codeOf(errors[0]),
    }));
  }

  private objectTypeOf(action: string): string {
    return AUDITED_QUERIES.get(action) ?? this.audited.objectTypeOf(action) ?? UNMARKED_OBJECT_TYPE;
  }
}

/**
 * Queries recorded like mutations, with their object type: an export hands over everything
 * stored about a person, so who asked for whose data is kept (BIO 8.15).
 */
const AUDITED_QUERIES: ReadonlyMap<string, string> = new Map([['exportMyData', 'Person']]);

/** Whether the operation may run an audited query; a root fragment might, so it counts. */
function selectsAuditedQuery(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || AUDITED_QUERIES.has(selection.name.value),
  );
}

/** Collects the root fields as they run (all of them, or only those in `only`). */
function rootCalls(
  calls: MutationCall[],
  only?: ReadonlyMap<string, string>,
): GraphQLExecutionListener<GraphqlContext> {
  return {
    willResolveField: ({ info, args }) => {
      if (info.path.prev !== undefined || info.fieldName.startsWith('__')) return;
      if (only && !only.has(info.fieldName)) return;
      const call: MutationCall = {
        action: info.fieldName,
        responseKey: String(info.path.key),
        args,
        at: new Date(),
      };
      calls.push(call);
      return (error, result) => {
        // Nest's exception filter hands errors back as the resolver's value; GraphQL throws them.
        const failed = (error !== null && error !== undefined) || result instanceof Error;
        call.settled = { failed, result };
      };
    },
  };
}

/** One listener doing what each of `listeners` does; undefined when there are none. */
function combined(
  listeners: ReadonlyArray<GraphQLExecutionListener<GraphqlContext>>,
): GraphQLExecutionListener<GraphqlContext> | undefined {
  if (listeners.length <= 1) return listeners[0];
  return {
    willResolveField: (field) => {
      const ends = listeners.map((listener) => listener.willResolveField?.(field));
      return (error, result) => ends.forEach((end) => end?.(error, result));
    },
  };
}

/**
 * BIO 8.15: reads of contact details by API clients are logged. Collects the people whose
 * e-mail address a query of an API client answered (not null), each once per request.
 */
function contactReads(shown: Set<string>): GraphQLExecutionListener<GraphqlContext> {
  return {
    willResolveField: ({ source, info }) => {
      if (info.fieldName !== 'email' || info.parentType.name !== 'Person') return;
      return (error, result) => {
        const id = (source as { id?: unknown } | null)?.id;
        if (!error && typeof result === 'string' && typeof id === 'string') shown.add(id);
      };
    },
  };
}

/** The mutation whose subject leaves the log: its own record names them by pseudonym only. */
export const ERASE_ACTION = 'erasePerson';

/**
 * An erasure's record names the person by the pseudonym the erasure put in their older records,
 * as the object and, when they erased themselves, as the actor.
 */
function withErasedSubjectPseudonymised(draft: AuditDraft): AuditDraft {
  if (draft.action !== ERASE_ACTION || draft.objectId === null) return draft;
  const subject = draft.objectId;
  return {
    ...draft,
    objectId: pseudonymOf(subject),
    actor: draft.actor === personActor(subject) ? pseudonymousActor(subject) : draft.actor,
  };
}

function contactDrafts(
  { caller, correlationId }: GraphqlContext,
  shown: ReadonlySet<string>,
  at: Date,
): AuditDraft[] {
  return [...shown].map((personId) => ({
    at,
    action: READ_CONTACT_DETAILS,
    objectType: 'Person',
    objectId: personId,
    result: AUDIT_SUCCESS,
    origin: caller.origin,
    actor: caller.actorId,
    correlationId,
  }));
}

function codeAt(errors: readonly GraphQLFormattedError[] | undefined, responseKey: string): string {
  const own = errors?.find((error) => error.path?.length === 1 && error.path[0] === responseKey);
  return own ? codeOf(own) : ApiErrorCode.INTERNAL_SERVER_ERROR;
}

function codeOf(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : ApiErrorCode.INTERNAL_SERVER_ERROR;
}
