import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { CommonErrorCode, CommonException } from '../errors/common.exception';

/** Flattens nested validation errors into "field: problem" sentences. */
export function describeValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property)
        ? `${parent ? `${parent}.` : ''}${message}`
        : `${field}: ${message}`,
    );
    return [...own, ...describeValidationErrors(error.children ?? [], field)];
  });
}

/** class-validator on every argument and input; failures become BAD_USER_INPUT naming each field. */
export const appValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: true,
  stopAtFirstError: false,
  exceptionFactory: (errors) =>
    new CommonException(
      CommonErrorCode.INVALID_INPUT,
      `Invalid input: ${describeValidationErrors(errors).join('; ')}.`,
    ),
});
