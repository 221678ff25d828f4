/** What replaces a name or number that would give an incident away. */
export const REDACTED = '[…]';

/** Technical acronyms that name no one: they stay in a "which incident?" context. */
const GENERIC = new Set([
  'DNS',
  'BGP',
  'OS',
  'IP',
  'CPU',
  'CPUs',
  'TCP',
  'HTTP',
  'API',
  'APIs',
  'UTC',
  'WAF',
  'SSD',
  'IDs',
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of an incident's title that identify it: words with a digit ("73", "43-second", "SBG2")
 * and words written capitalised mid-sentence in the text (names such as "Roblox", "Consul", "Power
 * Peg"), without a possessive "'s". Generic acronyms (DNS, BGP…) are not names.
 */
export function identifyingWords(title: string, text: string): string[] {
  const words = title.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  const names = new Set<string>();
  for (const raw of words) {
    const w = raw.replace(/['’]s$/, '');
    if (GENERIC.has(w)) continue;
    if (/\d/.test(w)) {
      // "43-second" is told by its number; "SBG2" or "us-east-1" as a whole.
      names.add(/^\d+-[a-z]+$/.test(w) ? w.split('-')[0]! : w);
      continue;
    }
    if (!/^\p{Lu}/u.test(w)) continue;
    // Capitalised after a lower-case word in the text: a name, not a sentence's first word.
    if (new RegExp(`[\\p{Ll},;:"“]\\s*${escape(w)}\\b`, 'u').test(text) || (w.length >= 2 && w === w.toUpperCase()))
      names.add(w);
  }
  return [...names];
}

/**
 * The text with every given name (organisations, identifying title words) replaced by REDACTED,
 * longest first so "Portland General Electric" goes before "Electric". Possessives go with the name.
 */
export function redact(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    const start = /^\w/.test(name) ? '\\b' : '';
    const end = /\w$/.test(name) ? '\\b' : '';
    out = out.replace(new RegExp(`${start}${escape(name)}${end}(['’]s)?`, 'g'), REDACTED);
  }
  return out.replace(/(\[…\][\s-]*){2,}/g, `${REDACTED} `).replace(/\[…\] ([,.;:])/g, `${REDACTED}$1`);
}

/** Words of an organisation's name that name no one on their own. */
const GENERIC_NAME_WORDS = new Set([
  'Cloud',
  'Web',
  'Services',
  'General',
  'Electric',
  'Group',
  'Global',
  'Switch',
  'Apache',
  'Capital',
  'U.S.',
  'Securities',
  'and',
  'Exchange',
  'Commission',
]);

/**
 * The ways a text may name an organisation: its full name, each distinctive word ("Google" of
 * "Google Cloud", "Facebook" of "Meta (Facebook)") and the initials of a name of three or more
 * words ("AWS", "PGE").
 */
export function orgNames(name: string): string[] {
  const words = name.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  const initials =
    words.length >= 3
      ? [
          words
            .map((w) => w[0])
            .join('')
            .toUpperCase(),
        ]
      : [];
  return [name, ...words.filter((w) => !GENERIC_NAME_WORDS.has(w) && w.length >= 3), ...initials];
}
