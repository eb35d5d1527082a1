import { Injectable } from '@nestjs/common';
import { CollaborationsRepository } from '../collaborations/collaborations.repository';
import { type Caller, callerMunicipality, hasScope, Scope } from '../common/request/caller';
import { Viewpoint } from '../people/visibility';

/** What a viewpoint is worked out from: the request's caller, and an object that lives as long as the request. */
export interface ViewpointRequest {
  readonly caller: Caller;
  /** Identity of the request (the GraphQL context's loaders): the viewpoint is resolved once per request. */
  readonly loaders: object;
}

/**
 * Resolves whose eyes a request looks through (people/visibility.ts): everyone for the
 * administrator and admin-scoped credentials (they maintain the directory), the caller's
 * municipality with its collaboration partners for API clients and signed-in people, anonymous
 * otherwise. Once per request.
 */
@Injectable()
export class ViewpointService {
  private readonly perRequest = new WeakMap<object, Promise<Viewpoint>>();

  constructor(private readonly collaborations: CollaborationsRepository) {}

  of(request: ViewpointRequest): Promise<Viewpoint> {
    let viewpoint = this.perRequest.get(request.loaders);
    if (!viewpoint) {
      viewpoint = this.resolve(request.caller);
      this.perRequest.set(request.loaders, viewpoint);
    }
    return viewpoint;
  }

  async resolve(caller: Caller): Promise<Viewpoint> {
    if (hasScope(caller, Scope.ADMIN)) return Viewpoint.EVERYONE;
    const code = callerMunicipality(caller);
    if (code === null) return Viewpoint.ANONYMOUS;
    return this.ofMunicipality(code);
  }

  /** What someone working in `code` may see. */
  async ofMunicipality(code: string): Promise<Viewpoint> {
    const collaborationIds = (await this.collaborations.collaborationsOf([code])).map(
      (membership) => membership.collaboration.id,
    );
    const partners =
      collaborationIds.length === 0
        ? []
        : (await this.collaborations.membersOf(collaborationIds)).map(
            (membership) => membership.municipalityCode,
          );
    return Viewpoint.ofMunicipality(code, partners);
  }
}
