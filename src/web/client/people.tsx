import { Link } from '@utrecht/component-library-react';
import { hrefOf } from './routes';

/** How the API says a person can be reached, in Dutch. */
export const AVAILABILITY_LABELS: Record<string, string> = {
  AVAILABLE: 'Beschikbaar',
  LIMITED: 'Beperkt beschikbaar',
  UNAVAILABLE: 'Niet beschikbaar',
};

export interface PersonRef {
  readonly id: string;
  readonly name: string;
  readonly municipality?: { readonly name: string } | null;
}

/** "Beleidsadviseur Wmo, Utrecht": a person's job title (when known) and municipality. */
export function titleAndMunicipality(person: {
  readonly title: string | null;
  readonly municipality: { readonly name: string };
}): string {
  return [person.title, person.municipality.name].filter(Boolean).join(', ');
}

/** A person as a link to their profile. */
export function PersonLink({ person }: { person: PersonRef }) {
  return <Link href={hrefOf({ name: 'person', id: person.id })}>{person.name}</Link>;
}

/**
 * Who can introduce whom: the chain of acquaintances from the asker to the colleague, as an
 * ordered list (read out as a list of steps), drawn as names with arrows between them.
 */
export function IntroductionChain({ path }: { path: readonly PersonRef[] }) {
  return (
    <ol className="kn-chain" aria-label="Introductiepad">
      {path.map((person, index) => (
        <li key={person.id}>
          <PersonLink person={person} />
          {person.municipality ? ` (${person.municipality.name})` : ''}
          {index === 0 ? ' – u' : ''}
        </li>
      ))}
    </ol>
  );
}
