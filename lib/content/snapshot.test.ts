import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_ENV, failedMarker, readSnapshot, writeSnapshot } from './snapshot';
import type { Content } from './load';

const content = { incidents: [], comparisons: [] } as unknown as Content;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-test-'));
const file = path.join(dir, 'content.json');

/** Runs `script` in another process after `ms`, while this one is blocked waiting. */
const later = (ms: number, script: string) =>
  spawn(process.execPath, ['-e', `setTimeout(() => { ${script} }, ${ms})`], { stdio: 'ignore' });

// The test setup may name a snapshot of the real content for other tests; it is put back after each.
const named = process.env[SNAPSHOT_ENV];

describe('content snapshot', () => {
  afterEach(() => {
    if (named === undefined) delete process.env[SNAPSHOT_ENV];
    else process.env[SNAPSHOT_ENV] = named;
    for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
  });

  it('reads nothing when no snapshot is named', () => {
    delete process.env[SNAPSHOT_ENV];
    expect(readSnapshot()).toBeUndefined();
  });

  it('writes whole: no partial file is left where readers look', () => {
    writeSnapshot(file, content);
    expect(fs.readdirSync(dir)).toEqual(['content.json']);
    process.env[SNAPSHOT_ENV] = file;
    expect(readSnapshot()).toEqual(content);
  });

  it('waits for a snapshot the content step is still writing', () => {
    process.env[SNAPSHOT_ENV] = file;
    const text = JSON.stringify({ format: 'faultline-content-snapshot/1', content });
    later(300, `require('fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(text)})`);
    const start = Date.now();
    expect(readSnapshot()).toEqual(content);
    expect(Date.now() - start).toBeGreaterThanOrEqual(250);
  });

  it('stops waiting with an honest error when the content step failed', () => {
    process.env[SNAPSHOT_ENV] = file;
    later(200, `require('fs').writeFileSync(${JSON.stringify(failedMarker(file))}, '')`);
    expect(() => readSnapshot()).toThrow(`The content has problems (reported above), so no snapshot was written to ${file}.`);
  });

  it('refuses a file that is not a snapshot', () => {
    fs.writeFileSync(file, '{"format":"other"}');
    process.env[SNAPSHOT_ENV] = file;
    expect(() => readSnapshot()).toThrow('is not a Faultline content snapshot');
  });
});
