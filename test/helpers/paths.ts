import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The crash test's writer, bundled by global-setup into node_modules' cache (never the package). */
export const WRITER = path.join(ROOT, "node_modules", ".cache", "xieshang-test", "writer.cjs");

/** Whether a program is installed (tmux, soffice, pdftotext): tests that need it say so when not. */
export function installed(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
