import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureOut } from './out-size';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('measureOut', () => {
  it('sums raw and gzip bytes of every file and names the largest file and page', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'out-size-'));
    const files: Record<string, string> = {
      'index.html': '<p>home</p>',
      'a/index.html': `<p>${'word '.repeat(200)}</p>`,
      'data/big.json': JSON.stringify({ x: 'y'.repeat(5_000) }),
    };
    for (const [f, body] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), body);
    }
    const size = measureOut(dir);
    const raw = Object.values(files).map((b) => Buffer.byteLength(b));
    expect(size.files).toBe(3);
    expect(size.bytes).toBe(raw.reduce((a, b) => a + b, 0));
    expect(size.gzipBytes).toBe(Object.values(files).reduce((a, b) => a + gzipSync(b).length, 0));
    expect(gunzipSync(gzipSync(files['a/index.html']!)).toString()).toBe(files['a/index.html']);
    expect(size.largest).toEqual({ file: path.join('data', 'big.json'), bytes: raw[2] });
    expect(size.largestPage).toEqual({ file: path.join('a', 'index.html'), bytes: raw[1] });
    expect(size.byTop).toEqual([
      ['data', raw[2]],
      ['a', raw[1]],
      ['index.html', raw[0]],
    ]);
  });
});
