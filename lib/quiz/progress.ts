// zod/mini: the same validation in a fraction of the bytes, because this schema ships to the browser.
import * as z from 'zod/mini';
import { migrateCardId } from '../corpus/renamed';

/** The key progress is kept under in localStorage; the version is in the data, not the key. */
export const STORAGE_KEY = 'faultline.quiz.progress';
/** The version written now. Older stored versions are upgraded by MIGRATIONS on load and import. */
export const PROGRESS_VERSION = 2;
/** Real progress is well under 1 MB (~250 characters a card); anything bigger is not ours to parse. */
export const MAX_PROGRESS_CHARS = 2_000_000;

/** One card's FSRS state, dates as ISO strings so it survives JSON. */
const nonNegative = () => z.number().check(z.minimum(0));
const count = () => z.int().check(z.minimum(0));
const cardStateSchema = z.strictObject({
  due: z.iso.datetime(),
  stability: nonNegative(),
  difficulty: nonNegative(),
  elapsed_days: nonNegative(),
  scheduled_days: nonNegative(),
  learning_steps: count(),
  reps: count(),
  lapses: count(),
  state: z.int().check(z.minimum(0), z.maximum(3)),
  last_review: z.optional(z.iso.datetime()),
});

/** One finished round's score. */
const roundSchema = z.strictObject({
  at: z.iso.datetime(),
  topic: z.string(),
  score: nonNegative(),
  total: count(),
});

const cardId = () => z.string().check(z.minLength(1), z.maxLength(200));
/** Everything stored in the browser: card schedules, suspended cards and the last rounds' scores. Nothing else. */
export const progressSchema = z.strictObject({
  app: z.literal('faultline-quiz'),
  version: z.literal(PROGRESS_VERSION),
  cards: z.record(cardId(), cardStateSchema),
  /** Cards the learner suspended (thinks wrong): never due, never drawn into a round. */
  suspended: z.array(cardId()).check(z.maxLength(5000)),
  rounds: z.array(roundSchema).check(z.maxLength(50)),
});

/**
 * Upgrades stored data one version at a time: MIGRATIONS[v] turns version v into v + 1. Add a step
 * (and bump PROGRESS_VERSION) for every change of shape; never edit a step that has shipped.
 */
const MIGRATIONS: Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>> = {
  // v2 adds suspended cards.
  1: (data) => ({ ...data, version: 2, suspended: [] }),
};

/**
 * Whole card ids renamed since progress may have been saved (old id → new id), for cards whose id
 * changed other than by an incident rename (renamed incidents are in lib/corpus/renamed.ts and are
 * followed automatically). Applied to every load and import after the migrations.
 */
const CARD_ID_RENAMES: Readonly<Record<string, string>> = {};

/** Data of an older version of our app brought up to PROGRESS_VERSION; anything else is returned unchanged. */
export function migrate(data: unknown): unknown {
  let d = data;
  for (;;) {
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return d;
    const rec = d as Record<string, unknown>;
    const step = typeof rec.version === 'number' ? MIGRATIONS[rec.version] : undefined;
    if (rec.app !== 'faultline-quiz' || !step || !Object.hasOwn(MIGRATIONS, rec.version as number)) return d;
    d = step(rec);
  }
}

/**
 * Progress with every renamed card id replaced by its current id: renamed incidents first
 * (migrateCardId), then whole-id renames (`renames`: old → new). Schedules and suspensions move along.
 */
export function renameCards(p: Progress, renames: Readonly<Record<string, string>> = CARD_ID_RENAMES): Progress {
  const to = (id: string) => {
    const moved = migrateCardId(id);
    return Object.hasOwn(renames, moved) ? renames[moved]! : moved;
  };
  // fromEntries defines own properties: a hostile "__proto__" id stays a plain key.
  const cards: Progress['cards'] = Object.fromEntries(Object.entries(p.cards).map(([id, state]) => [to(id), state]));
  return { ...p, cards, suspended: [...new Set(p.suspended.map(to))] };
}

