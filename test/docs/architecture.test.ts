import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

/** Every .ts file under a folder of src/, with its text. */
function sources(folder: string): { file: string; text: string }[] {
  const dir = path.join(ROOT, "src", folder);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => {
      const abs = path.join(e.parentPath, e.name);
      return { file: path.relative(ROOT, abs), text: readFileSync(abs, "utf8") };
    });
}

describe("architecture (docs/architecture.md)", () => {
  it("the domain imports nothing of i18n at run time (types only)", () => {
    const runtime = sources("domain").flatMap(({ file, text }) =>
      [...text.matchAll(/^import (?!type )[^;]*from "([^"]*i18n[^"]*)"/gm)].map(
        (m) => `${file}: ${m[1]}`,
      ),
    );
    expect(runtime).toEqual([]);
  });

  it("no comment cites a file outside the repository", () => {
    const outside = sources("").filter(({ text }) => /\bSPEC\b|\.\.\/shared\//.test(text));
    expect(outside.map((s) => s.file)).toEqual([]);
  });

  it("every section a comment cites exists in the README or docs/", () => {
    const headings = (file: string) =>
      readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .filter((l) => l.startsWith("#"));
    const missing: string[] = [];
    for (const { file, text } of sources("")) {
      for (const m of text.matchAll(/(README|docs\/[a-z-]+\.md)(?: "([^"]+)")?/g)) {
        const doc = m[1] === "README" ? "README.md" : m[1]!;
        let found: string[];
        try {
          found = headings(doc);
        } catch {
          missing.push(`${file}: ${doc}`);
          continue;
        }
        if (m[2] && !found.some((h) => h.includes(m[2]!)))
          missing.push(`${file}: ${doc} "${m[2]}"`);
      }
    }
    expect(missing).toEqual([]);
  });
});
