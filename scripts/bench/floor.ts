/**
 * The framework floor for `npm run bench`: a bare Next.js static export of as many pages as the
 * synthetic site has incidents, each holding plain text of the same length and nothing else, built
 * with the project's own Next.js, React and TypeScript. The full build divided by this time says
 * how much Faultline itself costs on top of the framework, a ratio that holds across machines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeRng } from '../../lib/random/seeded';
import { runTracked, type TreeRun } from './process-tree';

/** The floor build's run (wall time, output, peak memory), its out/ size in bytes and file count. */
export type FloorResult = TreeRun & { bytes: number; files: number };

const WORDS = 'the a replica leader quorum region cache queue retry timeout deploy config rollback alarm'.split(' ');

/** The throwaway app's files: a root layout, a home page and `count` text pages under /p/. */
function appFiles(count: number, words: number): Record<string, string> {
  const rand = makeRng(1);
  const text = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  return {
    'package.json': JSON.stringify({ name: 'faultline-floor', private: true, type: 'module' }),
    // The same export settings as the real site, so the floor does the same kind of work.
    'next.config.mjs': `export default ${JSON.stringify({
      output: 'export',
      trailingSlash: true,
      images: { unoptimized: true },
      typescript: { ignoreBuildErrors: true },
      experimental: { cpus: Math.max(2, os.cpus().length - 1), turbopackFileSystemCacheForBuild: false },
    })};\n`,
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'ES2023'],
        strict: true,
        noEmit: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        isolatedModules: true,
        skipLibCheck: true,
        plugins: [{ name: 'next' }],
      },
      include: ['**/*.ts', '**/*.tsx'],
    }),
    'app/layout.tsx': `export default function Layout({ children }: { children: React.ReactNode }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
    'app/page.tsx': `export default function Home() {\n  return <p>Floor</p>;\n}\n`,
    'app/p/[id]/text.ts': `export const TEXT = ${JSON.stringify(text)};\n`,
    'app/p/[id]/page.tsx': [
      `import { TEXT } from './text';`,
      `export const dynamicParams = false;`,
      `export function generateStaticParams() {`,
      `  return Array.from({ length: ${count} }, (_, i) => ({ id: String(i) }));`,
      `}`,
      `export default async function Page({ params }: { params: Promise<{ id: string }> }) {`,
      `  const { id } = await params;`,
      `  return (<main><h1>Page {id}</h1><p>{TEXT}</p></main>);`,
      `}`,
    ].join('\n'),
  };
}

/** Total bytes and file count under a directory. */
function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/**
 * Writes the bare app into a temporary directory in the project (resolving the project's node_modules), runs
 * `next build` there and times it; the directory is removed afterwards. Throws when the build fails.
 */
export async function buildFloor(count: number, words = 1_500): Promise<FloorResult> {
  // Inside the project (out-* is ignored by git, lint and tsc): Turbopack compiles only files under
  // the workspace root it finds from the nearest lockfile, so an app in the system temp directory
  // could not use the project's node_modules.
  const dir = fs.mkdtempSync(path.resolve('out-floor-'));
  try {
    for (const [file, body] of Object.entries(appFiles(count, words))) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), body);
    }
    const next = path.resolve('node_modules/next/dist/bin/next');
    const run = await runTracked(
      process.execPath,
      [next, 'build'],
      { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      dir,
    );
    if (run.status !== 0) throw new Error(`floor build failed (exit ${run.status}):\n${run.output.slice(-3000)}`);
    return { ...run, ...sizeOf(path.join(dir, 'out')) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
