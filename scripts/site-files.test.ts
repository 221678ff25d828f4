import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSiteFiles } from './site-files';

describe('writeSiteFiles', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-files-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes each file under its site path and counts files and bytes', () => {
    const written = writeSiteFiles(
      [
        { path: '/data/a.json', text: '{"é":1}' },
        { path: '/search-index/text/x.json', text: '[]' },
      ],
      dir,
    );
    expect(fs.readFileSync(path.join(dir, 'data', 'a.json'), 'utf8')).toBe('{"é":1}');
    expect(fs.readFileSync(path.join(dir, 'search-index', 'text', 'x.json'), 'utf8')).toBe('[]');
    expect(written).toEqual({ files: 2, bytes: 10 });
  });

  it.each(['data/a.json', '/../a.json', '/data/../../a.json', '/data/', '/data//a.json'])('refuses %s', (p) => {
    expect(() => writeSiteFiles([{ path: p, text: '' }], dir)).toThrow(/Not a file path/);
    expect(fs.existsSync(path.join(dir, '..', 'a.json'))).toBe(false);
  });
});
