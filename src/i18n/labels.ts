import {
  ACTIVITY_TYPES,
  CATEGORIES,
  CHASE_METHODS,
  REPORT_KINDS,
  REPORT_STATUSES,
  SATISFACTION,
  SOURCES,
  TOPIC_STATUSES,
} from "../domain/vocabulary.js";
import type { Lang } from "./lang.js";

interface Label {
  zh: string;
  en: string;
}

/** The enumerations of the record schemas that have names, in their own order. */
const VALUES = {
  source: SOURCES,
  category: CATEGORIES,
  activity: ACTIVITY_TYPES,
  topicStatus: TOPIC_STATUSES,
  reportKind: REPORT_KINDS,
  chaseMethod: CHASE_METHODS,
  reportStatus: REPORT_STATUSES,
  satisfaction: SATISFACTION,
} as const;

/**
 * Names of the enumerated values (docs/data-format.md "Words of the 办法") in both languages: shown in
 * prompts, tables and documents, and accepted on the command line in place of the ids.
 * Typed against the schemas' enums: a value added there without a name here does not
 * compile.
 */
export const LABELS = {
  source: {
    leader: { zh: "市领导点题", en: "set by a city leader" },
    department: { zh: "对口联系部门出题", en: "from a counterpart department" },
    member: { zh: "委员群众提题", en: "from members and the public" },
    committee: { zh: "专门委员会立题", en: "set by the committee" },
  },
  category: {
    policy: { zh: "路线方针政策和法律法规贯彻执行", en: "implementation of policies and laws" },
    decision: { zh: "市委市政府重大决策部署落实", en: "major decisions of the city" },
    planning: { zh: "重要战略规划、中长期规划和重大改革方案", en: "strategic plans and reforms" },
    resources: {
      zh: "公共资源配置、重大项目、民生工程和财政资金",
      en: "public resources, projects and funds",
    },
    public_concern: { zh: "群众关注的热点难点问题", en: "issues of public concern" },
    rule_of_law: { zh: "民主和法制建设", en: "democracy and the rule of law" },
    follow_up: {
      zh: "重点调研、委员意见、社情民意和提案办理",
      en: "follow-up of research, opinions and proposals",
    },
    conduct: { zh: "改进作风和依法行政", en: "conduct and lawful administration" },
    mutual: { zh: "需要相互协商的重要问题", en: "matters for mutual consultation" },
    assigned: { zh: "市委市政府交办的其他问题", en: "other matters assigned by the city" },
  },
  activity: {
    info_exchange: { zh: "互通信息", en: "information exchange" },
    attend: { zh: "列席会议", en: "attending meetings" },
    briefing: { zh: "通报情况", en: "briefing" },
    solicit: { zh: "征求意见建议", en: "soliciting opinions" },
    research: { zh: "调查研究", en: "research" },
    consultation: { zh: "协商会议", en: "consultation meeting" },
  },
  topicStatus: {
    proposed: { zh: "已提出", en: "proposed" },
    shortlisted: { zh: "已初选", en: "shortlisted" },
    confirmed: { zh: "已确定", en: "confirmed" },
    concluded: { zh: "已完成", en: "concluded" },
    withdrawn: { zh: "已撤销", en: "withdrawn" },
  },
  reportKind: {
    outcome: { zh: "协商成果", en: "outcome report" },
    research: { zh: "调研考察报告", en: "research report" },
    social_opinion: { zh: "社情民意信息", en: "social opinion" },
  },
  chaseMethod: {
    phone: { zh: "电话", en: "phone" },
    letter: { zh: "发函", en: "letter" },
    visit: { zh: "上门", en: "visit" },
    meeting: { zh: "会议", en: "meeting" },
  },
  reportStatus: {
    draft: { zh: "草稿", en: "draft" },
    signed: { zh: "已签发", en: "signed" },
    issued: { zh: "已印发", en: "issued" },
  },
  satisfaction: {
    满意: { zh: "满意", en: "satisfied" },
    基本满意: { zh: "基本满意", en: "fairly satisfied" },
    不满意: { zh: "不满意", en: "dissatisfied" },
  },
} as const satisfies { [S in keyof typeof VALUES]: Record<(typeof VALUES)[S][number], Label> };

export type LabelSet = keyof typeof LABELS;
/** The ids of one enumeration, e.g. `"phone" | "letter" | …` for chaseMethod. */
export type ValueOf<S extends LabelSet> = (typeof VALUES)[S][number];

