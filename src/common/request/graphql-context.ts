import { type Request } from 'express';
import { type Caller } from './caller';
import { type RequestLoaders } from '../loaders/request-loaders';

/** What every resolver can see of its request. */
export interface GraphqlContext {
  readonly req: Request;
  readonly caller: Caller;
  readonly loaders: RequestLoaders;
  /** Also written to the log with any unexpected error, so support can find it. */
  readonly correlationId: string;
}
