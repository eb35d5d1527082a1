import { ConsoleLogger, Injectable } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

/**
 * The service's logger (pino through nestjs-pino). Nest also logs a failed start with its stack
 * (context ExceptionHandler); main() reports that failure itself, as one sentence.
 */
@Injectable()
export class ServiceLogger extends Logger {
  override error(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) === 'ExceptionHandler') return;
    super.error(message, ...rest);
  }
}

/**
 * Nest's console logger for what is written before the service logger takes over (a start that
 * fails while the modules are built), without the ExceptionHandler's stack for the same reason.
 */
export class StartupLogger extends ConsoleLogger {
  override error(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) === 'ExceptionHandler') return;
    super.error(message, ...rest);
  }
}
