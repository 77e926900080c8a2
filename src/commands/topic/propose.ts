import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { missingFlags, PromptCancelled } from "../../cli/prompter.js";
import { committeesInOrder, type Dataset } from "../../domain/dataset.js";
import { parseInputDate } from "../../domain/dates.js";
import { msg } from "../../domain/diagnostics.js";
import { nextTopicId } from "../../domain/ids.js";
import { DEFAULT_COLLECTION_OPENS } from "../../domain/rules/collection-window.js";
import type { Topic } from "../../domain/schemas/topic.js";
import { UsageError } from "../../errors.js";
import { choiceHelp, choices, label } from "../../i18n/labels.js";
import { recordText } from "../../store/edit.js";
import { recordFile, recordNames, TOPIC_LAYOUT } from "../../store/records.js";
import { applyPlan } from "../apply.js";
import { choiceFlag, collect, dateFlag, departmentIds, yearFlag } from "../inputs.js";
import { requireCommittee } from "../refs.js";

/** Flag values as given; prompts fill the same fields. */
export interface ProposeOptions {
  title?: string;
  committee?: string;
  departments?: string[];
  invited?: string[];
  source?: string;
  proposer?: string;
  category?: string;
  summary?: string;
  forms?: string[];
  schedule?: string;
  year?: string;
  on?: string;
}

const SCHEDULE = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/;

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("propose")
    .description("record a proposed topic for a plan year (征集议题, Art. 5)")
    .option("--title <text>", "the topic, e.g. 关于优化营商环境的对口协商")
    .option("--committee <code>", "leading committee: code, name or alias")
    .option(
      "--departments <list>",
      "counterpart departments (id, name or alias; comma-separated or repeated)",
      collect,
    )
    .option(
      "--invited <list>",
      "departments outside the counterpart list, invited (Art. 4)",
      collect,
    )
    .option("--source <source>", choiceHelp("source", "en"))
    .option("--proposer <text>", "who proposed it (name or unit)")
    .option("--category <category>", choiceHelp("category", "en"))
    .option("--summary <text>", "a short description")
    .option("--forms <list>", choiceHelp("forms", "en"), collect)
    .option("--schedule <when>", "quarter or month, e.g. 2027-Q2 or 2027-05")
    .option(
      "--year <year>",
      "plan year (default: next year from the collection day on, else this year)",
    )
    .option("--on <date>", "date proposed (default today)")
    .addHelpText(
      "after",
      `
Without the required flags, on a terminal, it asks for each value (lists to pick from)
and shows a summary to confirm; without a terminal (or with --no-input) it exits 2
naming every missing flag.

Examples:
  $ xieshang topic propose --committee jj --title 关于优化营商环境的对口协商 \\
      --departments 市发改委,政务服务局 --source department --proposer 市发改委 \\
      --category resources --forms research,consultation --schedule 2027-Q2
  $ xieshang topic propose --committee 农牧委员会 --departments slj --invited fgw \\
      --title 关于… --source member --category public_concern --on 2026年9月20日
  $ xieshang topic propose                 # asks for everything on a terminal`,
    )
    .action(async (opts: ProposeOptions, cmd: Command) => run(opts, env.ctx(cmd)));
}

/** Art. 5: from the collection day (mid-September) on, proposals are for next year. */
export function defaultPlanYear(today: string, opens = DEFAULT_COLLECTION_OPENS): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= opens ? year + 1 : year;
}

interface Resolved {
  title: string;
  committee: string;
  departments: string[];
  invited: string[];
  source: string;
  proposer?: string;
  category: string;
  summary?: string;
  forms: string[];
  schedule?: string;
  year: number;
  on: string;
}

export async function run(opts: ProposeOptions, ctx: Ctx) {
  const { ds } = ctx.load([]);
  const r: Partial<Resolved> = {
    title: opts.title?.trim() || undefined,
    committee: opts.committee ? requireCommittee(ctx, opts.committee).value.code : undefined,
    departments: opts.departments?.length ? departmentIds(ctx, ds, opts.departments) : undefined,
    invited: opts.invited?.length ? departmentIds(ctx, ds, opts.invited) : undefined,
    source: opts.source ? choiceFlag("source", "--source", opts.source, ctx) : undefined,
    proposer: opts.proposer?.trim() || undefined,
    category: opts.category ? choiceFlag("category", "--category", opts.category, ctx) : undefined,
    summary: opts.summary?.trim() || undefined,
    forms: opts.forms?.map((f) => choiceFlag("activity", "--forms", f, ctx)),
    on: opts.on ? dateFlag("--on", opts.on) : undefined,
  };
  if (opts.schedule !== undefined) {
    if (!SCHEDULE.test(opts.schedule)) {
      throw new UsageError(
        msg("err.bad-value", {
          flag: "--schedule",
          value: opts.schedule,
          why: "≠ 2027-Q2 / 2027-05",
        }),
      );
    }
    r.schedule = opts.schedule;
  }
  if (opts.year !== undefined) r.year = yearFlag("--year", opts.year);
  const required: [keyof Resolved, string][] = [
    ["title", "--title"],
    ["committee", "--committee"],
    ["departments", "--departments"],
    ["source", "--source"],
    ["category", "--category"],
  ];
  const missing = required.filter(([k]) => r[k] === undefined).map(([, f]) => f);
  if (missing.length > 0) {
    if (!ctx.interactive || !ctx.prompter) throw missingFlags(missing);
    await ask(ctx, ds, r);
  }
  const topic = complete(r, ctx, ds);
  let record: Topic | undefined;
  await applyPlan(
    ctx,
    (loaded) => {
      const id = nextTopicId(
        [
          ...recordNames(loaded.dir, "topics", topic.year),
          ...loaded.ds.topics.map((t) => t.value.id),
        ],
        topic.year,
        topic.committee,
      );
      record = topicRecord(id, topic);
      return {
        changes: [
          {
            file: recordFile("topics", topic.year, id),
            text: recordText(record, TOPIC_LAYOUT.order),
            create: true,
          },
        ],
        message: `topic propose ${id}: ${topic.title}`,
      };
    },
    { parts: ["topics"], json: () => record },
  );
}

