import { mkdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import { EnvError } from "../errors.js";

/**
 * Writes a generated document (a plan, a reminder) outside the records: to a temporary
 * file beside it, then renamed over, so a reader never sees half a file.
 */
export function writeOutput(file: string, text: string): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing to remove
    }
    throw new EnvError(
      msg("write.fs-failed", { dir, detail: (e as NodeJS.ErrnoException).code ?? String(e) }),
    );
  }
}
