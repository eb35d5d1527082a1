import {
  Button,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { problemOf, useMutation, useQuery } from '../../api';
import { useSession } from '../../session';
import { Empty, Loading, Problem } from '../../states';
import { type FoundSkill, SkillSearch } from './skill-search';
import { SavedStatus } from './status';

const MY_SKILLS = `
  query MySkills($id: ID!) {
    person(id: $id) {
      id
      skills { level skill { id name } }
      wantsToLearn { id name }
    }
  }
`;

const SET_MY_SKILLS = `
  mutation SetMySkills($personId: ID!, $skills: [PersonSkillInput!]!) {
    setPersonSkills(personId: $personId, skills: $skills) {
      id
      skills { level skill { id name } }
    }
  }
`;

const SET_MY_WISHES = `
  mutation SetMyWishes($personId: ID, $skillIds: [ID!]!) {
    setWantsToLearn(personId: $personId, skillIds: $skillIds) {
      id
      wantsToLearn { id name }
    }
  }
`;

interface SkillRef {
  readonly id: string;
  readonly name: string;
}

interface PersonSkill {
  readonly level: number;
  readonly skill: SkillRef;
}

interface MySkills {
  readonly id: string;
  readonly skills: readonly PersonSkill[];
  readonly wantsToLearn: readonly SkillRef[];
}

/** What setPersonSkills and setWantsToLearn accept (the schema's descriptions). */
const MAX_SKILLS = 100;
const MAX_WISHES = 20;
const LEVELS = [1, 2, 3, 4, 5] as const;
const NEW_SKILL_LEVEL = 3;

function levelLabel(level: number): string {
  if (level === 1) return '1 (basis)';
  if (level === 5) return '5 (expert)';
  return String(level);
}

/** Whether two skill sets hold the same skills at the same levels, in any order. */
function sameSkills(a: readonly PersonSkill[], b: readonly PersonSkill[]): boolean {
  const key = (list: readonly PersonSkill[]): string =>
    list
      .map((entry) => `${entry.skill.id}:${entry.level}`)
      .sort()
      .join('|');
  return key(a) === key(b);
}

function sameWishes(a: readonly SkillRef[], b: readonly SkillRef[]): boolean {
  const key = (list: readonly SkillRef[]): string =>
    list
      .map((skill) => skill.id)
      .sort()
      .join('|');
  return key(a) === key(b);
}

/** Section 2: what the person can (skills with a level) and wants to learn. */
export function SkillsSection({ personId }: { personId: string }) {
  const { signIn } = useSession();
  const [result, refetch] = useQuery<{ person: MySkills | null }>({
    query: MY_SKILLS,
    variables: { id: personId },
  });
  const problem = problemOf(result.error);
  const person = result.data?.person;
  return (
    <section aria-labelledby="mijn-vaardigheden" aria-busy={result.fetching}>
      <Heading2 id="mijn-vaardigheden">Vaardigheden</Heading2>
      {result.fetching && !result.data ? <Loading what="Uw vaardigheden" /> : null}
      {problem ? (
        <Problem
          problem={problem}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
          onSignIn={signIn ?? undefined}
        />
      ) : null}
      {result.data && person === null ? (
        <Empty>Kennissen heeft geen profiel van u (meer), en dus ook geen vaardigheden.</Empty>
      ) : null}
      {person ? (
        <>
          <SkillLevelsEditor
            key={`skills-${person.id}`}
            personId={person.id}
            initial={person.skills}
          />
          <WishesEditor
            key={`wishes-${person.id}`}
            personId={person.id}
            initial={person.wantsToLearn}
          />
        </>
      ) : null}
    </section>
  );
}

/**
 * The skills and their levels, changed here and saved at once: setPersonSkills replaces the
 * whole set, so what is shown is exactly what is sent.
 */
function SkillLevelsEditor({
  personId,
  initial,
}: {
  personId: string;
  initial: readonly PersonSkill[];
}) {
  const { signIn } = useSession();
  const [saved, setSaved] = useState(initial);
  const [rows, setRows] = useState(initial);
  const [status, setStatus] = useState('');
  const [result, runSave] = useMutation<{ setPersonSkills: { skills: PersonSkill[] } }>(
    SET_MY_SKILLS,
  );
  const headingId = useId();
  const problem = problemOf(result.error);
  const changed = !sameSkills(rows, saved);

  const setLevel = (skillId: string, level: number): void => {
    setRows((before) => before.map((row) => (row.skill.id === skillId ? { ...row, level } : row)));
    setStatus('');
  };
  const remove = (row: PersonSkill): void => {
    setRows((before) => before.filter((entry) => entry.skill.id !== row.skill.id));
    setStatus(`${row.skill.name} is uit de lijst gehaald. Sla op om dat te bewaren.`);
    // The button is gone: put the focus on the list's heading rather than nowhere.
    document.getElementById(headingId)?.focus();
  };
  const add = (skill: FoundSkill): void => {
    setRows((before) => [...before, { level: NEW_SKILL_LEVEL, skill }]);
    setStatus(
      `${skill.name} is toegevoegd op niveau ${NEW_SKILL_LEVEL}. Pas het niveau zo nodig aan en sla op.`,
    );
  };
  const undo = (): void => {
    setRows(saved);
    setStatus('Uw wijzigingen zijn ongedaan gemaakt.');
  };
  const save = async (): Promise<void> => {
    if (!changed) {
      setStatus('Er was niets gewijzigd.');
      return;
    }
    setStatus('');
    const answer = await runSave({
      personId,
      skills: rows.map((row) => ({ skillId: row.skill.id, level: row.level })),
    });
    if (answer.data) {
      setSaved(answer.data.setPersonSkills.skills);
      setRows(answer.data.setPersonSkills.skills);
      setStatus('Uw vaardigheden zijn opgeslagen.');
    }
  };

  return (
    <div className="kn-my-data-part">
      <Heading3 id={headingId} tabIndex={-1}>
        Wat u kunt
      </Heading3>
      <Paragraph>
        Geef per vaardigheid uw niveau aan, van 1 (basis) tot 5 (expert). Collega’s en HR vinden u
        op deze vaardigheden.
      </Paragraph>
      {rows.length === 0 ? (
        <Empty>
          U hebt {saved.length === 0 ? 'nog' : 'nu'} geen vaardigheden in de lijst. Zoek hieronder
          een vaardigheid om toe te voegen.
        </Empty>
      ) : (
        <Table>
          <TableCaption>Uw vaardigheden en uw niveau ({rows.length})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Vaardigheid</TableHeaderCell>
              <TableHeaderCell scope="col">Niveau</TableHeaderCell>
              <TableHeaderCell scope="col">Verwijderen</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <SkillRow
                key={row.skill.id}
                row={row}
                onLevel={(level) => setLevel(row.skill.id, level)}
                onRemove={() => remove(row)}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {changed ? (
        <Paragraph>
          <strong>Let op:</strong> u hebt wijzigingen die nog niet zijn opgeslagen.
        </Paragraph>
      ) : null}
      {problem ? <Problem problem={problem} onSignIn={signIn ?? undefined} /> : null}
      <div className="kn-actions">
        <Button
          appearance="primary-action-button"
          busy={result.fetching}
          onClick={() => void save()}
        >
          Vaardigheden opslaan
        </Button>
        {changed ? (
          <Button appearance="secondary-action-button" onClick={undo}>
            Wijzigingen ongedaan maken
          </Button>
        ) : null}
      </div>
      <SavedStatus message={status} />
      {rows.length < MAX_SKILLS ? (
        <SkillSearch
          title="Vaardigheid toevoegen"
          isChosen={(id) => rows.some((row) => row.skill.id === id)}
          chooseLabel="Toevoegen"
          onChoose={add}
        />
      ) : (
        <Paragraph>
          U hebt het hoogste aantal vaardigheden ({MAX_SKILLS}). Verwijder er een om een andere toe
          te voegen.
        </Paragraph>
      )}
    </div>
  );
}

function SkillRow({
  row,
  onLevel,
  onRemove,
}: {
  row: PersonSkill;
  onLevel: (level: number) => void;
  onRemove: () => void;
}) {
  const selectId = useId();
  return (
    <TableRow>
      <TableCell>{row.skill.name}</TableCell>
      <TableCell>
        <FormLabel htmlFor={selectId} className="kn-visually-hidden">
          Niveau van {row.skill.name}
        </FormLabel>
        <Select
          id={selectId}
          value={String(row.level)}
          onChange={(event) => onLevel(Number(event.target.value))}
        >
          {LEVELS.map((level) => (
            <SelectOption key={level} value={String(level)}>
              {levelLabel(level)}
            </SelectOption>
          ))}
        </Select>
      </TableCell>
      <TableCell>
        <Button appearance="subtle-button" onClick={onRemove}>
          Verwijder<span className="kn-visually-hidden"> {row.skill.name}</span>
        </Button>
      </TableCell>
    </TableRow>
  );
}

/** The skills the person wants to learn ("wil leren"), saved at once with setWantsToLearn. */
function WishesEditor({ personId, initial }: { personId: string; initial: readonly SkillRef[] }) {
  const { signIn } = useSession();
  const [saved, setSaved] = useState(initial);
  const [wishes, setWishes] = useState(initial);
  const [status, setStatus] = useState('');
  const [result, runSave] = useMutation<{ setWantsToLearn: { wantsToLearn: SkillRef[] } }>(
    SET_MY_WISHES,
  );
  const headingId = useId();
  const problem = problemOf(result.error);
  const changed = !sameWishes(wishes, saved);

  const remove = (skill: SkillRef): void => {
    setWishes((before) => before.filter((entry) => entry.id !== skill.id));
    setStatus(`${skill.name} is uit de lijst gehaald. Sla op om dat te bewaren.`);
    document.getElementById(headingId)?.focus();
  };
  const add = (skill: FoundSkill): void => {
    setWishes((before) => [...before, { id: skill.id, name: skill.name }]);
    setStatus(`${skill.name} is toegevoegd. Sla op om dat te bewaren.`);
  };
  const undo = (): void => {
    setWishes(saved);
    setStatus('Uw wijzigingen zijn ongedaan gemaakt.');
  };
  const save = async (): Promise<void> => {
    if (!changed) {
      setStatus('Er was niets gewijzigd.');
      return;
    }
    setStatus('');
    // A signed-in person may name themselves; naming them keeps the call explicit.
    const answer = await runSave({ personId, skillIds: wishes.map((skill) => skill.id) });
    if (answer.data) {
      setSaved(answer.data.setWantsToLearn.wantsToLearn);
      setWishes(answer.data.setWantsToLearn.wantsToLearn);
      setStatus('Wat u wilt leren is opgeslagen.');
    }
  };

  return (
    <div className="kn-my-data-part">
      <Heading3 id={headingId} tabIndex={-1}>
        Wat u wilt leren
      </Heading3>
      <Paragraph>
        Coördinatoren van leerprogramma’s zien dit wanneer ze deelnemers zoeken. Ten hoogste{' '}
        {MAX_WISHES} vaardigheden.
      </Paragraph>
      {wishes.length === 0 ? (
        <Empty>U hebt {saved.length === 0 ? 'nog' : 'nu'} niets opgegeven dat u wilt leren.</Empty>
      ) : (
        <UnorderedList aria-label="Vaardigheden die u wilt leren">
          {wishes.map((skill) => (
            <UnorderedListItem key={skill.id}>
              <span className="kn-my-data-item">
                {skill.name}
                <Button appearance="subtle-button" onClick={() => remove(skill)}>
                  Verwijder<span className="kn-visually-hidden"> {skill.name}</span>
                </Button>
              </span>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {changed ? (
        <Paragraph>
          <strong>Let op:</strong> u hebt wijzigingen die nog niet zijn opgeslagen.
        </Paragraph>
      ) : null}
      {problem ? <Problem problem={problem} onSignIn={signIn ?? undefined} /> : null}
      <div className="kn-actions">
        <Button
          appearance="primary-action-button"
          busy={result.fetching}
          onClick={() => void save()}
        >
          Wil leren opslaan
        </Button>
        {changed ? (
          <Button appearance="secondary-action-button" onClick={undo}>
            Wijzigingen ongedaan maken
          </Button>
        ) : null}
      </div>
      <SavedStatus message={status} />
      {wishes.length < MAX_WISHES ? (
        <SkillSearch
          title="Iets toevoegen dat u wilt leren"
          isChosen={(id) => wishes.some((skill) => skill.id === id)}
          chooseLabel="Toevoegen"
          onChoose={add}
        />
      ) : (
        <Paragraph>
          U hebt het hoogste aantal ({MAX_WISHES}) opgegeven. Verwijder er een om een andere toe te
          voegen.
        </Paragraph>
      )}
    </div>
  );
}
