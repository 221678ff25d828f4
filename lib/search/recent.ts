/**
 * Keeps `value` under `key` in `map` as its most recent entry (a Map iterates in insertion order)
 * and forgets the oldest entries beyond `max`: the worker's answers and texts, and the page's
 * answers sent ahead.
 */
export function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as K);
}
