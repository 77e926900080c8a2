import path from "node:path";
import { msg } from "../domain/diagnostics.js";
import type { Patch } from "../domain/patch.js";
import { EnvError, Interrupted } from "../errors.js";
import type { LoadResult, Part } from "../store/load.js";
import { planOf } from "../store/patch.js";
import { WriteRefused, type WriteResult, writeRecords } from "../store/write.js";
import type { Ctx } from "./context.js";
import { foldLiaisons, formatDiagnostic } from "./render/diagnostics.js";
import { printJson } from "./render/json.js";

const DEFAULT_LOCK_WAIT_MS = 10_000;

/** How long a writer waits for another's lock: XIESHANG_LOCK_WAIT_MS, else 10 s. */
export function lockWait(ctx: Ctx): number {
  const raw = ctx.io.env.XIESHANG_LOCK_WAIT_MS;
  const wait = raw === undefined || raw.trim() === "" ? Number.NaN : Number(raw);
  return Number.isFinite(wait) && wait >= 0 ? wait : DEFAULT_LOCK_WAIT_MS;
}

/**
 * The last step of every write command (docs/architecture.md "Writing"): under the lock,
 * `decide` turns freshly read data into a patch (or refuses); the patch goes through the
 * write path; then — and only then — the clerk is told what was written, the warnings the
 * change added, the domain's notices and the git commit. A refused write prints its
 * errors (exit 1, nothing written). With --json, `json` of the patch goes to stdout.
 */
export async function applyPatch(
  ctx: Ctx,
  decide: (loaded: LoadResult) => Patch | Promise<Patch>,
  opts: {
    /** The folders the change can touch or be checked against (default all). */
    parts?: readonly Part[];
    /** What --json prints once written. */
    json?: (patch: Patch) => unknown;
    /** Leave git alone (resolve concludes the merge with a commit of its own). */
    neverCommit?: boolean;
    /** Say what was written on stderr: stdout carries a document (remind --record). */
    writtenToStderr?: boolean;
  } = {},
): Promise<{ patch: Patch; result: WriteResult }> {
  let decided: Patch | undefined;
  let result: WriteResult;
  try {
    result = await writeRecords(
      {
        dir: ctx.dataDir(),
        today: ctx.today,
        commit: ctx.commit,
        lockWaitMs: lockWait(ctx),
        parts: opts.parts,
        fs: ctx.fs,
        neverCommit: opts.neverCommit,
        env: ctx.io.env,
        // said at once: a write refused after it must not hide it
        onRecovered: (message) => ctx.io.stderr.write(`${ctx.t("write.recovered", { message })}\n`),
      },
      async (loaded) => {
        // files this write did not need are told after it, without failing it
        ctx.reading = "warn";
        ctx.noteLoaded(loaded);
        decided = await decide(loaded);
        return planOf(loaded.dir, decided);
      },
    );
  } catch (e) {
    if (e instanceof WriteRefused) {
      for (const d of e.problems) {
        ctx.io.stderr.write(formatDiagnostic(ctx, d, e.loaded.texts.get(d.file), false));
      }
    }
    throw e;
  }
  const patch = decided!;
  const { t, io } = ctx;
  if (opts.json && ctx.json) printJson(ctx, opts.json(patch));
  else {
    // documents written outside the data directory (remind's letters) are told by their command
    for (const file of result.written.filter((f) => !path.isAbsolute(f)))
      (opts.writtenToStderr ? io.stderr : io.stdout).write(
        `${t(result.created.has(file) ? "write.created" : "write.updated", { file })}\n`,
      );
  }
  for (const n of patch.notices) {
    io.stderr.write(`${t(n.message.key, n.message.params as never)}\n`);
    for (const h of n.hints) io.stderr.write(`  ${t(h.key, h.params as never)}\n`);
  }
  if (result.warnings.length > 0) {
    io.stderr.write(`${t("write.warnings", { count: String(result.warnings.length) })}\n`);
    for (const d of foldLiaisons(ctx, result.after.ds, result.warnings)) {
      io.stderr.write(formatDiagnostic(ctx, d, result.after.texts.get(d.file), false));
    }
  }
  const git = result.git;
  if (git === "committed")
    io.stderr.write(`${t("write.committed", { message: result.message })}\n`);
  else if (git === "not-a-repo") io.stderr.write(`${t("write.not-a-repo")}\n`);
  else if (git !== "off") throw new EnvError(msg("write.git-failed", { detail: git.failed }));
  if (result.interrupted) throw new Interrupted(msg("write.interrupted-after", {}));
  return { patch, result };
}
