import type { Command } from "commander";
import { applyPatch } from "../../cli/apply.js";
import type { CommandEnv, Ctx } from "../../cli/context.js";
import {
  askChoice,
  askDate,
  askList,
  askOptional,
  askText,
  type Fields,
  fill,
  pickMany,
} from "../../cli/fill.js";
import { choiceFlag, collect, dateFlag, departmentIds, idArg, textFlag } from "../../cli/inputs.js";
import { askCommittee, requireCommittee, requirePerson } from "../../cli/refs.js";
import {
  type ActivityInput,
  findTopic,
  needsTopic,
  parseOpinion,
  recordActivity,
} from "../../domain/activity-record.js";
import type { Dataset } from "../../domain/dataset.js";
import { buildIndex } from "../../domain/dataset.js";
import { existsOn } from "../../domain/department-life.js";
import { fieldLabel } from "../../i18n/fields.js";
import { choiceHelp, label } from "../../i18n/labels.js";
import { takenIds } from "../../store/records.js";

/** Flag values as given. */
export interface RecordFlags {
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
    .action(async (flags: RecordFlags, cmd: Command) => {
      const ctx = env.ctx(cmd);
      await run(await options(ctx, flags), ctx);
    });
}

/** Flags, then questions on a terminal: the missing values, then opinions one by one. */
export async function options(ctx: Ctx, flags: RecordFlags): Promise<ActivityInput> {
  const { ds } = ctx.load(["topics"]);
  const topic =
    flags.topic === undefined ? undefined : findTopic(ds, idArg("topic", "--topic", flags.topic));
  return fill<ActivityInput>(
    ctx,
    given(ctx, ds, flags, topic),
    { ...whatQuestions(ctx, ds), ...whoQuestions(ctx, ds), ...opinionQuestions(ctx) },
    (o) => summary(ctx, ds, o),
  );
}

/** The values the flags give, each checked; the topic's committee when none is given. */
function given(
  ctx: Ctx,
  ds: Dataset,
  flags: RecordFlags,
  topic: ReturnType<typeof findTopic> | undefined,
): Partial<ActivityInput> {
  return {
    type: flags.type ? choiceFlag("activity", "--type", flags.type, ctx) : undefined,
    committee: flags.committee
      ? requireCommittee(ctx, flags.committee).value.code
      : topic?.committee,
    topic: topic?.id,
    date: flags.date === undefined ? undefined : dateFlag("--date", flags.date),
    title: textFlag(flags.title),
    departments: flags.departments?.length ? departmentIds(ctx, ds, flags.departments) : undefined,
    invited: flags.invited?.length ? departmentIds(ctx, ds, flags.invited) : undefined,
    location: textFlag(flags.location),
    leaders: flags.leaders?.map((p) => requirePerson(ctx, p).id),
    heads: flags.heads?.length ? flags.heads : undefined,
    members: flags.members?.length ? flags.members : undefined,
    experts: flags.experts?.length ? flags.experts : undefined,
    opinions: flags.opinion?.map(parseOpinion).filter((o) => o.text),
    notes: textFlag(flags.notes),
  };
}

/** What took place: its form, committee, topic, title and day (Art. 7–12). */
function whatQuestions(ctx: Ctx, ds: Dataset): Fields<ActivityInput> {
  const { t, lang } = ctx;
  return {
    type: {
      flag: "--type",
      required: true,
      ask: askChoice(ctx, "activity", "prompt.activity-type"),
    },
    committee: { flag: "--committee", required: true, ask: askCommittee(ctx, ds) },
    topic: {
      flag: "--topic",
      required: (o) => needsTopic(o.type),
      ask: async (o, p) => {
        const topics = ds.topics
          .map((x) => x.value)
          .filter((x) => x.committee === o.committee && x.status !== "withdrawn");
        const picked = await p.select<string>({
          message: t("prompt.topic"),
          choices: [
            ...(needsTopic(o.type) ? [] : [{ value: "", name: t("none") }]),
            ...topics.map((x) => ({
              value: x.id,
              name: `${x.id} ${x.title}（${label("topicStatus", x.status, lang)}）`,
            })),
          ],
        });
        return picked || undefined;
      },
    },
    title: {
      flag: "--title",
      required: true,
      ask: (_, p) => askText(ctx, p, t("prompt.activity-title")),
    },
    date: {
      flag: "--date",
      ask: (_, p) => askDate(ctx, p, "date"),
      fallback: () => ctx.today,
    },
  };
}

