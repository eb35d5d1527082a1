import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { AUDIT_METADATA } from './audit.decorator';

export interface MutationHandler {
  /** The field name in the schema (the method name unless @Mutation names it). */
  readonly field: string;
  /** From @Audit, or undefined when the decorator is missing. */
  readonly objectType: string | undefined;
}

/** Finds every @Mutation method on the given resolver instances, with its @Audit object type. */
export function scanMutations(
  instances: readonly object[],
  scanner: MetadataScanner,
): MutationHandler[] {
  return instances.flatMap((instance) => {
    const prototype = Object.getPrototypeOf(instance) as object | null;
    if (!prototype) return [];
    return scanner.getAllMethodNames(prototype).flatMap((methodName) => {
      const method = (prototype as Record<string, unknown>)[methodName];
      if (typeof method !== 'function') return [];
      if (Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) !== 'Mutation') return [];
      const name = Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined;
      const objectType = Reflect.getMetadata(AUDIT_METADATA, method) as string | undefined;
      return [{ field: name ?? methodName, objectType }];
    });
  });
}

/** Which object type each mutation of this application changes, read once from the resolvers. */
@Injectable()
export class AuditedMutations implements OnModuleInit {
  private readonly objectTypes = new Map<string, string | undefined>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const instances = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is object => typeof instance === 'object' && instance !== null);
    for (const handler of scanMutations(instances, this.scanner)) {
      this.objectTypes.set(handler.field, handler.objectType);
    }
  }

  /** The @Audit object type of a mutation field, or undefined when it has none. */
  objectTypeOf(field: string): string | undefined {
    return this.objectTypes.get(field);
  }
}
