import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { problemOf, useQuery } from '../api';
import { DescribedField } from '../components/described-field';
import {
  AVAILABILITY_LABELS,
  IntroductionChain,
  PersonLink,
  titleAndMunicipality,
} from '../people';
import { useSession } from '../session';
import { Empty, Loading, Problem } from '../states';
import { RequestIntroduction } from './request-introduction';

const RECOMMEND = `
  query Recommend($input: RecommendInput!) {
    recommendColleagues(input: $input) {
      score
      reasons
      person {
        id name title availability
        municipality { code name }
      }
      sharedSkills { id name }
      matchedChallenges { challenge { id title } }
      introductionPath { id name municipality { name } }
    }
  }
`;

interface Recommendation {
  readonly score: number;
  readonly reasons: string[];
  readonly person: {
    readonly id: string;
    readonly name: string;
    readonly title: string | null;
    readonly availability: string;
    readonly municipality: { readonly code: string; readonly name: string };
  };
  readonly sharedSkills: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly matchedChallenges: ReadonlyArray<{
    readonly challenge: { readonly id: string; readonly title: string };
  }>;
  readonly introductionPath: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly municipality: { readonly name: string };
  }> | null;
}

const MAX_DESCRIPTION = 5000;

/**
 * Zoek een collega: the challenge in one's own words; the colleagues of other municipalities who
 * solved something like it, why, whether they are available, and who can introduce them.
 */
export function FindColleaguePage() {
  const { session } = useSession();
  const [draft, setDraft] = useState('');
  const [includeOwn, setIncludeOwn] = useState(false);
  const [asked, setAsked] = useState<{ description: string; includeOwn: boolean } | null>(null);
  const [tooShort, setTooShort] = useState(false);
  const descriptionId = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const description = draft.trim();
    setTooShort(description.length < 3);
    if (description.length >= 3) setAsked({ description, includeOwn });
  };

  return (
    <>
      <Heading1>Zoek een collega</Heading1>
      <Paragraph>
        Beschrijf uw vraagstuk. Kennissen zoekt collega&apos;s in andere gemeenten die iets
        vergelijkbaars hebben aangepakt, zegt waarom, en wie u aan hen kan voorstellen.
      </Paragraph>
      <form className="kn-form" onSubmit={submit} noValidate>
        <DescribedField
          id={descriptionId}
          label="Uw vraagstuk"
          help={
            <>
              In uw eigen woorden, bijvoorbeeld: &quot;We besteden de jeugdzorg opnieuw aan en
              willen weten hoe andere gemeenten de inkoop regionaal hebben georganiseerd.&quot;
            </>
          }
          error={tooShort ? 'Beschrijf uw vraagstuk in ten minste een paar woorden.' : null}
        >
          {(describedBy) => (
            <Textarea
              id={descriptionId}
              value={draft}
              maxLength={MAX_DESCRIPTION}
              rows={5}
              invalid={tooShort}
              aria-describedby={describedBy}
              onChange={(event) => setDraft(event.target.value)}
            />
          )}
        </DescribedField>
        <FormField type="checkbox">
          <Checkbox
            id={`${descriptionId}-own`}
            checked={includeOwn}
            onChange={(event) => setIncludeOwn(event.target.checked)}
          />
          <FormLabel htmlFor={`${descriptionId}-own`} type="checkbox">
            Ook collega&apos;s uit mijn eigen gemeente
          </FormLabel>
        </FormField>
        <div>
          <Button type="submit" appearance="primary-action-button">
            Zoek collega&apos;s
          </Button>
        </div>
      </form>
      {asked ? (
        <Recommendations
          description={asked.description}
          includeOwn={asked.includeOwn}
          askerId={session?.personId ?? null}
        />
      ) : null}
    </>
  );
}

function Recommendations({
  description,
  includeOwn,
  askerId,
}: {
  description: string;
  includeOwn: boolean;
  askerId: string | null;
}) {
  const [result, refetch] = useQuery<{ recommendColleagues: Recommendation[] }>({
    query: RECOMMEND,
    variables: {
      input: {
        description,
        first: 10,
        includeOwnMunicipality: includeOwn,
        ...(askerId ? { askerId } : {}),
      },
    },
  });
  const problem = problemOf(result.error);
  return (
    <section aria-labelledby="resultaten" aria-busy={result.fetching}>
      <Heading2 id="resultaten">Collega&apos;s die kunnen helpen</Heading2>
      {result.fetching ? <Loading what="Collega's" /> : null}
      {problem ? (
        <Problem problem={problem} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : null}
      {result.data && result.data.recommendColleagues.length === 0 ? (
        <Empty>
          Niemand gevonden die dit al eens heeft aangepakt. Probeer het vraagstuk anders te
          beschrijven, met de woorden die een vakgenoot zou gebruiken.
        </Empty>
      ) : null}
      {result.data && result.data.recommendColleagues.length > 0 ? (
        <ol className="kn-results">
          {result.data.recommendColleagues.map((recommendation) => (
            <li key={recommendation.person.id}>
              <RecommendationCard recommendation={recommendation} asking={askerId !== null} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function RecommendationCard({
  recommendation,
  asking,
}: {
  recommendation: Recommendation;
  asking: boolean;
}) {
  const { person, reasons, sharedSkills, introductionPath } = recommendation;
  const headingId = useId();
  return (
    <article className="kn-card" aria-labelledby={headingId}>
      <Heading3 id={headingId}>
        <PersonLink person={person} />
      </Heading3>
      <Paragraph>
        {titleAndMunicipality(person)} ·{' '}
        {AVAILABILITY_LABELS[person.availability] ?? person.availability}
      </Paragraph>
      {reasons.length > 0 ? (
        <>
          <Paragraph>Waarom:</Paragraph>
          <UnorderedList>
            {reasons.map((reason) => (
              <UnorderedListItem key={reason}>{reason}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {sharedSkills.length > 0 ? (
        <Paragraph>Vaardigheden: {sharedSkills.map((skill) => skill.name).join(', ')}</Paragraph>
      ) : null}
      {introductionPath && introductionPath.length > 1 ? (
        <>
          <Paragraph>Wie u kan voorstellen:</Paragraph>
          <IntroductionChain path={introductionPath} />
        </>
      ) : asking ? (
        <Paragraph>
          Geen gezamenlijke bekenden binnen drie stappen: vraag een introductie aan.
        </Paragraph>
      ) : null}
      <RequestIntroduction
        expert={person}
        via={introductionPath && introductionPath.length > 2 ? introductionPath[1] : null}
      />
    </article>
  );
}
