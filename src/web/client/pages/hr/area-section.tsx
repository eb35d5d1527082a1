import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Fragment, type ReactNode, useId, useState } from 'react';
import { type AreaChoice, type AreaLists, AreaPicker, areaKey } from './areas';

/**
 * A section of the HR page that answers one question about an area: its title, what it tells,
 * the area picker, and then the answer for the chosen area. Another area (or level) starts the
 * answer afresh, earlier pages and all.
 */
export function AreaQuestionSection({
  title,
  intro,
  lists,
  collaborationOnly,
  submitLabel,
  children,
}: {
  title: string;
  intro: ReactNode;
  lists: AreaLists;
  collaborationOnly?: boolean;
  submitLabel: string;
  children: (choice: AreaChoice) => ReactNode;
}) {
  const headingId = useId();
  const [asked, setAsked] = useState<AreaChoice | null>(null);
  return (
    <section className="hr-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{title}</Heading2>
      <Paragraph>{intro}</Paragraph>
      <AreaPicker
        lists={lists}
        collaborationOnly={collaborationOnly}
        submitLabel={submitLabel}
        onSubmit={setAsked}
      />
      {asked ? <Fragment key={areaKey(asked)}>{children(asked)}</Fragment> : null}
    </section>
  );
}
