import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDirFor, mergeDir, moveDir, resolveOutDir } from './out-dir';

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

describe('mergeDir', () => {
  const tree = (root: string) =>
    fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map(
        (e) =>
          `${path.relative(root, path.join(e.parentPath, e.name))}=${fs.readFileSync(path.join(e.parentPath, e.name), 'utf8')}`,
      )
      .sort();
  const make = (files: Record<string, string>) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    return root;
  };

  it('moves files into folders both sides have and into new ones, then removes the source', () => {
    const to = make({ 'index.html': 'page', 'incidents/a/index.html': 'a' });
    const from = make({ 'incidents/a.json': 'data', 'search-index/body/0.json': 'shard' });
    mergeDir(from, to);
    expect(tree(to)).toEqual([
      'incidents/a.json=data',
      'incidents/a/index.html=a',
      'index.html=page',
      'search-index/body/0.json=shard',
    ]);
    expect(fs.existsSync(from)).toBe(false);
  });

  it('refuses to overwrite a file, naming it', () => {
    const to = make({ 'feed.xml': 'next' });
    const from = make({ 'feed.xml': 'site files' });
    expect(() => mergeDir(from, to)).toThrow('feed.xml was written twice');
    expect(fs.readFileSync(path.join(to, 'feed.xml'), 'utf8')).toBe('next');
  });
});
