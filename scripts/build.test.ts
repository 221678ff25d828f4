import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, makeContentDir } from '../lib/content/test-content-dir';

describe('npm run build with bad content', () => {
  const contentDir = makeContentDir({
    'unknown-goal.md': fixture('invalid/unknown-goal.md'),
    'empty-file.md': fixture('invalid/empty-file.md'),
    'fine.md': fixture('valid/minimal.md'),
  });
  const outDir = 'out-bad-content-test';
  // A site from an earlier build must not survive a failed one.
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'index.html'), 'stale');
  const run = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    env: { ...process.env, FAULTLINE_CONTENT_DIR: contentDir, OUT_DIR: outDir },
    encoding: 'utf8',
  });
  afterAll(() => {
    fs.rmSync(contentDir, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('exits non-zero, reports every bad file, and publishes nothing', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('incidents → unknown-goal: goals[0].id: expected a goal, received "availabilty".');
    expect(run.stderr).toContain('incidents → empty-file: expected front matter and a body, received an empty file.');
    expect(run.stderr).toContain('The site was not built');
    expect(fs.existsSync(outDir)).toBe(false);
  });
}, 60_000);
