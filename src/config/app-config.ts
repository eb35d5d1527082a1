import * as fs from 'node:fs';
import { plainToInstance, Transform } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { ALL_SCOPES } from '../common/request/caller';
import { valuesFromFiles } from './secret-files';
import { IsTrustProxy, TRUST_PROXY_MESSAGE } from './trust-proxy';

export type GraphStoreKind = 'kuzu' | 'neo4j';
export type NodeEnvironment = 'development' | 'production' | 'test';
export type NotifierKind = 'log' | 'smtp';
export type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type LogFormat = 'json' | 'pretty';
export type OtlpProtocol = 'http/protobuf' | 'http/json';

const OTLP_PROTOCOLS: OtlpProtocol[] = ['http/protobuf', 'http/json'];
const OTLP_PROTOCOL_MESSAGE = (name: string): string =>
  `${name} must be http/protobuf (the default) or http/json; Kennissen does not send OTLP over gRPC`;
const HTTP_URL_PATTERN = /^https?:\/\/[^\s/]+(\/\S*)?$/;
/** key=value pairs as the OpenTelemetry specification writes OTEL_EXPORTER_OTLP_HEADERS. */
const OTLP_HEADERS_PATTERN = /^\s*[^=,\s]+\s*=[^,]*(,\s*[^=,\s]+\s*=[^,]*)*$/;
const METRICS_PORT_MESSAGE =
  'METRICS_PORT must be a port number (0 to 65535; 0 takes any free port) or off';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(normalised)) return true;
  if (['false', '0', 'no'].includes(normalised)) return false;
  return value; // left as a string so @IsBoolean reports it
};

/** A comma-separated list; blanks between commas are dropped. */
const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
    : value;

