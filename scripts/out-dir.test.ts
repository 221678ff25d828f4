import { describe, expect, it } from 'vitest';
import { resolveOutDir } from './out-dir';

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
