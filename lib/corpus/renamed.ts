/**
 * Incident ids that were renamed, old → new. The old URL keeps working as a static redirect page,
 * feed entries keep their first id, and learners' saved quiz progress is migrated on load.
 * Add a line here whenever a content file is renamed; renamed.test.ts checks every target exists.
 */
export const RENAMED_INCIDENTS: Readonly<Record<string, string>> = {
  // The ZooKeeper poison-packet incident began in August 2014; its first id said 2015.
  'pagerduty-zookeeper-poison-packet-2015': 'pagerduty-zookeeper-poison-packet-2014',
};

/** The id an incident was first published under (its id when never renamed). */
export function originalId(id: string): string {
  for (const [from, to] of Object.entries(RENAMED_INCIDENTS)) if (to === id) return originalId(from);
  return id;
}

/** The current id for a possibly old id (follows chains of renames). */
export function currentId(id: string): string {
  const seen = new Set<string>();
  let at = id;
  while (RENAMED_INCIDENTS[at] && !seen.has(at)) {
    seen.add(at);
    at = RENAMED_INCIDENTS[at]!;
  }
  return at;
}

/** A quiz card id ("incident:<id>:…") with any renamed incident id segment replaced by its current id. */
export function migrateCardId(cardId: string): string {
  return cardId
    .split(':')
    .map((part) => currentId(part))
    .join(':');
}
