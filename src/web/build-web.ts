import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../common/project-root';
import { WEB_DEFAULT_THEME, WEB_FILES, WEB_THEME_CLASS } from './web-files';

/** The NL Design System example theme: its tokens hang on this class. */
const EXAMPLE_THEME_CLASS = 'voorbeeld-theme';

/**
 * Bundles the web page (React, the NL Design System components and their CSS) into `outDir`, so
 * the page needs nothing from the internet, and puts the example theme beside it with its tokens
 * on `.kennissen-theme`. Run by `npm run build` into dist/public/web; esbuild is a development
 * dependency, and only this build step loads it.
 */
export async function buildWeb(outDir: string, clientDir?: string): Promise<void> {
  const root = projectRoot();
  // The sources, read at build time only: the image has no src/ (deployment.spec checks that).
  const client = clientDir ?? path.join(root, 'src', 'web', 'client');
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: { kennissen: path.join(client, 'main.tsx') },
    outdir: outDir,
    bundle: true,
    minify: true,
    sourcemap: false,
    legalComments: 'external', // third-party licence texts next to the bundle
    target: ['es2022'],
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Fonts as files beside the bundle (served under /web/), icons inline.
    loader: { '.svg': 'dataurl', '.woff': 'file', '.woff2': 'file' },
    assetNames: '[name]-[hash]',
    logLevel: 'warning',
    absWorkingDir: root,
  });
  const theme = fs.readFileSync(
    require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', {
      paths: [root],
    }),
    'utf8',
  );
  fs.writeFileSync(
    path.join(outDir, WEB_DEFAULT_THEME),
    theme.replaceAll(`.${EXAMPLE_THEME_CLASS}`, `.${WEB_THEME_CLASS}`),
  );
  for (const file of WEB_FILES) {
    if (!fs.existsSync(path.join(outDir, file)))
      throw new Error(`The web bundle is missing ${file}`);
  }
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(projectRoot(), 'dist', 'public', 'web'));
  const started = Date.now();
  buildWeb(outDir).then(
    () => process.stdout.write(`Web page bundled into ${outDir} in ${Date.now() - started} ms\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
