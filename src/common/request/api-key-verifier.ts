import { type ClientCaller, type RejectedCaller } from './caller';

/**
 * Port: turns a presented API key (`kn_...`) into the client it belongs to, or a refusal with
 * a reason the caller can act on. Implemented by the API clients feature.
 */
export abstract class ApiKeyVerifier {
  /** Whether the bearer token claims to be an API key (by its form, not its validity). */
  abstract recognises(token: string): boolean;
  /**
   * Whether {@link identify} would check this key at cost: look it up and verify its hash,
   * because it has not verified recently. A key answered from the recent verifications (or
   * refused for its form alone) costs nothing.
   */
  abstract needsCheck(key: string): boolean;
  abstract identify(key: string, origin: string): Promise<ClientCaller | RejectedCaller>;
}
