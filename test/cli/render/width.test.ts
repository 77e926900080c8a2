// The terminal width of a text (src/cli/render/width.ts) is what string-width says, for
// every text the tool prints: the messages, the help, the bundled records, and the odd
// characters a clerk may type. string-width stays a dev dependency for this comparison.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../../src/cli/render/width.js";
import { ROOT } from "../../helpers/run.js";

function linesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ya?ml|md|ts)$/.test(e.name))
    .flatMap((e) => readFileSync(path.join(e.parentPath, e.name), "utf8").split("\n"));
}

describe("displayWidth agrees with string-width", () => {
  it("on every line of the bundled data, the templates and the message catalogs", () => {
    const lines = [
      ...linesOf(path.join(ROOT, "data")),
      ...linesOf(path.join(ROOT, "templates")),
      ...linesOf(path.join(ROOT, "src", "i18n")),
    ];
    expect(lines.length).toBeGreaterThan(1000);
    const differ = lines.filter((l) => displayWidth(l) !== stringWidth(l));
    expect(differ).toEqual([]);
  });

  it.each([
    "中文abc",
    "鄂政协经〔2026〕1号",
    "ａｂｃ全角",
    "e\u0301 combining",
    "\u001b[1m粗\u001b[22m colour codes",
    "…·—①Ⅱ ambiguous, narrow as string-width counts them",
    "✓ ⚠ 👍 symbols",
    "zero\u200bwidth",
  ])("%s", (text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });
});
