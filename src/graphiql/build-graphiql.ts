import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { projectRoot } from '../common/project-root';
import { GRAPHIQL_FILES } from './graphiql-files';

/**
 * Bundles GraphiQL 5 (React, Monaco and its web workers) into `outDir`, so the page needs
 * nothing from the internet. Run by `npm run build` into dist/public/graphiql; esbuild is a
 * development dependency, and only this build step loads it.
 */
export async function buildGraphiql(outDir: string): Promise<void> {
  const root = projectRoot();
  const resolve = (specifier: string): string => require.resolve(specifier, { paths: [root] });
  fs.rmSync(outDir, { recursive: true, force: true });
  const common: BuildOptions = {
    bundle: true,
    minify: true,
    sourcemap: false,
    legalComments: 'external', // third-party licence texts next to the bundles
    target: ['es2022'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    absWorkingDir: root,
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: { graphiql: path.join(root, 'src', 'graphiql', 'client', 'graphiql-app.tsx') },
      outdir: outDir,
      format: 'esm',
      jsx: 'automatic',
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
      assetNames: '[name]-[hash]',
    }),
    build({
      ...common,
      entryPoints: {
        'editor.worker': resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
        'json.worker': resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
        'graphql.worker': resolve('monaco-graphql/esm/graphql.worker.js'),
      },
      outdir: outDir,
      format: 'iife', // classic workers: `new Worker(url)` without { type: 'module' }
    }),
  ]);
  for (const file of GRAPHIQL_FILES) {
    if (!fs.existsSync(path.join(outDir, file)))
      throw new Error(`GraphiQL bundle is missing ${file}`);
  }
}

if (require.main === module) {
  const outDir = path.resolve(
    process.argv[2] ?? path.join(projectRoot(), 'dist', 'public', 'graphiql'),
  );
  const started = Date.now();
  buildGraphiql(outDir).then(
    () => process.stdout.write(`GraphiQL bundled into ${outDir} in ${Date.now() - started} ms\n`),
    (error: unknown) => {
      process.stderr.write(
        `GraphiQL bundle failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
