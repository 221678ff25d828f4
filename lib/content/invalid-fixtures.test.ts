import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from './problems';
import { loadContent } from './load';
import { fixture, makeContentDir } from './test-content-dir';
import type { RuleId } from './rules';

/**
 * One fixture per error kind in __fixtures__/invalid/, each installed as the only incident (or
 * beside the valid one) and its exact message asserted.
 */

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Loads a content dir holding the given incidents (and optional replacement taxonomy files); problems as report lines. */
function load(incidents: Record<string, string>, taxonomy: Record<string, string> = {}) {
  const dir = makeContentDir(incidents);
  dirs.push(dir);
  for (const [name, text] of Object.entries(taxonomy)) fs.writeFileSync(path.join(dir, name), text);
  const result = loadContent(dir, { wholeCorpusRules: false });
  const prefix = `${path.relative(process.cwd(), dir)}/`;
  const lines = result.problems.map((p) => formatProblem(p).replaceAll(prefix, ''));
  return { ...result, lines, report: formatReport(result.problems, result.filesChecked).replaceAll(prefix, '') };
}

const one = (name: string) => ({ 'aws-s3-2017.md': fixture(`invalid/${name}`) });
const at = (pos: string, message: string, rule: RuleId) => `incidents/aws-s3-2017.md:${pos}\n  incidents → aws-s3-2017: ${message} [${rule}]`;

