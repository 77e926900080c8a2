import type { Dataset } from "./dataset.js";
import { buildIndex, committeesInOrder } from "./dataset.js";
import { chineseDate } from "./dates.js";
import { calendarOf, parsePeriod, replyDue } from "./deadlines.js";
import { endOf, presentSuccessor } from "./department-life.js";
import { nextDocNumber } from "./docnumbers.js";
import { type OverdueItem, owedReplies } from "./overdue.js";
import { type Patch, patch, type RecordEdit } from "./patch.js";
import { departmentView, issuer, issuingBody, settingsView } from "./views.js";

/** How a logged 催办函 is noted on the reply it chases (Art. 14). */
export const LETTER_NOTE = "催办函";

/**
 * The letter number a chase note cites: what follows 催办函 up to its 号, whatever the
 * clerk added after it (`催办函 鄂政协农牧函〔2026〕1号（再次）`); undefined without one.
 */
export function letterNumberIn(note: string | undefined): string | undefined {
  if (!note?.startsWith(LETTER_NOTE)) return undefined;
  return /^\s*(\S+?号)/.exec(note.slice(LETTER_NOTE.length))?.[1];
}

/** The letters of one run of `remind`: a department, the items it owes, the committee sending. */
export interface Letter {
  dept: string;
  items: OverdueItem[];
  /** The doc code of the sender: the committee's, or the office's when several are owed. */
  docCode: string;
  /** The issuer: 标志 and 署名 (README "Who issues a document"). */
  organ: string;
  /** 抄送 of an escalated letter (the 督查室); empty otherwise. */
  copyTo: string[];
}

/** A 催办函's own reply deadline when xieshang.yaml sets none: five working days. */
export const LETTER_REPLY_WITHIN = "5wd";
/** Days overdue past which a second or later letter is 抄送 the 督查室, unless set. */
export const ESCALATE_AFTER = 60;
export const ESCALATE_TO = ["市委督查室", "市政府督查室"];

/**
 * The numbers of the 催办函 of this run (`letter_number` of xieshang.yaml), each the next
 * free one of its sender and year among the letters already logged; null without a pattern.
 */
export function letterNumbers(ds: Dataset, letters: Letter[], today: string): (string | null)[] {
  const pattern = ds.settings?.value.letter_number;
  if (!pattern) return letters.map(() => null);
  const used = ds.reports.flatMap((r) =>
    (r.value.chases ?? []).flatMap((c) =>
      c.method === "letter"
        ? [letterNumberIn(c.note) ?? c.note?.replace(`${LETTER_NOTE} `, "") ?? ""]
        : [],
    ),
  );
  const year = Number(today.slice(0, 4));
  return letters.map((l) => {
    const n = nextDocNumber(pattern, l.docCode, year, used);
    used.push(n);
    return n;
  });
}

/** The doc code of a letter's sender: one committee's, else the office's (Art. 15). */
export function senderCode(ds: Dataset, committees: string[]): string {
  const index = buildIndex(ds);
  if (committees.length === 1) {
    const c = index.committees.get(committees[0]!)?.value;
    return c?.doc_code ?? committees[0]!;
  }
  const office = committeesInOrder(ds).find((c) => c.value.kind === "office")?.value;
  return office?.doc_code ?? office?.code ?? "";
}

/**
 * `remind --record` (Art. 14): every reply a letter chases gets a `letter` chase dated
 * today, noted with the letter's number when it has one — one edit per report file.
 */
export function recordLetters(
  ds: Dataset,
  letters: Letter[],
  numbers: (string | null)[],
  today: string,
): Patch {
  const byFile = new Map<string, RecordEdit>();
  letters.forEach((l, i) => {
    for (const item of l.items) {
      const rec = ds.reports.find((r) => r.value.id === item.report);
      if (!rec) continue;
      const edit = byFile.get(rec.src.file) ?? { kind: "report", file: rec.src.file, edits: [] };
      edit.edits.push({
        append: ["chases"],
        item: {
          department: l.dept,
          on: today,
          method: "letter",
          note: numbers[i] ? `${LETTER_NOTE} ${numbers[i]}` : LETTER_NOTE,
        },
      });
      byFile.set(rec.src.file, edit);
    }
  });
  return patch({
    edit: [...byFile.values()],
    message: `remind --record: ${letters.length} 催办函 (${letters.map((l) => l.dept).join(", ")})`,
  });
}

/** One 催办 letter before its number: what it is about, and what its template is given. */
export interface LetterDraft {
  letter: Letter;
  view: Record<string, unknown>;
}

const byDueThenReport = (a: OverdueItem, b: OverdueItem) =>
  a.due_on < b.due_on ? -1 : a.due_on > b.due_on ? 1 : a.report < b.report ? -1 : 1;

/**
 * The departments owing overdue replies that had ceased by `today` (README "Departments
 * change"): no letter is addressed to them; the successor carries their work on.
 */
export function ceasedOwing(
  ds: Dataset,
  today: string,
): { department: string; on: string; successor: string | undefined }[] {
  const index = buildIndex(ds);
  const seen = new Set<string>();
  const out: { department: string; on: string; successor: string | undefined }[] = [];
  for (const item of owedReplies(ds, today)) {
    const d = index.departments.get(item.department)?.department;
    const end = d && endOf(d);
    if (!end || end.on > today || seen.has(item.department)) continue;
    seen.add(item.department);
    out.push({
      department: item.department,
      on: end.on,
      successor: presentSuccessor(index, item.department),
    });
  }
  return out;
}

