import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { EnvError } from "../errors.js";
import { MAX_FILE_BYTES } from "./find.js";
import { readPlainBytes } from "./plain.js";
import { isLinkPath } from "./reader.js";

/**
 * A file's text, read only when it is a regular file (never through a link, never
 * blocking on a FIFO or device) and not over the size limit; undefined otherwise.
 */
export function readPlain(abs: string): string | undefined {
  const r = openPlain(abs);
  return typeof r === "string" ? r : undefined;
}

/** The text of a regular file, or why it is not read ("link", "not-a-file", "too-large", an errno). */
export function openPlain(abs: string): string | { why: string } {
  const got = readPlainBytes(abs, MAX_FILE_BYTES);
  return Buffer.isBuffer(got) ? got.toString("utf8") : got;
}

/** A file kept in the data directory, read as a plain file; undefined when there is none. */
export function readKept(dir: string, file: string): string | undefined {
  // no folder on the way is a link either (a templates/ linked elsewhere)
  const parts = file.split("/");
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join("/");
    if (isLinkPath(path.join(dir, ...parts.slice(0, i))))
      throw new EnvError(msg("read.not-plain", { file: folder }), [msg("read.not-plain.hint", {})]);
  }
  const got = openPlain(path.join(dir, ...parts));
  if (typeof got === "string") return got;
  if (got.why === "ENOENT") return undefined;
  if (got.why === "link" || got.why === "not-a-file")
    throw new EnvError(msg("read.not-plain", { file }), [msg("read.not-plain.hint", {})]);
  throw new EnvError(msg("read.failed", { file, detail: got.why }));
}
