import { Button, Heading4, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { DescribedField } from '../../components/described-field';
import { type CountedConnection, LoadMoreButton, useGrowingList } from '../../paging';
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
        <DescribedField
          id={`${id}-box`}
          label="Zoek een vaardigheid"
          help={
            <>
              Een deel van de naam of een afkorting, bijvoorbeeld &quot;wmo&quot; of
              &quot;KCC&quot;. Laat het leeg om alle vaardigheden te zien.
            </>
          }
          error={tooLong ? <>Zoek met ten hoogste {MAX_SEARCH} tekens.</> : null}
        >
          {(describedBy) => (
            <div className="kn-my-data-search-row">
              <Textbox
                id={`${id}-box`}
                type="search"
                value={draft}
                invalid={tooLong}
                aria-describedby={describedBy}
                onChange={(event) => setDraft(event.target.value)}
              />
              <Button type="submit" appearance="secondary-action-button">
                Zoeken
              </Button>
            </div>
          )}
        </DescribedField>
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
  const list = useGrowingList<{ skills: CountedConnection<FoundSkill> }, FoundSkill>(
    FIND_SKILLS,
    { ...(search ? { search } : {}), first: PAGE_SIZE },
    (data) => data.skills,
  );
  const { shown, connection, problem } = list;
  const resultsId = useId();
  return (
    <div aria-busy={list.fetching} aria-labelledby={resultsId} role="region">
      <Paragraph id={resultsId}>
        {connection
          ? `${connection.totalCount} ${connection.totalCount === 1 ? 'vaardigheid' : 'vaardigheden'} gevonden${search ? ` voor “${search}”` : ''}`
          : 'Gevonden vaardigheden'}
      </Paragraph>
      {problem ? <Problem problem={problem} onRetry={list.retry} /> : null}
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
      {list.fetching ? <Loading what="Vaardigheden" /> : null}
      {list.hasNextPage ? <LoadMoreButton onClick={list.loadMore} /> : null}
    </div>
  );
}
