import { Paragraph } from '@utrecht/component-library-react';

/**
 * What a save did, announced politely. The live region is always in the page, so that screen
 * readers notice when its text changes (a region that appears with its text is often missed).
 */
export function SavedStatus({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite">
      {message ? <Paragraph>{message}</Paragraph> : null}
    </div>
  );
}
