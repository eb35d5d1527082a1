import { type ReferenceMunicipality } from '../../../src/seed/reference/reference-data';
import { type ThemeId } from '../../../src/seed/demo/themes';
import { type Availability, type DemoSkill, type Visibility } from '../../../src/seed/demo/types';
import { type PlantedQuery } from './synthetic-world';

/**
 * Rule probes: lists of 50 normally fill up with available people, so an UNAVAILABLE person
 * rarely shows and the rule "after every available one" would go untested. A probe asks for
 * one rare skill only (its description has nothing but Dutch stop words, so there is no text to
 * match) and the few holders of that skill are all the service can offer: the best of them is
 * UNAVAILABLE, one works in the asking municipality and one is hidden. Probes are checked for
 * the hard rules only; they are not part of the metrics.
 */
export const PROBE_SKILLS: readonly DemoSkill[] = [
  ['kademuren', 'Beheer van historische kademuren', ['kademuren', 'walmuren'], 'omgeving'],
  ['kerkenvisie', 'Kerkenvisie en herbestemming van kerken', ['kerkenvisie'], 'omgeving'],
  ['begraafplaatsen', 'Begraafplaatsbeheer en grafrechten', ['grafrechten'], 'dienstverlening'],
  ['veerponten', 'Exploitatie van veerponten', ['veerdienst', 'pont'], 'omgeving'],
].map(([id, name, aliases, category]) => ({
  id: id as string,
  name: name as string,
  aliases: aliases as string[],
  category: category as string,
  escoUri: null,
}));

/** Only Snowball Dutch stop words ("Who can do this?"): nothing for the text search. */
export const PROBE_DESCRIPTION = 'Wie kan dit?';

export interface ProbeHolder {
  readonly municipality: ReferenceMunicipality;
  readonly theme: ThemeId;
  readonly visibility: Visibility;
  readonly availability: Availability;
  readonly skills: readonly { skillId: string; level: number }[];
}

/**
 * Plants the probes through `addPerson` (the world builder's), each from its own asking
 * municipality, and returns their queries.
 */
export function plantProbes(
  pickMunicipality: () => ReferenceMunicipality,
  addPerson: (holder: ProbeHolder) => string,
): PlantedQuery[] {
  return PROBE_SKILLS.map((skill, index) => {
    const asking = pickMunicipality();
    let elsewhere = pickMunicipality();
    while (elsewhere === asking) elsewhere = pickMunicipality();
    const theme = skill.category as ThemeId;
    const holder = (
      municipality: ReferenceMunicipality,
      availability: Availability,
      visibility: Visibility,
      level: number,
    ): string =>
      addPerson({
        municipality,
        theme,
        visibility,
        availability,
        skills: [{ skillId: skill.id, level }],
      });

    holder(elsewhere, 'UNAVAILABLE', 'NETWORK', 5); // the best holder, and away
    holder(pickMunicipality(), 'AVAILABLE', 'NETWORK', 3);
    holder(pickMunicipality(), 'LIMITED', 'NETWORK', 4);
    holder(pickMunicipality(), 'AVAILABLE', 'NETWORK', 2);
    holder(asking, 'AVAILABLE', 'NETWORK', 5); // own municipality
    holder(elsewhere, 'AVAILABLE', 'MUNICIPALITY', 5); // hidden
    const askerId = addPerson({
      municipality: asking,
      theme,
      visibility: 'NETWORK',
      availability: 'AVAILABLE',
      skills: [],
    });
    return {
      id: `probe-${index + 1}-${skill.id}`,
      familyId: `probe:${skill.id}`,
      askerId,
      municipalityCode: asking.code,
      description: PROBE_DESCRIPTION,
      skillIds: [skill.id],
      probe: true,
      lookAlikeOf: null,
    };
  });
}
