import { Visibility } from './models/visibility.enum';

/**
 * Whom a viewer may see, in the terms a store query applies before it counts or limits: the
 * viewer's municipality (all its people are visible) and the municipalities that share a
 * collaboration with it (their COLLABORATIONS people are visible), or no condition at all for
 * someone who may see everyone. The store ports take this; services take the Viewpoint below.
 */
export interface VisibilityScope {
  /** An administrator: no visibility condition. */
  readonly seesEveryone: boolean;
  /** The viewer's municipality, whose people are all visible; null when anonymous. */
  readonly municipalityCode: string | null;
  /** Municipalities sharing a collaboration with the viewer: their COLLABORATIONS people are visible. */
  readonly partnerMunicipalityCodes: readonly string[];
}

export const EVERYONE_SCOPE: VisibilityScope = {
  seesEveryone: true,
  municipalityCode: null,
  partnerMunicipalityCodes: [],
};

/** What an anonymous reader sees: NETWORK people only. */
export const ANONYMOUS_SCOPE: VisibilityScope = {
  seesEveryone: false,
  municipalityCode: null,
  partnerMunicipalityCodes: [],
};

/** What decides whether a person can be seen: their setting and where they work. */
export interface VisibleParty {
  readonly visibility: Visibility;
  readonly municipalityCode: string;
}

/**
 * Who is looking, and so whom they may see: the one visibility rule of the design brief, used
 * everywhere a person can appear (lookups, lists and their counts, acquaintances, experiences,
 * search, recommendations, introduction paths). NETWORK people reach everyone; COLLABORATIONS
 * people their own municipality and every municipality sharing a collaboration with it;
 * MUNICIPALITY people only their own municipality. The stores apply the same rule from `scope`
 * (graph-store/cypher/visibility-condition.ts).
 */
export class Viewpoint {
  /** The administrator and admin-scoped credentials, who maintain the directory. */
  static readonly EVERYONE = new Viewpoint(EVERYONE_SCOPE);
  /** A reader without credentials. */
  static readonly ANONYMOUS = new Viewpoint(ANONYMOUS_SCOPE);

  private constructor(readonly scope: VisibilityScope) {}

  /** Someone working in `municipalityCode`, given the municipalities it shares a collaboration with. */
  static ofMunicipality(
    municipalityCode: string,
    partnerMunicipalityCodes: readonly string[],
  ): Viewpoint {
    return new Viewpoint({
      seesEveryone: false,
      municipalityCode,
      partnerMunicipalityCodes: [...new Set(partnerMunicipalityCodes)].filter(
        (code) => code !== municipalityCode,
      ),
    });
  }

  get seesEveryone(): boolean {
    return this.scope.seesEveryone;
  }

  /** The viewer's municipality; null for everyone and for anonymous readers. */
  get municipalityCode(): string | null {
    return this.scope.municipalityCode;
  }

  canSee(person: VisibleParty): boolean {
    const { seesEveryone, municipalityCode, partnerMunicipalityCodes } = this.scope;
    if (seesEveryone) return true;
    switch (person.visibility) {
      case Visibility.NETWORK:
        return true;
      case Visibility.MUNICIPALITY:
        return municipalityCode === person.municipalityCode;
      case Visibility.COLLABORATIONS:
        return (
          municipalityCode === person.municipalityCode ||
          partnerMunicipalityCodes.includes(person.municipalityCode)
        );
    }
  }
}
