import { SetMetadata } from '@nestjs/common';

/** What a root field needs. Every Query and Mutation must declare one; the guard fails closed. */
export enum Permission {
  /** Reading the directory. */
  READ = 'read',
  /** Changing people, skills, challenges and collaborations. */
  WRITE = 'write',
  /** Administration: reading the audit log. */
  ADMIN = 'admin',
}

export const ACCESS_METADATA = 'kennissen:access';

export const Access = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_METADATA, permission);
