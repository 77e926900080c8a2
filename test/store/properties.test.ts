// Property-based tests (fast-check, seeded and bounded): the loader turns any text into
// diagnostics, never an exception; any record the schemas accept survives write → load
// unchanged; editing one field keeps every other byte.
import { writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Topic } from "../../src/domain/schemas/topic.js";
import { ACTIVITY_TYPES, CATEGORIES, SOURCES } from "../../src/domain/vocabulary.js";
import { validateAll } from "../../src/store/check.js";
import { recordText, setIn } from "../../src/store/edit.js";
import { loadDataDir, withChanges } from "../../src/store/load.js";
import { TOPIC_LAYOUT } from "../../src/store/records.js";
import { FIXTURES, scratch } from "../helpers/run.js";

const SEED = 20261128;
const FILE = "topics/2027/2027-jj-01.yaml";
const base = loadDataDir(path.join(FIXTURES, "valid"));

/** Text a clerk might leave in a record: YAML-ish lines with the characters that matter. */
const yamlish = fc
  .array(
    fc.tuple(
      fc.constantFrom("", "  ", "\t", "- ", "    "),
      fc.constantFrom(
        "id",
        "title",
        "status",
        "departments",
        "__proto__",
        "<<",
        "&a x",
        "*a",
        "!!str",
        "? ",
        "时间",
        "",
      ),
      fc.constantFrom(": ", ":", "：", " : ", ": [", ": {", ": |", ": >", ': "', ": '", ""),
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.constantFrom("\n", "\r\n", "", "\n<<<<<<< HEAD\n", "\n=======\n", "]", "}", " #c\n"),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.map((l) => l.join("")).join(""));

const anyText = fc.oneof(
  yamlish,
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 80 }),
);

describe("the loader never throws", () => {
  it("any text in a record file gives diagnostics (or a record), never an exception", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const after = withChanges(base, new Map([[FILE, text]]));
        const problems = validateAll(after, "2027-11-27");
        for (const d of problems) expect(d.line).toBeGreaterThanOrEqual(1);
        const read = after.ds.topics.some((t) => t.src.file === FILE);
        // a file is either read as a record or reported, never dropped silently
        expect(read || problems.some((d) => d.file === FILE)).toBe(true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("any bytes on disk too (encodings, NULs, BOMs)", () => {
    const dir = scratch(path.join(FIXTURES, "valid"));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (bytes) => {
        writeFileSync(path.join(dir, FILE), bytes);
        const loaded = loadDataDir(dir);
        const problems = validateAll(loaded, "2027-11-27");
        const read = loaded.ds.topics.some((t) => t.src.file === FILE);
        expect(read || problems.some((d) => d.file === FILE)).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

const text = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const isoDate = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2999-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const subset = <T>(values: readonly T[]) =>
  fc.subarray([...values], { minLength: 1 }).map((a) => [...a]);

/** A topic the schema accepts, as `topic propose` would write it. */
const topic: fc.Arbitrary<Topic> = fc
  .record(
    {
      title: text,
      departments: subset(["fgw", "czj"]),
      invited: subset(["slj", "nmcj"]),
      source: fc.constantFrom(...SOURCES),
      proposer: text,
      category: fc.constantFrom(...CATEGORIES),
      summary: text,
      forms: subset(ACTIVITY_TYPES),
      schedule: fc.constantFrom("2027-Q1", "2027-Q4", "2027-05", "2027-12"),
      proposed_on: isoDate,
    },
    { requiredKeys: ["title", "departments", "source", "category", "proposed_on"] },
  )
  .map((t) => ({
    id: "2027-jj-01",
    year: 2027,
    committee: "jj",
    status: "proposed" as const,
    ...t,
  }));

const readBack = (file: string, text: string) =>
  withChanges(base, new Map([[file, text]])).ds.topics.find((t) => t.src.file === file)?.value;

describe("write → load", () => {
  it("any topic the schema accepts reads back exactly as written", () => {
    fc.assert(
      fc.property(topic, (t) => {
        const written = recordText(
          t as unknown as Record<string, unknown>,
          TOPIC_LAYOUT.order,
          TOPIC_LAYOUT,
        );
        expect(readBack(FILE, written)).toEqual(t);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("editing one field changes that field only, and keeps every other byte", () => {
    fc.assert(
      fc.property(topic, text, fc.boolean(), (t, title, crlf) => {
        let written = recordText(
          t as unknown as Record<string, unknown>,
          TOPIC_LAYOUT.order,
          TOPIC_LAYOUT,
        );
        written = `# 注释：保持不变\n${written}`;
        if (crlf) written = written.replace(/\n/g, "\r\n");
        const edited = setIn(written, ["title"], title, TOPIC_LAYOUT);
        expect(readBack(FILE, edited)).toEqual({ ...t, title });
        const eol = crlf ? "\r\n" : "\n";
        const others = (s: string) => s.split(eol).filter((l) => !l.startsWith("title:"));
        expect(others(edited)).toEqual(others(written));
        expect(edited.includes("\r\n")).toBe(crlf);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
