import { type Viewpoint } from '../people/visibility';
import { type MunicipalityContext, type PersonContext } from './matching.records';
import { type MatchingRepository } from './matching.repository';

/**
 * The people one recommendation request has looked at, with their municipalities, and whom of
 * them the request's viewpoint may see. Loads each person and municipality once.
 */
export class PeopleView {
  private readonly people = new Map<string, PersonContext>();
  private readonly municipalities = new Map<string, MunicipalityContext>();

  constructor(
    private readonly repository: MatchingRepository,
    private readonly viewpoint: Viewpoint,
    known: readonly MunicipalityContext[] = [],
  ) {
    for (const municipality of known) this.municipalities.set(municipality.code, municipality);
  }

  /** Loads the people (and their municipalities) not loaded yet; unknown ids stay unknown. */
  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.people.has(id));
    if (missing.length === 0) return;
    const { people, municipalities } = await this.repository.peopleInContext(missing);
    for (const person of people) this.people.set(person.id, person);
    for (const municipality of municipalities) {
      if (!this.municipalities.has(municipality.code)) {
        this.municipalities.set(municipality.code, municipality);
      }
    }
  }

  person(id: string): PersonContext | undefined {
    return this.people.get(id);
  }

  municipalityOf(id: string): MunicipalityContext | undefined {
    const code = this.people.get(id)?.municipalityCode;
    return code === undefined ? undefined : this.municipalities.get(code);
  }

  /** The visibility rule for a loaded person; people not loaded are not seen. */
  canSee(id: string): boolean {
    const person = this.people.get(id);
    return person !== undefined && this.viewpoint.canSee(person);
  }
}
