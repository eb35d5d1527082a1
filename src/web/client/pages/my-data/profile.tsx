import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { problemOf, useMutation } from '../../api';
import { DescribedField } from '../../components/described-field';
import { AVAILABILITY_LABELS } from '../../people';
import { Problem } from '../../states';
import { OwnRecordSection } from './own-record';
import { SavedStatus } from './status';

const MY_PROFILE = `
  query MyProfile($id: ID!) {
    person(id: $id) {
      id name email title department bio availability visibility updatedAt
      municipality { code name }
    }
  }
`;

const UPDATE_MY_PROFILE = `
  mutation UpdateMyProfile($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      id name email title department bio availability visibility updatedAt
      municipality { code name }
    }
  }
`;

type Availability = 'AVAILABLE' | 'LIMITED' | 'UNAVAILABLE';
type Visibility = 'NETWORK' | 'COLLABORATIONS' | 'MUNICIPALITY';

interface MyProfile {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly title: string | null;
  readonly department: string | null;
  readonly bio: string | null;
  readonly availability: Availability;
  readonly visibility: Visibility;
  readonly updatedAt: string;
  readonly municipality: { readonly code: string; readonly name: string };
}

/** The schema's descriptions of Availability, in Dutch (docs/privacy.md adds the last part). */
const AVAILABILITY_CHOICES: ReadonlyArray<{ value: Availability; description: string }> = [
  { value: 'AVAILABLE', description: 'U staat open voor vragen en introducties.' },
  { value: 'LIMITED', description: 'U hebt het druk; een korte vraag kan.' },
  {
    value: 'UNAVAILABLE',
    description:
      'U bent nu niet beschikbaar: in aanbevelingen komt u na alle beschikbare collega’s. Introductieverzoeken kunnen u nog wel bereiken.',
  },
];

/** The schema's descriptions of Visibility, in Dutch. */
const VISIBILITY_CHOICES: ReadonlyArray<{
  value: Visibility;
  label: string;
  description: string;
}> = [
  {
    value: 'NETWORK',
    label: 'Alle gemeenten',
    description: 'Collega’s van elke gemeente in het netwerk kunnen u vinden.',
  },
  {
    value: 'COLLABORATIONS',
    label: 'Ook samenwerkingspartners',
    description:
      'Naast uw eigen gemeente kunnen ook collega’s van gemeenten waarmee uw gemeente in een samenwerkingsverband zit u vinden.',
  },
  {
    value: 'MUNICIPALITY',
    label: 'Alleen mijn eigen gemeente',
    description:
      'Alleen collega’s van uw eigen gemeente kunnen u vinden. Voor andere gemeenten bent u onzichtbaar: in zoekresultaten, aanbevelingen, tellingen en introductiepaden.',
  },
];

/** The lengths UpdatePersonInput allows (src/people/dto/update-person.input.ts, schema.gql). */
const LIMITS = { name: 120, email: 254, title: 120, department: 120, bio: 2000 } as const;

type TextField = keyof typeof LIMITS;

interface Draft {
  name: string;
  email: string;
  title: string;
  department: string;
  bio: string;
  availability: Availability;
  visibility: Visibility;
}

type FieldErrors = Partial<Record<TextField, string>>;

function draftOf(person: MyProfile): Draft {
  return {
    name: person.name,
    email: person.email ?? '',
    title: person.title ?? '',
    department: person.department ?? '',
    bio: person.bio ?? '',
    availability: person.availability,
    visibility: person.visibility,
  };
}

/** Checks at the edge what the API would refuse, in words the person can act on. */
function errorsOf(draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  const name = draft.name.trim();
  if (name.length < 2 || name.length > LIMITS.name) {
    errors.name = `Vul uw naam in, van 2 tot ${LIMITS.name} tekens.`;
  }
  const email = draft.email.trim();
  if (email.length > LIMITS.email) {
    errors.email = `Een e-mailadres heeft ten hoogste ${LIMITS.email} tekens.`;
  } else if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.email = 'Vul een e-mailadres in zoals naam@gemeente.nl, of laat het veld leeg.';
  }
  if (draft.title.trim().length > LIMITS.title) {
    errors.title = `Uw functie heeft ten hoogste ${LIMITS.title} tekens.`;
  }
  if (draft.department.trim().length > LIMITS.department) {
    errors.department = `De afdeling heeft ten hoogste ${LIMITS.department} tekens.`;
  }
  if (draft.bio.trim().length > LIMITS.bio) {
    errors.bio = `De beschrijving heeft ten hoogste ${LIMITS.bio} tekens.`;
  }
  return errors;
}

