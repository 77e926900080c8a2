import type { Command } from "commander";
import { applyPatch } from "../cli/apply.js";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { msg } from "../domain/diagnostics.js";
import { type Conflict, type Folder, planResolution } from "../domain/merge-resolution.js";
import { patch } from "../domain/patch.js";
import { DataError, EnvError, UsageError } from "../errors.js";
import { setIn } from "../store/edit.js";
import {
  addFiles,
  CONCLUDE,
  type ConflictOperation,
  changedFiles,
  concludeOperation,
  conflictOperation,
  gitTop,
  stageText,
  unmergedStages,
} from "../store/git.js";
import { readKept } from "../store/kept.js";
import { readRecordText, recordNames } from "../store/records.js";
import { peekMapping } from "../store/yaml.js";

/**
 * After a merge in which two clerks created the same record id (git: both added), keep
 * both (README "Working as a team of clerks"): the remote's record keeps its id, ours
 * takes the next free one, our references follow, the files are added to the merge.
 */
export function register(program: Command, env: CommandEnv) {
  program
    .command("resolve")
    .description("after a merge: keep both records two clerks gave one id (解决编号冲突)")
    .option("--dry-run", "show what would be done, and do nothing")
    .addHelpText(
      "after",
      `
For every record file git left "both added" with two different records: the record that
came from the remote keeps its id — it is shared already, others may refer to it — and
ours takes the next free id of its committee and year; our activities and reports that
name it (and a report's .md body) follow; the files are written and git added. A record
both sides edited is not decided here: it is listed, with what to do, and left as it is.
The result is checked before anything is written; with --commit the merge is concluded.

Examples:
  $ git pull                      # CONFLICT (add/add): topics/2027/2027-jj-01.yaml
  $ xieshang resolve --dry-run
  $ xieshang resolve --commit`,
    )
    .action(async (flags: { dryRun?: boolean }, cmd: Command) =>
      run({ dryRun: Boolean(flags.dryRun) }, env.ctx(cmd)),
    );
}

export async function run(opts: { dryRun: boolean }, ctx: Ctx) {
  const dir = ctx.dataDir();
  const top = gitTop(dir);
  if (!top) throw new EnvError(msg("history.no-git", {}), [msg("history.no-git.hint", {})]);
  const op = conflictOperation(top);
  if (!op) throw new UsageError(msg("resolve.no-merge", {}), [msg("resolve.no-merge.hint", {})]);
  if (opts.dryRun) {
    tell(ctx, resolution(dir, top, op).plan);
    ctx.io.stderr.write(`${ctx.t("import.dry-run")}\n`);
    return;
  }
  // decided under the lock, from what is on disk then (docs/reliability.md "Reliability")
  let decided: Resolution | undefined;
  let done: string[] = [];
  const { result } = await applyPatch(
    ctx,
    () => {
      decided = resolution(dir, top, op);
      // a file already as it should be (a run cut short after its write, before git add)
      // is not written again, only added
      done = decided.texts.filter((x) => readKept(dir, x.file) === x.text).map((x) => x.file);
      return patch({
        texts: decided.texts.filter((x) => !done.includes(x.file)),
        message: "resolve",
      });
    },
    { neverCommit: true },
  );
  const { plan } = decided!;
  tell(ctx, plan);
  if (plan.renames.length > 0) {
    const resolved = [...result.written, ...done];
    addFiles(top, dir, resolved);
    // the files read with conflict markers before the write are clean now
    ctx.noteWritten(resolved);
  }
  if (plan.undecided.length > 0)
    throw new DataError(msg("resolve.left", { count: String(plan.undecided.length) }), [
      msg("resolve.left.hint", {}),
    ]);
  if (ctx.commit) {
    concludeOperation(top, op.kind);
    ctx.io.stderr.write(`${ctx.t("resolve.committed", { command: CONCLUDE[op.kind] })}\n`);
  } else if (plan.renames.length > 0)
    ctx.io.stderr.write(`${ctx.t("resolve.conclude", { command: CONCLUDE[op.kind] })}\n`);
}

