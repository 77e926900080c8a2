import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
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

/** The code outside src/ that cites the docs: tests, bench, scripts, the shim. */
function besideSource(): { file: string; text: string }[] {
  return ["test", "bench", "scripts", "bin", ".ci"].flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|mjs|js|sh)$|^run$/.test(e.name))
      .filter((e) => !/[/\\](fixtures|out)([/\\]|$)/.test(path.relative(ROOT, e.parentPath)))
      .map((e) => {
        const abs = path.join(e.parentPath, e.name);
        return { file: path.relative(ROOT, abs), text: readFileSync(abs, "utf8") };
      }),
  );
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

  it("no comment cites a file outside the repository (src, tests, bench, scripts)", () => {
    const outside = [...sources(""), ...besideSource()]
      // the word is written S[P]EC, so that this file does not name it either
      .filter(({ text }) => /\bS[P]EC\b|\.\.\/shared\//.test(text));
    expect(outside.map((s) => s.file)).toEqual([]);
  });

  it("every section a comment cites exists in the README or docs/ (src, tests, bench, scripts)", () => {
    const headings = (file: string) =>
      readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .filter((l) => l.startsWith("#"));
    const missing: string[] = [];
    for (const { file, text } of [...sources(""), ...besideSource()]) {
      for (const m of text.matchAll(
        /(README|docs\/[a-z-]+\.md)(?:(?: |\n\s*(?:\/\/|\*) ?)"([^"\n]+)")?/g,
      )) {
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

/** Every function of a file longer than `max` lines: `file:line name (lines)`. */
function longFunctions(file: string, text: string, max: number): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const long: string[] = [];
  const visit = (n: ts.Node) => {
    if (
      ts.isFunctionDeclaration(n) ||
      ts.isFunctionExpression(n) ||
      ts.isArrowFunction(n) ||
      ts.isMethodDeclaration(n)
    ) {
      const from = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const lines = sf.getLineAndCharacterOfPosition(n.getEnd()).line - from + 1;
      if (lines > max) long.push(`${file}:${from + 1} (${lines} lines)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return long;
}

describe('the shape of the house (docs/architecture.md "Layers")', () => {
  it("a command is thin: no function in src/commands/ is longer than 60 lines", () => {
    const long = sources("commands").flatMap(({ file, text }) => longFunctions(file, text, 60));
    expect(long).toEqual([]);
  });

  it("no file in src/ is longer than 400 lines, but the message catalogs", () => {
    const catalogs = /^src\/i18n\/(en|zh|help-zh|help-after-zh)\.ts$/;
    const long = sources("")
      .filter(({ file }) => !catalogs.test(file))
      .filter(({ text }) => text.split("\n").length > 400)
      .map(({ file, text }) => `${file} (${text.split("\n").length} lines)`);
    expect(long).toEqual([]);
  });
});

describe("docs/architecture.md is true", () => {
  const page = readFileSync(path.join(ROOT, "docs", "architecture.md"), "utf8");

  it("every path of the repository it names exists", () => {
    const named = new Set(
      [
        ...page.matchAll(
          /(?<![\w./~-])((?:src|test|scripts|bin|bench|docs|templates|data|\.ci)\/[\w./-]*\w|(?:vitest\.config\.ts|biome\.json|package\.json))/g,
        ),
      ]
        .map((m) => m[1]!)
        // made by a build or a run, not kept in the repository
        .filter((p) => !/^(bench\/out|dist)\b/.test(p)),
    );
    expect(named.size).toBeGreaterThan(40);
    expect([...named].filter((p) => !existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it("every page it and the README link to exists", () => {
    const links = (file: string) =>
      [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/\]\(([^)#\s]+)\)/g)]
        .map((m) => m[1]!)
        .filter((l) => !/^[a-z]+:/.test(l))
        .map((l) => path.join(path.dirname(path.join(ROOT, file)), l));
    const pages = ["README.md", ...readdirSync(path.join(ROOT, "docs")).map((f) => `docs/${f}`)];
    const missing = pages.flatMap((f) => links(f).filter((l) => !existsSync(l)));
    expect(missing.map((l) => path.relative(ROOT, l))).toEqual([]);
  });
});
