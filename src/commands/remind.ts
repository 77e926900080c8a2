import path from "node:path";
import type { Command } from "commander";
import { applyPatch } from "../cli/apply.js";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { emitInto, outFolder } from "../cli/emit.js";
import { formatFlag } from "../cli/inputs.js";
import { drawsOn, requireReadable } from "../cli/reading.js";
import { documents } from "../documents/load.js";
import { buildIndex } from "../domain/dataset.js";
import { departmentLabel, departmentNameOn } from "../domain/department-life.js";
import { msg } from "../domain/diagnostics.js";
import { letterDocument } from "../domain/documents.js";
import { deepText, markdownCell, markdownLine } from "../domain/neutralise.js";
import {
  ceasedOwing,
  draftLetters,
  type Letter,
  letterNumbers,
  recordLetters,
} from "../domain/reminders.js";
import { UsageError } from "../errors.js";
import { label } from "../i18n/labels.js";
import type { LoadResult } from "../store/load.js";
import { render } from "../templates/render.js";

export function register(program: Command, env: CommandEnv) {
  program
    .command("remind")
    .description("one 催办 notice per department with overdue replies (催办通知, Art. 14)")
    .option("--out <dir>", "write one file per department (<dept-id>.md or .docx) into this folder")
    .option("--format <format>", "md | docx (default md; docx needs --out)")
    .option("--record", "log a letter chase (催办函, with its number) on every reply listed")
    .addHelpText(
      "after",
      `
Rendered from templates/reminder.md.hbs (the data directory's own copy when it has one):
addressed to the department, listing each overdue report with doc number, issue date,
due date and days overdue, signed by the committee, dated today in Chinese form.
Departments with nothing overdue get no notice. --format docx lays each letter out in the
letter format of GB/T 9704 (信函格式). --record logs a letter chase dated today on every
reply a letter lists, noted with the letter's number from letter_number of xieshang.yaml
(鄂政协{doc_code}函〔{year}〕{n}号), so that the next letter says it was chased before.

Examples:
  $ xieshang remind
  $ xieshang remind --out ./催办 --as-of 2026-12-01
  $ xieshang remind --format docx --out ./催办 --record`,
    )
    .action(async (opts: RemindOptions, cmd: Command) => run(opts, env.ctx(cmd)));
}

export interface RemindOptions {
  out?: string;
  format?: string;
  record?: boolean;
}

const FORMATS = ["md", "docx"] as const;

export async function run(opts: RemindOptions, ctx: Ctx) {
  const format = opts.format === undefined ? "md" : formatFlag("--format", opts.format, FORMATS);
  if (format === "docx" && (!opts.out || opts.out === "-"))
    throw new UsageError(msg("remind.docx-needs-out", {}), [msg("remind.docx-needs-out.hint", {})]);
  const dir = opts.out ? outFolder(ctx, opts.out) : undefined;
  let letters: Made[] = [];
  if (!opts.record) {
    // the calendar: a letter's own deadline, and the legal deadline of each reply
    const loaded = ctx.load(["reports", "calendar"]);
    requireReadable(ctx, drawsOn(["reports"]));
    letters = await makeLetters(ctx, loaded, format, dir, false);
    if (dir) for (const l of letters) emitInto(ctx, dir, path.basename(l.file!), l.data);
  } else {
    // numbered, made and logged under one lock from one fresh reading (docs/reliability.md
    // "Reliability"): the letters and the chases that cite them are written together
    await applyPatch(
      ctx,
      async (fresh) => {
        requireReadable(ctx, drawsOn(["reports"]));
        letters = await makeLetters(ctx, fresh, format, dir, true);
        const logged = recordLetters(
          fresh.ds,
          letters.map((l) => l.letter),
          letters.map((l) => l.number),
          ctx.today,
        );
        if (dir)
          logged.texts.unshift(
            ...letters.map((l) => ({ file: l.file!, text: l.data, create: false })),
          );
        return logged;
      },
      { parts: ["reports", "calendar"], writtenToStderr: true },
    );
    for (const l of letters)
      if (l.file) ctx.io.stderr.write(`${ctx.t("out.wrote", { file: l.file })}\n`);
  }
  tellCeased(ctx);
  if (letters.length === 0) {
    ctx.io.stderr.write(`${ctx.t("overdue.none", { today: ctx.today, days: "0" })}\n`);
    return;
  }
  if (!dir) (ctx.io.document ?? ctx.io.stdout).write(letters.map((l) => l.text).join("\n---\n\n"));
}

/** The departments that ceased with replies overdue: no letter, their successor named. */
function tellCeased(ctx: Ctx) {
  const { ds } = ctx.load(["reports", "calendar"]);
  const index = buildIndex(ds);
  const named = (id: string) => departmentLabel(index, id);
  for (const c of ceasedOwing(ds, ctx.today))
    ctx.io.stderr.write(
      `${ctx.t("remind.ceased", { department: named(c.department), on: c.on, successor: c.successor ? named(c.successor) : "" })}\n`,
    );
}

interface Made {
  letter: Letter;
  number: string | null;
  /** The letter as text (md). */
  text: string;
  /** What is written to the --out folder: the text, or the .docx. */
  data: string | Uint8Array;
  file?: string;
}

/**
 * One 催办 letter per department with overdue replies (Art. 14), in 一览表 order; with
 * `numbered`, each gets the next free letter number of its sender and year.
 */
async function makeLetters(
  ctx: Ctx,
  loaded: LoadResult,
  format: (typeof FORMATS)[number],
  dir: string | undefined,
  numbered: boolean,
): Promise<Made[]> {
  const { ds } = loaded;
  const index = buildIndex(ds);
  const drafts = draftLetters(ds, ctx.today, (m) => label("chaseMethod", m, "zh"));
  // each letter is numbered, the next free number after those before it
  const numbers = numbered
    ? letterNumbers(
        ds,
        drafts.map((d) => d.letter),
        ctx.today,
      )
    : drafts.map(() => null);
  const { gongwenDocx } = dir && format === "docx" ? await documents() : { gongwenDocx: undefined };
  const made: Made[] = [];
  for (const [i, d] of drafts.entries()) {
    const text = await render(
      loaded.dir,
      "reminder.md.hbs",
      // the items are rows of a Markdown table: a | of a title must not split a cell
      {
        ...deepText(d.view, markdownLine),
        items: deepText(d.view.items, markdownCell),
        letter_no: numbers[i] ?? null,
      },
      {
        lang: "zh",
        // the letter names departments as they are on its date
        departmentName: (id) => departmentNameOn(index, id, ctx.today),
        personName: (p) => p,
      },
    );
    const data = gongwenDocx
      ? await gongwenDocx(
          letterDocument(text, {
            organ: d.letter.organ,
            docNo: numbers[i] ?? null,
            today: ctx.today,
            copyTo: d.letter.copyTo,
          }),
        )
      : text;
    made.push({
      letter: d.letter,
      number: numbers[i] ?? null,
      text,
      data,
      file: dir ? path.join(dir, `${d.letter.dept}.${format}`) : undefined,
    });
  }
  return made;
}
