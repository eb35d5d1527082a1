import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { decodeCursor, encodeCursor } from './cursor';
import { type Page, type PageRequest, type SortKey } from './page';
import { type PageArgs } from './page-args';

@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection and edge object types for one node type. */
export function ConnectionType<T>(nodeType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, over all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export function toPageRequest(args: PageArgs): PageRequest {
  return { first: args.first, after: args.after ? decodeCursor(args.after) : null };
}

export function toConnection<R, T>(
  page: Page<R>,
  sortKeyOf: (record: R) => SortKey,
  toNode: (record: R) => T,
): Connection<T> {
  const edges = page.items.map((record) => ({
    cursor: encodeCursor(sortKeyOf(record)),
    node: toNode(record),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
