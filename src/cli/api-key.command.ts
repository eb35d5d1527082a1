import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AuditLogService } from '../audit/audit-log.service';
import { AUDIT_SUCCESS } from '../audit/audit.plugin';
import { ApiErrorCode } from '../common/errors/api-error-code';
import { DomainException } from '../common/errors/domain.exception';
import { describeValidationErrors } from '../common/validation/validation.pipe';
import { loadConfig } from '../config/app-config';
import { ERROR_TABLE } from '../errors/error-table';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { ApiClientIssuer } from '../api-clients/api-client-issuer';
import {
  type ApiKeyCommand,
  createdText,
  listText,
  parseApiKeyArgs,
  revokedText,
  USAGE,
  UsageError,
} from './api-key-cli';
import { ApiKeyAuthenticator } from '../api-clients/api-key-authenticator';
import { ApiKeyHasher } from '../api-clients/api-key-hasher';
import { ApiClientsService } from '../api-clients/api-clients.service';
import { ApiClientIdArgs } from '../api-clients/dto/api-clients.args';
import { CreateApiClientInput } from '../api-clients/dto/create-api-client.input';
import { type CommandNeeds, runCommand, withCommandContext } from './command';

/** The actor and origin the audit log records for this command. */
const CLI = 'cli';

/**
 * `npm run apikey -- create | list | revoke`: API clients on the configured DATABASE_URL.
 * Only `create` opens the graph store (the municipality must exist), so `list` and `revoke`
 * also work while the service runs on an embedded Kuzu graph.
 */
async function main(): Promise<number> {
  let command: ApiKeyCommand;
  let input: CreateApiClientInput | null;
  try {
    command = parseApiKeyArgs(process.argv.slice(2));
    input = await checkedInput(command);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const withGraph = command.kind === 'create';
  const needs: CommandNeeds = {
    relational: true,
    graph: withGraph,
    imports: withGraph ? [MunicipalitiesModule] : [],
    providers: [
      ApiKeyHasher,
      ApiKeyAuthenticator,
      ApiClientsService,
      AuditLogService,
      ...(withGraph ? [ApiClientIssuer] : []),
    ],
  };
  return withCommandContext(loadConfig(process.env), needs, async (context) => {
    try {
      return await run(context, command, input);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
  });
}

/**
 * The same rules as the admin mutations, so the CLI never makes a key the API would refuse.
 * Returns the checked input of `create`; throws a UsageError naming every problem.
 */
async function checkedInput(command: ApiKeyCommand): Promise<CreateApiClientInput | null> {
  const checked =
    command.kind === 'create'
      ? plainToInstance(CreateApiClientInput, {
          name: command.name,
          municipalityCode: command.municipalityCode,
          scopes: command.scopes,
          expiresAt: command.expiresAt ?? undefined,
        })
      : command.kind === 'revoke'
        ? plainToInstance(ApiClientIdArgs, { id: command.id })
        : null;
  if (!checked) return null;
  const errors = await validate(checked);
  if (errors.length > 0) {
    throw new UsageError(`Invalid input: ${describeValidationErrors(errors).join('; ')}.`);
  }
  return checked instanceof CreateApiClientInput ? checked : null;
}

async function run(
  app: INestApplicationContext,
  command: ApiKeyCommand,
  input: CreateApiClientInput | null,
): Promise<number> {
  const clients = app.get(ApiClientsService);
  if (command.kind === 'list') {
    const records = [];
    for (let after = null as Parameters<typeof clients.list>[0]['after']; ;) {
      const page = await clients.list({ first: 100, after });
      records.push(...page.items);
      if (!page.hasNextPage) break;
      const last = page.items[page.items.length - 1];
      after = [last.createdAt.getTime(), last.id];
    }
    process.stdout.write(listText(records));
    return 0;
  }
  if (command.kind === 'create' && input) {
    await explainEmptyGraph(app);
    return audited(app, 'createApiClient', null, async () => {
      const { record, key } = await app.get(ApiClientIssuer).create(input, CLI);
      process.stdout.write(createdText(record, key));
      return record.id;
    });
  }
  if (command.kind === 'revoke') {
    return audited(app, 'revokeApiClient', command.id, async () => {
      const record = await clients.revoke(command.id);
      process.stdout.write(revokedText(record));
      return record.id;
    });
  }
  return 0;
}

/** A graph without municipalities has never been started on: say so rather than "no GM0855". */
async function explainEmptyGraph(app: INestApplicationContext): Promise<void> {
  const { totalCount } = await app.get(MunicipalitiesService).list({}, { first: 1, after: null });
  if (totalCount === 0) {
    throw new UsageError(
      'The graph store holds no municipalities yet. Start the service once on this configuration (it loads the reference data), or run npm run seed, then create the key.',
    );
  }
}

/** Runs a change and records it in the audit log like the mutation of the same name. */
async function audited(
  app: INestApplicationContext,
  action: string,
  objectId: string | null,
  change: () => Promise<string>,
): Promise<number> {
  const entry = { action, objectType: 'ApiClient', origin: CLI, actor: CLI };
  const at = new Date();
  const correlationId = randomUUID();
  const auditLog = app.get(AuditLogService);
  try {
    const id = await change();
    await auditLog.record([{ ...entry, at, correlationId, objectId: id, result: AUDIT_SUCCESS }]);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainException)) throw error;
    const result =
      ERROR_TABLE[error.code as keyof typeof ERROR_TABLE] ?? ApiErrorCode.INTERNAL_SERVER_ERROR;
    await auditLog.record([{ ...entry, at, correlationId, objectId, result }]);
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

runCommand('The apikey command failed', main);
