import { type PersonCaller, type RejectedCaller } from '../../common/request/caller';

/** Turns a bearer value shaped like a JWT into a signed-in person, or a rejected caller. */
export abstract class PersonTokens {
  abstract identify(token: string, origin: string): Promise<PersonCaller | RejectedCaller>;
}
