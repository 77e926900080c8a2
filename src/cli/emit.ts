import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { fileNameText, terminalText } from "../domain/neutralise.js";
import { UsageError } from "../errors.js";
import { isStdoutPath, isTerminalDevice, requireFolder, writeOutput } from "../store/output.js";
import type { Ctx } from "./context.js";

/**
 * The one way out of the tool for a result (README "Output and exit codes"): stdout, or
 * `--out FILE` written as the shell's `>` would (links followed, a FIFO or device written
 * to, no folder made, a file replaced atomically keeping its mode and owner), `--out -`
 * for stdout; `--out DIR` for the commands that write several files. A binary document is
 * never sent to a terminal (exit 2, in every command); what was written is said on stderr,
 * in one message. Record values are made safe for each reader before they get here
 * (src/domain/neutralise.ts); text bound for a terminal gets the last guard in
 * src/app/main.ts.
 */

/** Formats that are bytes, not text: never for a terminal. */
const BINARY = new Set(["docx", "xlsx"]);

/** Where a result goes: `--out`'s value (undefined or `-`: stdout) and its format. */
export interface Destination {
  out: string | undefined;
  format: string;
  /** How the clerk would give --out for this command, said when a terminal is refused. */
  example: string;
}

/** `--out` names stdout: not given, `-`, or stdout's own path (/dev/stdout, /dev/fd/1). */
const toStdout = (ctx: Ctx, out: string | undefined) =>
  out === undefined || out === "-" || isStdoutPath(path.resolve(ctx.io.cwd, out));

/** `--out` names a terminal device (/dev/tty): a person reads what is written there. */
const toTerminalDevice = (ctx: Ctx, out: string | undefined) =>
  !toStdout(ctx, out) && isTerminalDevice(path.resolve(ctx.io.cwd, out!));

/**
 * Refuses a binary document bound for a terminal, before any work is done (exit 2,
 * nothing read or written); the same check `emit` makes.
 */
export function refuseBinaryToTerminal(ctx: Ctx, to: Destination): void {
  const terminal = toStdout(ctx, to.out) ? ctx.io.stdoutIsTTY : toTerminalDevice(ctx, to.out);
  if (BINARY.has(to.format) && terminal)
    throw new UsageError(msg("out.binary-to-terminal", { format: to.format }), [
      msg("out.binary-to-terminal.hint", { example: to.example }),
    ]);
}

/** Sends one result where `--out` says: stdout, or a file (said on stderr). */
export function emit(ctx: Ctx, data: string | Uint8Array, to: Destination): void {
  refuseBinaryToTerminal(ctx, to);
  if (toStdout(ctx, to.out)) {
    (ctx.io.document ?? ctx.io.stdout).write(data);
    return;
  }
  // text for a terminal device is guarded as stdout on a terminal is
  const text =
    typeof data === "string" && toTerminalDevice(ctx, to.out) ? terminalText(data) : data;
  writeFile(ctx, path.resolve(ctx.io.cwd, to.out!), text);
}

/** The folder `--out DIR` names, which must exist (exit 3 otherwise, nothing written). */
export function outFolder(ctx: Ctx, out: string): string {
  const dir = path.resolve(ctx.io.cwd, out);
  requireFolder(dir);
  return dir;
}

/** One file of a folder's worth (`--out DIR`), its name fitted to the file system. */
export function emitInto(ctx: Ctx, dir: string, name: string, data: string | Uint8Array): string {
  const file = path.join(dir, fitFileName(name));
  writeFile(ctx, file, data);
  return file;
}

function writeFile(ctx: Ctx, file: string, data: string | Uint8Array) {
  writeOutput(file, data, ctx.fs);
  ctx.io.stderr.write(`${ctx.t("out.wrote", { file })}\n`);
}

/** The longest file name most file systems take, in bytes of UTF-8 (NAME_MAX). */
const NAME_MAX = 255;

/**
 * A file name made from a title, shortened to what the file system takes (NAME_MAX
 * bytes, a Chinese character three): the end of the title goes, with an ellipsis, the
 * extension stays; characters Windows refuses, controls and bidi controls become `_`. The
 * full title is kept inside the document.
 */
export function fitFileName(name: string): string {
  const clean = [...fileNameText(name)];
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 ? clean.slice(dot).join("") : "";
  const base = dot > 0 ? clean.slice(0, dot) : clean;
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  if (bytes(base.join("") + ext) <= NAME_MAX) return base.join("") + ext;
  while (base.length > 0 && bytes(`${base.join("")}…${ext}`) > NAME_MAX) base.pop();
  return `${base.join("")}…${ext}`;
}
