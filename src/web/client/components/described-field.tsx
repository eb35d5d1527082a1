import { FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { type ReactNode } from 'react';

/**
 * A form field in the order every form of the page uses: the label, a help text if there is one,
 * the error if there is one, then the control. The control gets the ids to put in its
 * aria-describedby, so that a screen reader reads the help and the error with it.
 */
export function DescribedField({
  id,
  label,
  help,
  error,
  children,
}: {
  /** The control's id; the help and the error get it with -help and -error behind it. */
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: ReactNode;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const describedBy =
    [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <FormField invalid={Boolean(error)}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {help ? <FormFieldDescription id={`${id}-help`}>{help}</FormFieldDescription> : null}
      {error ? (
        <FormFieldDescription id={`${id}-error`} invalid>
          {error}
        </FormFieldDescription>
      ) : null}
      {children(describedBy)}
    </FormField>
  );
}
