import { ValidateBy, type ValidationOptions } from 'class-validator';

export const FIRST_EXPERIENCE_YEAR = 1990;

/** The latest year accepted: next year, so planned work can be recorded. Read at validation time. */
export const lastExperienceYear = (): number => new Date().getUTCFullYear() + 1;

/** A whole year from 1990 to next year. */
export function IsExperienceYear(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isExperienceYear',
      validator: {
        validate: (value: unknown) =>
          Number.isInteger(value) &&
          (value as number) >= FIRST_EXPERIENCE_YEAR &&
          (value as number) <= lastExperienceYear(),
        defaultMessage: () =>
          `year must be a whole year from ${FIRST_EXPERIENCE_YEAR} to ${lastExperienceYear()}`,
      },
    },
    options,
  );
}
