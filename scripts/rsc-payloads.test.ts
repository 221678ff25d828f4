import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeRscPayloads } from './rsc-payloads';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('removeRscPayloads', () => {
  it('deletes index.txt beside a page and __next.*.txt segment files, and nothing else', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsc-'));
    const keep = ['index.html', 'a/index.html', 'robots.txt', 'notes/index.txt', 'data/incidents.csv'];
    const drop = ['index.txt', 'a/index.txt', 'a/__next._full.txt', 'a/__next._tree.txt', 'a/__next.a.__PAGE__.txt'];
    for (const f of [...keep, ...drop]) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), f);
    }
    expect(removeRscPayloads(dir)).toEqual({ files: drop.length, bytes: drop.join('').length });
    for (const f of keep) expect(fs.existsSync(path.join(dir, f))).toBe(true);
    for (const f of drop) expect(fs.existsSync(path.join(dir, f))).toBe(false);
  });
});
