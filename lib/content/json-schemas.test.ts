import fs from 'node:fs';
import path from 'node:path';
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

  it('offer the taxonomy ids as enums and accept a bare year', () => {
    const incident = JSON.parse(fs.readFileSync(path.resolve('schemas/incident.schema.json'), 'utf8'));
    expect(incident.properties.faults.items.properties.type.enum).toContain('config-change');
    expect(JSON.stringify(incident.properties.started)).toContain('"integer"');
  });
});
