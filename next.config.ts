import path from 'node:path';
import type { NextConfig } from 'next';

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
  reactStrictMode: true,
};

export default config;