export function label<S extends LabelSet>(set: S, id: string, lang: Lang): string {
  const entry = (LABELS[set] as Record<string, Label>)[id];
  return entry ? entry[lang] : id;
}

/** The values of an enumeration with their names, in the schema's order: for pickers. */
export function choices<S extends LabelSet>(
  set: S,
  lang: Lang,
): { value: ValueOf<S>; name: string }[] {
  return (VALUES[set] as readonly ValueOf<S>[]).map((value) => ({
    value,
    name: label(set, value, lang),
  }));
}

/** An id from its id, its Chinese or English label (or a unique part of the Chinese one). */
export function fromLabel<S extends LabelSet>(set: S, input: string): ValueOf<S> | undefined {
  const s = input.trim();
  const entries = Object.entries(LABELS[set] as Record<string, Label>);
  const exact = entries.find(
    ([id, l]) => id === s || l.zh === s || l.en.toLowerCase() === s.toLowerCase(),
  );
  if (exact) return exact[0] as ValueOf<S>;
  const partial = s.length >= 2 ? entries.filter(([, l]) => l.zh.includes(s)) : [];
  return partial.length === 1 ? (partial[0]![0] as ValueOf<S>) : undefined;
}

/** The values a flag takes, for its help: ids, and the names that are accepted too. */
export function valuesHelp(set: LabelSet, lang: Lang): string {
  const ids = VALUES[set].join(" | ");
  const names = (VALUES[set] as readonly string[]).map((v) => label(set, v, "zh")).join("、");
  return lang === "zh" ? `${names}（或 ${ids}）` : `${ids} (or ${names})`;
}

/**
 * The option texts that list an enumeration: the lead in both languages. Commands take
 * their help from here and the Chinese help is made from the same table, so the names
 * are written once, in LABELS.
 */
export const CHOICE_HELP = {
  source: { set: "source", en: "where the topic came from", zh: "议题来源" },
  category: { set: "category", en: "one of Art. 3's areas", zh: "协商内容（第3条）" },
  forms: { set: "activity", en: "planned forms", zh: "计划协商形式" },
  type: { set: "activity", en: "the form of consultation", zh: "协商形式" },
  method: { set: "chaseMethod", en: "how it was chased", zh: "催办方式" },
  handling: {
    set: "satisfaction",
    en: "the committee's view of how it was handled",
    zh: "对办理过程的评价",
  },
  result: { set: "satisfaction", en: "the committee's view of the result", zh: "对办理结果的评价" },
} as const satisfies Record<string, { set: LabelSet; en: string; zh: string }>;

export function choiceHelp(key: keyof typeof CHOICE_HELP, lang: Lang): string {
  const h = CHOICE_HELP[key];
  return lang === "zh"
    ? `${h.zh}：${valuesHelp(h.set, "zh")}`
    : `${h.en}: ${valuesHelp(h.set, "en")}`;
}

/** The enumeration a field of a record takes its values from, by the field's last name. */
const FIELD_SETS: Record<string, LabelSet[]> = {
  source: ["source"],
  category: ["category"],
  type: ["activity"],
  forms: ["activity"],
  status: ["topicStatus", "reportStatus"],
  kind: ["reportKind"],
  method: ["chaseMethod"],
};

function setsOf(field: string): LabelSet[] {
  const last = /([a-z_]+)(?:\[\d+\])?$/.exec(field)?.[1] ?? field;
  return FIELD_SETS[last] ?? [];
}

/** The values a field allows, each with its name: `concluded（已完成）`. */
export function valuesWithNames(field: string, ids: readonly string[], lang: Lang): string {
  const sets = setsOf(field);
  return ids
    .map((id) => {
      const set = sets.find((s) => id in LABELS[s]);
      // the Chinese name in both languages: it is what a clerk writes in place of the code
      if (!set) return id;
      return lang === "zh" ? `${id}（${label(set, id, "zh")}）` : `${id} (${label(set, id, "zh")})`;
    })
    .join(lang === "zh" ? "、" : ", ");
}

/** The value a clerk meant when writing a name in place of its id (`已完成` → concluded). */
export function idForName(
  field: string,
  written: string,
  ids: readonly string[],
): string | undefined {
  for (const set of setsOf(field)) {
    const id = fromLabel(set, written);
    if (id && ids.includes(id)) return id;
  }
  return undefined;
}
