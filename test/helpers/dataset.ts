// An in-memory dataset for the unit tests of the pure domain modules: records as plain
// objects, no file system. Each record's file is where the loader would have found it.
import { type Dataset, emptyDataset, type Rec } from "../../src/domain/dataset.js";
import type { Activity } from "../../src/domain/schemas/activity.js";
import type { Calendar } from "../../src/domain/schemas/calendar.js";
import type { Committee } from "../../src/domain/schemas/committee.js";
import type { Report } from "../../src/domain/schemas/report.js";
import type { Settings } from "../../src/domain/schemas/settings.js";
import type { Topic } from "../../src/domain/schemas/topic.js";

function rec<T>(value: T, file: string): Rec<T> {
  return { value, src: { file, at: () => ({ line: 1, column: 1 }) } };
}

export const SETTINGS: Settings = {
  body: "测试市政协",
  short_name: "市政协",
  doc_number: "测政协{doc_code}〔{year}〕{n}号",
  people: [
    { id: "wang-vc", name: "王某某", role: "vice_chair" },
    { id: "zhou-sg", name: "周某某", role: "secretary_general" },
  ],
} as Settings;

export const JJ: Committee = {
  code: "jj",
  name: "经济委员会",
  kind: "committee",
  order: 1,
  doc_code: "经",
  vice_chair: "wang-vc",
  departments: [
    { id: "fgw", name: "市发改委", full_name: "鄂尔多斯市发展和改革委员会", aliases: ["发改委"] },
    { id: "czj", name: "财政局", aliases: ["市财政局"] },
  ],
} as Committee;

export const TOPIC: Topic = {
  id: "2027-jj-01",
  year: 2027,
  title: "关于优化营商环境的对口协商",
  committee: "jj",
  departments: ["fgw", "czj"],
  source: "department",
  category: "resources",
  status: "confirmed",
  proposed_on: "2026-09-20",
  shortlisted_on: "2026-12-10",
  confirmed_on: "2027-02-20",
};

export const SIGNED: Report = {
  id: "2027-jj-r01",
  kind: "outcome",
  committee: "jj",
  topic: "2027-jj-01",
  title: "关于优化营商环境的协商意见",
  status: "signed",
  drafted_on: "2027-06-01",
  signed_by: "wang-vc",
  signed_on: "2027-06-05",
};

export const ISSUED: Report = {
  ...SIGNED,
  status: "issued",
  issued_on: "2027-06-08",
  doc_no: "测政协经〔2027〕1号",
  to_departments: ["fgw", "czj"],
  reply_due: "2027-07-08",
};

/** A dataset of the records given (settings and the jj committee unless replaced). */
export function dataset(
  parts: {
    settings?: Settings;
    committees?: Committee[];
    topics?: Topic[];
    activities?: Activity[];
    reports?: Report[];
    calendars?: Record<number, Calendar>;
  } = {},
): Dataset {
  const ds = emptyDataset();
  ds.settings = rec(parts.settings ?? SETTINGS, "xieshang.yaml");
  ds.committees = (parts.committees ?? [JJ]).map((c) => rec(c, `committees/${c.code}.yaml`));
  ds.topics = (parts.topics ?? []).map((t) => rec(t, `topics/${t.year}/${t.id}.yaml`));
  ds.activities = (parts.activities ?? []).map((a) =>
    rec(a, `activities/${a.date.slice(0, 4)}/${a.id}.yaml`),
  );
  ds.reports = (parts.reports ?? []).map((r) => rec(r, `reports/${r.id.slice(0, 4)}/${r.id}.yaml`));
  for (const [y, c] of Object.entries(parts.calendars ?? {}))
    ds.calendars.set(Number(y), rec(c, `calendar/${y}.yaml`));
  return ds;
}

/** The catalog key of the error a function throws, and the exit code it maps to. */
export function refusal(f: () => unknown): { key: string; exit: number; params: unknown } {
  try {
    f();
  } catch (e) {
    const err = e as { msg?: { key: string; params: unknown }; exitCode?: number };
    if (err.msg && err.exitCode !== undefined)
      return { key: err.msg.key, exit: err.exitCode, params: err.msg.params };
    throw e;
  }
  throw new Error("expected a refusal, but it went through");
}
