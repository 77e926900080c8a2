import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import {
  askChoice,
  askDate,
  askOptional,
  askText,
  type Fields,
  fill,
  pickMany,
} from "../../cli/fill.js";
import {
  choiceFlag,
  collect,
  dateFlag,
  departmentIds,
  scheduleFlag,
  textFlag,
  yearFlag,
} from "../../cli/inputs.js";
import { askCommittee, requireCommittee } from "../../cli/refs.js";
import type { Dataset } from "../../domain/dataset.js";
import { committeesInOrder } from "../../domain/dataset.js";
import { parseSchedule } from "../../domain/dates.js";
import { existsOn } from "../../domain/department-life.js";
import { type ProposeInput, planYearOf, proposeTopic } from "../../domain/topic-lifecycle.js";
import { fieldLabel } from "../../i18n/fields.js";
import { choiceHelp, choices, label } from "../../i18n/labels.js";
import { takenIds } from "../../store/records.js";

/** Flag values as given. */
export interface ProposeFlags {
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
    .action(async (flags: ProposeFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await run(await options(ctx, flags), ctx);
    });
}

/**
 * Flags, then questions (docs/architecture.md "Prompts"): on a terminal every value not given is
 * asked for — lists to pick from, labels in the clerk's language — and a summary is
 * confirmed; without one, the missing flags are named.
 */
export async function options(ctx: Ctx, flags: ProposeFlags): Promise<ProposeInput> {
  const { ds } = ctx.load([]);
  return fill<ProposeInput>(
    ctx,
    given(ctx, ds, flags),
    { ...topicQuestions(ctx, ds), ...planQuestions(ctx) },
    (o) => summary(ctx, ds, o),
  );
}

/** The values the flags give, each checked. */
function given(ctx: Ctx, ds: Dataset, flags: ProposeFlags): Partial<ProposeInput> {
  return {
    title: textFlag(flags.title),
    committee: flags.committee ? requireCommittee(ctx, flags.committee).value.code : undefined,
    departments: flags.departments?.length ? departmentIds(ctx, ds, flags.departments) : undefined,
    invited: flags.invited?.length ? departmentIds(ctx, ds, flags.invited) : undefined,
    source: flags.source ? choiceFlag("source", "--source", flags.source, ctx) : undefined,
    proposer: textFlag(flags.proposer),
    category: flags.category
      ? choiceFlag("category", "--category", flags.category, ctx)
      : undefined,
    summary: textFlag(flags.summary),
    forms: flags.forms?.map((f) => choiceFlag("activity", "--forms", f, ctx)),
    schedule: flags.schedule === undefined ? undefined : scheduleFlag("--schedule", flags.schedule),
    year: flags.year === undefined ? undefined : yearFlag("--year", flags.year),
    on: flags.on === undefined ? undefined : dateFlag("--on", flags.on),
  };
}

/** What the topic is, and with whom: title, committee, departments, invited (Art. 4–5). */
function topicQuestions(ctx: Ctx, ds: Dataset): Fields<ProposeInput> {
  const { t } = ctx;
  const committees = committeesInOrder(ds);
  return {
    title: { flag: "--title", required: true, ask: (_, p) => askText(ctx, p, t("prompt.title")) },
    committee: { flag: "--committee", required: true, ask: askCommittee(ctx, ds) },
    departments: {
      flag: "--departments",
      required: true,
      ask: (o, p) =>
        pickMany(ctx, p, {
          message: t("prompt.departments"),
          // only the departments that exist: one that has ceased is not offered
          choices: (
            ds.committees.find((c) => c.value.code === o.committee)?.value.departments ?? []
          )
            .filter((d) => existsOn(d, ctx.today))
            .map((d) => ({ value: d.id, name: `${d.name} (${d.id})` })),
          required: true,
        }),
    },
    invited: {
      flag: "--invited",
      ask: async (o, p) => {
        if (!(await p.confirm({ message: t("prompt.invite-others"), default: false }))) return [];
        return pickMany(ctx, p, {
          message: t("prompt.invited"),
          choices: committees
            .filter(({ value: c }) => c.code !== o.committee)
            .flatMap(({ value: c }) =>
              c.departments.map((d) => ({
                value: d.id,
                name: `${d.name} (${d.id}) — ${c.name}`,
              })),
            ),
        });
      },
    },
  };
}

/** Where it comes from and how it is planned: source, area, forms, schedule (Art. 5–6). */
function planQuestions(ctx: Ctx): Fields<ProposeInput> {
  const { t, lang } = ctx;
  return {
    source: {
      flag: "--source",
      required: true,
      ask: askChoice(ctx, "source", "prompt.source"),
    },
    proposer: { flag: "--proposer", ask: (_, p) => askOptional(p, t("prompt.proposer")) },
    category: {
      flag: "--category",
      required: true,
      ask: askChoice(ctx, "category", "prompt.category"),
    },
    forms: {
      flag: "--forms",
      ask: (_, p) => p.checkbox({ message: t("prompt.forms"), choices: choices("activity", lang) }),
    },
    schedule: {
      flag: "--schedule",
      ask: async (_, p) =>
        parseSchedule(
          await p.input({
            message: t("prompt.schedule"),
            validate: (v) =>
              !v.trim() || parseSchedule(v) ? true : t("err.bad-schedule", { flag: "", value: v }),
          }),
        ),
    },
    on: {
      flag: "--on",
      ask: (_, p) => askDate(ctx, p, "proposed_on"),
      fallback: () => ctx.today,
    },
  };
}

/** The summary confirmed before the write. */
function summary(ctx: Ctx, ds: Dataset, o: ProposeInput): string[] {
  const { lang } = ctx;
  const departmentName = (id: string) =>
    ds.committees.flatMap((c) => c.value.departments).find((d) => d.id === id)?.name ?? id;
  const names = (ids: string[] | undefined) => ids?.map(departmentName).join("、") || "—";

  const line = (field: string, value: string | number | undefined) =>
    `  ${fieldLabel(field, lang)}${lang === "zh" ? "：" : ": "}${value ?? "—"}`;
  return [
    line("title", o.title),
    line("year", planYearOf(ds, o)),
    line("committee", ds.committees.find((c) => c.value.code === o.committee)?.value.name),
    line("departments", names(o.departments)),
    line("invited", names(o.invited)),
    line("source", label("source", o.source, lang)),
    line("proposer", o.proposer),
    line("category", label("category", o.category, lang)),
    line("forms", o.forms?.map((f) => label("activity", f, lang)).join("、") || undefined),
    line("schedule", o.schedule),
    line("proposed_on", o.on),
  ];
}

export async function run(input: ProposeInput, ctx: Ctx) {
  await applyPatch(
    ctx,
    (loaded) =>
      proposeTopic(loaded.ds, takenIds(loaded, "topic", planYearOf(loaded.ds, input)), input).patch,
    { parts: ["topics"], json: (patch) => patch.create[0]?.record },
  );
}
