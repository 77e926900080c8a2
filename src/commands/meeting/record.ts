import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import { missingFlags, PromptCancelled } from "../../cli/prompter.js";
import { committeesInOrder, type Dataset } from "../../domain/dataset.js";
import { parseInputDate } from "../../domain/dates.js";
import { msg } from "../../domain/diagnostics.js";
import { nextActivityId } from "../../domain/ids.js";
import { type Activity, TOPIC_OPTIONAL_TYPES } from "../../domain/schemas/activity.js";
import { TOPIC_ID } from "../../domain/schemas/common.js";
import { UsageError } from "../../errors.js";
import { choiceHelp, choices, label } from "../../i18n/labels.js";
import { recordText } from "../../store/edit.js";
import { ACTIVITY_LAYOUT, recordFile, recordNames } from "../../store/records.js";
import { applyPlan } from "../apply.js";
import { choiceFlag, collect, dateFlag, departmentIds } from "../inputs.js";
import { requireCommittee, requirePerson } from "../refs.js";

export interface RecordOptions {
  type?: string;
  committee?: string;
  topic?: string;
  date?: string;
  title?: string;
  departments?: string[];
  invited?: string[];
  location?: string;
  leaders?: string[];
  heads?: string[];
  members?: string[];
  experts?: string[];
  opinion?: string[];
  notes?: string;
}

const repeat = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function register(parent: Command, env: CommandEnv) {
  parent
    .command("record")
    .description("record a meeting or other activity (记录协商活动, Art. 7–12)")
    .option("--type <type>", choiceHelp("type", "en"))
    .option("--committee <code>", "committee: code, name or alias (default: the topic's)")
    .option("--topic <id>", "the topic it serves (required for solicit, research, consultation)")
    .option("--date <date>", "the day it took place (default today)")
    .option("--title <text>", "e.g. 优化营商环境对口协商会")
    .option("--departments <list>", "departments taking part (default: the topic's)", collect)
    .option(
      "--invited <list>",
      "departments outside the counterpart list (default: the topic's)",
      collect,
    )
    .option("--location <text>", "where")
    .option("--leaders <list>", "CPPCC leaders present: person ids or names", collect)
    .option("--heads <list>", "department heads present, e.g. 张某（市发改委主任）", collect)
    .option("--members <list>", "CPPCC members present", collect)
    .option("--experts <list>", "think-tank members and experts present", collect)
    .option(
      "--opinion <text>",
      'an opinion or suggestion, repeatable; "text——by" names who gave it',
      repeat,
    )
    .option("--notes <text>", "minutes, free text")
    .addHelpText(
      "after",
      `
A consultation meeting should record CPPCC leaders and department heads (Art. 12): it is
written without them, with a meeting-participants warning. Departments must be
counterparts of the committee or invited (Art. 4).

Examples:
  $ xieshang meeting record --type consultation --topic 2027-jj-03 --date 2027-05-12 \\
      --title 优化营商环境对口协商会 --leaders 王某某 --heads "张某（市发改委主任）" \\
      --opinion "建立涉企检查统筹机制——委员甲" --opinion "推行首次轻微违法免罚清单——委员乙"
  $ xieshang meeting record --type attend --committee jj --departments fgw \\
      --title 列席市发改委年度工作会议 --date 2027-01-15`,
    )
    .action(async (opts: RecordOptions, cmd: Command) => run(opts, env.ctx(cmd)));
}

/** `建立涉企检查统筹机制——委员甲`: the text, and who gave it after the last ——. */
export function parseOpinion(s: string): { text: string; by?: string } {
  const i = s.lastIndexOf("——");
  if (i > 0 && i < s.length - 2) return { text: s.slice(0, i).trim(), by: s.slice(i + 2).trim() };
  return { text: s.trim() };
}

interface Resolved {
  type?: Activity["type"];
  committee?: string;
  topic?: string;
  date?: string;
  title?: string;
  departments?: string[];
  invited?: string[];
  leaders?: string[];
  opinions?: { text: string; by?: string }[];
}

