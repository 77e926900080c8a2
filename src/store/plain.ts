import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";

/**
 * The bytes of a regular file, or why they are not read (docs/reliability.md
 * "Reliability"): never through a symbolic link (O_NOFOLLOW: "link"), never blocking on a
 * FIFO or device (O_NONBLOCK, then fstat: "not-a-file"), never more than `max` bytes
 * ("too-large"); an errno otherwise ("ENOENT" when there is nothing).
 */
export function readPlainBytes(abs: string, max = Infinity): Buffer | { why: string } {
  return readRegular(abs, max, constants.O_NOFOLLOW);
}

/**
 * A file the clerk names on the command line (a pasted table, a notice): links followed,
 * but only a regular file of at most `max` bytes is read — a FIFO or a device never hangs
 * the command, /dev/zero never fills the memory.
 */
export function readInputBytes(abs: string, max: number): Buffer | { why: string } {
  return readRegular(abs, max, 0);
}

function readRegular(abs: string, max: number, flags: number): Buffer | { why: string } {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK | flags);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "EIO";
    return { why: code === "ELOOP" && flags !== 0 ? "link" : code };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { why: "not-a-file" };
    if (st.size > max) return { why: "too-large" };
    return readFileSync(fd);
  } catch (e) {
    return { why: (e as NodeJS.ErrnoException).code ?? "EIO" };
  } finally {
    closeSync(fd);
  }
}