function complete(r: Partial<Resolved>, ctx: Ctx, ds: Dataset): Resolved {
  const on = r.on ?? ctx.today;
  return {
    title: r.title!,
    committee: r.committee!,
    departments: r.departments!,
    invited: r.invited ?? [],
    source: r.source!,
    proposer: r.proposer,
    category: r.category!,
    summary: r.summary,
    forms: r.forms ?? [],
    schedule: r.schedule,
    year: r.year ?? defaultPlanYear(on, ds.settings?.value.topic_collection_opens),
    on,
  };
}

/** The record in SPEC §2's key order; empty optional lists are left out. */
function topicRecord(id: string, t: Resolved): Topic {
  return {
    id,
    year: t.year,
    title: t.title,
    committee: t.committee,
    departments: t.departments,
    invited: t.invited.length ? t.invited : undefined,
    source: t.source as Topic["source"],
    proposer: t.proposer,
    category: t.category as Topic["category"],
    summary: t.summary,
    forms: t.forms.length ? (t.forms as Topic["forms"]) : undefined,
    schedule: t.schedule,
    status: "proposed",
    proposed_on: t.on,
  };
}

/** Asks, on a terminal, for every value the flags did not give, then for confirmation. */
async function ask(ctx: Ctx, ds: Dataset, r: Partial<Resolved>) {
  const p = ctx.prompter!;
  const { t, lang } = ctx;
  const required = (v: string) => (v.trim() ? true : t("prompt.required"));
  r.title ??= (await p.input({ message: t("prompt.title"), validate: required })).trim();
  const committees = committeesInOrder(ds);
  r.committee ??= await p.select({
    message: t("prompt.committee"),
    choices: committees.map(({ value: c }) => ({ value: c.code, name: `${c.name} (${c.code})` })),
  });
  const own = ds.committees.find((c) => c.value.code === r.committee)?.value.departments ?? [];
  r.departments ??= await p.checkbox({
    message: t("prompt.departments"),
    choices: own.map((d) => ({ value: d.id, name: `${d.name} (${d.id})` })),
    required: t("prompt.pick-one"),
  });
  if (r.invited === undefined) {
    r.invited = [];
    if (await p.confirm({ message: t("prompt.invite-others"), default: false })) {
      const others = committees.filter(({ value: c }) => c.code !== r.committee);
      r.invited = await p.checkbox({
        message: t("prompt.invited"),
        choices: others.flatMap(({ value: c }) =>
          c.departments.map((d) => ({ value: d.id, name: `${d.name} (${d.id}) — ${c.name}` })),
        ),
      });
    }
  }
  r.source ??= await p.select({
    message: t("prompt.source"),
    choices: choices("source", lang),
  });
  if (r.proposer === undefined)
    r.proposer = (await p.input({ message: t("prompt.proposer") })).trim() || undefined;
  r.category ??= await p.select({
    message: t("prompt.category"),
    choices: choices("category", lang),
  });
  r.forms ??= await p.checkbox({
    message: t("prompt.forms"),
    choices: choices("activity", lang),
  });
  if (r.schedule === undefined) {
    const s = (
      await p.input({
        message: t("prompt.schedule"),
        validate: (v) => (!v.trim() || SCHEDULE.test(v.trim()) ? true : "2027-Q2 / 2027-05"),
      })
    ).trim();
    r.schedule = s || undefined;
  }
  if (r.on === undefined) {
    r.on = parseInputDate(
      await p.input({
        message: t("prompt.date", { what: "proposed_on" }),
        default: ctx.today,
        validate: (v) =>
          parseInputDate(v) ? true : t("err.bad-date", { flag: "proposed_on", value: v }),
      }),
    );
  }
  const done = complete(r, ctx, ds);
  const names = (ids: string[]) =>
    ids
      .map(
        (id) =>
          ds.committees.flatMap((c) => c.value.departments).find((d) => d.id === id)?.name ?? id,
      )
      .join("、") || "—";
  const summary = [
    `  title: ${done.title}`,
    `  year: ${done.year}`,
    `  committee: ${done.committee}`,
    `  departments: ${names(done.departments)}`,
    `  invited: ${names(done.invited)}`,
    `  source: ${label("source", done.source, lang)}`,
    `  proposer: ${done.proposer ?? "—"}`,
    `  category: ${label("category", done.category, lang)}`,
    `  forms: ${done.forms.map((f) => label("activity", f, lang)).join("、") || "—"}`,
    `  schedule: ${done.schedule ?? "—"}`,
    `  proposed_on: ${done.on}`,
  ];
  ctx.io.stderr.write(`${summary.join("\n")}\n`);
  if (!(await p.confirm({ message: t("prompt.confirm-write"), default: true })))
    throw new PromptCancelled();
}
