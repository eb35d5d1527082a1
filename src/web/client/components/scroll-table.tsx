import { Table, TableCaption } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

/**
 * A table that may be wider than the page. It scrolls on its own instead of widening the page,
 * and it is a region named by its caption that takes the keyboard focus, so that it can be
 * scrolled by keyboard too (WCAG 2.1.1).
 */
export function ScrollTable({
  caption,
  className,
  children,
}: {
  caption: ReactNode;
  className?: string;
  /** The table's header and body. */
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div className="kn-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className={className}>
        <TableCaption id={captionId}>{caption}</TableCaption>
        {children}
      </Table>
    </div>
  );
}
