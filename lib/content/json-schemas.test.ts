import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { getContent } from '.';
import { contentJsonSchemas } from './json-schemas';

describe('JSON Schemas for editors', () => {
  const schemas = contentJsonSchemas(getContent().taxonomy);

  // Staleness of the committed files is checked with every other generated file in lib/data/generated-files.test.ts.
  it('are wired to every YAML content file in .vscode/settings.json', () => {
    const settings = JSON.parse(fs.readFileSync(path.resolve('.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string | string[]> };
    const wired = Object.keys(settings['yaml.schemas']).map((p) => path.basename(p, '.schema.json'));
    expect(wired.sort()).toEqual(Object.keys(schemas).filter((n) => n !== 'incident').sort());
  });

  // A new kind of YAML file (or a new folder) without an editor schema fails here, not in an editor.
  it('cover every YAML file under content/ exactly once', () => {
    const settings = JSON.parse(fs.readFileSync(path.resolve('.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string | string[]> };
    const matchers = Object.entries(settings['yaml.schemas']).map(([schema, globs]) => {
      const list = typeof globs === 'string' ? [globs] : globs;
      const include = list.filter((g) => !g.startsWith('!'));
      const exclude = list.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
      return { schema, match: picomatch(include, { ignore: exclude }) };
    });
    const yamlFiles = (fs.readdirSync('content', { recursive: true }) as string[])
      .map((f) => path.posix.join('content', f.split(path.sep).join('/')))
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
    expect(yamlFiles.length).toBeGreaterThan(10);
    const coverage = yamlFiles.map((file) => ({ file, schemas: matchers.filter((m) => m.match(file)).map((m) => m.schema) }));
    expect(coverage.filter((c) => c.schemas.length !== 1)).toEqual([]);
  });

  it('offer the taxonomy ids as enums and accept a bare year', () => {
    const incident = JSON.parse(fs.readFileSync(path.resolve('schemas/incident.schema.json'), 'utf8'));
    expect(incident.properties.faults.items.properties.type.enum).toContain('config-change');
    expect(JSON.stringify(incident.properties.started)).toContain('"integer"');
  });
});
