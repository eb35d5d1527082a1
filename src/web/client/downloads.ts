import { useEffect, useState } from 'react';

/**
 * An object URL for a Blob (a file the page made, or fetched with the token, which an <img src>
 * or a plain link cannot send), for an <a download> or an <img>. It is made while the component
 * shows it and revoked when the Blob is replaced or the component goes away, so that the data
 * does not linger in the page's memory. Null while there is no Blob, or its URL is not made yet.
 */
export function useObjectUrl(blob: Blob | null): string | null {
  const [made, setMade] = useState<{ readonly blob: Blob; readonly url: string } | null>(null);
  useEffect(() => {
    if (!blob) {
      setMade(null);
      return;
    }
    const url = URL.createObjectURL(blob);
    setMade({ blob, url });
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  // The URL of an earlier Blob is revoked already: never hand it out.
  return made !== null && made.blob === blob ? made.url : null;
}
