import { eastAsianWidth } from "get-east-asian-width";

/**
 * The columns a text takes in a terminal: 2 for East Asian wide and full-width characters
 * (Chinese, full-width punctuation, most emoji), 0 for combining marks, format characters
 * and colour codes, 1 for the rest. What string-width gives for our texts, without the
 * grapheme segmenter it builds when loaded (about 20 ms of every start-up,
 * docs/performance.md); the East Asian Width table is the same one (get-east-asian-width).
 */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-?]*[ -/]*[@-~]`, "g");
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
/** Zero-width spaces and joiners, and the variation selectors. */
const invisible = (cp: number) => (cp >= 0x200b && cp <= 0x200d) || (cp >= 0xfe00 && cp <= 0xfe0f);

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.includes(String.fromCharCode(27)) ? text.replace(ANSI, "") : text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (cp < 0x300) {
      width++;
      continue;
    }
    if (invisible(cp) || ZERO.test(ch)) continue;
    width += eastAsianWidth(cp);
  }
  return width;
}
