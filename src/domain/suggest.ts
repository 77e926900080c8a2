/**
 * Did-you-mean (docs/commands.md "topic"): the candidates closest to what was typed, by edit
 * distance — for a misspelt field (`schedual` → `schedule`) or a department named by a
 * near miss (`发改局` → 市发改委).
 */

/**
 * Whether the characters of `a` stand in `b` in the same order, by code point: a
 * contraction (市监局 in 市场监督管理局) or a name inside a longer one (农业 in 农牧业).
 */
export function within(a: string, b: string): boolean {
  const chars = [...a];
  let i = 0;
  for (const c of b) if (c === chars[i]) i++;
  return i === chars.length;
}

/** Levenshtein distance of two strings, by code point. */
export function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[y.length]!;
}

/** The candidate nearest to `word`, if it is near enough to be what was meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor([...word].length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
