import { applyDecorators } from '@nestjs/common';
import { IsString, Matches } from 'class-validator';

/** Person ids are UUIDs for people created here; imported people keep ids like "demo-person-0001". */
export const PERSON_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** Validates an argument that names a person by id. */
export const IsPersonId = (): PropertyDecorator =>
  applyDecorators(
    IsString(),
    Matches(PERSON_ID_PATTERN, {
      message: ({ property }) =>
        `${property} must be a person id: up to 100 letters, digits, ".", "_", ":" or "-"`,
    }),
  );
