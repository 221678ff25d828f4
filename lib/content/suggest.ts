import { distance } from 'fastest-levenshtein';

/** The valid value closest to a misspelt one, or undefined when nothing is reasonably close. */
export function nearest(received: string, valid: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const d = distance(received.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A suggestion further than a third of the word away is noise, not help.
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(received.length / 3)) ? best : undefined;
}
