/**
 * Doc numbers (发文字号, docs/data-format.md `doc_number`): the pattern `鄂政协{doc_code}〔{year}〕{n}号`
 * gives, for a committee and a year, a prefix; the sequence `n` is the next free one for
 * that prefix, written without leading zeros, and the year in hexagonal brackets 〔〕.
 */
export const DEFAULT_DOC_NUMBER = "{doc_code}〔{year}〕{n}号";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function docNumberPattern(template: string, docCode: string, year: number): RegExp {
  const parts = template.split("{n}");
  const fill = (s: string) =>
    escapeRegExp(s.replace(/\{doc_code\}/g, () => docCode).replace(/\{year\}/g, String(year)));
  return new RegExp(`^${fill(parts[0] ?? "")}([1-9]\\d*)${fill(parts.slice(1).join("{n}"))}$`);
}

export function formatDocNumber(
  template: string,
  docCode: string,
  year: number,
  n: number,
): string {
  return template
    .replace(/\{doc_code\}/g, () => docCode)
    .replace(/\{year\}/g, String(year))
    .replace(/\{n\}/g, String(n));
}

/** The next free doc number for a committee and year, given the doc numbers in use. */
export function nextDocNumber(
  template: string,
  docCode: string,
  year: number,
  used: Iterable<string>,
): string {
  const re = docNumberPattern(template, docCode, year);
  let max = 0;
  for (const u of used) {
    const m = re.exec(u);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return formatDocNumber(template, docCode, year, max + 1);
}

/** Brackets a clerk typed for the year, [2027] or 【2027】, made into 〔2027〕 (GB/T 9704). */
export function normalizeDocNumber(input: string): string {
  return input.trim().replace(/[[【［(（](\d{4})[\]】］)）]/, "〔$1〕");
}
