import neo4j, { type DateTime } from 'neo4j-driver';
import { type CypherParams } from '../cypher/statement';

/**
 * Conversions between Neo4j values and plain JavaScript, shared by every Neo4j adapter, so that
 * records leave the adapter with numbers, Dates and ISO date strings only.
 */
/**
 * Parameters in Cypher's terms: whole JavaScript numbers become INTEGER (the driver would send
 * every number as FLOAT, which LIMIT and integer properties refuse), undefined becomes null.
 */
export function toNeo4jParams(params: CypherParams): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, toNeo4jValue(value)]),
  );
}

function toNeo4jValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, each]) => [key, toNeo4jValue(each)]),
    );
  }
  return value;
}

/** A value read from Neo4j as plain JavaScript: integers as numbers, DATETIME as Date, DATE as YYYY-MM-DD. */
export function fromNeo4jValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDateTime(value)) return dateTimeToDate(value);
  if (neo4j.isLocalDateTime(value)) return new Date(String(value));
  if (neo4j.isDate(value)) return String(value);
  if (Array.isArray(value)) return value.map(fromNeo4jValue);
  if (typeof value === 'object') {
    if (isNodeLike(value)) return fromNeo4jValue(value.properties);
    return Object.fromEntries(
      Object.entries(value).map(([key, each]) => [key, fromNeo4jValue(each)]),
    );
  }
  return value;
}

/**
 * A DATETIME as a Date, from its fields: formatting it as a string first (the driver's toString
 * does 64-bit Integer arithmetic) cost a person lookup a few percent of its CPU. A zone named
 * without an offset goes the string way.
 */
function dateTimeToDate(value: DateTime): Date {
  const offsetSeconds = value.timeZoneOffsetSeconds;
  // Date.UTC reads years 0..99 as 1900..1999.
  if (offsetSeconds === undefined || asNumber(value.year) < 100) return new Date(String(value));
  const utcMillis = Date.UTC(
    asNumber(value.year),
    asNumber(value.month) - 1,
    asNumber(value.day),
    asNumber(value.hour),
    asNumber(value.minute),
    asNumber(value.second),
    Math.floor(asNumber(value.nanosecond) / 1_000_000),
  );
  return new Date(utcMillis - asNumber(offsetSeconds) * 1000);
}

const asNumber = (value: unknown): number =>
  neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);

function isNodeLike(value: object): value is { properties: Record<string, unknown> } {
  return 'labels' in value && 'properties' in value && 'identity' in value;
}