/**
 * Only what changed, so that a save does not overwrite what someone else changed meanwhile; an
 * emptied optional field is sent as null, which clears it.
 */
function changesOf(draft: Draft, saved: MyProfile): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  const name = draft.name.trim();
  if (name !== saved.name) changes.name = name;
  const optional = ['email', 'title', 'department', 'bio'] as const;
  for (const field of optional) {
    const value = draft[field].trim();
    if (value !== (saved[field] ?? '')) changes[field] = value === '' ? null : value;
  }
  if (draft.availability !== saved.availability) changes.availability = draft.availability;
  if (draft.visibility !== saved.visibility) changes.visibility = draft.visibility;
  return changes;
}

/** Section 1: the profile, read with person(id) and changed with updatePerson. */
export function ProfileSection({ personId }: { personId: string }) {
  return (
    <OwnRecordSection<MyProfile>
      headingId="mijn-profiel"
      title="Profiel"
      query={MY_PROFILE}
      personId={personId}
      loading="Uw profielgegevens"
      missing="Kennissen heeft geen profiel van u (meer). Vraag de beheerder van uw gemeente u in de gids op te nemen."
    >
      {(person) => <ProfileForm key={person.id} person={person} />}
    </OwnRecordSection>
  );
}

function ProfileForm({ person }: { person: MyProfile }) {
  const [saved, setSaved] = useState(person);
  const [draft, setDraft] = useState(() => draftOf(person));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [update, runUpdate] = useMutation<{ updatePerson: MyProfile }>(UPDATE_MY_PROFILE);
  const formId = useId();
  const problem = problemOf(update.error);

  const change = <Field extends keyof Draft>(field: Field, value: Draft[Field]): void => {
    setDraft((before) => ({ ...before, [field]: value }));
    setStatus('');
  };

  const save = async (): Promise<void> => {
    const found = errorsOf(draft);
    setErrors(found);
    const firstInvalid = (Object.keys(LIMITS) as TextField[]).find((field) => found[field]);
    if (firstInvalid) {
      setStatus('');
      document.getElementById(`${formId}-${firstInvalid}`)?.focus();
      return;
    }
    const changes = changesOf(draft, saved);
    if (Object.keys(changes).length === 0) {
      setStatus('Er was niets gewijzigd.');
      return;
    }
    setStatus('');
    const answer = await runUpdate({ id: saved.id, input: changes });
    if (answer.data) {
      setSaved(answer.data.updatePerson);
      setDraft(draftOf(answer.data.updatePerson));
      setStatus('Uw profiel is opgeslagen.');
    }
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void save();
  };

  return (
    <>
      <DataList>
        <DataListItem>
          <DataListKey>Gemeente</DataListKey>
          <DataListValue>{saved.municipality.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Laatst gewijzigd</DataListKey>
          <DataListValue>{new Date(saved.updatedAt).toLocaleString('nl-NL')}</DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph>
        Naar een andere gemeente verhuizen kan alleen een beheerder van Kennissen voor u doen.
      </Paragraph>
      <form className="kn-form" onSubmit={submit} noValidate>
        <ProfileTextField
          id={`${formId}-name`}
          label="Naam"
          help={`Verplicht, 2 tot ${LIMITS.name} tekens.`}
          value={draft.name}
          error={errors.name}
          autoComplete="name"
          onChange={(value) => change('name', value)}
        />
        <ProfileTextField
          id={`${formId}-email`}
          label="E-mailadres voor het werk"
          help="Collega’s met toegang tot Kennissen gebruiken dit adres om contact met u op te nemen. Laat het leeg om het te wissen."
          type="email"
          value={draft.email}
          error={errors.email}
          autoComplete="email"
          onChange={(value) => change('email', value)}
        />
        <ProfileTextField
          id={`${formId}-title`}
          label="Functie"
          help={`Bijvoorbeeld: Beleidsadviseur Wmo. Ten hoogste ${LIMITS.title} tekens.`}
          value={draft.title}
          error={errors.title}
          autoComplete="organization-title"
          onChange={(value) => change('title', value)}
        />
        <ProfileTextField
          id={`${formId}-department`}
          label="Afdeling"
          help={`Ten hoogste ${LIMITS.department} tekens.`}
          value={draft.department}
          error={errors.department}
          onChange={(value) => change('department', value)}
        />
        <BioField
          id={`${formId}-bio`}
          value={draft.bio}
          error={errors.bio}
          onChange={(value) => change('bio', value)}
        />
        <ChoiceGroup
          legend="Beschikbaarheid"
          name={`${formId}-availability`}
          choices={AVAILABILITY_CHOICES.map((choice) => ({
            ...choice,
            label: AVAILABILITY_LABELS[choice.value] ?? choice.value,
          }))}
          value={draft.availability}
          onChange={(value) => change('availability', value)}
        />
        <ChoiceGroup
          legend="Wie mag u vinden?"
          help="Uw eigen gemeente en de beheerders van Kennissen zien u altijd. Wilt u helemaal uit Kennissen, laat uw gegevens dan wissen (zie onderaan deze pagina)."
          name={`${formId}-visibility`}
          choices={VISIBILITY_CHOICES}
          value={draft.visibility}
          onChange={(value) => change('visibility', value)}
        />
        {problem ? <Problem problem={problem} /> : null}
        <div className="kn-actions">
          <Button type="submit" appearance="primary-action-button" busy={update.fetching}>
            Profiel opslaan
          </Button>
        </div>
        <SavedStatus message={status} />
      </form>
    </>
  );
}

function ProfileTextField({
  id,
  label,
  help,
  value,
  error,
  type = 'text',
  autoComplete,
  onChange,
}: {
  id: string;
  label: string;
  help: string;
  value: string;
  error: string | undefined;
  type?: 'text' | 'email';
  autoComplete?: string;
  onChange: (value: string) => void;
}) {
  return (
    <DescribedField id={id} label={label} help={help} error={error}>
      {(describedBy) => (
        <Textbox
          id={id}
          type={type}
          value={value}
          invalid={Boolean(error)}
          autoComplete={autoComplete}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </DescribedField>
  );
}

function BioField({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <DescribedField
      id={id}
      label="Waar u aan werkt en wat u weet"
      help={
        <>
          Collega’s vinden u op de woorden die hier staan. Alleen werkzaken; ten hoogste{' '}
          {LIMITS.bio} tekens (nu {value.trim().length}).
        </>
      }
      error={error}
    >
      {(describedBy) => (
        <Textarea
          id={id}
          value={value}
          rows={6}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </DescribedField>
  );
}

/** Radio buttons with a label and an explanation for each choice. */
function ChoiceGroup<Value extends string>({
  legend,
  help,
  name,
  choices,
  value,
  onChange,
}: {
  legend: string;
  help?: string;
  name: string;
  choices: ReadonlyArray<{ value: Value; label: string; description: string }>;
  value: Value;
  onChange: (value: Value) => void;
}) {
  return (
    <Fieldset aria-describedby={help ? `${name}-help` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {help ? <FormFieldDescription id={`${name}-help`}>{help}</FormFieldDescription> : null}
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <FormField key={choice.value} type="radio">
            <RadioButton
              id={id}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={`${id}-help`}
              onChange={() => onChange(choice.value)}
            />
            <FormLabel htmlFor={id} type="radio" checked={value === choice.value}>
              {choice.label}
            </FormLabel>
            <FormFieldDescription id={`${id}-help`}>{choice.description}</FormFieldDescription>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
