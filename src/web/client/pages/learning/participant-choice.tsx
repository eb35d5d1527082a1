import { Select, SelectOption } from '@utrecht/component-library-react';
import { DescribedField } from '../../components/described-field';
import { type Participant } from './model';

/**
 * The choice of the participant a coordinator's change is about (their circle, their mentor),
 * each named with what they have now. Nothing is chosen at first; `error` says why that will not
 * do once the form was sent.
 */
export function ParticipantChoice({
  id,
  participants,
  now,
  value,
  error,
  onChange,
}: {
  id: string;
  participants: readonly Participant[];
  /** What the participant has now, e.g. "leerkring 2" or "geen mentor". */
  now: (participant: Participant) => string;
  value: string;
  error: string | null;
  onChange: (personId: string) => void;
}) {
  return (
    <DescribedField id={id} label="Deelnemer" error={error}>
      {(describedBy) => (
        <Select
          id={id}
          value={value}
          invalid={error !== null}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          <SelectOption value="">Kies een deelnemer</SelectOption>
          {participants.map((participant) => (
            <SelectOption key={participant.person.id} value={participant.person.id}>
              {participant.person.name} (nu: {now(participant)})
            </SelectOption>
          ))}
        </Select>
      )}
    </DescribedField>
  );
}
