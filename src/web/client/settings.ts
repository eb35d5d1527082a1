/** What the service tells the page at /web/config.json (src/web/web-config.ts). */
export interface WebSettings {
  readonly signIn: {
    readonly authority: string;
    readonly clientId: string;
    readonly scope: string;
    readonly personClaim: string;
  } | null;
  readonly anonymousRead: boolean;
}

export async function loadSettings(): Promise<WebSettings> {
  const response = await fetch('/web/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok)
    throw new Error(`De instellingen konden niet worden geladen (${response.status}).`);
  return (await response.json()) as WebSettings;
}
