import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDirFor, moveDir, resolveOutDir } from './out-dir';

describe('OUT_DIR', () => {
  it('resolves relative and absolute directories, out/ by default', () => {
    expect(resolveOutDir(undefined, '/p/site')).toBe('/p/site/out');
    expect(resolveOutDir('out-sub', '/p/site')).toBe('/p/site/out-sub');
    expect(resolveOutDir('/tmp/faultline-site', '/p/site')).toBe('/tmp/faultline-site');
    expect(resolveOutDir('../elsewhere', '/p/site')).toBe('/p/elsewhere');
  });
  it('refuses directories the build would wipe along with the project', () => {
    expect(() => resolveOutDir('/', '/p/site')).toThrow('holds the project');
    expect(() => resolveOutDir('.', '/p/site')).toThrow('holds the project');
    expect(() => resolveOutDir('/p', '/p/site')).toThrow('holds the project');
    expect(() => resolveOutDir('/p/site/content', '/p/site')).toThrow('points into content/');
  });
});

describe('an OUT_DIR outside the project', () => {
  it('is built in a staging directory inside the project (Next refuses a distDir outside it)', () => {
    expect(buildDirFor('/p/site/out', '/p/site')).toBe('/p/site/out');
    expect(buildDirFor('/p/site/out-sub/x', '/p/site')).toBe('/p/site/out-sub/x');
    expect(buildDirFor('/tmp/faultline-site', '/p/site')).toBe('/p/site/out-staging');
    expect(buildDirFor('/p/elsewhere', '/p/site')).toBe('/p/site/out-staging');
  });
  it('is then moved there whole, replacing what was there', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-move-'));
    const from = path.join(root, 'staging');
    const to = path.join(root, 'deep', 'site');
    fs.mkdirSync(path.join(from, 'incidents', 'a'), { recursive: true });
    fs.writeFileSync(path.join(from, 'incidents', 'a', 'index.html'), 'page');
    fs.mkdirSync(to, { recursive: true });
    fs.writeFileSync(path.join(to, 'stale.html'), 'old');
    moveDir(from, to);
    expect(fs.readFileSync(path.join(to, 'incidents', 'a', 'index.html'), 'utf8')).toBe('page');
    expect(fs.existsSync(path.join(to, 'stale.html'))).toBe(false);
    expect(fs.existsSync(from)).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
