import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

// BASE_PATH lets the static site live under a sub-path (e.g. /faultline) on a shared host.
const basePath = process.env.BASE_PATH?.replace(/\/+$/, '') ?? '';

/** Static export: every route is prerendered to out/ at build time; there is no server. */
const config: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: basePath || undefined,
  // A non-default OUT_DIR lets tests build a second site (hostile content, sub-path) beside out/.
  // Next joins distDir onto the project directory, so an absolute OUT_DIR is made relative first
  // (scripts/build.ts refuses directories that would overwrite the project).
  distDir: process.env.OUT_DIR ? path.relative(process.cwd(), path.resolve(process.env.OUT_DIR)) : undefined,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  // Every link is a plain anchor and a full page load: out/ ships no RSC .txt payloads for
  // client-side transitions to fetch (scripts/build.ts removes them; docs/benchmarks.md has why).
  // Next maps next/link to its app-dir modules before user aliases apply, so those are aliased too.
  turbopack: {
    resolveAlias: Object.fromEntries(
      ['next/link', 'next/dist/client/app-dir/link', 'next/dist/client/app-dir/link.react-server'].map((m) => [
        m,
        './lib/routing/plain-link.tsx',
      ]),
    ),
  },
  // `npm run typecheck` (run by npm test and CI) checks the whole project; Next's own pass over
  // the same files cost 12 s of every build.
  typescript: { ignoreBuildErrors: true },
  // Next starts one page-generation worker per core less one; on 2 cores the second sat idle.
  // Turbopack's build cache only pays back on a rebuild of unchanged modules; a fresh checkout
  // (CI, the bench) paid 13–25 s on 2 cores to write it.
  experimental: { cpus: Math.max(2, os.cpus().length - 1), turbopackFileSystemCacheForBuild: false },
  reactStrictMode: true,
};

/**
 * The config for a Next phase. Only the dev server reads `*.dev.ts` route files: it answers the
 * files that `npm run build` writes into the export itself (app/[...file]/route.dev.ts).
 */
export default function nextConfig(phase: string): NextConfig {
  return phase === PHASE_DEVELOPMENT_SERVER
    ? { ...config, pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'dev.ts'] }
    : config;
}
