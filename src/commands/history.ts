import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { printJson } from "../cli/render/json.js";
import { msg } from "../domain/diagnostics.js";
import { ACTIVITY_ID, COMMITTEE_CODE, REPORT_ID, TOPIC_ID } from "../domain/ids.js";
import { terminalText } from "../domain/neutralise.js";
import { EnvError, UsageError } from "../errors.js";
import { fieldLabel } from "../i18n/fields.js";
import { label } from "../i18n/labels.js";
import { hasFile } from "../store/find.js";
import { type FileCommit, fileLog, gitTop, textAt } from "../store/git.js";
import { peekMapping } from "../store/yaml.js";

export function register(program: Command, env: CommandEnv) {
  program
    .command("history")
    .description("the change history of one record, from git, in plain words (修改记录)")
    .argument("<id>", "a topic, activity, report id or committee code")
    .addHelpText(
      "after",
      `
For each commit that touched the record: date, author, the command's message and the
fields that changed (old → new).

Examples:
  $ xieshang history 2027-jj-03
  $ xieshang history 2026-jj-r01 --json`,
    )
    .action(async (id: string, _opts, cmd: Command) => run({ id }, env.ctx(cmd)));
}

/** The file of a record from its id alone (docs/data-format.md layout). */
export function fileOfId(id: string): string | undefined {
  if (TOPIC_ID.test(id)) return `topics/${id.slice(0, 4)}/${id}.yaml`;
  if (REPORT_ID.test(id)) return `reports/${id.slice(0, 4)}/${id}.yaml`;
  if (ACTIVITY_ID.test(id)) return `activities/${id.slice(0, 4)}/${id}.yaml`;
  if (COMMITTEE_CODE.test(id)) return `committees/${id}.yaml`;
  return undefined;
}

export interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

export interface HistoryEntry {
  commit: string;
  date: string;
  author: string;
  message: string;
  changes: Change[];
}

function parseVersion(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  return peekMapping(text);
}

/** The top-level fields that differ between two versions of a record. */
export function fieldChanges(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): Change[] {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return keys
    .filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]))
    .map((k) => ({ field: k, from: before?.[k] ?? null, to: after?.[k] ?? null }));
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (Array.isArray(v) && v.every((x) => typeof x !== "object")) return `[${v.join(", ")}]`;
  if (typeof v === "object") return "{…}";
  return String(v);
}

export async function run(opts: { id: string }, ctx: Ctx) {
  const file = fileOfId(opts.id);
  if (!file) throw new UsageError(msg("err.unknown-ref", { kind: "record", value: opts.id }));
  const dir = ctx.dataDir();
  const top = gitTop(dir);
  if (!top) throw new EnvError(msg("history.no-git", {}), [msg("history.no-git.hint", {})]);
  let commits: FileCommit[];
  try {
    commits = fileLog(top, dir, file);
  } catch (e) {
    throw new EnvError(
      msg("err.fs", { detail: ((e as { stderr?: string }).stderr ?? String(e)).trim() }),
    );
  }
  if (commits.length === 0) {
    if (!hasFile(dir, file))
      throw new UsageError(msg("err.unknown-ref", { kind: "record", value: opts.id }));
    ctx.io.stderr.write(`${ctx.t("history.none", { file })}\n`);
    if (ctx.json) printJson(ctx, []);
    return;
  }
  // oldest first, so that each version is compared with the one before it
  const entries: HistoryEntry[] = [];
  let previous: Record<string, unknown> | undefined;
  for (const c of [...commits].reverse()) {
    const current = parseVersion(textAt(top, c.hash, c.pathAt));
    entries.push({
      commit: c.hash.slice(0, 10),
      date: c.date,
      author: c.author,
      message: c.message,
      changes: previous === undefined ? [] : fieldChanges(previous, current),
    });
    previous = current;
  }
  entries.reverse(); // newest first, as git log
  if (ctx.json) return printJson(ctx, entries);
  const c = ctx.color.out;
  entries.forEach((e, i) => {
    // another clerk's name and message, piped too: their controls shown, never obeyed
    ctx.io.stdout.write(
      `${c.bold(e.date)}  ${terminalText(e.author)}  ${terminalText(e.message)}  ${c.dim(e.commit)}\n`,
    );
    const first = i === entries.length - 1;
    if (first) ctx.io.stdout.write(`    ${ctx.t("history.created")}\n`);
    else if (e.changes.length === 0) ctx.io.stdout.write(`    ${ctx.t("history.no-change")}\n`);
    for (const ch of e.changes)
      for (const line of describeChange(ctx, ch)) ctx.io.stdout.write(`    ${line}\n`);
  });
}

type Obj = Record<string, Record<string, unknown> | undefined>;
const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** A change in plain words: a reply received, more time granted, a chase, a status moved. */
export function describeChange(ctx: Ctx, ch: Change): string[] {
  const { t, lang } = ctx;
  const name = fieldLabel(ch.field, lang) + (lang === "zh" ? "：" : ": ");
  const added = (from: unknown, to: unknown) =>
    Object.entries((to ?? {}) as Obj).filter(
      ([k, v]) => JSON.stringify(((from ?? {}) as Obj)[k]) !== JSON.stringify(v),
    );
  switch (ch.field) {
    case "replies":
      return added(ch.from, ch.to).map(([dept, r]) =>
        t("history.reply", {
          dept,
          on: text(r?.received_on),
          docNo: text(r?.doc_no),
          summary: text(r?.summary),
        }).trimEnd(),
      );
    case "extensions":
      return added(ch.from, ch.to).map(([dept, x]) =>
        t("history.extension", {
          dept,
          until: text(x?.until),
          on: text(x?.granted_on),
          reason: text(x?.reason),
        }),
      );
    case "chases": {
      const before = Array.isArray(ch.from) ? ch.from.length : 0;
      const items = (Array.isArray(ch.to) ? ch.to.slice(before) : []) as Obj[string][];
      return items.map((c) =>
        t("history.chase", {
          dept: text(c?.department),
          on: text(c?.on),
          method: label("chaseMethod", text(c?.method), lang),
          note: text(c?.note),
        }).trimEnd(),
      );
    }
    case "status": {
      const set = ["draft", "signed", "issued"].includes(text(ch.to))
        ? "reportStatus"
        : "topicStatus";
      return [`${name}${label(set, text(ch.from), lang)} → ${label(set, text(ch.to), lang)}`];
    }
    default:
      return [`${name}${show(ch.from)} → ${show(ch.to)}`];
  }
}