const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** https anywhere; plain http only to a loopback host (a test's local identity provider). */
const OIDC_ISSUER_PATTERN =
  /^(https:\/\/[^\s/]+|http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?)(\/\S*)?$/;

/** Asymmetric JWS algorithms only: with a public key set, `none` or HS* would let anyone sign. */
export const OIDC_ALLOWED_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
const OIDC_ALGORITHMS_MESSAGE = `OIDC_ALGORITHMS must be a comma-separated list of ${OIDC_ALLOWED_ALGORITHMS.join(', ')} (never none or HS*)`;

const CLAIM_PATH_PATTERN = /^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/;
const ROLE_SCOPE_PAIR = `[^=,\\s]+\\s*=\\s*(${ALL_SCOPES.join('|')})`;
const ROLE_SCOPES_PATTERN = new RegExp(
  `^\\s*${ROLE_SCOPE_PAIR}(\\s*,\\s*${ROLE_SCOPE_PAIR})*\\s*$`,
);

/** A browser origin as it appears in the Origin header: scheme, host and optional port, nothing else. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/** smtp:// (STARTTLS when the server offers it) or smtps:// (TLS), the login percent-encoded. */
const SMTP_URL_PATTERN =
  /^smtps?:\/\/([^\s/@]+@)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?\/?(\?\S*)?$/;
const MAIL_ADDRESS = String.raw`[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+`;
/** An address, or "Name <address>"; no control characters, so nothing can end the From header. */
const SMTP_FROM_PATTERN = new RegExp(
  `^(${MAIL_ADDRESS}|[^<>"\\p{Cc}]*<${MAIL_ADDRESS}>|"[^"\\p{Cc}]*"\\s*<${MAIL_ADDRESS}>)$`,
  'u',
);
/** Where people open Kennissen; links are made by appending, so no trailing slash. */
const PUBLIC_URL_PATTERN =
  /^https?:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?(\/[^\s?#]*[^\s?#/])?$/;

/**
 * The runtime contract of the design brief, one property per environment variable.
 * Built once at start by {@link loadConfig}; everything else receives the validated instance.
 */
export class AppConfig {
  @Transform(toInteger)
  @IsInt({ message: 'PORT must be a whole number between 0 and 65535' })
  @Min(0, { message: 'PORT must be a whole number between 0 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 0 and 65535' })
  PORT = 3000;

  @IsIn(['kuzu', 'neo4j'], { message: 'GRAPH_STORE must be "kuzu" or "neo4j"' })
  GRAPH_STORE: GraphStoreKind = 'kuzu';

  @IsString()
  @MinLength(1, { message: 'KUZU_PATH must name a directory' })
  KUZU_PATH = './data/graph';

  /** Kuzu's buffer pool; its own default is 80% of the machine's memory, too greedy for a service. */
  @Transform(toInteger)
  @IsInt({ message: 'KUZU_BUFFER_POOL_MB must be a whole number of megabytes (64 or more)' })
  @Min(64, { message: 'KUZU_BUFFER_POOL_MB must be a whole number of megabytes (64 or more)' })
  KUZU_BUFFER_POOL_MB = 1024;

  @ValidateIf((config: AppConfig) => config.GRAPH_STORE === 'neo4j')
  @Matches(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, {
    message: 'NEO4J_URI is required when GRAPH_STORE=neo4j, e.g. neo4j://db.example.nl:7687',
  })
  NEO4J_URI?: string;

  @IsOptional()
  @IsString()
  NEO4J_USER?: string;

  @ValidateIf((config: AppConfig) => config.GRAPH_STORE === 'neo4j' && !!config.NEO4J_USER)
  @IsString({ message: 'NEO4J_PASSWORD is required when NEO4J_USER is set' })
  @MinLength(1, { message: 'NEO4J_PASSWORD is required when NEO4J_USER is set' })
  NEO4J_PASSWORD?: string;

  @IsOptional()
  @IsString()
  NEO4J_DATABASE?: string;

  @Matches(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, {
    message: 'DATABASE_URL must be sqlite:<path> or postgres://user:password@host:port/database',
  })
  DATABASE_URL = 'sqlite:./data/kennissen.sqlite';

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_API_KEY must be at least 16 characters long' })
  ADMIN_API_KEY?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'ALLOW_ANONYMOUS_READ must be true or false' })
  ALLOW_ANONYMOUS_READ = false;

  @IsIn(['development', 'production', 'test'], {
    message: 'NODE_ENV must be development, production or test',
  })
  NODE_ENV: NodeEnvironment = 'development';

  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO = false;

  @Transform(toInteger)
  @IsInt({ message: 'K_ANONYMITY must be a whole number of 1 or more' })
  @Min(1, { message: 'K_ANONYMITY must be a whole number of 1 or more' })
  K_ANONYMITY = 5;

  @Transform(toInteger)
  @IsInt({ message: 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds' })
  @Min(0, { message: 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds' })
  SHUTDOWN_GRACE_MS = 10_000;

  /**
   * After SIGTERM, how long readiness answers 503 while the listener still serves, so that a load
   * balancer notices and stops sending traffic before connections are refused.
   */
  @Transform(toInteger)
  @IsInt({ message: 'SHUTDOWN_DELAY_MS must be a whole number of milliseconds' })
  @Min(0, { message: 'SHUTDOWN_DELAY_MS must be a whole number of milliseconds' })
  SHUTDOWN_DELAY_MS = 0;

  /**
   * How long a request may wait on a store server (Neo4j, PostgreSQL) that has gone away before it
   * is answered SERVICE_UNAVAILABLE (the circuit breaker; see docs/operations.md).
   */
  @Transform(toInteger)
  @IsInt({ message: 'STORE_FAIL_WITHIN_MS must be a whole number of milliseconds, 500 or more' })
  @Min(500, { message: 'STORE_FAIL_WITHIN_MS must be a whole number of milliseconds, 500 or more' })
  STORE_FAIL_WITHIN_MS = 2_000;

  // People signing in (OIDC): off while OIDC_ISSUER is unset; see docs/security.md.

  /** The identity provider's issuer; tokens must carry exactly this `iss`. Plain http only on loopback (tests). */
  @IsOptional()
  @Matches(OIDC_ISSUER_PATTERN, {
    message:
      'OIDC_ISSUER must be the https:// URL of the identity provider (http:// only for localhost), e.g. https://login.gemeente.nl/realms/intranet',
  })
  OIDC_ISSUER?: string;

  /** The `aud` tokens must hold: the client id Kennissen has at the identity provider. */
  @ValidateIf((config: AppConfig) => !!config.OIDC_ISSUER)
  @IsString({
    message:
      'OIDC_AUDIENCE is required when OIDC_ISSUER is set (the client id of Kennissen at the identity provider)',
  })
  @MinLength(1, {
    message:
      'OIDC_AUDIENCE is required when OIDC_ISSUER is set (the client id of Kennissen at the identity provider)',
  })
  OIDC_AUDIENCE?: string;

  /** Where the signing keys are; unset means discovered from <issuer>/.well-known/openid-configuration. */
  @IsOptional()
  @Matches(OIDC_ISSUER_PATTERN, {
    message: 'OIDC_JWKS_URI must be an https:// URL (http:// only for localhost)',
  })
  OIDC_JWKS_URI?: string;

  /** Signature algorithms accepted; asymmetric only, so `none` and HS* (secret = public key) never verify. */
  @Transform(toList)
  @IsArray({ message: OIDC_ALGORITHMS_MESSAGE })
  @ArrayNotEmpty({ message: OIDC_ALGORITHMS_MESSAGE })
  @IsIn(OIDC_ALLOWED_ALGORITHMS, { each: true, message: OIDC_ALGORITHMS_MESSAGE })
  OIDC_ALGORITHMS: string[] = ['RS256', 'ES256'];

  /** The claim holding the Kennissen person id (a dotted path reaches into nested claims). */
  @Matches(CLAIM_PATH_PATTERN, {
    message:
      'OIDC_PERSON_CLAIM must be a claim name, or a dotted path such as attributes.person_id',
  })
  OIDC_PERSON_CLAIM = 'kennissen_person_id';

  /** The claim holding the roles: an array of strings or one space-separated string. */
  @Matches(CLAIM_PATH_PATTERN, {
    message: 'OIDC_ROLES_CLAIM must be a claim name, or a dotted path such as realm_access.roles',
  })
  OIDC_ROLES_CLAIM = 'roles';

  /** role=scope pairs; every signed-in person may read, whatever their roles. */
  @Matches(ROLE_SCOPES_PATTERN, {
    message:
      'OIDC_ROLE_SCOPES must be comma-separated role=scope pairs with scope read, write, hr or admin, e.g. kennissen.write=write,kennissen.admin=admin',
  })
  OIDC_ROLE_SCOPES = 'kennissen.write=write,kennissen.hr=hr,kennissen.admin=admin';

  /** Leeway for exp and nbf against the identity provider's clock. */
  @Transform(toInteger)
  @IsInt({ message: 'OIDC_CLOCK_TOLERANCE_SECONDS must be a whole number from 0 to 300' })
  @Min(0, { message: 'OIDC_CLOCK_TOLERANCE_SECONDS must be a whole number from 0 to 300' })
  @Max(300, { message: 'OIDC_CLOCK_TOLERANCE_SECONDS must be a whole number from 0 to 300' })
  OIDC_CLOCK_TOLERANCE_SECONDS = 30;

  /** How long discovery and key fetches may take before a request is answered SERVICE_UNAVAILABLE. */
  @Transform(toInteger)
  @IsInt({
    message: 'OIDC_HTTP_TIMEOUT_MS must be a whole number of milliseconds from 100 to 30000',
  })
  @Min(100, {
    message: 'OIDC_HTTP_TIMEOUT_MS must be a whole number of milliseconds from 100 to 30000',
  })
  @Max(30_000, {
    message: 'OIDC_HTTP_TIMEOUT_MS must be a whole number of milliseconds from 100 to 30000',
  })
  OIDC_HTTP_TIMEOUT_MS = 3000;
  // Hardening of the GraphQL endpoint (docs/security.md). Each limit is refused with its own code.

  @Transform(toInteger)
  @IsInt({ message: 'GRAPHQL_MAX_DEPTH must be a whole number of 2 or more' })
  @Min(2, { message: 'GRAPHQL_MAX_DEPTH must be a whole number of 2 or more' })
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInteger)
  @IsInt({ message: 'GRAPHQL_MAX_ALIASES must be a whole number of 0 or more' })
  @Min(0, { message: 'GRAPHQL_MAX_ALIASES must be a whole number of 0 or more' })
  GRAPHQL_MAX_ALIASES = 30;

  @Transform(toInteger)
  @IsInt({ message: 'GRAPHQL_MAX_COST must be a whole number of 1 or more' })
  @Min(1, { message: 'GRAPHQL_MAX_COST must be a whole number of 1 or more' })
  GRAPHQL_MAX_COST = 50_000;

  /** The parser stops after this many tokens, before any validation runs. */
  @Transform(toInteger)
  @IsInt({ message: 'GRAPHQL_MAX_TOKENS must be a whole number of 100 or more' })
  @Min(100, { message: 'GRAPHQL_MAX_TOKENS must be a whole number of 100 or more' })
  GRAPHQL_MAX_TOKENS = 5_000;

  /** Operations in one HTTP request; 1 turns batching off. */
  @Transform(toInteger)
  @IsInt({ message: 'GRAPHQL_MAX_BATCH must be a whole number from 1 to 50' })
  @Min(1, { message: 'GRAPHQL_MAX_BATCH must be a whole number from 1 to 50' })
  @Max(50, { message: 'GRAPHQL_MAX_BATCH must be a whole number from 1 to 50' })
  GRAPHQL_MAX_BATCH = 1;

  @Transform(toInteger)
  @IsInt({ message: 'GRAPHQL_TIMEOUT_MS must be a whole number of milliseconds (100 or more)' })
  @Min(100, { message: 'GRAPHQL_TIMEOUT_MS must be a whole number of milliseconds (100 or more)' })
  GRAPHQL_TIMEOUT_MS = 15_000;

  @Transform(toInteger)
  @IsInt({ message: 'HTTP_MAX_BODY_BYTES must be a whole number of bytes (1024 or more)' })
  @Min(1024, { message: 'HTTP_MAX_BODY_BYTES must be a whole number of bytes (1024 or more)' })
  HTTP_MAX_BODY_BYTES = 100 * 1024;

  @Transform(toInteger)
  @IsInt({ message: 'RATE_LIMIT_WINDOW_SECONDS must be a whole number of 1 or more' })
  @Min(1, { message: 'RATE_LIMIT_WINDOW_SECONDS must be a whole number of 1 or more' })
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /** Operations per window for one API client, signed-in person or the administrator; 0 is no limit. */
  @Transform(toInteger)
  @IsInt({ message: 'RATE_LIMIT_PER_CLIENT must be a whole number of 0 or more (0: no limit)' })
  @Min(0, { message: 'RATE_LIMIT_PER_CLIENT must be a whole number of 0 or more (0: no limit)' })
  RATE_LIMIT_PER_CLIENT = 1_200;

  /** Operations per window from one IP address without valid credentials; 0 is no limit. */
  @Transform(toInteger)
  @IsInt({ message: 'RATE_LIMIT_PER_IP must be a whole number of 0 or more (0: no limit)' })
  @Min(0, { message: 'RATE_LIMIT_PER_IP must be a whole number of 0 or more (0: no limit)' })
  RATE_LIMIT_PER_IP = 300;

  /**
   * How old a cached API-key verification may be before the client's record is read again (one
   * read by id, no hashing), so that a key revoked on another replica or from the command line is
   * refused within this many seconds; 0 reads it on every request.
   */
  @Transform(toInteger)
  @IsInt({ message: 'API_KEY_RECHECK_SECONDS must be a whole number of seconds from 0 to 60' })
  @Min(0, { message: 'API_KEY_RECHECK_SECONDS must be a whole number of seconds from 0 to 60' })
  @Max(60, { message: 'API_KEY_RECHECK_SECONDS must be a whole number of seconds from 0 to 60' })
  API_KEY_RECHECK_SECONDS = 5;

  /** Days the audit log keeps a record; `npm run audit:prune` removes older ones. 0: keep all. */
  @Transform(toInteger)
  @IsInt({ message: 'AUDIT_RETENTION_DAYS must be a whole number of days (0: keep every record)' })
  @Min(0, { message: 'AUDIT_RETENTION_DAYS must be a whole number of days (0: keep every record)' })
  AUDIT_RETENTION_DAYS = 0;

  /** Introduction requests one person may make in 24 hours. */
  @Transform(toInteger)
  @IsInt({ message: 'INTRODUCTION_DAILY_LIMIT must be a whole number of 1 or more' })
  @Min(1, { message: 'INTRODUCTION_DAILY_LIMIT must be a whole number of 1 or more' })
  INTRODUCTION_DAILY_LIMIT = 10;

  /** Open (pending or accepted) introduction requests one expert may have at a time. */
  @Transform(toInteger)
  @IsInt({ message: 'INTRODUCTION_OPEN_CAP must be a whole number of 1 or more' })
  @Min(1, { message: 'INTRODUCTION_OPEN_CAP must be a whole number of 1 or more' })
  INTRODUCTION_OPEN_CAP = 5;

  /** Participants one mentor may guide at a time, over all planned and active programmes. */
  @Transform(toInteger)
  @IsInt({ message: 'MENTOR_CAPACITY must be a whole number of 1 or more' })
  @Min(1, { message: 'MENTOR_CAPACITY must be a whole number of 1 or more' })
  MENTOR_CAPACITY = 3;

  /**
   * How often this replica's outbox relay looks for due events, in milliseconds; 0 turns the
   * relay off in this replica (another one must run it).
   */
  @Transform(toInteger)
  @IsInt({ message: 'OUTBOX_POLL_MS must be a whole number of milliseconds (0: no relay here)' })
  @Min(0, { message: 'OUTBOX_POLL_MS must be a whole number of milliseconds (0: no relay here)' })
  OUTBOX_POLL_MS = 1_000;

  /** The first wait before an outbox event that failed is tried again; it doubles per failure. */
  @Transform(toInteger)
  @IsInt({ message: 'OUTBOX_RETRY_BASE_MS must be a whole number of milliseconds, 100 or more' })
  @Min(100, { message: 'OUTBOX_RETRY_BASE_MS must be a whole number of milliseconds, 100 or more' })
  OUTBOX_RETRY_BASE_MS = 1_000;

  /** The longest wait between two tries of an outbox event. */
  @Transform(toInteger)
  @IsInt({ message: 'OUTBOX_RETRY_MAX_MS must be a whole number of milliseconds, 100 or more' })
  @Min(100, { message: 'OUTBOX_RETRY_MAX_MS must be a whole number of milliseconds, 100 or more' })
  OUTBOX_RETRY_MAX_MS = 300_000;

  /**
   * Which peers' X-Forwarded-For counts for the client address (rate limits, audit origin):
   * none by default; see trust-proxy.ts and docs/operations.md.
   */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent',
  })
  LOG_LEVEL: LogLevelName = 'info';

  /** json (one object per line) or pretty (readable text); left out: json in production. */
  @IsOptional()
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT must be json or pretty' })
  LOG_FORMAT?: LogFormat;

  @IsTrustProxy({ message: TRUST_PROXY_MESSAGE })
  TRUST_PROXY = '';

  /** Browser origins allowed to call the API cross-origin; none by default (same origin only). */
  @Transform(toList)
  @IsString({ each: true })
  @Matches(ORIGIN, {
    each: true,
    message:
      'CORS_ORIGINS must be a comma-separated list of origins such as https://intranet.gemeente.nl',
  })
  CORS_ORIGINS: string[] = [];

  // The web page for civil servants (docs/web.md).

  /** The page's own client id at the identity provider (public, PKCE, no secret); sign-in on the page needs it. */
  @IsOptional()
  @Matches(/^[\x21-\x7e]{1,200}$/, {
    message: 'WEB_OIDC_CLIENT_ID must be the client id of the web page at the identity provider',
  })
  WEB_OIDC_CLIENT_ID?: string;

  @Matches(/^openid( [\x21-\x7e]+)*$/, {
    message:
      'WEB_OIDC_SCOPE must be space-separated scopes starting with openid, e.g. "openid profile"',
  })
  WEB_OIDC_SCOPE = 'openid profile';

  /** A CSS file with the municipality's design tokens on .kennissen-theme (docs/web.md#theming). */
  @IsOptional()
  @Matches(/\.css$/, { message: 'WEB_THEME_CSS must be the path of a .css file' })
  WEB_THEME_CSS?: string;

  // Metrics and traces (docs/operations.md#metrics and #traces).

  /**
   * The port of the separate listener that serves only GET /metrics (Prometheus), off the public
   * port; `off` for none, 0 for any free port (tests).
   */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim().toLowerCase() === 'off'
      ? 'off'
      : toInteger({ value }),
  )
  @ValidateIf((config: AppConfig) => config.METRICS_PORT !== 'off')
  @IsInt({ message: METRICS_PORT_MESSAGE })
  @Min(0, { message: METRICS_PORT_MESSAGE })
  @Max(65_535, { message: METRICS_PORT_MESSAGE })
  METRICS_PORT: number | 'off' = 9464;

  /** A secret: when set, GET /metrics on the public port answers a scraper that sends it as a bearer token. */
  @IsOptional()
  @MinLength(32, {
    message: 'METRICS_TOKEN must be at least 32 characters (e.g. openssl rand -hex 32)',
  })
  METRICS_TOKEN?: string;

  /** The standard OpenTelemetry variables; traces are sent only when an OTLP endpoint is set. */
  @IsOptional()
  @Matches(HTTP_URL_PATTERN, {
    message:
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s):// address, e.g. http://otel-collector:4318',
  })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @IsOptional()
  @Matches(HTTP_URL_PATTERN, {
    message:
      'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http(s):// address, e.g. http://otel-collector:4318/v1/traces',
  })
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;

  @IsOptional()
  @IsIn(OTLP_PROTOCOLS, { message: OTLP_PROTOCOL_MESSAGE('OTEL_EXPORTER_OTLP_PROTOCOL') })
  OTEL_EXPORTER_OTLP_PROTOCOL?: OtlpProtocol;

  @IsOptional()
  @IsIn(OTLP_PROTOCOLS, { message: OTLP_PROTOCOL_MESSAGE('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') })
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL?: OtlpProtocol;

  /** A secret (often an authorization header): key=value pairs, comma-separated, values percent-encoded. */
  @IsOptional()
  @Matches(OTLP_HEADERS_PATTERN, {
    message:
      'OTEL_EXPORTER_OTLP_HEADERS must be comma-separated key=value pairs, e.g. authorization=Bearer%20abc',
  })
  OTEL_EXPORTER_OTLP_HEADERS?: string;

  @IsString({ message: 'OTEL_SERVICE_NAME must be the name the spans carry, e.g. kennissen' })
  OTEL_SERVICE_NAME = 'kennissen';

  @IsOptional()
  @IsIn(['otlp', 'none'], {
    message: 'OTEL_TRACES_EXPORTER must be otlp or none (Kennissen sends traces over OTLP only)',
  })
  OTEL_TRACES_EXPORTER?: 'otlp' | 'none';

  @Transform(toBoolean)
  @IsBoolean({ message: 'OTEL_SDK_DISABLED must be true or false' })
  OTEL_SDK_DISABLED = false;

  // Notifications about introductions (docs/operations.md#notifications).

  @IsIn(['log', 'smtp'], {
    message: 'NOTIFIER must be "log" (the default: notices are logged) or "smtp" (e-mail)',
  })
  NOTIFIER: NotifierKind = 'log';

  /** A secret (it holds the SMTP password): messages name it, never show it. */
  @ValidateIf((config: AppConfig) => config.NOTIFIER === 'smtp')
  @Matches(SMTP_URL_PATTERN, {
    message:
      'SMTP_URL is required when NOTIFIER=smtp: smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS), special characters in user and password percent-encoded',
  })
  SMTP_URL?: string;

  @ValidateIf((config: AppConfig) => config.NOTIFIER === 'smtp')
  @Matches(SMTP_FROM_PATTERN, {
    message:
      'SMTP_FROM is required when NOTIFIER=smtp: the sender, e.g. kennissen@gemeente.nl or Kennissen <kennissen@gemeente.nl>',
  })
  SMTP_FROM?: string;

  /** Mails link to <PUBLIC_URL>/#/introductions/<id> when it is set. */
  @IsOptional()
  @Matches(PUBLIC_URL_PATTERN, {
    message:
      'PUBLIC_URL must be the http(s):// address where people open Kennissen, without a trailing slash, e.g. https://kennissen.gemeente.nl',
  })
  PUBLIC_URL?: string;

  /**
   * Whether traces are sent: an OTLP endpoint is set (or OTEL_TRACES_EXPORTER=otlp asks for the
   * default one), and neither OTEL_SDK_DISABLED nor OTEL_TRACES_EXPORTER=none turns them off.
   */
  get tracingEnabled(): boolean {
    if (this.OTEL_SDK_DISABLED || this.OTEL_TRACES_EXPORTER === 'none') return false;
    return (
      this.OTEL_TRACES_EXPORTER === 'otlp' ||
      this.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined ||
      this.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT !== undefined
    );
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** LOG_FORMAT, or json in production and readable text elsewhere. */
  get logFormat(): LogFormat {
    return this.LOG_FORMAT ?? (this.isProduction ? 'json' : 'pretty');
  }
}

/** Variables without a default (so not own properties of a fresh AppConfig). */
const OPTIONAL_VARIABLES = [
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'ADMIN_API_KEY',
  'OIDC_ISSUER',
  'OIDC_AUDIENCE',
  'OIDC_JWKS_URI',
  'SMTP_URL',
  'SMTP_FROM',
  'PUBLIC_URL',
  'LOG_FORMAT',
  'METRICS_TOKEN',
  'WEB_OIDC_CLIENT_ID',
  'WEB_THEME_CSS',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
  'OTEL_EXPORTER_OTLP_PROTOCOL',
  'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
  'OTEL_EXPORTER_OTLP_HEADERS',
  'OTEL_TRACES_EXPORTER',
];

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Every variable the service reads (each may also be given as NAME_FILE). */
export function configVariableNames(): string[] {
  return Object.keys(new AppConfig()).concat(OPTIONAL_VARIABLES);
}

/**
 * Validates the environment against {@link AppConfig}; throws one {@link ConfigurationError}
 * naming every bad variable, so an operator fixes them all in one go. Empty strings count as unset.
 * Any variable may instead be given as `NAME_FILE`, the path of a file holding it (mounted secrets).
 */
export function loadConfig(
  environment: NodeJS.ProcessEnv | Record<string, string | undefined>,
): AppConfig {
  const names = configVariableNames();
  const fromFiles = valuesFromFiles(names, environment);
  const defined: Record<string, string> = {};
  for (const name of names) {
    const value = environment[name] ?? fromFiles.values[name];
    if (value !== undefined && value !== '') defined[name] = value;
  }
  const config = plainToInstance(AppConfig, defined);
  const errors = validateSync(config, { skipMissingProperties: false });
  const problems = [
    ...fromFiles.problems,
    ...errors.flatMap((error) => Object.values(error.constraints ?? {}).slice(0, 1)),
  ];
  if (config.WEB_THEME_CSS?.endsWith('.css') && !fs.existsSync(config.WEB_THEME_CSS)) {
    problems.push(`WEB_THEME_CSS names ${config.WEB_THEME_CSS}, which does not exist`);
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return config;
}
