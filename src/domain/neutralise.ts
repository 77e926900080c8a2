/**
 * What text from the records becomes for each reader it is sent to (README "Output for
 * every reader"): the one place where a value is made safe for a terminal, a TSV or CSV
 * file, an XML part, an html page or a Markdown table. Every output of the tool passes
 * its record values through the function for its reader; none is a replacement pattern.
 */

/** C0 controls but TAB and LF, DEL, C1 controls; bidi overrides, embeddings and isolates. */
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A character shown as its escape: `\x1b`, `\u202e`. */
function shown(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * For a terminal: every control character and bidi control shown escaped, never
 * interpreted; TAB and LF kept (a CR too when it ends a line, as in a CRLF file).
 */
export function terminalText(s: string): string {
  return s.replace(CONTROLS, (ch, at: number) =>
    ch === "\r" && s[at + 1] === "\n" ? ch : shown(ch),
  );
}

/** The colour sequences the tool itself writes (SGR: ESC [ … m); nothing else passes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const OWN_COLOUR = /\u001b\[[0-9;]*m/y;

/**
 * A whole text for a terminal, our own colours kept: every other escape sequence and
 * control shown escaped (the values in it were made safe where they went in; this is
 * the last guard, for the ones that were not).
 */
export function terminalOutput(s: string): string {
  let out = "";
  let last = 0;
  for (let i = s.indexOf("\u001b"); i >= 0; i = s.indexOf("\u001b", i + 1)) {
    OWN_COLOUR.lastIndex = i;
    if (!OWN_COLOUR.test(s)) continue;
    out += terminalText(s.slice(last, i)) + s.slice(i, OWN_COLOUR.lastIndex);
    last = OWN_COLOUR.lastIndex;
    i = last - 1;
  }
  return out + terminalText(s.slice(last));
}

/** A cell beginning like a formula in Excel or WPS (the OWASP list). */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * A TSV cell (piped tables, which a spreadsheet may open too): a value that would start a
 * formula gets a leading `'` as in CSV; TAB, LF and CR as a space, as ever; other controls
 * escaped.
 */
export function tsvCell(s: string): string {
  return (FORMULA.test(s) ? `'${s}` : s).replace(/[\t\r\n]/g, " ").replace(CONTROLS, shown);
}

/**
 * A CSV cell (RFC 4180): a value that would start a formula gets a leading `'` (OWASP's
 * rule), and a cell holding a comma, a quote or a line break is quoted, quotes doubled.
 */
export function csvCell(v: string | number): string {
  const s = typeof v === "number" ? String(v) : FORMULA.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** What XML 1.0 forbids: C0 but TAB, LF, CR; U+FFFE, U+FFFF; a surrogate not in a pair. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Bidi overrides, embeddings and isolates: a 公文 holds no right-to-left text. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * For an XML part (docx, xlsx, SVG): the characters XML forbids replaced by U+FFFD, and
 * bidi controls dropped (in a document they would turn the rest of a line around).
 */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, "\ufffd").replace(BIDI, "");
}

/** Text and attribute values of an XML part or an html page: escaped, and XML-safe. */
export function markupText(s: string): string {
  return xmlText(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(CONTROLS, shown);
}

/** A Markdown table cell: `|` escaped, a line break (LF, CR, CRLF, U+2028) as a space. */
export function markdownCell(s: string): string {
  return markdownLine(s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|"));
}

/** A value in a line of Markdown (a heading, a paragraph): its line breaks as spaces. */
export function markdownLine(s: string): string {
  return s.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}

/**
 * JSON text, as JSON.stringify made it, with the characters it leaves raw that a terminal
 * would obey (C1, DEL, bidi controls) as JSON escapes: the same value, nothing obeyed.
 */
export function jsonText(json: string): string {
  return json.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * For a file name made from a title: what Windows refuses (\\ / : * ? " < > |) and every
 * control or bidi character (a right-to-left override makes `…doc.exe` look like a .doc)
 * as `_`.
 */
export function fileNameText(s: string): string {
  return s.replace(/[\\/:*?"<>|]/g, "_").replace(CONTROLS, "_");
}

/** Every string inside a value made safe by `safe` (arrays and plain objects walked). */
export function deepText<T>(value: T, safe: (s: string) => string): T {
  if (typeof value === "string") return safe(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepText(v, safe)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepText(v, safe)])) as T;
  return value;
}
