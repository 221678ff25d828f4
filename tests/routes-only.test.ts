import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Site sections whose URLs lib/routes.ts builds; a string literal starting with one is a URL built by hand. */
const SECTIONS =
  'incidents|faults|goals|challenges|orgs|technologies|learn|search|quiz|matrix|stats|compare|about|help|data|feeds|search-index';
const LITERAL_URL = new RegExp(`(["'\`])/(${SECTIONS})/`);

/** Files allowed to spell paths: the routes module itself, and the rule catalogue's advice text. */
const ALLOWED = new Set(['lib/routes.ts', 'lib/content/rules.ts']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sources(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('one routes module', () => {
  it('builds every page URL in app/ and lib/ through lib/routes.ts, never as a string literal', () => {
    const offenders = ['app', 'lib']
      .flatMap(sources)
      .filter((f) => !ALLOWED.has(f.split(path.sep).join('/')))
      .flatMap((f) =>
        fs
          .readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
          .filter(({ line }) => !/^\s*(\*|\/\/|\/\*)/.test(line) && LITERAL_URL.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
