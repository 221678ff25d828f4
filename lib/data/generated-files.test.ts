import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getContent } from '../content';
import { generatedFiles } from './generated-files';
import { replaceGenerated } from './schema-doc';

describe('files generated from the zod schemas', () => {
  const files = generatedFiles(getContent().taxonomy);

  it('are committed exactly as generated: schemas/*.schema.json and docs/data.md (run npm run schemas)', () => {
    const stale = Object.entries(files).filter(
      ([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text,
    );
    expect(stale.map(([file]) => file)).toEqual([]);
  });

  it('document every published incident field in docs/data.md, dates with their interval', () => {
    const doc = files['docs/data.md']!;
    for (const field of [
      'incidents[].started.start',
      'incidents[].timeline[].at.precision',
      'incidents[].faults[].profileException',
      'incidents[].url',
    ])
      expect(doc).toContain(`| \`${field}\` |`);
  });

  it('would notice a stale docs table: the regenerated text differs from an edited one', () => {
    const edited = replaceGenerated(files['docs/data.md']!, 'incidents-fields', '| old table |');
    expect(edited).not.toBe(files['docs/data.md']);
    expect(() => replaceGenerated('no markers', 'incidents-fields', 'x')).toThrow('Markers');
  });
});