const CASES: { fixture: string; name: string; files: () => Record<string, string>; expected: string[] }[] = [
  { fixture: 'missing-required-field.md', name: 'a missing required field', files: () => one('missing-required-field.md'),
    expected: [at('2:1', 'title: expected text (this field is required), received nothing.', 'required-field')] },
  { fixture: 'wrong-type.md', name: 'a field of the wrong type', files: () => one('wrong-type.md'),
    expected: [at('18:9', 'impact: expected a list, received "full-outage".', 'wrong-type')] },
  { fixture: 'unparseable-date.md', name: 'an unparseable date', files: () => one('unparseable-date.md'),
    expected: [at('6:10', 'started: expected an ISO date in UTC (2017, 2017-02, 2017-02-28 or 2017-02-28T17:37Z), received "28 Feb 2017".', 'bad-date')] },
  { fixture: 'ended-before-started.md', name: 'an incident that ended before it started', files: () => one('ended-before-started.md'),
    expected: [at('7:8', 'ended: expected a time at or after started (2017-02-28T17:37Z), received "2017-02-27".', 'ended-before-started')] },
  { fixture: 'unknown-fault-type.md', name: 'an unknown fault type', files: () => one('unknown-fault-type.md'),
    expected: [at('10:13', 'faults[0].type: expected a fault type, received "config-chnage". Did you mean "config-change"? Fault types are defined in content/taxonomy/faults.yaml.', 'unknown-id')] },
  { fixture: 'unknown-goal.md', name: 'an unknown goal', files: () => one('unknown-goal.md'),
    expected: [at('12:11', 'goals[0].id: expected a goal, received "availabilty". Did you mean "availability"? Goals are defined in content/taxonomy/goals.yaml.', 'unknown-id')] },
  { fixture: 'unknown-challenge.md', name: 'an unknown challenge', files: () => one('unknown-challenge.md'),
    expected: [at('14:11', 'challenges[0].id: expected a challenge, received "network-lag". Did you mean "network-delay"? Challenges are defined in content/taxonomy/challenges.yaml.', 'unknown-id')] },
  { fixture: 'unknown-organisation.md', name: 'an unknown organisation', files: () => one('unknown-organisation.md'),
    expected: [at('5:11', 'orgs[0].id: expected an organisation id, received "amazon". Organisations are defined in content/orgs.yaml.', 'unknown-id')] },
  { fixture: 'duplicate-title.md', name: 'a title another incident already has',
    files: () => ({ 'aws-s3-2017.md': fixture('invalid/duplicate-title.md'), 'aws-s3-2017-copy.md': fixture('valid/minimal.md') }),
    expected: [at('2:8', 'title: expected a title no other incident has, received "A minimal valid incident". aws-s3-2017-copy has the same title.', 'duplicate-title')] },
  { fixture: 'dangling-related-id.md', name: 'a related id that names no incident', files: () => one('dangling-related-id.md'),
    expected: [at('26:11', 'related[0]: expected the id of an incident in content/incidents/, received "no-such-incident". An incident\'s id is its file name without .md.', 'related-unknown')] },
  { fixture: 'malformed-yaml.md', name: 'malformed YAML', files: () => one('malformed-yaml.md'),
    expected: [at('3:1', 'expected valid YAML front matter, received a syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]. Quote text that starts with [, {, *, &, ! or a quote, or that contains ": " or " #"; indent nested fields by two spaces, and the items of one list at the same column.', 'yaml-syntax')] },
  { fixture: 'tab-indent.md', name: 'a tab used as indentation, with spaces advice (not quoting advice)', files: () => one('tab-indent.md'),
    expected: [at('5:1', 'expected valid YAML front matter, received a syntax error: Tabs are not allowed as indentation. Indent with spaces, two per level: YAML does not accept tabs.', 'yaml-syntax')] },
  { fixture: 'duplicate-field.md', name: 'fields written twice, each named with the line of its first appearance', files: () => one('duplicate-field.md'),
    expected: [at('10:1', 'scope: expected each field once in its mapping, received "scope" again (first on line 8). Keep one scope: line, with the value you mean; YAML does not merge the two.', 'duplicate-field'), at('21:1', 'impactNote: expected each field once in its mapping, received "impactNote" again (first on line 9). Keep one impactNote: line, with the value you mean; YAML does not merge the two.', 'duplicate-field')] },
  { fixture: 'bad-escape.md', name: 'a backslash inside double quotes, with escape advice', files: () => one('bad-escape.md'),
    expected: [at('20:63', 'expected valid YAML front matter, received a syntax error: Invalid escape sequence \\T. Inside "double quotes" a backslash starts an escape: write \\\\ for a backslash, or use \'single quotes\'.', 'yaml-syntax')] },
  { fixture: 'unclosed-front-matter.md', name: 'front matter with no closing --- line', files: () => one('unclosed-front-matter.md'),
    expected: [at('1:1', 'expected front matter between --- lines at the top of the file, received an opening --- line and no closing one. End the front matter with a line holding only ---, before the first ## heading.', 'front-matter-missing')] },
  { fixture: 'section-near-miss.md', name: 'a section heading in the wrong case, reported once with the heading it means', files: () => one('section-near-miss.md'),
    expected: [at('34:1', 'body: expected a section heading (What happened, Why it happened, How it was detected and fixed, What changed afterwards, Where the sources disagree, Lessons), received "Why It Happened". Did you mean "Why it happened"?', 'unknown-section')] },
  { fixture: 'time-without-zone.md', name: 'a time without its Z', files: () => one('time-without-zone.md'),
    expected: [at('6:10', 'started: expected an ISO date in UTC (2017, 2017-02, 2017-02-28 or 2017-02-28T17:37Z), received "2017-02-28T17:37". Times are written in UTC with T and Z: 2017-02-28T17:37Z, if that time is UTC; a local time is converted, and the original kept in derivedFrom.', 'bad-date')] },
  { fixture: 'impossible-day.md', name: 'a day the calendar does not have', files: () => one('impossible-day.md'),
    expected: [at('6:10', 'started: expected an ISO date in UTC (2017, 2017-02, 2017-02-28 or 2017-02-28T17:37Z), received "2017-02-29". 2017-02-29 is not a day of the calendar.', 'bad-date')] },
  { fixture: 'misspelt-required-field.md', name: 'a misspelt required field, reported once (not also as missing)', files: () => one('misspelt-required-field.md'),
    expected: [at('2:8', 'titel: expected a known field, received "titel". Did you mean "title" (a required field)?', 'unknown-field')] },
  { fixture: 'empty-file.md', name: 'an empty file', files: () => one('empty-file.md'),
    expected: [at('1:1', 'expected front matter and a body, received an empty file.', 'empty-file')] },
  { fixture: 'no-front-matter.md', name: 'a file with no front matter', files: () => one('no-front-matter.md'),
    expected: [at('1:1', 'expected front matter between --- lines at the top of the file, received no front matter. Run npm run new-incident -- <id> for a template.', 'front-matter-missing')] },
  { fixture: 'id-key.md', name: 'an id: key in front matter', files: () => one('id-key.md'),
    expected: [at('2:5', 'id: expected no id key, received an id key. An incident\'s id is its file name; remove the id: line.', 'id-in-front-matter')] },
  { fixture: 'file-name-not-kebab-case.md', name: 'a file name that is not kebab-case', files: () => ({ 'AWS_S3_2017.md': fixture('invalid/file-name-not-kebab-case.md') }),
    expected: ['incidents/AWS_S3_2017.md:1:1\n  incidents → AWS_S3_2017: expected a kebab-case file name (lower-case words joined by hyphens), received "AWS_S3_2017.md". The file name is the incident id and its URL. [file-name]'] },
  { fixture: 'source-url-not-http.md', name: 'a source URL that is not http(s)', files: () => one('source-url-not-http.md'),
    expected: [at('25:86', 'sources[0].url: expected an http(s) URL, received "ftp://aws.amazon.com/message/41926/".', 'bad-url')] },
  { fixture: 'footnote-unknown-ref.md', name: 'a footnote citing an unknown source ref', files: () => one('footnote-unknown-ref.md'),
    expected: [at('35:8', 'body: expected a footnote naming a source ref, received "[^postmortem]". Known refs: primary. Brackets that are not a citation belong in `code` or after a backslash.', 'unknown-citation')] },
  { fixture: 'never-cite-host.md', name: 'a source on a never-cite host', files: () => one('never-cite-host.md'),
    expected: [at('26:99', 'sources[1].url: expected a source on a host that may be cited, received "https://www.plushcap.com/content/aws/summary", on never-cite host plushcap.com (machine-digest). Machine-written digests of company blogs; cite the company\'s blog post itself. The list is content/never-cite.yaml.', 'never-cite-host')] },
  { fixture: 'machine-written-unlabelled.md', name: 'a machine-written summary without its label', files: () => one('machine-written-unlabelled.md'),
    expected: [at('26:95', 'sources[1].url: expected machineWritten: true on a source from a collection of machine-written summaries, received no machineWritten label. The icco/postmortems collection holds machine-written summaries of fetched postmortems. Label it, and support each fact with the report it summarises or mark the fact likely.', 'machine-written-unlabelled')] },
  { fixture: 'machine-written-alone.md', name: 'a fact resting only on a machine-written summary and not marked likely', files: () => one('machine-written-alone.md'),
    expected: [at('23:5', 'timeline[1].confidence: expected confidence: likely on a fact whose only sources are machine-written summaries, received no confidence (verified). Cite the report the summary was made from, or mark the fact likely. Sources cited: icco.', 'machine-written-alone')] },
  { fixture: 'source-without-link.md', name: 'a source without a URL or a reason for having none', files: () => one('source-without-link.md'),
    expected: [at('26:5', 'sources[1]: expected a url, or noLinkReason saying why the source is cited by title and publisher alone, received neither. Never link a guessed URL; when the original URL was not seen, say so in noLinkReason.', 'no-link-reason')] },
  { fixture: 'two-trigger-events.md', name: 'a timeline with two trigger events', files: () => one('two-trigger-events.md'),
    expected: [at('23:37', 'timeline[1].phase: expected at most one timeline event with phase trigger, received a second trigger event (the first is timeline[0]). Give symptoms and impact measurements the phase detection or other.', 'one-trigger-event')] },
  { fixture: 'timeline-out-of-order.md', name: 'a timeline out of order', files: () => one('timeline-out-of-order.md'),
    expected: [at('23:11', 'timeline[1].at: expected a time at or after the previous event (2017-02-28T17:37Z), received "2017-02-28T16:00Z". List timeline events in time order.', 'timeline-order')] },
  // The contributor mistakes of issue 10, each with its honest message.
  { fixture: 'image.md', name: 'an image, at its line', files: () => one('image.md'),
    expected: [at('34:1', 'body: expected no images (they are not shown), received an image "A graph of error rates". Describe what it shows in words and link to it: [alt text](https://…).', 'image')] },
  { fixture: 'raw-html.md', name: 'raw HTML in the body, at its line (a comment is allowed)', files: () => one('raw-html.md'),
    expected: [at('34:1', 'body: expected Markdown, not HTML (HTML is removed from the page), received raw HTML "<div class=\\"note\\">Error rates <b>tripled</b>.</div>". Write it in Markdown (*emphasis*, **bold**, `code`, [text](https://…)); to show a tag as text, put it in `code`.', 'raw-html')] },
  { fixture: 'unsafe-link.md', name: 'links with a javascript: or data: address, inline and as a reference', files: () => one('unsafe-link.md'),
    expected: [
      at('34:5', 'body: expected a link to an http(s) or mailto: address, received a javascript: link "javascript:alert(1)". Link to the web page itself; other schemes are removed from the page.', 'unsafe-link'),
      at('36:1', 'body: expected a link to an http(s) or mailto: address, received a data: link "data:text/html,hi". Link to the web page itself; other schemes are removed from the page.', 'unsafe-link'),
    ] },
  { fixture: 'no-citation.md', name: 'a body that cites no source', files: () => one('no-citation.md'),
    expected: [at('30:1', 'body: expected at least one citation [^ref] of a listed source, received none. Cite a source after the claim it supports, e.g. [^primary].', 'no-citation')] },
  { fixture: 'flow-mapping-comma.md', name: 'an unquoted comma in text inside { … }, with quote-the-text advice', files: () => one('flow-mapping-comma.md'),
    expected: [at('27:43', 'actionItems[0].text: expected text with no unquoted comma inside { … }, received "Cap removals at a limit of 20" and a stray field "000 units": YAML ended text at the comma and read the rest as a field. Put the whole text in double quotes, e.g. text: "…, …".', 'text-cut-at-comma')] },
  { fixture: 'date-object-typo.md', name: 'a misspelt key inside a date object', files: () => one('date-object-typo.md'),
    expected: [at('6:47', 'started.aproximate: expected a known field, received "aproximate". Did you mean "approximate"?', 'unknown-field')] },
  { fixture: 'date-object-bad-at.md', name: 'a bad date inside a date object, in the same words as a bare date', files: () => one('date-object-bad-at.md'),
    expected: [at('6:16', 'started.at: expected an ISO date in UTC (2017, 2017-02, 2017-02-28 or 2017-02-28T17:37Z), received "28 Feb 2017".', 'bad-date')] },
  { fixture: 'missing-started.md', name: 'a missing started date', files: () => one('missing-started.md'),
    expected: [at('2:1', 'started: expected an ISO date in UTC (2017, 2017-02, 2017-02-28 or 2017-02-28T17:37Z) (this field is required), received nothing.', 'required-field')] },
  { fixture: 'nested-key-typo.md', name: "a misspelt nested key, suggested from that object's own keys", files: () => one('nested-key-typo.md'),
    expected: [at('10:73', 'faults[0].persistance: expected a known field, received "persistance". Did you mean "persistence"?', 'unknown-field')] },
  { fixture: 'derived-from-mismatch.md', name: 'a derivedFrom an hour off its UTC time', files: () => one('derived-from-mismatch.md'),
    expected: [at('6:48', 'started.derivedFrom: expected "PDT (3:06 PM on 20 May)" — the local time of that UTC instant, received "PDT (2:06 PM)". at is 2022-05-20T22:06Z; correct whichever of the two is wrong (PDT = UTC−7, PST = UTC−8, CET = UTC+1 …).', 'derived-from-mismatch')] },
  { fixture: 'profile-disagrees.md', name: 'a fault facet that disagrees with its class profile', files: () => one('profile-disagrees.md'),
    expected: [at('11:69', 'faults[1].boundary: expected external, as the dependency-fault profile in content/taxonomy/faults.yaml says, received "internal". Change it, or add profileException: with the sources\' reason this upstream-service-failure fault differs.', 'profile-disagrees')] },
  { fixture: 'added-in-future.md', name: 'an added day in the future', files: () => one('added-in-future.md'),
    expected: [at('27:8', `added: expected a day no later than today (${new Date().toISOString().slice(0, 10)}), received "2999-01-01".`, 'added-in-future')] },
  { fixture: 'added-before-started.md', name: 'an added day before the incident started', files: () => one('added-before-started.md'),
    expected: [at('27:8', 'added: expected a day on or after the incident started (2017-02-28T17:37Z), received "2016-12-31".', 'added-before-started')] },
  { fixture: 'byte-order-mark-and-typo.md', name: 'a file saved with a byte-order mark (read as usual, its real mistake reported)', files: () => one('byte-order-mark-and-typo.md'),
    expected: [at('8:8', 'scope: expected one of process, node, rack, zone-or-datacenter, region, global, received "regoin". Did you mean "region"?', 'not-one-of')] },
];

