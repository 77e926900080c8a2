// Synthetic data directories for `npm run bench` (docs/performance.md). Deterministic: the same
// scale always gives the same files. Written under bench/out/, which git ignores.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const TYPES = ["info_exchange", "attend", "briefing", "solicit", "research", "consultation"];
const SOURCES = ["leader", "department", "member", "committee"];
const CATEGORIES = [
  "policy",
  "decision",
  "planning",
  "resources",
  "public_concern",
  "rule_of_law",
  "follow_up",
  "conduct",
  "mutual",
  "assigned",
];

/** A small deterministic generator, so runs compare like with like. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, "0");

/**
 * One body: `units` committees of ~18 departments; ten years, each with ~12 topics, ~50
 * activities and ~12 reports per committee (city-10y: 8 units, ~140 departments, ~1,000
 * topics, ~4,000 activities, ~1,000 reports).
 */
export function generate(dir, { units = 8, years = 10, firstYear = 2017 } = {}) {
  const r = rng(units * 7919 + years);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "committees"), { recursive: true });
  const people = [{ id: "sg", name: "秘书长甲", role: "secretary_general" }];
  const committees = [];
  for (let c = 0; c < units; c++) {
    const code = `c${c}`;
    const vice = `vc${c}`;
    people.push({ id: vice, name: `副主席${c}`, role: "vice_chair" });
    const deps = Array.from({ length: 17 + (c % 3) }, (_, d) => `${code}-d${d}`);
    committees.push({ code, deps, vice });
    const lines = [
      `code: ${code}`,
      `name: 第${c + 1}专门委员会`,
      "kind: committee",
      `order: ${c + 1}`,
      `doc_code: 委${c}`,
      `vice_chair: ${vice}`,
      `liaison: { name: 联络员${c}, phone: "0477-800${pad(c, 4)}" }`,
      "departments:",
    ];
    for (const d of deps)
      lines.push(
        `  - id: ${d}`,
        `    name: 市第${d}局`,
        `    liaison: { name: 联络员${d}, phone: "0477-81${pad(c, 3)}" }`,
      );
    writeFileSync(path.join(dir, "committees", `${code}.yaml`), `${lines.join("\n")}\n`);
  }
  writeFileSync(
    path.join(dir, "xieshang.yaml"),
    [
      "body: 政协某某市委员会",
      "lang: zh",
      "reply_within: 30d",
      "answer_categories: { A: 已解决, B: 正在解决, C: 以后解决, D: 留作参考 }",
      'doc_number: "某政协{doc_code}〔{year}〕{n}号"',
      "people:",
      ...people.flatMap((p) => [`  - id: ${p.id}`, `    name: ${p.name}`, `    role: ${p.role}`]),
      "",
    ].join("\n"),
  );
  for (let y = firstYear; y < firstYear + years; y++) {
    for (const sub of ["topics", "activities", "reports"])
      mkdirSync(path.join(dir, sub, String(y)), { recursive: true });
    for (const { code, deps, vice } of committees) {
      const topics = [];
      for (let t = 1; t <= 12 + Math.floor(r() * 3); t++) {
        const id = `${y}-${code}-${pad(t)}`;
        const ds = [
          deps[Math.floor(r() * deps.length)],
          deps[Math.floor(r() * deps.length)],
        ].filter((v, i, a) => a.indexOf(v) === i);
        topics.push({ id, ds });
        writeFileSync(
          path.join(dir, "topics", String(y), `${id}.yaml`),
          [
            `id: ${id}`,
            `year: ${y}`,
            `title: 关于第${t}项重点工作的对口协商`,
            `committee: ${code}`,
            `departments: [${ds.join(", ")}]`,
            `source: ${SOURCES[t % 4]}`,
            `proposer: 委员${t}`,
            `category: ${CATEGORIES[t % 10]}`,
            `summary: 围绕全市经济社会发展中的重点难点问题，开展调查研究和协商议政，提出意见建议。`,
            "forms: [research, consultation]",
            `schedule: ${y}-Q${1 + (t % 4)}`,
            "status: concluded",
            `proposed_on: ${y - 1}-10-${pad(1 + (t % 28))}`,
            `shortlisted_on: ${y - 1}-12-${pad(1 + (t % 28))}`,
            `confirmed_on: ${y}-03-${pad(1 + (t % 28))}`,
            `concluded_on: ${y}-11-${pad(1 + (t % 28))}`,
            "",
          ].join("\n"),
        );
      }
      const perDay = new Map();
      for (let a = 0; a < 48 + Math.floor(r() * 6); a++) {
        const date = `${y}-${pad(4 + Math.floor(a / 8))}-${pad(1 + Math.floor(r() * 28))}`;
        const n = (perDay.get(date) ?? 0) + 1;
        perDay.set(date, n);
        const topic = topics[a % topics.length];
        const type = TYPES[a % 6];
        writeFileSync(
          path.join(dir, "activities", String(y), `${date}-${code}-${n}.yaml`),
          [
            `id: ${date}-${code}-${n}`,
            `date: ${date}`,
            `type: ${type}`,
            `committee: ${code}`,
            `topic: ${topic.id}`,
            `departments: [${topic.ds.join(", ")}]`,
            `title: 第${a}次协商活动`,
            "location: 市政协会议室",
            "participants:",
            `  cppcc_leaders: [${vice}]`,
            "  department_heads: [局长甲, 副局长乙]",
            "  members: [委员甲, 委员乙, 委员丙]",
            "opinions:",
            "  - text: 建议进一步完善工作机制，加强部门协同，形成工作合力。",
            "    by: 委员甲",
            "  - text: 建议加大资金投入，强化督促检查，确保各项措施落到实处。",
            "    by: 委员乙",
            "",
          ].join("\n"),
        );
      }
      for (let p = 1; p <= topics.length; p++) {
        const topic = topics[p - 1];
        const id = `${y}-${code}-r${pad(p)}`;
        const issued = `${y}-${pad(5 + Math.floor(p / 3))}-${pad(1 + (p % 20))}`;
        writeFileSync(
          path.join(dir, "reports", String(y), `${id}.yaml`),
          [
            `id: ${id}`,
            "kind: outcome",
            `committee: ${code}`,
            `topic: ${topic.id}`,
            `title: 关于第${p}项重点工作的协商意见`,
            "status: issued",
            `drafted_on: ${issued}`,
            `signed_by: ${vice}`,
            `signed_on: ${issued}`,
            `issued_on: ${issued}`,
            `doc_no: 某政协委${code}〔${y}〕${p}号`,
            `to_departments: [${topic.ds.join(", ")}]`,
            `reply_due: ${y}-12-31`,
            "replies:",
            ...topic.ds.flatMap((d) => [
              `  ${d}:`,
              `    received_on: ${issued}`,
              `    doc_no: 某函〔${y}〕${p}号`,
              "    category: B",
            ]),
            "",
          ].join("\n"),
        );
      }
    }
  }
}
