import { type RejectedCaller } from '../../common/request/caller';
import { PersonTokens } from './person-tokens';

/** While OIDC_ISSUER is unset, a sign-in token is refused with a reason instead of being ignored. */
export class SignInDisabled extends PersonTokens {
  identify(_token: string, origin: string): Promise<RejectedCaller> {
    return Promise.resolve({
      kind: 'rejected',
      actorId: 'rejected',
      origin,
      reason:
        'This service does not accept sign-in tokens: OIDC is not configured (OIDC_ISSUER). Use an API key, or ask the administrator to configure sign-in.',
    });
  }
}
