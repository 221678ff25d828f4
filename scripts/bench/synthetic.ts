import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, stringify, type YAMLMap, type YAMLSeq } from 'yaml';
import { loadContent } from '../../lib/content';
import { FAILURE_MODES, IMPACTS, PHASES, PROPAGATION, SCOPES } from '../../lib/content/facets';
import { makeContentDir } from '../../lib/content/test-content-dir';
import { makeRng } from '../../lib/random/seeded';

const WORDS =
  'the a replica leader quorum region zone cache queue retry timeout deploy config rollback alarm operator lease clock partition shard load balancer dependency capacity fleet thread limit latency request error budget failover database write read index storage network link route packet queue backlog metric dashboard engineer customer service cluster node process memory disk'.split(
    ' ',
  );

/**
 * Writes `count` valid synthetic incidents (about `words` words of body each) into a fresh content
 * directory with the real taxonomy, organisations and glossary; returns the directory.
 */
export function writeSyntheticCorpus(count: number, { seed = 1, words = 1_500 } = {}): string {
  const rand = makeRng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const some = <T>(xs: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(xs)))];
  const { content } = loadContent(path.resolve('content'), { render: false });
  if (!content) throw new Error('the real content has problems; run npm run check');
  const { taxonomy } = content;
  const faultTypes = taxonomy.classes.flatMap((c) => c.types.map((t) => t.id));
  const dir = makeContentDir({});
  const used = new Set<string>();
  // makeContentDir leaves the glossary out; the benchmark wants it, so incidents can tag terms.
  fs.cpSync(path.resolve('content/glossary'), path.join(dir, 'glossary'), { recursive: true });
  const id = (i: number) => `synthetic-incident-${String(i).padStart(4, '0')}`;
  const sentence = () => {
    const s = Array.from({ length: 8 + Math.floor(rand() * 12) }, () => pick(WORDS)).join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = (n: number, cite: string) => `${Array.from({ length: n }, sentence).join(' ')}[^${cite}]`;
  const sections = ['What happened', 'Why it happened', 'How it was detected and fixed', 'What changed afterwards'];
  // ~14 words a sentence; spread the body over four sections of paragraphs.
  const sentencesPerSection = Math.max(1, Math.round(words / 14 / sections.length));

  for (let i = 0; i < count; i += 1) {
    const year = 2005 + Math.floor(rand() * 20);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const started = `${year}-${month}-${day}T${String(Math.floor(rand() * 12)).padStart(2, '0')}:00Z`;
    const ended = `${year}-${month}-${day}T${String(12 + Math.floor(rand() * 12)).padStart(2, '0')}:30Z`;
    const faults = some(faultTypes, 1 + Math.floor(rand() * 4)).map((type, j) => ({
      type,
      role: j === 0 ? 'root' : 'contributing',
      confidence: 'stated',
      why: sentence(),
    }));
    for (const f of faults) used.add(f.type);
    const fm = {
      title: `Synthetic incident ${i}: ${pick(WORDS)} ${pick(WORDS)} failure`,
      summary: `${sentence()} ${sentence()}`,
      added: '2026-11-25',
      orgs: [{ id: pick(taxonomy.orgs).id, role: 'operator' }],
      started,
      ended,
      scope: pick(SCOPES),
      faults,
      goals: some(taxonomy.goals, 2).map((g) => ({ id: g.id, why: sentence() })),
      challenges: some(taxonomy.challenges, 1).map((c) => ({ id: c.id, why: sentence() })),
      failureModes: some(FAILURE_MODES, 2),
      propagation: some(PROPAGATION, 1),
      detectability: 'signaled',
      impact: some(IMPACTS, 2),
      impactNote: sentence(),
      detection: { method: 'internal-alarm', text: sentence() },
      timeline: [
        { at: started, phase: 'trigger', text: sentence(), sources: ['report'] },
        { at: ended, phase: pick(PHASES.filter((p) => p !== 'trigger')), text: sentence() },
      ],
      sources: [
        {
          ref: 'report',
          title: `Postmortem ${i}`,
          publisher: 'Synthetic Corp',
          kind: 'primary',
          url: `https://example.com/postmortems/${i}`,
        },
        {
          ref: 'analysis',
          title: `Analysis ${i}`,
          publisher: 'Synthetic Blog',
          kind: 'secondary',
          url: `https://example.org/analysis/${i}`,
        },
      ],
      technologies: some(
        taxonomy.technologies.map((t) => t.id),
        1 + Math.floor(rand() * 3),
      ),
      terms: some(
        taxonomy.glossary.map((t) => t.id),
        3,
      ),
      related:
        i > 0
          ? some(
              Array.from({ length: Math.min(i, 50) }, (_, k) => id(i - 1 - k)),
              2,
            )
          : [],
    };
    const body = sections
      .map((title, s) => `## ${title}\n\n${paragraph(sentencesPerSection, s % 2 ? 'analysis' : 'report')}\n`)
      .join('\n');
    fs.writeFileSync(path.join(dir, 'incidents', `${id(i)}.md`), `---\n${stringify(fm)}---\n\n${body}`);
  }
  // The corpus is valid content: a fault type no synthetic incident uses says so, and a used one does not.
  const faultsFile = path.join(dir, 'taxonomy/faults.yaml');
  const doc = parseDocument(fs.readFileSync(faultsFile, 'utf8'));
  const classes = doc.get('classes') as YAMLSeq<YAMLMap>;
  for (const cls of classes.items) {
    for (const type of (cls.get('types') as YAMLSeq<YAMLMap>).items) {
      if (used.has(String(type.get('id')))) type.delete('unusedReason');
      else type.set('unusedReason', 'No synthetic incident happened to draw this type.');
    }
  }
  fs.writeFileSync(faultsFile, doc.toString());
  return dir;
}
