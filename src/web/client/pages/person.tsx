import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { problemOf, useQuery } from '../api';
import { AVAILABILITY_LABELS } from '../people';
import { useSession } from '../session';
import { Empty, Loading, Problem } from '../states';
import { RequestIntroduction } from './request-introduction';

const PERSON = `
  query Person($id: ID!, $me: ID!, $withMe: Boolean!) {
    person(id: $id) {
      id name title department bio availability
      municipality { code name collaborations { id name } }
      skills { level skill { id name } }
      experiences { role outcome year challenge { id title municipality { name } } }
    }
    me: person(id: $me) @include(if: $withMe) {
      id
      municipality { code collaborations { id } }
    }
  }
`;

interface Profile {
  readonly id: string;
  readonly name: string;
  readonly title: string | null;
  readonly department: string | null;
  readonly bio: string | null;
  readonly availability: string;
  readonly municipality: {
    readonly code: string;
    readonly name: string;
    readonly collaborations: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  };
  readonly skills: ReadonlyArray<{
    readonly level: number;
    readonly skill: { readonly id: string; readonly name: string };
  }>;
  readonly experiences: ReadonlyArray<{
    readonly role: string;
    readonly outcome: string;
    readonly year: number | null;
    readonly challenge: {
      readonly id: string;
      readonly title: string;
      readonly municipality: { readonly name: string };
    };
  }>;
}

interface Me {
  readonly id: string;
  readonly municipality: {
    readonly code: string;
    readonly collaborations: ReadonlyArray<{ readonly id: string }>;
  };
}

const ROLES: Record<string, string> = {
  LEAD: 'leidde',
  MEMBER: 'werkte mee aan',
  ADVISOR: 'adviseerde bij',
};
const OUTCOMES: Record<string, string> = {
  SOLVED: 'opgelost',
  PARTIAL: 'deels opgelost',
  ONGOING: 'loopt nog',
  FAILED: 'niet gelukt',
};

/** A colleague's profile: what they know, what they worked on, what connects you. */
export function PersonPage({ id }: { id?: string }) {
  const { session } = useSession();
  const me = session?.personId ?? null;
  const [result, refetch] = useQuery<{ person: Profile | null; me?: Me | null }>({
    query: PERSON,
    variables: { id: id ?? '', me: me ?? '', withMe: me !== null && me !== id },
    pause: !id,
  });
  const problem = problemOf(result.error);
  if (result.fetching) return <Loading what="Het profiel" />;
  if (problem) {
    return (
      <>
        <Heading1>Collega</Heading1>
        <Problem problem={problem} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  const person = result.data?.person;
  if (!person) {
    return (
      <>
        <Heading1>Collega niet gevonden</Heading1>
        <Empty>Deze collega bestaat niet, of zijn profiel is niet zichtbaar voor u.</Empty>
      </>
    );
  }
  const mine = new Set(result.data?.me?.municipality.collaborations.map(({ id }) => id) ?? []);
  const shared = person.municipality.collaborations.filter((collaboration) =>
    mine.has(collaboration.id),
  );
  const sameMunicipality = result.data?.me?.municipality.code === person.municipality.code;
  return (
    <>
      <Heading1>{person.name}</Heading1>
      <DataList>
        <Fact label="Functie" value={person.title} />
        <Fact label="Afdeling" value={person.department} />
        <Fact label="Gemeente" value={person.municipality.name} />
        <Fact label="Beschikbaarheid" value={AVAILABILITY_LABELS[person.availability]} />
      </DataList>
      {person.bio ? <Paragraph>{person.bio}</Paragraph> : null}
      {me !== person.id ? <RequestIntroduction expert={person} via={null} /> : null}

      <section aria-labelledby="vaardigheden">
        <Heading2 id="vaardigheden">Vaardigheden</Heading2>
        {person.skills.length === 0 ? (
          <Empty>Geen vaardigheden vastgelegd.</Empty>
        ) : (
          <UnorderedList>
            {person.skills.map(({ level, skill }) => (
              <UnorderedListItem key={skill.id}>
                {skill.name} – niveau {level} van 5
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section aria-labelledby="ervaring">
        <Heading2 id="ervaring">Ervaring</Heading2>
        {person.experiences.length === 0 ? (
          <Empty>Geen vraagstukken vastgelegd.</Empty>
        ) : (
          <UnorderedList>
            {person.experiences.map(({ role, outcome, year, challenge }) => (
              <UnorderedListItem key={`${challenge.id}-${role}`}>
                {ROLES[role] ?? role} “{challenge.title}” in {challenge.municipality.name} (
                {[OUTCOMES[outcome] ?? outcome, year].filter(Boolean).join(', ')})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      {result.data?.me ? (
        <section aria-labelledby="gedeeld">
          <Heading2 id="gedeeld">Wat u verbindt</Heading2>
          {sameMunicipality ? <Paragraph>U werkt bij dezelfde gemeente.</Paragraph> : null}
          {shared.length === 0 ? (
            <Empty>Uw gemeenten werken niet samen in een samenwerkingsverband.</Empty>
          ) : (
            <UnorderedList>
              {shared.map((collaboration) => (
                <UnorderedListItem key={collaboration.id}>{collaboration.name}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      ) : null}
    </>
  );
}

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue value={value}>{value}</DataListValue>
    </DataListItem>
  );
}
