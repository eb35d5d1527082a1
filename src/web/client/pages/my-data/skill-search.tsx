import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading4,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { problemOf, useQuery } from '../../api';
import { useSession } from '../../session';
import { Empty, Loading, Problem } from '../../states';

const FIND_SKILLS = `
  query FindSkills($search: String, $first: Int, $after: String) {
    skills(search: $search, first: $first, after: $after) {
      totalCount
      edges { node { id name aliases } }
      pageInfo { endCursor hasNextPage }
    }
  }
`;

export interface FoundSkill {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

const PAGE_SIZE = 10;
/** The skills query's search is 1 to 100 characters. */
const MAX_SEARCH = 100;

/**
 * Finds a skill by (part of) its name or an alias, and lets the person choose one. Leaving the
 * box empty lists every skill, page by page.
 */
export function SkillSearch({
  title,
  chooseLabel,
  isChosen,
  onChoose,
}: {
  title: string;
  chooseLabel: string;
  isChosen: (id: string) => boolean;
  onChoose: (skill: FoundSkill) => void;
}) {
  const [draft, setDraft] = useState('');
  const [asked, setAsked] = useState<{ search: string } | null>(null);
  const [tooLong, setTooLong] = useState(false);
  const id = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const search = draft.trim();
    setTooLong(search.length > MAX_SEARCH);
    if (search.length <= MAX_SEARCH) setAsked({ search });
  };

  return (
    <div className="kn-my-data-search">
      <Heading4 id={`${id}-title`}>{title}</Heading4>
      <form role="search" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
        <FormField invalid={tooLong}>
          <FormLabel htmlFor={`${id}-box`}>Zoek een vaardigheid</FormLabel>
          <FormFieldDescription id={`${id}-help`}>
            Een deel van de naam of een afkorting, bijvoorbeeld &quot;wmo&quot; of &quot;KCC&quot;.
            Laat het leeg om alle vaardigheden te zien.
          </FormFieldDescription>
          {tooLong ? (
            <FormFieldDescription id={`${id}-error`} invalid>
              Zoek met ten hoogste {MAX_SEARCH} tekens.
            </FormFieldDescription>
          ) : null}
          <div className="kn-my-data-search-row">
            <Textbox
              id={`${id}-box`}
              type="search"
              value={draft}
              invalid={tooLong}
              aria-describedby={`${id}-help${tooLong ? ` ${id}-error` : ''}`}
              onChange={(event) => setDraft(event.target.value)}
            />
            <Button type="submit" appearance="secondary-action-button">
              Zoeken
            </Button>
          </div>
        </FormField>
      </form>
      {asked ? (
        <SkillResults
          key={asked.search}
          search={asked.search}
          chooseLabel={chooseLabel}
          isChosen={isChosen}
          onChoose={(skill) => {
            onChoose(skill);
            // The chosen skill's button is gone: go back to the search box, not nowhere.
            document.getElementById(`${id}-box`)?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

function SkillResults({
  search,
  chooseLabel,
  isChosen,
  onChoose,
}: {
  search: string;
  chooseLabel: string;
  isChosen: (id: string) => boolean;
  onChoose: (skill: FoundSkill) => void;
}) {
  const { signIn } = useSession();
  const [after, setAfter] = useState<string | null>(null);
  const [shown, setShown] = useState<FoundSkill[]>([]);
  const [result, refetch] = useQuery<{
    skills: {
      totalCount: number;
      edges: Array<{ node: FoundSkill }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  }>({
    query: FIND_SKILLS,
    variables: { ...(search ? { search } : {}), first: PAGE_SIZE, after },
  });

  // Pages are added to what is shown, so "Meer laden" keeps the earlier ones.
  useEffect(() => {
    const page = result.data?.skills.edges.map(({ node }) => node);
    if (!page) return;
    setShown((before) =>
      after === null
        ? page
        : [...before, ...page.filter((n) => !before.some((b) => b.id === n.id))],
    );
  }, [result.data, after]);

  const connection = result.data?.skills;
  const problem = problemOf(result.error);
  const resultsId = useId();
  return (
    <div aria-busy={result.fetching} aria-labelledby={resultsId} role="region">
      <Paragraph id={resultsId}>
        {connection
          ? `${connection.totalCount} ${connection.totalCount === 1 ? 'vaardigheid' : 'vaardigheden'} gevonden${search ? ` voor “${search}”` : ''}`
          : 'Gevonden vaardigheden'}
      </Paragraph>
      {problem ? (
        <Problem
          problem={problem}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
          onSignIn={signIn ?? undefined}
        />
      ) : null}
      {!problem && connection && shown.length === 0 ? (
        <Empty>
          {search
            ? `Geen vaardigheid gevonden met “${search}” in de naam of als afkorting. Probeer een ander woord.`
            : 'Er staan nog geen vaardigheden in Kennissen.'}
        </Empty>
      ) : null}
      {shown.length > 0 ? (
        <ul className="kn-my-data-found">
          {shown.map((skill) => (
            <li key={skill.id} className="kn-my-data-item">
              <span>
                {skill.name}
                {skill.aliases.length > 0 ? ` (ook: ${skill.aliases.join(', ')})` : ''}
              </span>
              {isChosen(skill.id) ? (
                <span>Staat al in uw lijst</span>
              ) : (
                <Button appearance="secondary-action-button" onClick={() => onChoose(skill)}>
                  {chooseLabel}
                  <span className="kn-visually-hidden">: {skill.name}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {result.fetching ? <Loading what="Vaardigheden" /> : null}
      {connection?.pageInfo.hasNextPage && !result.fetching ? (
        <div className="kn-actions">
          <Button
            appearance="secondary-action-button"
            onClick={() => setAfter(connection.pageInfo.endCursor)}
          >
            Meer laden
          </Button>
        </div>
      ) : null}
    </div>
  );
}