/**
 * One 催办 letter per department with overdue replies (Art. 14), departments in 一览表
 * order (committee order, then their place in it), then any others; in each, the reports
 * by due date. The sender is the committee, or the body's office when several committees
 * are owed; the chases already made are said once (`chaseName` words their method).
 */
export function draftLetters(
  ds: Dataset,
  today: string,
  chaseName: (method: string) => string,
): LetterDraft[] {
  const byDept = new Map<string, OverdueItem[]>();
  const gone = new Set(ceasedOwing(ds, today).map((c) => c.department));
  for (const item of owedReplies(ds, today))
    if (!gone.has(item.department))
      byDept.set(item.department, [...(byDept.get(item.department) ?? []), item]);
  const order = committeesInOrder(ds).flatMap((c) => c.value.departments.map((d) => d.id));
  const depts = [...byDept.keys()].sort(
    (a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9) || (a < b ? -1 : 1),
  );
  const settings = ds.settings?.value;
  const within = parsePeriod(settings?.documents?.letter_reply_within ?? LETTER_REPLY_WITHIN);
  const calendar = calendarOf(ds);
  const replyBy = within ? replyDue(today, within, calendar).due : null;
  return depts.map((dept) => {
    const items = byDept.get(dept)!.sort(byDueThenReport);
    const codes = [...new Set(items.map((i) => i.committee))];
    const committees = letterCommittees(ds, codes);
    const one = committees.length === 1 ? buildIndex(ds).committees.get(codes[0]!)?.value : null;
    const office = committeesInOrder(ds).find((c) => c.value.kind === "office")?.value;
    const signer = committees.length === 1 ? committees[0]!.issuer : issuer(ds, { name: "办公室" });
    const contact = committees.length === 1 ? committees[0]!.liaison : office?.liaison;
    const letters = earlierLetters(ds, dept, items, today);
    const worst = Math.max(...items.map((i) => i.days_overdue));
    // Art. 14 replies are 督办: a department chased before and long overdue is reported on
    const escalate =
      letters.length > 0 && worst >= (settings?.documents?.escalate_after ?? ESCALATE_AFTER);
    const organ = issuingBody(ds, one ?? null);
    const copyTo = escalate ? (settings?.documents?.escalate_to ?? ESCALATE_TO) : [];
    return {
      letter: { dept, items, docCode: senderCode(ds, codes), organ, copyTo },
      view: {
        body: settingsView(settings),
        today,
        department: departmentView(ds, dept, today),
        items,
        committees,
        signer,
        issuing_body: organ,
        reply_by: replyBy,
        contact: contact ? { name: contact.name, phone: contact.phone ?? null } : null,
        earlier: earlierChases(ds, dept, items, today, chaseName) || null,
        earlier_letters: letters.length > 0 ? letters : null,
        copy_to: copyTo.length > 0 ? copyTo : null,
      },
    };
  });
}

/**
 * The 催办函 already sent to this department about these reports: their numbers and dates
 * (`第二次` and later letters cite them), one entry a letter, in date order.
 */
function earlierLetters(
  ds: Dataset,
  dept: string,
  items: OverdueItem[],
  today: string,
): { no: string | null; on: string }[] {
  const seen = new Map<string, { no: string | null; on: string }>();
  for (const r of ds.reports) {
    if (!items.some((i) => i.report === r.value.id)) continue;
    for (const c of r.value.chases ?? []) {
      if (c.department !== dept || c.method !== "letter" || c.on > today) continue;
      const no = letterNumberIn(c.note) ?? null;
      seen.set(`${no ?? ""}@${c.on}`, { no, on: c.on });
    }
  }
  return [...seen.values()].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** The committees a letter is about: name, issuer and liaison. */
function letterCommittees(ds: Dataset, codes: string[]) {
  const index = buildIndex(ds);
  return codes.map((code) => {
    const c = index.committees.get(code)?.value;
    return {
      code,
      name: c?.name ?? code,
      issuer: c ? issuer(ds, c) : code,
      liaison: c?.liaison ? { name: c.liaison.name, phone: c.liaison.phone ?? null } : null,
    };
  });
}

/**
 * The chases of this department already made for these reports, in date order (催办), a
 * letter with its number: `2026年8月25日电话、2026年9月15日发函（鄂政协农牧函〔2026〕1号）`.
 */
function earlierChases(
  ds: Dataset,
  dept: string,
  items: OverdueItem[],
  today: string,
  chaseName: (method: string) => string,
): string {
  const seen = new Set<string>();
  return ds.reports
    .flatMap((r) => (items.some((i) => i.report === r.value.id) ? (r.value.chases ?? []) : []))
    .filter((c) => c.department === dept && c.on <= today)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    .map((c) => {
      const no = c.method === "letter" ? letterNumberIn(c.note) : undefined;
      return `${chineseDate(c.on)}${chaseName(c.method)}${no ? `（${no}）` : ""}`;
    })
    .filter((t) => !seen.has(t) && seen.add(t))
    .join("、");
}