function tell(ctx: Ctx, plan: Resolution["plan"]) {
  const { t, io } = ctx;
  for (const r of plan.renames)
    io.stdout.write(`${t("resolve.rename", { from: r.fromFile, to: r.toFile })}\n`);
  for (const w of plan.rewrites)
    io.stdout.write(`${t("resolve.rewrite", { file: w.file, from: w.from, to: w.to })}\n`);
  for (const u of plan.undecided)
    io.stderr.write(`${t(`resolve.undecided.${u.why}`, { file: u.file })}\n`);
  if (plan.renames.length === 0 && plan.undecided.length === 0)
    io.stdout.write(`${t("resolve.nothing")}\n`);
}

interface Resolution {
  plan: ReturnType<typeof planResolution>;
  /** The files to write: ours under its new id, theirs in place, our references. */
  texts: { file: string; text: string; create: boolean }[];
}

/** What resolving the conflicts means now: git's stages and the records on disk. */
function resolution(dir: string, top: string, op: ConflictOperation): Resolution {
  // in a rebase git's "ours" (stage 2) is the branch replayed onto — the remote's, shared
  // already — and "theirs" (stage 3) our own commit; in a merge or cherry-pick the other way
  const [OURS, THEIRS] = op.kind === "rebase" ? ["3", "2"] : ["2", "3"];
  // the files git left unmerged, with the stages it holds: 1 base, 2 ours, 3 theirs
  const stages = unmergedStages(top, dir);
  const show = (stage: string, file: string) => stageText(top, dir, stage, file);
  const conflicts: Conflict[] = [...stages].map(([file, s]) => ({
    file,
    inBase: s.has("1"),
    ours: s.has(OURS) && file.endsWith(".yaml") ? peekMapping(show(OURS, file)) : undefined,
    theirs: s.has(THEIRS) && file.endsWith(".yaml") ? peekMapping(show(THEIRS, file)) : undefined,
  }));

  // what our side added or changed since the merge base and git merged cleanly
  const ours = changedFiles(top, dir, op.base, op.ours).filter(
    (f) => !stages.has(f) && /^(activities|reports)\/\d{4}\/[^/]+\.yaml$/.test(f),
  );
  const ourRecords = ours.map((file) => {
    const topic = peekMapping(readRecordText(dir, file)).topic;
    return { file, topic: typeof topic === "string" ? topic : undefined };
  });
  const plan = planResolution(
    conflicts,
    (folder: Folder, year: string) => recordNames(dir, folder, year),
    ourRecords,
  );

  return {
    plan,
    texts: resolvedTexts(dir, plan, stages, (stage, file) =>
      show(stage === "ours" ? OURS : THEIRS, file),
    ),
  };
}

/** The files a resolution writes: ours under its new id, theirs in place, our references. */
function resolvedTexts(
  dir: string,
  plan: Resolution["plan"],
  stages: Map<string, Set<string>>,
  show: (side: "ours" | "theirs", file: string) => string,
): Resolution["texts"] {
  const texts: Resolution["texts"] = [];
  const rewritten = (file: string, text: string) =>
    plan.rewrites
      .filter((w) => w.file === file)
      .reduce((acc, w) => setIn(acc, [w.field], w.to), text);
  for (const r of plan.renames) {
    texts.push({
      file: r.toFile,
      text: rewritten(r.toFile, setIn(show("ours", r.fromFile), ["id"], r.to)),
      create: true,
    });
    texts.push({ file: r.fromFile, text: show("theirs", r.fromFile), create: false });
    // a report's drafted body follows its record
    const md = (f: string) => f.replace(/\.yaml$/, ".md");
    if (stages.has(md(r.fromFile))) {
      texts.push({
        file: md(r.toFile),
        text: show("ours", md(r.fromFile)).replaceAll(r.from, () => r.to),
        create: true,
      });
      texts.push({ file: md(r.fromFile), text: show("theirs", md(r.fromFile)), create: false });
    }
  }
  for (const w of plan.rewrites) {
    if (texts.some((x) => x.file === w.file)) continue;
    texts.push({
      file: w.file,
      text: setIn(readRecordText(dir, w.file), [w.field], w.to),
      create: false,
    });
  }
  return texts;
}