export async function run(opts: RecordOptions, ctx: Ctx) {
  const { ds } = ctx.load(["topics"]);
  const r: Resolved = {
    type: opts.type
      ? (choiceFlag("activity", "--type", opts.type, ctx) as Activity["type"])
      : undefined,
    date: opts.date ? dateFlag("--date", opts.date) : undefined,
    title: opts.title?.trim() || undefined,
    departments: opts.departments?.length ? departmentIds(ctx, ds, opts.departments) : undefined,
    invited: opts.invited?.length ? departmentIds(ctx, ds, opts.invited) : undefined,
    leaders: opts.leaders?.map((p) => requirePerson(ctx, p).id),
    opinions: opts.opinion?.map(parseOpinion).filter((o) => o.text),
  };
  if (opts.topic !== undefined) {
    if (!TOPIC_ID.test(opts.topic))
      throw new UsageError(
        msg("schema.format", {
          field: "--topic",
          value: JSON.stringify(opts.topic),
          format: "topic-id",
        }),
      );
    if (!ds.topics.some((t) => t.value.id === opts.topic)) {
      throw new UsageError(msg("err.unknown-ref", { kind: "topic", value: opts.topic }), [
        msg("reference.topic.hint", {}),
      ]);
    }
    r.topic = opts.topic;
  }
  const topicCommittee = ds.topics.find((t) => t.value.id === r.topic)?.value.committee;
  r.committee = opts.committee ? requireCommittee(ctx, opts.committee).value.code : topicCommittee;

  const missing: string[] = [];
  if (!r.type) missing.push("--type");
  if (!r.committee) missing.push("--committee");
  if (!r.title) missing.push("--title");
  if (r.type && !TOPIC_OPTIONAL_TYPES.has(r.type) && !r.topic) missing.push("--topic");
  if (missing.length > 0) {
    if (!ctx.interactive || !ctx.prompter) throw missingFlags(missing);
    await ask(ctx, ds, r);
  }
  const topic = ds.topics.find((t) => t.value.id === r.topic)?.value;
  const date = r.date ?? ctx.today;
  const committee = r.committee!;
  const participants = {
    cppcc_leaders: r.leaders?.length ? r.leaders : undefined,
    department_heads: opts.heads?.length ? opts.heads : undefined,
    members: opts.members?.length ? opts.members : undefined,
    experts: opts.experts?.length ? opts.experts : undefined,
  };
  let record: Activity | undefined;
  await applyPlan(
    ctx,
    (loaded) => {
      const year = date.slice(0, 4);
      const id = nextActivityId(
        [
          ...recordNames(loaded.dir, "activities", year),
          ...loaded.ds.activities.map((a) => a.value.id),
        ],
        date,
        committee,
      );
      record = {
        id,
        date,
        type: r.type!,
        committee,
        topic: r.topic,
        departments: r.departments ?? topic?.departments ?? [],
        invited: r.invited ?? (r.departments ? undefined : topic?.invited),
        title: r.title!,
        location: opts.location?.trim() || undefined,
        participants: Object.values(participants).some(Boolean) ? participants : undefined,
        opinions: r.opinions?.length ? r.opinions : undefined,
        notes: opts.notes?.trim() || undefined,
      };
      if (!record.invited?.length) delete record.invited;
      return {
        changes: [
          {
            file: recordFile("activities", year, id),
            text: recordText(
              record as unknown as Record<string, unknown>,
              ACTIVITY_LAYOUT.order,
              ACTIVITY_LAYOUT,
            ),
            create: true,
          },
        ],
        message: `meeting record ${id}: ${record.title}`,
      };
    },
    { parts: ["topics", "activities"], json: () => record },
  );
}

/** On a terminal: the missing values, then opinions one by one (an empty line ends them). */
async function ask(ctx: Ctx, ds: Dataset, r: Resolved) {
  const p = ctx.prompter!;
  const { t, lang } = ctx;
  r.type ??= await p.select({
    message: t("prompt.activity-type"),
    choices: choices("activity", lang),
  });
  r.committee ??= await p.select({
    message: t("prompt.committee"),
    choices: committeesInOrder(ds).map(({ value: c }) => ({
      value: c.code,
      name: `${c.name} (${c.code})`,
    })),
  });
  if (!r.topic) {
    const topics = ds.topics
      .filter((x) => x.value.committee === r.committee && x.value.status !== "withdrawn")
      .map((x) => x.value);
    const optional = TOPIC_OPTIONAL_TYPES.has(r.type);
    const picked = await p.select<string>({
      message: t("prompt.topic"),
      choices: [
        ...(optional ? [{ value: "", name: t("none") }] : []),
        ...topics.map((x) => ({ value: x.id, name: `${x.id} ${x.title}` })),
      ],
    });
    r.topic = picked || undefined;
  }
  r.title ??= (
    await p.input({
      message: t("prompt.activity-title"),
      validate: (v) => (v.trim() ? true : t("prompt.required")),
    })
  ).trim();
  if (!r.date) {
    r.date = parseInputDate(
      await p.input({
        message: t("prompt.date", { what: "date" }),
        default: ctx.today,
        validate: (v) => (parseInputDate(v) ? true : t("err.bad-date", { flag: "date", value: v })),
      }),
    );
  }
  if (!r.leaders && (ds.settings?.value.people?.length ?? 0) > 0) {
    r.leaders = await p.checkbox({
      message: t("prompt.leaders"),
      choices: (ds.settings?.value.people ?? []).map((x) => ({
        value: x.id,
        name: `${x.name} (${x.id})`,
      })),
    });
  }
  if (!r.opinions) {
    r.opinions = [];
    for (;;) {
      const text = (
        await p.input({ message: t("prompt.opinion", { n: String(r.opinions.length + 1) }) })
      ).trim();
      if (!text) break;
      r.opinions.push(parseOpinion(text));
    }
  }
  const summary = [
    `  type: ${label("activity", r.type, lang)}`,
    `  committee: ${r.committee}`,
    `  topic: ${r.topic ?? "—"}`,
    `  title: ${r.title}`,
    `  date: ${r.date}`,
    `  cppcc_leaders: ${r.leaders?.join("、") || "—"}`,
    ...r.opinions.map((o, i) => `  opinion ${i + 1}: ${o.text}${o.by ? `（${o.by}）` : ""}`),
  ];
  ctx.io.stderr.write(`${summary.join("\n")}\n`);
  if (!(await p.confirm({ message: t("prompt.confirm-write"), default: true }))) {
    throw new PromptCancelled();
  }
}
