import { isUtf8 } from "node:buffer";
/**
 * What the bytes of a record file say before they are text (docs/architecture.md
 * "Reading"): the first byte that is not UTF-8 and its line, whether it looks like GBK,
 * a size for a person.
 */

export function humanSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}

/** Offset of the first byte that breaks UTF-8, to name the line a clerk must look at. */
export function firstBadUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const n =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (n === 0 || i + n > buf.length || !isUtf8(buf.subarray(i, i + n))) return i;
    i += n;
  }
  return buf.length;
}

export function lineAt(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (buf[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

export function looksLikeGbk(buf: Buffer): boolean {
  try {
    new TextDecoder("gbk", { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

export const utf8 = new TextDecoder("utf-8");
