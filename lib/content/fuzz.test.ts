import { vocabularyOf } from './vocabulary';
import { renderIncidentTree } from './render-incident';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { makeIncidentSchema } from './incident-schema';
import type { Problem } from './problems';
import { readIncident } from './read-incident';
import { readTaxonomy } from './read-taxonomy';
import { fixture } from './test-content-dir';

// The real vocabulary, read once: the fuzzer feeds readIncident (phase 1) directly, with no disk I/O.
const { taxonomy } = readTaxonomy(path.resolve('content'), (abs) => abs);
const schema = makeIncidentSchema(vocabularyOf(taxonomy));
const valid = fixture('valid/minimal.md');
const validHead = valid.slice(0, valid.indexOf('\n---\n') + 5);
const validBody = valid.slice(validHead.length);
const RUNS = 5_000;
// Bodies are now parsed by remark in phase 1 (one parse per file), so each body run costs a full parse.
const BODY_RUNS = 2_000;
// A bound against hangs (say, a regex that backtracks without end), not a performance test: each
// property takes ~15 s of CPU here, and the bound leaves room for a machine busy with builds.
const TIME_BOUND_MS = 300_000;

/** Every problem must be located and worded: a file, a line and column ≥ 1, and what was expected. */
function unlocated(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.file !== 'content/incidents/fuzz.md' || !(p.line >= 1) || !(p.column >= 1) || !p.expected);
}

/**
 * Runs the loader's per-file phase and, for a valid record, the render phase. Returns 'record' or
 * 'problems'; throws (failing the property with the input) when the answer is neither or a problem is unlocated.
 */
function load(text: string): 'record' | 'problems' {
  const { incident, problems } = readIncident('content/incidents/fuzz.md', text, schema);
  if (incident && problems.length === 0) {
    renderIncidentTree(incident.tree, incident.frontMatter.sources);
    return 'record';
  }
  if (incident || problems.length === 0) throw new Error('neither a record nor problems');
  const bad = unlocated(problems);
  if (bad.length) throw new Error(`unlocated problems: ${JSON.stringify(bad)}`);
  return 'problems';
}

const FIELDS = [...Object.keys(schema.shape), 'id', 'Title', 'faults.type'];
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('2017', '2017-02-30', '2017-02-28T25:00Z', 'aws', 'config-change', 'primary'));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.constantFrom(...FIELDS, 'at', 'ref', 'role', 'url'), tie('node'), { maxKeys: 4 })),
})).node;

/** Front matter: a structured mapping, a mutated valid head, or arbitrary text between --- lines. */
const frontMatter = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 12 }).map((d) => `---\n${stringify(d)}---\n`),
  fc.tuple(fc.nat(validHead.length), fc.nat(40), fc.string({ maxLength: 20 })).map(([at, cut, insert]) => validHead.slice(0, at) + insert + validHead.slice(at + cut)),
  fc.string({ unit: 'binary', maxLength: 300 }).map((s) => `---\n${s}\n---\n`),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const MARKDOWN_BITS = ['## What happened\n', '## Why it happened\n', '# Title\n', '[^primary]', '[^nope]', '[^', '[[', ']]', '[x](', ')', '<script>', '</', '`', '```\n', '| a | b |\n|---|---|\n', '> ', '- ', '1. ', '*', '_', '\\', '&#x', ';', '\n', '\n\n', '[^primary]: text\n', '<!--', '-->', '![', 'javascript:', ' '];
/** Bodies: Markdown-ish fragments mixed with arbitrary Unicode. */
const body = fc.array(fc.oneof(fc.constantFrom(...MARKDOWN_BITS), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('fuzzing the loader', () => {
  it(`returns a record or located problems for ${RUNS.toLocaleString('en')} generated front-matter documents, never throwing`, () => {
    fc.assert(fc.property(frontMatter, body, (head, md) => { load(head + md); }), { numRuns: RUNS, seed: 20240601 });
  }, TIME_BOUND_MS);

  it(`returns a record or located problems for ${BODY_RUNS.toLocaleString('en')} generated Markdown bodies, and renders the valid ones`, () => {
    const outcomes = { record: 0, problems: 0 };
    // Half the bodies follow the valid sections, so the renderer sees fuzz too.
    const doc = fc.tuple(fc.boolean(), body).map(([keep, md]) => validHead + (keep ? validBody : '') + md);
    fc.assert(fc.property(doc, (text) => { outcomes[load(text)] += 1; }), { numRuns: BODY_RUNS, seed: 20240602 });
    expect(outcomes.record).toBeGreaterThan(BODY_RUNS / 10);
    expect(outcomes.problems).toBeGreaterThan(BODY_RUNS / 10);
  }, TIME_BOUND_MS);
});
