import type { Ctx } from "../cli/context.js";
import { foldLiaisons, formatDiagnostic } from "../cli/render/diagnostics.js";
import { printJson } from "../cli/render/json.js";
import { msg } from "../domain/diagnostics.js";
import { EnvError } from "../errors.js";
import type { LoadResult, Part } from "../store/load.js";
import { type WritePlan, WriteRefused, type WriteResult, writeRecords } from "../store/write.js";

const DEFAULT_LOCK_WAIT_MS = 10_000;

/**
 * Runs a write command's plan through the write path and reports it: refused errors
 * (exit 1, nothing written), the files written, the warnings the change added, and the
 * git commit. With --json, `json` of what was written goes to stdout instead.
 */
export async function applyPlan(
  ctx: Ctx,
  build: (loaded: LoadResult) => WritePlan | Promise<WritePlan>,
  opts: {
    /** The folders the change can touch or be checked against (default all). */
    parts?: readonly Part[];
    /** What --json prints of the result. */
    json?: (result: WriteResult) => unknown;
  } = {},
): Promise<WriteResult> {
  const { json } = opts;
  const dir = ctx.dataDir();
  const wait = Number(ctx.io.env.XIESHANG_LOCK_WAIT_MS);
  let result: WriteResult;
  try {
    result = await writeRecords(
      {
        dir,
        today: ctx.today,
        commit: ctx.commit,
        lockWaitMs: Number.isFinite(wait) && wait >= 0 ? wait : DEFAULT_LOCK_WAIT_MS,
        parts: opts.parts,
      },
      build,
    );
  } catch (e) {
    if (e instanceof WriteRefused) {
      for (const d of e.problems) {
        ctx.io.stderr.write(formatDiagnostic(ctx, d, e.loaded.texts.get(d.file), false));
      }
    }
    throw e;
  }
  const { t } = ctx;
  if (json && ctx.json) printJson(ctx, json(result));
  else {
    for (const file of result.written)
      ctx.io.stdout.write(
        `${t(result.created.has(file) ? "write.created" : "write.updated", { file })}\n`,
      );
  }
  if (result.warnings.length > 0) {
    ctx.io.stderr.write(`${t("write.warnings", { count: String(result.warnings.length) })}\n`);
    for (const d of foldLiaisons(ctx, result.after.ds, result.warnings)) {
      ctx.io.stderr.write(formatDiagnostic(ctx, d, result.after.texts.get(d.file), false));
    }
  }
  const git = result.git;
  if (git === "committed")
    ctx.io.stderr.write(`${t("write.committed", { message: result.message })}\n`);
  else if (git === "not-a-repo") ctx.io.stderr.write(`${t("write.not-a-repo")}\n`);
  else if (git !== "off") throw new EnvError(msg("write.git-failed", { detail: git.failed }));
  return result;
}
