/**
 * Compares two strings by UTF-16 code units (-1, 0 or 1): the order of the sorted index files and
 * of MiniSearch's word tree, the same in every runtime and locale (unlike localeCompare).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
