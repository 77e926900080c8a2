import * as fs from "node:fs";

/**
 * The file-system calls of the write path (lock, temporary file, fsync, link or rename,
 * clean-up) and of `--out`, as one object handed down from the IO: the tests put a fault
 * at any step (ENOSPC, EACCES, EIO, EXDEV) and check that nothing is half-written.
 */
export interface FsSeam {
  openSync(file: string, flags: string): number;
  writeSync(fd: number, data: string | Uint8Array): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  linkSync(existing: string, target: string): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
  mkdirSync(dir: string, opts: { recursive: true }): unknown;
  readdirSync(dir: string): string[];
  readFileSync(file: string, encoding: "utf8"): string;
}

export const realFs: FsSeam = {
  openSync: (file, flags) => fs.openSync(file, flags),
  writeSync: (fd, data) =>
    typeof data === "string" ? fs.writeSync(fd, data) : fs.writeSync(fd, data),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  linkSync: (a, b) => fs.linkSync(a, b),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (f) => fs.unlinkSync(f),
  mkdirSync: (d, o) => fs.mkdirSync(d, o),
  readdirSync: (d) => fs.readdirSync(d),
  readFileSync: (f, e) => fs.readFileSync(f, e),
};
