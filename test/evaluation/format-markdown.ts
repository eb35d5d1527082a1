import type * as Prettier from 'prettier';

/**
 * Formats the generated report with the repository's Prettier settings, so the written
 * docs/evaluation.md passes `npm run check` as it is. Prettier is a development dependency:
 * without it (a production install) the report is written unformatted.
 */
export async function formatMarkdown(markdown: string, filePath: string): Promise<string> {
  let prettier: typeof Prettier;
  try {
    prettier = await import('prettier');
  } catch {
    return markdown;
  }
  const config = (await prettier.resolveConfig(filePath)) ?? {};
  return prettier.format(markdown, { ...config, parser: 'markdown' });
}
