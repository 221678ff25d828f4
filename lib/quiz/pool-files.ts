import type { Pool, Topic } from './pool';
import type { Question } from './question';

/**
 * The quiz pool split into small static files, so the quiz page fetches only what a round needs:
 * /quiz/cards/index.json (topics with counts, and every fixed card id) up front, then one file per
 * topic for a topic round or a printed sheet, or the files of the cards drawn for a quick round or
 * a review (the bank file and one file per incident).
 */

/** The index fetched when the quiz opens: topics for the menus and every fixed card id. */
export interface PoolIndex {
  topics: Topic[];
  ids: string[];
}

/** The name of the file holding a topic's or a group's cards: "goal:availability" → "goal--availability.json". */
export const cardFileName = (key: string): string => `${key.replace(':', '--')}.json`;

/** The file a card lives in besides its topic files: "bank" or its incident's topic ("incident:<id>"). */
export function groupOf(id: string): string {
  const m = /^incident:([^:]+):/.exec(id);
  return m ? `incident:${m[1]}` : 'bank';
}

/** The index of a pool. */
export function poolIndex(pool: Pool): PoolIndex {
  return { topics: pool.topics, ids: pool.questions.map((q) => q.id) };
}

/** Every card file of a pool, by file name: one per topic and one for the bank. */
export function cardFiles(pool: Pool): Map<string, Question[]> {
  const files = new Map<string, Question[]>();
  const add = (key: string, q: Question) => {
    const name = cardFileName(key);
    files.set(name, [...(files.get(name) ?? []), q]);
  };
  const topics = new Set(pool.topics.map((t) => t.id));
  for (const q of pool.questions) {
    for (const t of q.topics) if (topics.has(t)) add(t, q);
    if (groupOf(q.id) === 'bank') add('bank', q);
  }
  return files;
}