/** Who took part: departments, place, leaders, heads, members, experts (Art. 12). */
function whoQuestions(ctx: Ctx, ds: Dataset): Fields<ActivityInput> {
  const { t } = ctx;
  const people = ds.settings?.value.people ?? [];
  const departmentName = (id: string) => buildIndex(ds).departments.get(id)?.department.name ?? id;
  return {
    departments: {
      flag: "--departments",
      // the committee's counterparts and the topic's invited, the topic's ticked
      ask: async (o, p) => {
        // the counterparts that exist on the day (README "Departments change")
        const own = (
          ds.committees.find((c) => c.value.code === o.committee)?.value.departments ?? []
        ).filter((d) => existsOn(d, o.date ?? ctx.today));
        const topic = ds.topics.find((x) => x.value.id === o.topic)?.value;
        const invited = (topic?.invited ?? []).filter((d) => !own.some((x) => x.id === d));
        const picked = await pickMany(ctx, p, {
          message: t("prompt.activity-departments"),
          choices: [
            ...own.map((d) => ({ value: d.id, name: `${d.name} (${d.id})` })),
            ...invited.map((d) => ({ value: d, name: `${departmentName(d)} (${d})` })),
          ],
          checked: [...(topic?.departments ?? []), ...(topic?.invited ?? [])],
        });
        o.invited = picked.filter((d) => !own.some((x) => x.id === d));
        return picked.filter((d) => own.some((x) => x.id === d));
      },
    },
    location: { flag: "--location", ask: (_, p) => askOptional(p, t("prompt.location")) },
    leaders: {
      flag: "--leaders",
      checked: (o) => o.type === "consultation",
      ask: async (_, p) =>
        people.length === 0
          ? undefined
          : p.checkbox({
              message: t("prompt.leaders"),
              choices: people.map((x) => ({ value: x.id, name: `${x.name} (${x.id})` })),
            }),
    },
    heads: {
      flag: "--heads",
      checked: (o) => o.type === "consultation",
      ask: (_, p) => askList(p, t("prompt.heads")),
    },
    members: { flag: "--members", ask: (_, p) => askList(p, t("prompt.members")) },
    experts: { flag: "--experts", ask: (_, p) => askList(p, t("prompt.experts")) },
  };
}

/** The opinions heard, one a line, until an empty one. */
function opinionQuestions(ctx: Ctx): Fields<ActivityInput> {
  const { t } = ctx;
  return {
    opinions: {
      flag: "--opinion",
      ask: async (_, p) => {
        const opinions: { text: string; by?: string }[] = [];
        for (;;) {
          const text = (
            await p.input({ message: t("prompt.opinion", { n: String(opinions.length + 1) }) })
          ).trim();
          if (!text) return opinions;
          opinions.push(parseOpinion(text));
        }
      },
    },
  };
}

/** The summary confirmed before the write. */
function summary(ctx: Ctx, ds: Dataset, o: ActivityInput): string[] {
  const { lang } = ctx;
  const people = ds.settings?.value.people ?? [];
  const departmentName = (id: string) => buildIndex(ds).departments.get(id)?.department.name ?? id;

  const topic = ds.topics.find((x) => x.value.id === o.topic)?.value;
  const line = (field: string, value: string | undefined) =>
    `  ${fieldLabel(field, lang)}${lang === "zh" ? "：" : ": "}${value || "—"}`;
  const sep = lang === "zh" ? "、" : ", ";
  return [
    line("type", label("activity", o.type, lang)),
    line("committee", ds.committees.find((c) => c.value.code === o.committee)?.value.name),
    line("topic", topic ? `${topic.id} ${topic.title}` : undefined),
    line("title", o.title),
    line("date", o.date),
    line("departments", (o.departments ?? topic?.departments)?.map(departmentName).join(sep)),
    line("invited", (o.invited ?? topic?.invited)?.map(departmentName).join(sep)),
    line("location", o.location),
    line(
      "cppcc_leaders",
      o.leaders?.map((id) => people.find((x) => x.id === id)?.name ?? id).join(sep),
    ),
    line("department_heads", o.heads?.join(sep)),
    line("members", o.members?.join(sep)),
    line("experts", o.experts?.join(sep)),
    ...(o.opinions ?? []).map(
      (x, i) => `  ${fieldLabel("opinions", lang)} ${i + 1}：${x.text}${x.by ? `（${x.by}）` : ""}`,
    ),
  ];
}

export async function run(input: ActivityInput, ctx: Ctx) {
  await applyPatch(
    ctx,
    (loaded) =>
      recordActivity(loaded.ds, takenIds(loaded, "activity", input.date.slice(0, 4)), input).patch,
    { parts: ["topics", "activities"], json: (patch) => patch.create[0]?.record },
  );
}
