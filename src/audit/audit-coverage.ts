import { type GraphQLSchema } from 'graphql';
import { type AuditedMutations } from './audited-mutations';

/** Mutation fields of the schema whose resolver lacks @Audit: each one is a programming error. */
export function unauditedMutations(
  schema: GraphQLSchema,
  audited: Pick<AuditedMutations, 'objectTypeOf'>,
): string[] {
  const fields = Object.keys(schema.getMutationType()?.getFields() ?? {});
  return fields.filter((field) => audited.objectTypeOf(field) === undefined).sort();
}