describe('one invalid fixture per error kind', () => {
  const VALID = fs.readdirSync(path.resolve('lib/content/__fixtures__/valid')).filter((f) => f.endsWith('.md'));
  for (const name of VALID) {
    it(`accepts valid/${name}`, () => {
      const { lines, content } = load({ 'aws-s3-2017.md': fixture(`valid/${name}`) });
      expect(lines).toEqual([]);
      expect(content?.incidents.map((i) => i.id)).toContain('aws-s3-2017');
    });
  }

  it('counts nothing inside code, escaped brackets or HTML comments as a citation or wiki-link', () => {
    const { content } = load({ 'aws-s3-2017.md': fixture('valid/brackets-in-code.md') });
    const inc = content!.incidents[0]!;
    expect(inc.mentions).toEqual([]);
    expect(inc.cited).toEqual(['primary']);
    expect(inc.html).toContain('[[runners]]');
    expect(inc.html).toContain('<code>grep -E \'h[^ae]llo\' /var/log/app.log');
  });

  it('never prints "Invalid input", a zod word or a regular expression, for any fixture', () => {
    const names = fs.readdirSync(path.resolve('lib/content/__fixtures__/invalid')).filter((f) => f.endsWith('.md'));
    const files = Object.fromEntries(names.map((n) => [n, fixture(`invalid/${n}`)]));
    const { lines } = load(files);
    expect(lines.length).toBeGreaterThan(names.length - 1);
    const bad = lines.filter((l) => /Invalid input|invalid_|regex|\/\^|\\d|\[a-z0-9|text matching/i.test(l));
    expect(bad).toEqual([]);
    // Every printed problem names a catalogued rule.
    for (const l of lines) expect(l).toMatch(/ \[[a-z0-9-]+\]$/);
  });

  it('reports an unused fault type without a reason, located in faults.yaml (a whole-corpus rule)', () => {
    const dir = makeContentDir({ 'aws-s3-2017.md': fixture('valid/minimal.md') });
    dirs.push(dir);
    const result = loadContent(dir);
    const unused = result.problems.filter((p) => p.ruleId === 'unused-fault-type');
    expect(unused.length).toBeGreaterThan(0);
    expect(unused[0]!.file.endsWith('taxonomy/faults.yaml')).toBe(true);
    expect(unused[0]!.reason).toMatch(/^classes\[\d+\]\.types\[\d+\]\.unusedReason: expected a reason why no incident uses this fault type, received nothing\.$/);
    // config-change is used by the one incident, so it is never among them.
    expect(unused.map((p) => p.id)).not.toContain('fault type config-change');
  });

  for (const c of CASES) {
    it(`reports ${c.name} with its exact, located message and publishes nothing`, () => {
      const { lines, content } = load(c.files());
      expect(lines).toEqual(c.expected);
      expect(content).toBeUndefined();
    });
  }

  it('reports a taxonomy id used twice across taxonomy files', () => {
    const { lines, content } = load({}, { 'taxonomy/goals.yaml': fixture('invalid/taxonomy/duplicate-taxonomy-id.yaml') });
    expect(lines).toEqual([
      'taxonomy/goals.yaml:24:9\n  taxonomy → goal logic-bug: goals[5].id: expected an id used once across the taxonomy, received "logic-bug". It is already used by fault type logic-bug. [taxonomy-id-reused]',
    ]);
    expect(content).toBeUndefined();
  });

  it('reports a YAML syntax error in a taxonomy file once, at the file, not at every incident that names a goal', () => {
    const { lines, content } = load(
      { 'aws-s3-2017.md': fixture('valid/minimal.md') },
      { 'taxonomy/goals.yaml': fixture('invalid/taxonomy/goals-syntax-error.yaml') },
    );
    expect(lines).toEqual([
      'taxonomy/goals.yaml:5:11\n  taxonomy → goals: expected valid YAML, received a syntax error: Nested mappings are not allowed in compact mappings. Quote text that starts with [, {, *, &, ! or a quote, or that contains ": " or " #"; indent nested fields by two spaces, and the items of one list at the same column. [yaml-syntax]',
    ]);
    expect(content).toBeUndefined();
  });

  it('reports a wiki-link to a page that does not exist', () => {
    const { lines } = load(one('dangling-wiki-link.md'));
    expect(lines).toEqual([at('35:13', 'body: expected a wiki-link to an existing incident, received "[[no-such-term]]". Incidents are the files in content/incidents/; for a fault, goal or challenge write [[fault:id]], [[goal:id]] or [[challenge:id]].', 'wiki-link-unknown')]);
  });

  it('has a test case for every fixture in __fixtures__/invalid/', () => {
    const covered = new Set([...CASES.map((c) => c.fixture), 'three-problems.md', 'dangling-wiki-link.md']);
    const files = fs.readdirSync(path.resolve('lib/content/__fixtures__/invalid')).filter((f) => f.endsWith('.md'));
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
  });

  it('reports every bad file in one run, each with its own problems, and closes with the total', () => {
    const files: Record<string, string> = {};
    for (const c of CASES.filter((c) => c.fixture !== 'duplicate-title.md' && c.fixture !== 'file-name-not-kebab-case.md')) {
      files[c.fixture] = fixture(`invalid/${c.fixture}`);
    }
    const { problems, report, content, filesChecked } = load(files);
    expect(content).toBeUndefined();
    const ids = [...new Set(problems.map((p) => p.id))].sort();
    expect(ids).toEqual(Object.keys(files).map((f) => f.replace(/\.md$/, '')).sort());
    expect(report).toContain(`\n\nFound ${problems.length} problems in ${ids.length} of ${filesChecked} files. Rules broken: `);
  });
});
