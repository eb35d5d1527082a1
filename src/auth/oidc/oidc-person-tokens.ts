import { createHash } from 'node:crypto';
import { type JWTPayload } from 'jose';
import { type PeopleService } from '../../people/people.service';
import { type PersonCaller, type RejectedCaller } from '../../common/request/caller';
import { claimAt } from './claim-path';
import { ExpiringCache } from './expiring-cache';
import { CheckUnavailable, TokenRejected } from './oidc-errors';
import { type OidcSettings } from './oidc-settings';
import { PersonTokens } from './person-tokens';
import { rolesFrom, scopesForRoles } from './role-scopes';
import { type TokenVerifier } from './token-verifier';

/** A verified token is remembered this long (never past its expiry); a moved person shows within it. */
const REMEMBER_MS = 30_000;
const REMEMBERED_TOKENS = 1000;
const MAX_PERSON_ID_LENGTH = 200;

type SignedIn = Omit<PersonCaller, 'origin'>;

/** What sign-in asks of the people feature: the person a token names. */
export type SignInPeople = Pick<PeopleService, 'findById'>;

/**
 * Sign-in through the municipality's identity provider: the verified token's person claim must
 * name a person in the graph; the municipality comes from the graph (WORKS_AT), never from the
 * token, and the scopes from the roles claim.
 */
export class OidcPersonTokens extends PersonTokens {
  private readonly remembered: ExpiringCache<SignedIn>;

  constructor(
    private readonly settings: OidcSettings,
    private readonly verifier: TokenVerifier,
    private readonly people: SignInPeople,
    private readonly now: () => number = Date.now,
  ) {
    super();
    this.remembered = new ExpiringCache(REMEMBERED_TOKENS, now);
  }

  async identify(token: string, origin: string): Promise<PersonCaller | RejectedCaller> {
    const key = createHash('sha256').update(token).digest('base64url');
    const known = this.remembered.get(key);
    if (known) return { ...known, origin };
    try {
      const payload = await this.verifier.verify(token);
      const signedIn = await this.signedInPerson(payload);
      this.remembered.set(
        key,
        signedIn,
        Math.min(this.now() + REMEMBER_MS, (payload.exp ?? 0) * 1000),
      );
      return { ...signedIn, origin };
    } catch (error) {
      if (error instanceof TokenRejected || error instanceof CheckUnavailable) {
        return {
          kind: 'rejected',
          actorId: 'rejected',
          origin,
          reason: error.message,
          ...(error instanceof CheckUnavailable ? { unavailable: true } : {}),
        };
      }
      throw error;
    }
  }

  private async signedInPerson(payload: JWTPayload): Promise<SignedIn> {
    const claim = this.settings.personClaim;
    const personId = claimAt(payload, claim);
    if (typeof personId !== 'string' || personId.trim() === '') {
      throw new TokenRejected(
        `The sign-in token has no "${claim}" claim naming a Kennissen person. Ask the administrator of the identity provider to add it (see docs/operations.md).`,
      );
    }
    if (personId.length > MAX_PERSON_ID_LENGTH) {
      throw new TokenRejected(
        `The sign-in token's "${claim}" claim is too long to be a person id.`,
      );
    }
    const person = await this.people.findById(personId).catch(() => {
      throw new CheckUnavailable(
        'The directory could not be reached to look up who signed in. Try again shortly.',
      );
    });
    if (!person) {
      throw new TokenRejected(
        `You signed in as person "${personId}", who is not in the directory. Ask a Kennissen administrator to add your profile, or the identity provider's administrator to correct the "${claim}" claim.`,
      );
    }
    const roles = rolesFrom(claimAt(payload, this.settings.rolesClaim));
    return {
      kind: 'person',
      actorId: `person:${person.id}`,
      personId: person.id,
      municipalityCode: person.municipalityCode,
      scopes: scopesForRoles(roles, this.settings.roleScopes),
    };
  }
}
