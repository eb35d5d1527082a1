import {
  FormLabel,
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
import { useId } from 'react';
import { problemOf, useMutation } from '../../api';
import { Empty } from '../../states';
import { ListEditorActions, RemoveButton, useListEditor } from './list-editor';
import { OwnRecordSection } from './own-record';
import { type FoundSkill, SkillSearch } from './skill-search';

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

/** Section 2: what the person can (skills with a level) and wants to learn. */
export function SkillsSection({ personId }: { personId: string }) {
  return (
    <OwnRecordSection<MySkills>
      headingId="mijn-vaardigheden"
      title="Vaardigheden"
      query={MY_SKILLS}
      personId={personId}
      loading="Uw vaardigheden"
      missing="Kennissen heeft geen profiel van u (meer), en dus ook geen vaardigheden."
    >
      {(person) => (
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
      )}
    </OwnRecordSection>
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
  const editor = useListEditor(initial, (row) => `${row.skill.id}:${row.level}`);
  const rows = editor.items;
  const [result, runSave] = useMutation<{ setPersonSkills: { skills: PersonSkill[] } }>(
    SET_MY_SKILLS,
  );
  const headingId = useId();

  const setLevel = (skillId: string, level: number): void =>
    editor.edit((before) =>
      before.map((row) => (row.skill.id === skillId ? { ...row, level } : row)),
    );
  const remove = (row: PersonSkill): void => {
    editor.edit(
      (before) => before.filter((entry) => entry.skill.id !== row.skill.id),
      `${row.skill.name} is uit de lijst gehaald. Sla op om dat te bewaren.`,
    );
    // The button is gone: put the focus on the list's heading rather than nowhere.
    document.getElementById(headingId)?.focus();
  };
  const add = (skill: FoundSkill): void =>
    editor.edit(
      (before) => [...before, { level: NEW_SKILL_LEVEL, skill }],
      `${skill.name} is toegevoegd op niveau ${NEW_SKILL_LEVEL}. Pas het niveau zo nodig aan en sla op.`,
    );
  const save = (): Promise<void> =>
    editor.save(async (skills) => {
      const answer = await runSave({
        personId,
        skills: skills.map((row) => ({ skillId: row.skill.id, level: row.level })),
      });
      return answer.data?.setPersonSkills.skills ?? null;
    }, 'Uw vaardigheden zijn opgeslagen.');

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
          U hebt {editor.saved.length === 0 ? 'nog' : 'nu'} geen vaardigheden in de lijst. Zoek
          hieronder een vaardigheid om toe te voegen.
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
      <ListEditorActions
        editor={editor}
        saveLabel="Vaardigheden opslaan"
        saving={result.fetching}
        problem={problemOf(result.error)}
        onSave={() => void save()}
      />
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
        <RemoveButton name={row.skill.name} onClick={onRemove} />
      </TableCell>
    </TableRow>
  );
}

/** The skills the person wants to learn ("wil leren"), saved at once with setWantsToLearn. */
function WishesEditor({ personId, initial }: { personId: string; initial: readonly SkillRef[] }) {
  const editor = useListEditor(initial, (skill) => skill.id);
  const wishes = editor.items;
  const [result, runSave] = useMutation<{ setWantsToLearn: { wantsToLearn: SkillRef[] } }>(
    SET_MY_WISHES,
  );
  const headingId = useId();

  const remove = (skill: SkillRef): void => {
    editor.edit(
      (before) => before.filter((entry) => entry.id !== skill.id),
      `${skill.name} is uit de lijst gehaald. Sla op om dat te bewaren.`,
    );
    document.getElementById(headingId)?.focus();
  };
  const add = (skill: FoundSkill): void =>
    editor.edit(
      (before) => [...before, { id: skill.id, name: skill.name }],
      `${skill.name} is toegevoegd. Sla op om dat te bewaren.`,
    );
  const save = (): Promise<void> =>
    editor.save(async (skills) => {
      // A signed-in person may name themselves; naming them keeps the call explicit.
      const answer = await runSave({ personId, skillIds: skills.map((skill) => skill.id) });
      return answer.data?.setWantsToLearn.wantsToLearn ?? null;
    }, 'Wat u wilt leren is opgeslagen.');

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
        <Empty>
          U hebt {editor.saved.length === 0 ? 'nog' : 'nu'} niets opgegeven dat u wilt leren.
        </Empty>
      ) : (
        <UnorderedList aria-label="Vaardigheden die u wilt leren">
          {wishes.map((skill) => (
            <UnorderedListItem key={skill.id}>
              <span className="kn-my-data-item">
                {skill.name}
                <RemoveButton name={skill.name} onClick={() => remove(skill)} />
              </span>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <ListEditorActions
        editor={editor}
        saveLabel="Wil leren opslaan"
        saving={result.fetching}
        problem={problemOf(result.error)}
        onSave={() => void save()}
      />
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
