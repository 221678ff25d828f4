/**
 * The error catalogue: every content rule `npm run check` enforces, by permanent id. Each printed
 * problem names its rule; /about/errors/ lists them all. A rule id never changes meaning once
 * published (editors, CI logs and links point at it); retire an id rather than reuse it.
 *
 * To add a rule: add an entry here (what it checks, how to fix a breach), then report breaches
 * with `problem({ rule: '<id>', … })` from the reader that knows the fact (incident-rules.ts for
 * one incident's front matter, body-rules.ts for its body, corpus-checks.ts for cross-file rules).
 */

/** One rule: the group it belongs to, what it requires, and how to fix a breach. */
export interface Rule {
  group: RuleGroup;
  /** What the rule requires, in one sentence. */
  requires: string;
  /** How to fix a breach, in one or two sentences. */
  fix: string;
}

/** Groups shown as sections on /about/errors/. */
export const RULE_GROUPS = {
  file: 'Files and YAML',
  field: 'Fields',
  incident: 'One incident',
  body: 'Incident body',
  corpus: 'Across files',
  quiz: 'Quiz',
} as const;
/** A group id. */
export type RuleGroup = keyof typeof RULE_GROUPS;

const r = (group: RuleGroup, requires: string, fix: string): Rule => ({ group, requires, fix });

