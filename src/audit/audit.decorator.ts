import { SetMetadata } from '@nestjs/common';

export const AUDIT_METADATA = 'kennissen:audit';

/**
 * Marks a mutation as audited and names the type of object it changes ("Person", "Skill", ...).
 * The audit interceptor records action (the mutation name), object type and id, result, origin,
 * actor and time for every call, successful or not. No personal data beyond ids.
 */
export const Audit = (objectType: string): MethodDecorator =>
  SetMetadata(AUDIT_METADATA, objectType);
