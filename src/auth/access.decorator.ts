import { SetMetadata } from '@nestjs/common';

/** What a root field needs. Every Query and Mutation must declare one; the guard fails closed. */
export enum Permission {
  /** Reading the directory. */
  READ = 'read',
  /**
   * Changing a person's profile, skills, acquaintances or experiences: a `write` credential
   * (its own municipality's people) or a signed-in person (themselves); the resolver checks which.
   */
  PROFILE = 'profile',
  /** Changing people and challenges: a `write` credential (own municipality; resolvers check it). */
  WRITE = 'write',
  /** Gap analytics for HR: the `hr` scope. */
  HR = 'hr',
  /** Administration: API clients, the audit log, skills and collaborations (shared by all). */
  ADMIN = 'admin',
}

export const ACCESS_METADATA = 'kennissen:access';

export const Access = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_METADATA, permission);
