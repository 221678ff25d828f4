import { z } from 'zod';
import type { IncidentFrontMatter, Source } from './incident-schema';
import type { IssueExplanation } from './zod-issues';

/** Why a host may never be cited: what kind of page it serves instead of an original record. */
const NEVER_CITE_KINDS = ['copy', 'mirror', 'scraper', 'spun', 'ai-summary', 'machine-digest', 'unreliable', 'satire'] as const;

const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: 'bad-host' });

/** content/never-cite.yaml: hosts refused as sources, and collections of machine-written summaries. */
export const neverCiteFileSchema = z.strictObject({
  version: z.string(),
  hosts: z.array(z.strictObject({ host: hostName, kind: z.enum(NEVER_CITE_KINDS), reason: z.string().trim().min(1) })).min(1),
  machineWritten: z
    .array(z.strictObject({ host: hostName, pathPrefix: z.string().startsWith('/', { message: 'bad-path-prefix' }), reason: z.string().trim().min(1) }))
    .default([]),
});

/** The validated never-cite list. */
export type SourcePolicy = z.infer<typeof neverCiteFileSchema>;

/** The policy used when no never-cite file is given (tests of unrelated rules). */
export const EMPTY_SOURCE_POLICY: SourcePolicy = { version: '0', hosts: [], machineWritten: [] };

/** True when `host` is `listed` or one of its subdomains (`a.blogg.se` matches `blogg.se`). */
export function hostMatches(host: string, listed: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === listed || h.endsWith(`.${listed}`);
}

/** The never-cite entry a URL falls under, if any. */
export function neverCiteEntry(url: string, policy: SourcePolicy): SourcePolicy['hosts'][number] | undefined {
  const host = safeHost(url);
  return host === undefined ? undefined : policy.hosts.find((e) => hostMatches(host, e.host));
}

/** The machine-written collection a URL belongs to, if any. */
export function machineWrittenCollection(url: string, policy: SourcePolicy): SourcePolicy['machineWritten'][number] | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const path = parsed.pathname.toLowerCase();
  return policy.machineWritten.find((c) => hostMatches(parsed.hostname, c.host) && (path === c.pathPrefix || path.startsWith(c.pathPrefix.endsWith('/') ? c.pathPrefix : `${c.pathPrefix}/`)));
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * The source rules, checked after the schema passes:
 * - no source or archive URL on a never-cite host (subdomains included);
 * - a source in a machine-written collection says `machineWritten: true`;
 * - a timeline entry or action item resting only on machine-written sources is `confidence: likely`;
 * - a source without a URL says why (`noLinkReason`).
 */
export function checkSources(fm: IncidentFrontMatter, policy: SourcePolicy): IssueExplanation[] {
  const out: IssueExplanation[] = [];
  fm.sources.forEach((s, i) => {
    for (const field of ['url', 'archived'] as const) {
      const url = s[field];
      const banned = url && neverCiteEntry(url, policy);
      if (banned) {
        out.push({
          rule: 'never-cite-host',
          path: ['sources', i, field],
          expected: 'a source on a host that may be cited',
          received: `${JSON.stringify(url)}, on never-cite host ${banned.host} (${banned.kind})`,
          hint: `${banned.reason} The list is content/never-cite.yaml.`,
        });
      }
    }
    const collection = s.url ? machineWrittenCollection(s.url, policy) : undefined;
    if (collection && s.machineWritten !== true) {
      out.push({
        rule: 'machine-written-unlabelled',
        path: ['sources', i, 'url'],
        expected: 'machineWritten: true on a source from a collection of machine-written summaries',
        received: s.machineWritten === false ? 'machineWritten: false' : 'no machineWritten label',
        hint: `${collection.reason} Label it, and support each fact with the report it summarises or mark the fact likely.`,
      });
    }
    if (!s.url && !s.noLinkReason) {
      out.push({
        rule: 'no-link-reason',
        path: ['sources', i],
        expected: 'a url, or noLinkReason saying why the source is cited by title and publisher alone',
        received: 'neither',
        hint: 'Never link a guessed URL; when the original URL was not seen, say so in noLinkReason.',
      });
    }
    if (s.url && s.noLinkReason) {
      out.push({ rule: 'no-link-reason', path: ['sources', i, 'noLinkReason'], expected: 'noLinkReason only on a source without a url', received: 'both a url and noLinkReason' });
    }
  });

  const machine = new Set(fm.sources.filter(isMachineWritten).map((s) => s.ref));
  const restsOnMachine = (refs: readonly string[] | undefined) => !!refs?.length && refs.every((r) => machine.has(r));
  const checkFact = (fact: { confidence?: string; sources?: string[] }, path: PropertyKey[]) => {
    if (fact.confidence !== 'likely' && restsOnMachine(fact.sources)) {
      out.push({
        rule: 'machine-written-alone',
        path: [...path, 'confidence'],
        expected: 'confidence: likely on a fact whose only sources are machine-written summaries',
        received: fact.confidence === undefined ? 'no confidence (verified)' : JSON.stringify(fact.confidence),
        hint: `Cite the report the summary was made from, or mark the fact likely. Sources cited: ${fact.sources?.join(', ')}.`,
      });
    }
  };
  fm.timeline.forEach((e, i) => checkFact(e, ['timeline', i]));
  fm.actionItems.forEach((a, i) => checkFact(a, ['actionItems', i]));
  return out;
}

/** True for a source labelled as a machine-written summary. */
function isMachineWritten(s: Pick<Source, 'machineWritten'>): boolean {
  return s.machineWritten === true;
}
