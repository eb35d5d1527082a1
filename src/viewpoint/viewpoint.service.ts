import { Injectable } from '@nestjs/common';
import { type Caller, callerMunicipality } from '../common/request/caller';
import { CollaborationsRepository } from '../collaborations/collaborations.repository';
import {
  ANONYMOUS_VIEWPOINT,
  EVERYONE_VIEWPOINT,
  municipalityViewpoint,
  seesEveryone,
  type Viewpoint,
} from './viewpoint';

/** What a viewpoint is worked out from: the request's caller, and an object that lives as long as the request. */
export interface ViewpointRequest {
  readonly caller: Caller;
  /** Identity of the request (the GraphQL context's loaders): the viewpoint is resolved once per request. */
  readonly loaders: object;
}

/** Resolves the caller's viewpoint: their municipality's collaborations and partner municipalities, once per request. */
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
    if (seesEveryone(caller)) return EVERYONE_VIEWPOINT;
    const code = callerMunicipality(caller);
    if (code === null) return ANONYMOUS_VIEWPOINT;
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
    return municipalityViewpoint(code, collaborationIds, [...new Set(partners)]);
  }
}