/** Every rule, by id. */
export const RULES = {
  // Files and YAML
  'file-name': r('file', 'File names are kebab-case ids: lower-case words joined by hyphens.', 'Rename the file; its name is the record id and its URL.'),
  'empty-file': r('file', 'A content file is not empty.', 'Run `npm run new-incident -- <id>` for a filled-in template, or delete the file.'),
  'front-matter-missing': r('file', 'An incident starts with YAML front matter between two `---` lines.', 'Put `---` on the first line, the fields, then `---` before the body.'),
  'yaml-syntax': r('file', 'YAML parses.', 'Quote text that starts with [, {, *, &, ! or a quote, or that contains ": " or " #"; indent with spaces (two per level, never tabs); close every quote. The message names the cause.'),
  'duplicate-field': r('file', 'A field appears once in its mapping (YAML would otherwise keep only one of the two values).', 'Keep one line for the field, with the value you mean; the message names both lines.'),
  'not-a-mapping': r('file', 'A YAML file or front matter block is a mapping of `field: value` lines.', 'Write one `field: value` per line at the top level.'),
  // Fields
  'required-field': r('field', 'Every required field is present.', 'Add the field; `npm run new-incident` shows every field with an example.'),
  'wrong-type': r('field', 'A field holds the kind of value it is defined with (text, a list, a mapping, a number, true or false).', 'Write the value in the expected form; lists are `- item` lines or `[a, b]`.'),
  'unknown-field': r('field', 'Only known fields appear (a misspelt field is otherwise silently ignored).', 'Correct the spelling (the message suggests the closest field of that same object) or remove the field.'),
  'text-cut-at-comma': r('field', 'Text inside `{ … }` contains no unquoted comma: YAML ends the value at the comma and reads the rest as a new field.', 'Put the whole text in double quotes, e.g. `{ text: "a limit of 20,000 units", means: prevention }`.'),
  'id-in-front-matter': r('field', 'Incident front matter has no `id:` field; the id is the file name.', 'Remove the `id:` line.'),
  'not-one-of': r('field', 'A field with a fixed vocabulary holds one of its values.', 'Use one of the listed values; the message suggests the closest one.'),
  'too-few': r('field', 'A list has at least as many entries as the field needs, and text is not empty.', 'Add entries, or write the text.'),
  'too-many': r('field', 'A number or list stays within its allowed maximum.', 'Use a smaller value or fewer entries.'),
  'bad-date': r('field', 'Dates are ISO dates in UTC at the precision known: `2017`, `2017-02`, `2017-02-28` or `2017-02-28T17:37Z`; the object form is `{ at, approximate?, derivedFrom? }`.', 'Convert local times to UTC and write the original in `derivedFrom`, e.g. `{ at: 2017-02-28T17:37Z, derivedFrom: "PST (9:37 AM)" }`.'),
  'bad-day': r('field', '`added`, `revised` and `accessed` are calendar days, `YYYY-MM-DD`.', 'Write the day, e.g. `2026-11-25`.'),
  'bad-duration': r('field', 'Durations are days, hours and minutes such as `27m`, `4h17m` or `3d12h`.', 'Write whole numbers followed by d, h and m, largest unit first.'),
  'bad-url': r('field', 'Source URLs are absolute http(s) URLs.', 'Copy the full address, starting with https://.'),
  'bad-id': r('field', 'Ids and refs are kebab-case: lower-case words joined by hyphens.', 'Rewrite the id in lower case with hyphens.'),
  'bad-host': r('field', 'Hosts in content/never-cite.yaml are bare host names such as `example.com`.', 'Drop the scheme, path and port.'),
  'bad-path-prefix': r('field', 'Path prefixes in content/never-cite.yaml start with `/`.', 'Write the path from the first slash.'),
  'bad-version': r('field', 'Taxonomy versions are semantic versions, `MAJOR.MINOR.PATCH`.', 'Write the version as three numbers, e.g. `1.4.0`.'),
  'unknown-id': r('field', 'An id names an existing fault type, goal, challenge, organisation, technology or glossary term.', 'Use an id defined in the file the message names; it suggests the closest one.'),
  // One incident
  'duplicate-source-ref': r('incident', 'Each source has its own `ref`.', 'Rename one of the refs and update the citations that meant it.'),
  'unknown-source-ref': r('incident', 'Every `sources:` list in durations, disputes, timeline and action items names refs listed under `sources`.', 'Use a listed ref, or add the source.'),
  'primary-source': r('incident', 'An incident lists a primary source (the organisation\'s own report), or says `primaryReport: none` with `primaryReportReason`.', 'Add the primary report, or state why none exists.'),
  'primary-report-conflict': r('incident', '`primaryReport: none` is not set when a primary source is listed.', 'Remove `primaryReport: none` and its reason.'),
  'primary-first': r('incident', 'Primary sources come before secondary ones.', 'Move the primary source to the top of `sources`.'),
  'root-or-trigger': r('incident', 'At least one fault tag has role `root` or `trigger`.', 'Tag the root cause, or use `undisclosed-cause` as root when the record gives none.'),
  'ended-before-started': r('incident', '`ended` is not before `started`; a day or month counts as the whole day or month.', 'Check both dates are in UTC.'),
  'timeline-order': r('incident', 'Timeline events are in time order; a day or month counts as the whole day or month, so a day-only event may follow a timed one of the same day.', 'Reorder the events, or correct the date.'),
  'one-trigger-event': r('incident', 'A timeline has at most one event with phase `trigger`.', 'Give symptoms and impact measurements the phase `detection` or `other`.'),
  'never-cite-host': r('incident', 'No source or archive URL is on a host in content/never-cite.yaml (copies, mirrors, scrapers, machine digests …), subdomains included.', "Cite the original record the page copied or summarised."),
  'machine-written-unlabelled': r('incident', 'A source from a collection of machine-written summaries says `machineWritten: true`.', 'Add `machineWritten: true`, and support each fact with the report it summarises or mark the fact likely.'),
  'machine-written-alone': r('incident', 'A timeline entry or action item whose only sources are machine-written summaries has `confidence: likely`.', 'Cite the report the summary was made from, or mark the fact `confidence: likely`.'),
  'no-link-reason': r('incident', 'A source has a `url`, or says in `noLinkReason` why it is cited by title and publisher alone (never both).', 'Add the URL you read, or say why there is none; never link a guessed URL.'),
  'action-means': r('incident', "An action item's `means` is the one its wording names (\"add a check\" is prevention, \"alert on\" is removal …), so equivalent items carry the same means.", 'Change the label, or reword the item if it really is another means.'),
  'duplicate-entry': r('incident', 'A goal or challenge is listed once per incident.', 'Merge the two entries\' reasons into one.'),
  'added-in-future': r('incident', '`added` and `revised` are not in the future.', 'Use the day the page was added or revised.'),
  'added-before-started': r('incident', 'A page is not `added` before the incident started, nor `revised` before it was added.', 'Check the year of `added`, `revised` and `started`.'),
  'profile-disagrees': r('incident', "A fault tag's `boundary` and `persistence` agree with its class profile in content/taxonomy/faults.yaml, or the tag states why in `profileException`.", 'Change the value to the profile\'s, or add `profileException:` saying, from the sources, why this fault differs.'),
  'derived-from-mismatch': r('incident', '`derivedFrom` is the same instant as `at`: the zone abbreviation (PST or PDT …) and local time recomputed from the UTC time agree with what is written.', 'Recompute the UTC time from the local one (PDT = UTC−7, PST = UTC−8), or correct the local time.'),
  'derived-from-unreadable': r('incident', '`derivedFrom` names a time zone and a local time the check can recompute, e.g. "PDT (7:24 PM)", "US/Pacific (19:24 on 20 July)" or "CET (00:47 on 10 March)".', 'Write the zone abbreviation or region, then the local time in brackets.'),
  // Body
  'level-1-heading': r('body', 'A body has no level-1 heading; the title comes from front matter.', 'Use `##` for sections.'),
  'unknown-section': r('body', 'Level-2 headings are the fixed story sections.', 'Use one of the listed section names, or `###` for a sub-section.'),
  'missing-section': r('body', 'Every required section appears.', 'Add the section heading and its text.'),
  'section-order': r('body', 'Required sections appear in the fixed order.', 'Move the sections into the listed order.'),
  'unknown-citation': r('body', 'A footnote citation `[^ref]` names a ref listed under `sources`.', 'Use a listed ref. Brackets that are not a citation (e.g. in a regular expression) belong in `code`, or escape them as `\\[`.'),
  'footnote-definition': r('body', 'A body has no footnote definitions; footnote text is generated from `sources`.', 'Delete the `[^ref]: …` line and cite with `[^ref]` only.'),
  'no-citation': r('body', 'A body cites at least one of its sources with `[^ref]`.', 'Add a `[^ref]` after the first claim each source supports.'),
  'image': r('body', 'A body has no images: remote images are not shown, so their text would be lost.', 'Describe what the image shows in words and link to it: `[alt text](https://…)`.'),
  'raw-html': r('body', 'A body is Markdown: raw HTML (other than `<!-- comments -->`) is removed from the page, so its text would be lost.', 'Write it in Markdown; to show a tag as text, put it in `code`.'),
  'unsafe-link': r('body', 'Links go to http(s) or mailto: addresses; other schemes (javascript:, data:, file: …) are removed from the page.', 'Link to the web page itself.'),
  // Across files
  'duplicate-title': r('corpus', 'No two incidents share a title.', 'Make the title say what distinguishes this incident (year, region, service).'),
  'related-self': r('corpus', 'An incident does not list itself under `related`.', 'Remove its own id.'),
  'related-unknown': r('corpus', '`related` ids name existing incidents (file names without .md).', 'Use an existing incident id; the message suggests the closest.'),
  'wiki-link-unknown': r('corpus', 'A wiki-link `[[id]]`, `[[fault:id]]`, `[[goal:id]]` or `[[challenge:id]]` names an existing page. Nothing inside code counts.', 'Use an existing id, or put literal `[[…]]` in `code` or escape it as `\\[[`.'),
  'taxonomy-id-reused': r('corpus', 'An id is used once across fault classes, fault types, goals and challenges.', 'Rename one of them.'),
  'org-id-reused': r('corpus', 'An organisation id is used once.', 'Rename or merge the two entries.'),
  'unused-fault-type': r('corpus', 'A fault type that no incident uses says why in `unusedReason`.', 'Tag an incident with it, or add `unusedReason:` to the type.'),
  'stale-unused-reason': r('corpus', 'A fault type that an incident uses has no `unusedReason`.', 'Remove `unusedReason:` from the type.'),
  'comparison': r('corpus', 'A comparison in content/comparisons/ attaches to an existing fault or technology, lists at least two incidents that carry that tag, and links each of them, and only them, from its prose as `[[id]]`.', 'Fix the id, tag the incident, or link it from the prose.'),
  // Quiz
  'bad-page-link': r('quiz', 'Quiz links are site paths starting with `/`, e.g. `/goals/availability/`.', 'Write the path without the domain: lower-case letters, digits, `-`, `/` and `#`.'),
  'bad-topic': r('quiz', 'Quiz topics are `kind:id`, e.g. `goal:availability`.', 'Write the kind, a colon and the kebab-case id.'),
  'quiz-id-reused': r('quiz', 'A question id is used once across content/quiz/.', 'Rename one of the questions.'),
  'quiz-goal-unknown': r('quiz', 'A question names learning goals defined in content/quiz/learning-goals.yaml.', 'Use a listed learning goal id.'),
  'quiz-answer-range': r('quiz', 'An answer index points at one of the question\'s options (counting from 0).', 'Use an index from 0 to the number of options minus one.'),
  'quiz-link-unknown-page': r('quiz', 'A quiz link names a page of the site (and, with `#…`, a section that page has: a lecture idea or a glossary term).', 'Use the path as the site shows it, e.g. `/learn/scaling/#vertical-vs-horizontal` or `/goals/availability/`; the message suggests the closest.'),
  'quiz-link-unknown-incident': r('quiz', 'A quiz link to /incidents/<id>/ names an existing incident.', 'Use an existing incident id.'),
} as const satisfies Record<string, Rule>;

/** A permanent rule id. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in catalogue order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** True when a string is a catalogued rule id. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}
