import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type ApiProblem } from '../../api';
import { Problem } from '../../states';
import { SavedStatus } from './status';

/**
 * A list the person changes here and then saves at once (the API replaces the whole list, so
 * what is shown is exactly what is sent): what was saved, what is shown, whether they differ, and
 * what the last step did, for the live region.
 */
export function useListEditor<Item>(initial: readonly Item[], keyOf: (item: Item) => string) {
  const [saved, setSaved] = useState(initial);
  const [items, setItems] = useState(initial);
  const [status, setStatus] = useState('');
  const changed = !sameItems(items, saved, keyOf);
  return {
    saved,
    items,
    status,
    changed,
    /** Changes what is shown; `said` tells the person how (or nothing). */
    edit: (change: (before: readonly Item[]) => readonly Item[], said = ''): void => {
      setItems(change);
      setStatus(said);
    },
    undo: (): void => {
      setItems(saved);
      setStatus('Uw wijzigingen zijn ongedaan gemaakt.');
    },
    /** Sends the list when it changed; `send` answers the list as saved, or null if it failed. */
    save: async (
      send: (items: readonly Item[]) => Promise<readonly Item[] | null>,
      savedMessage: string,
    ): Promise<void> => {
      if (!changed) {
        setStatus('Er was niets gewijzigd.');
        return;
      }
      setStatus('');
      const now = await send(items);
      if (now) {
        setSaved(now);
        setItems(now);
        setStatus(savedMessage);
      }
    },
  };
}

export type ListEditor<Item> = ReturnType<typeof useListEditor<Item>>;

/** Whether two lists hold the same items, in any order. */
function sameItems<Item>(
  a: readonly Item[],
  b: readonly Item[],
  keyOf: (item: Item) => string,
): boolean {
  const key = (list: readonly Item[]): string => list.map(keyOf).sort().join('|');
  return key(a) === key(b);
}

/**
 * Below a list being edited: a reminder of unsaved changes, why saving failed, the buttons to
 * save and to undo, and what the last step did.
 */
export function ListEditorActions<Item>({
  editor,
  saveLabel,
  saving,
  problem,
  onSave,
}: {
  editor: ListEditor<Item>;
  saveLabel: string;
  saving: boolean;
  problem: ApiProblem | null;
  onSave: () => void;
}) {
  return (
    <>
      {editor.changed ? (
        <Paragraph>
          <strong>Let op:</strong> u hebt wijzigingen die nog niet zijn opgeslagen.
        </Paragraph>
      ) : null}
      {problem ? <Problem problem={problem} /> : null}
      <div className="kn-actions">
        <Button appearance="primary-action-button" busy={saving} onClick={onSave}>
          {saveLabel}
        </Button>
        {editor.changed ? (
          <Button appearance="secondary-action-button" onClick={editor.undo}>
            Wijzigingen ongedaan maken
          </Button>
        ) : null}
      </div>
      <SavedStatus message={editor.status} />
    </>
  );
}

/** "Verwijder", with the skill's name for screen readers: the rows' buttons are told apart. */
export function RemoveButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <Button appearance="subtle-button" onClick={onClick}>
      Verwijder<span className="kn-visually-hidden"> {name}</span>
    </Button>
  );
}
