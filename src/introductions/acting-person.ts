import { Injectable } from '@nestjs/common';
import { type Caller } from '../common/request/caller';
import { PeopleException } from '../people/people.exception';
import { PeopleService } from '../people/people.service';
import { type PersonRecord } from '../people/person.record';
import { type Viewpoint } from '../people/visibility';
import { ViewpointService } from '../viewpoint/viewpoint.service';
import { IntroductionsException } from './introductions.exception';

/** The person an introduction step is taken by, and what they may see. */
export interface ActingPerson {
  readonly person: PersonRecord;
  /** The person's own viewpoint (their municipality and its partners), not the credential's. */
  readonly viewpoint: Viewpoint;
}

/**
 * Works out who takes an introduction step: a signed-in person acts for themselves; an API
 * client (write scope) for a person of its own municipality it names in `onBehalfOf`; the
 * administrator for anyone it names. Everyone else is refused.
 */
@Injectable()
export class ActingPersonResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly viewpoints: ViewpointService,
  ) {}

  async resolve(caller: Caller, onBehalfOf: string | undefined): Promise<ActingPerson> {
    const personId = this.personIdOf(caller, onBehalfOf);
    const callerViewpoint = await this.viewpoints.resolve(caller);
    // Someone the credential may not see is unknown to it: no probing of hidden people.
    const person = await this.people.findVisible(personId, callerViewpoint);
    if (!person) throw PeopleException.notFound(personId);
    if (caller.kind === 'client' && person.municipalityCode !== caller.municipalityCode) {
      throw IntroductionsException.actingForOther(personId, caller.municipalityCode);
    }
    return { person, viewpoint: await this.viewpoints.ofMunicipality(person.municipalityCode) };
  }

  /**
   * The id of the person taking a step on an existing introduction; the record's own check that
   * they take part in it does the rest. A signed-in person or the administrator needs no
   * directory lookup, so answering and completing work while the graph store is down (the
   * outbox carries the outcome to it later); an API client's person is looked up to hold the
   * client to its own municipality.
   */
  async resolveId(caller: Caller, onBehalfOf: string | undefined): Promise<string> {
    const personId = this.personIdOf(caller, onBehalfOf);
    if (caller.kind !== 'client') return personId;
    return (await this.resolve(caller, onBehalfOf)).person.id;
  }

  private personIdOf(caller: Caller, onBehalfOf: string | undefined): string {
    switch (caller.kind) {
      case 'person':
        if (onBehalfOf !== undefined && onBehalfOf !== caller.personId) {
          throw IntroductionsException.actingForOther(onBehalfOf, caller.municipalityCode);
        }
        return caller.personId;
      case 'client':
      case 'admin':
        if (onBehalfOf === undefined) throw IntroductionsException.requesterRequired();
        return onBehalfOf;
      default:
        throw IntroductionsException.requesterRequired();
    }
  }
}