export type CardState = z.infer<typeof cardStateSchema>;
export type Progress = z.infer<typeof progressSchema>;

/** Progress with nothing in it. */
export function emptyProgress(): Progress {
  return { app: 'faultline-quiz', version: PROGRESS_VERSION, cards: {}, suspended: [], rounds: [] };
}

/** What loading found: the progress to use, and a notice for the learner when something was wrong. */
export interface Loaded {
  progress: Progress;
  notice?: string;
}

/**
 * Reads stored progress. Valid data is used as is. Data of our app whose some cards or rounds are
 * damaged keeps the good parts; anything else (not JSON, another app's data, a future version) is
 * replaced by empty progress. Either way the learner is told; this never throws.
 */
export function loadProgress(raw: string | null): Loaded {
  if (raw === null || raw === '') return { progress: emptyProgress() };
  if (raw.length > MAX_PROGRESS_CHARS)
    return {
      progress: emptyProgress(),
      notice: 'Your saved quiz progress was far larger than any real progress, so it was reset.',
    };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      progress: emptyProgress(),
      notice: 'Your saved quiz progress could not be read (it was not valid JSON), so it was reset.',
    };
  }
  data = migrate(data);
  const parsed = progressSchema.safeParse(data);
  // Cards saved under a renamed incident's or card's old id keep their schedule under the new id.
  if (parsed.success) return { progress: renameCards(parsed.data) };
  const obj = z
    .object({
      app: z.literal('faultline-quiz'),
      version: z.literal(PROGRESS_VERSION),
      cards: z.optional(z.record(z.string(), z.unknown())),
      suspended: z.optional(z.array(z.unknown())),
      rounds: z.optional(z.array(z.unknown())),
    })
    .safeParse(data);
  if (!obj.success)
    return {
      progress: emptyProgress(),
      notice:
        'The saved quiz data in this browser was not Faultline quiz progress of a version this page knows, so it was reset.',
    };
  const progress = emptyProgress();
  let dropped = 0;
  for (const [id, card] of Object.entries(obj.data.cards ?? {})) {
    const c = cardStateSchema.safeParse(card);
    if (c.success && id.length > 0 && id.length <= 200) progress.cards[id] = c.data;
    else dropped++;
  }
  for (const id of (obj.data.suspended ?? []).slice(0, 5000)) {
    const c = cardId().safeParse(id);
    if (c.success) progress.suspended.push(c.data);
    else dropped++;
  }
  for (const round of (obj.data.rounds ?? []).slice(-50)) {
    const r = roundSchema.safeParse(round);
    if (r.success) progress.rounds.push(r.data);
    else dropped++;
  }
  return {
    progress: renameCards(progress),
    notice: `Part of your saved quiz progress was damaged: ${dropped} damaged ${dropped === 1 ? 'entry was' : 'entries were'} dropped and the rest kept.`,
  };
}

/** Reads an imported file strictly: either valid progress, or a message saying why it was refused. */
export function parseImport(text: string): { progress: Progress } | { error: string } {
  if (text.length > MAX_PROGRESS_CHARS)
    return {
      error:
        'That file is far larger than any quiz progress export, so it was not imported. Your progress is unchanged.',
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'That file is not valid JSON, so it was not imported. Your progress is unchanged.' };
  }
  const parsed = progressSchema.safeParse(migrate(data));
  if (parsed.success) return { progress: renameCards(parsed.data) };
  const first = parsed.error.issues[0]!;
  const where = first.path.length ? ` at ${first.path.join('.')}` : '';
  return {
    error: `That file is not a Faultline quiz progress export (problem${where}: ${first.message}), so it was not imported. Your progress is unchanged.`,
  };
}

/** The JSON written by export: pretty, so a learner can read what is stored. */
export function serialiseProgress(p: Progress): string {
  return `${JSON.stringify(p, null, 2)}\n`;
}
