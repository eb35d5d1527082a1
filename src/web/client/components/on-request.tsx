import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';

/**
 * A button that shows what it names only once it is pressed. For answers that cost the service
 * a heavy query or that the API may refuse (suggestions, a report), so that they are asked only
 * by whoever wants them.
 */
export function OnRequest({ label, children }: { label: string; children: ReactNode }) {
  const [asked, setAsked] = useState(false);
  if (asked) return <>{children}</>;
  return (
    <div className="kn-actions">
      <Button appearance="secondary-action-button" onClick={() => setAsked(true)}>
        {label}
      </Button>
    </div>
  );
}
