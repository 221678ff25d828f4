import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent } from '.';
import { contentJsonSchemas, jsonSchemaText } from './json-schemas';

describe('JSON Schemas for editors', () => {
  const schemas = contentJsonSchemas(getContent().taxonomy);

  it('are committed under schemas/ exactly as the zod schemas generate them (run npm run schemas)', () => {
    const stale = Object.entries(schemas).filter(
      ([name, { schema, title }]) => fs.readFileSync(path.resolve('schemas', `${name}.schema.json`), 'utf8') !== jsonSchemaText(schema, title),
    );
    expect(stale.map(([name]) => name)).toEqual([]);
  });

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
