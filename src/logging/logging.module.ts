import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type AppConfig } from '../config/app-config';
import { loggerParams } from './logger-options';
import { RequestLogPlugin } from './request-log.plugin';
import { ServiceLogger } from './service-logger';

/** Structured logs: the service's own messages and one line per request (logger-options.ts). */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot(loggerParams(config))],
      providers: [RequestLogPlugin, ServiceLogger],
      exports: [ServiceLogger],
    };
  }
}
