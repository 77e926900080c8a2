import { chineseDate } from "./dates.js";
import { markdownCell, markdownLine } from "./neutralise.js";
import { SIGNED_ON_PLACEHOLDER } from "./placeholders.js";
import { type Figures, type Problem, REPLY_STATES, type Review } from "./review.js";
import { ACTIVITY_TYPES, SATISFACTION } from "./vocabulary.js";

/**
 * The 通报 of Art. 15 in words (docs/review.md): 一、总体情况 with two figures,
 * 二、各专门委员会开展情况, 三、存在的问题 (each with its article), 四、下一步工作 left to
 * the clerk. One structure, written as Markdown, HTML or a .docx by the caller.
 */

export type ChartKind = "activities" | "replies";

export type ReviewBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | {
      kind: "figure";
      chart: ChartKind;
      caption: string;
      /** The numbers of the chart, so that nothing is only in a picture. */
      table: string[][];
      /** Bars: one row a committee, one value a series. */
      rows: { label: string; values: number[] }[];
      series: string[];
    };

const ACTIVITY_NAMES: Record<(typeof ACTIVITY_TYPES)[number], string> = {
  info_exchange: "互通信息",
  attend: "列席会议",
  briefing: "通报情况",
  solicit: "征求意见建议",
  research: "调查研究",
  consultation: "协商会议",
};
const REPLY_NAMES: Record<(typeof REPLY_STATES)[number], string> = {
  on_time: "按期答复",
  late: "逾期答复",
  pending: "尚未到期",
  overdue: "逾期未答复",
};

const CN = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** 1 → 一, 14 → 十四, 20 → 二十 (articles and headings). */
export function cnNumber(n: number): string {
  if (n <= 10) return CN[n] ?? String(n);
  if (n < 20) return `十${CN[n - 10]}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ""}`;
  return String(n);
}

/** ，其中按期答复7件次、逾期答复1件次，截至…逾期未答复5件次: the states that occurred. */
function repliesText(t: Figures, asOf: string): string {
  const done = [
    ...(t.replies.on_time > 0 ? [`按期答复${t.replies.on_time}件次`] : []),
    ...(t.replies.late > 0 ? [`逾期答复${t.replies.late}件次`] : []),
  ];
  const open = [
    ...(t.replies.overdue > 0 ? [`逾期未答复${t.replies.overdue}件次`] : []),
    ...(t.replies.pending > 0 ? [`尚未到期${t.replies.pending}件次`] : []),
  ];
  return (
    (done.length > 0 ? `，其中${done.join("、")}` : "") +
    (open.length > 0 ? `，截至${chineseDate(asOf)}${open.join("、")}` : "")
  );
}

/** The change from the year before: ，比上年增加3个 / 减少 / 与上年持平; nothing without it. */
function change(now: number, before: number | undefined, unit: string): string {
  if (before === undefined) return "";
  const d = now - before;
  if (d > 0) return `，比上年增加${d}${unit}`;
  if (d < 0) return `，比上年减少${-d}${unit}`;
  return "，与上年持平";
}

function activitiesText(f: Figures): string {
  const parts = ACTIVITY_TYPES.filter((t) => f.activities[t] > 0).map(
    (t) => `${ACTIVITY_NAMES[t]}${f.activities[t]}次`,
  );
  return parts.join("、");
}

function evaluationText(f: Figures): string {
  // a count of none is not said
  const side = (s: Record<string, number>) =>
    SATISFACTION.filter((k) => (s[k] ?? 0) > 0)
      .map((k) => `${k}${s[k]}件次`)
      .join("、") || "无";
  const any = SATISFACTION.some((k) => f.evaluations.handling[k] + f.evaluations.result[k] > 0);
  if (!any) return "专门委员会尚未对已收到的答复作出评价。";
  return `专门委员会对已收到的答复作出评价：对办理过程${side(f.evaluations.handling)}；对办理结果${side(f.evaluations.result)}。`;
}

const PROBLEM_TITLES: Record<Problem["kind"], string> = {
  idle: "常态化联络有待加强",
  replies: "部分成果答复不够及时",
  liaison: "联络员尚未全部明确",
  q1: "部分议题未在第一季度确定",
  meeting: "部分协商会议参加人员不够齐全",
};

/** What Art. 14 names apart, in the order it names them. */
const KIND_NAMES: Record<keyof Omit<Figures["reports"], "issued">, string> = {
  outcome: "对口协商成果",
  research: "调研考察报告",
  social_opinion: "社情民意信息",
};

/** 对口协商成果3件、社情民意信息1件: the kinds issued, in Art. 14's order. */
function kindsText(f: Figures): string {
  const parts = (Object.keys(KIND_NAMES) as (keyof typeof KIND_NAMES)[])
    .filter((k) => f.reports[k] > 0)
    .map((k) => `${KIND_NAMES[k]}${f.reports[k]}件`);
  return parts.length > 0 ? parts.join("、") : "对口协商成果0件";
}

/**
 * A figure of the 通报: one bar a committee, one segment a series (in the order of
 * `names`), and the same numbers in a table with the totals of each row and column.
 */
function figure<K extends string>(
  r: Review,
  chart: ChartKind,
  caption: string,
  names: Record<K, string>,
  counts: (f: Figures) => Record<K, number> & { total: number },
): ReviewBlock {
  const keys = Object.keys(names) as K[];
  const row = (label: string, f: Figures) => [
    label,
    ...keys.map((k) => String(counts(f)[k])),
    String(counts(f).total),
  ];
  return {
    kind: "figure",
    chart,
    caption,
    series: keys.map((k) => names[k]),
    rows: r.committees.map((c) => ({
      label: c.name,
      values: keys.map((k) => counts(c.figures)[k]),
    })),
    table: [
      ["专门委员会", ...keys.map((k) => names[k]), "合计"],
      ...r.committees.map((c) => row(c.name, c.figures)),
      row("合计", r.totals),
    ],
  };
}

export function reviewBlocks(r: Review): ReviewBlock[] {
  const t = r.totals;
  const p = r.previous ?? undefined;
  const out: ReviewBlock[] = [];
  const para = (text: string) => out.push({ kind: "paragraph", text });

  para(
    `${r.year}年，各专门委员会按照《市政协专门委员会与党政部门（单位）开展对口联系协商工作的实施办法（试行）》（以下简称《办法》），围绕确定的议题开展对口联系协商。现将有关情况通报如下。`,
  );
  out.push({ kind: "heading", text: "一、总体情况" });
  para(
    `${r.year}年，各专门委员会确定对口协商议题${t.topics.confirmed}个${change(t.topics.confirmed, p?.topics.confirmed, "个")}，已完成${t.topics.concluded}个` +
      `${t.topics.withdrawn > 0 ? `，确定后撤销${t.topics.withdrawn}个` : ""}；开展对口联系协商活动${t.activities.total}次${change(t.activities.total, p?.activities.total, "次")}` +
      `${t.activities.total > 0 ? `，其中${activitiesText(t)}` : ""}（《办法》第七条至第十二条）；印发${kindsText(t)}${change(t.reports.issued, p?.reports.issued, "件")}（《办法》第十四条）。`,
  );
  out.push(
    figure(
      r,
      "activities",
      `图1　${r.year}年各专门委员会对口联系协商活动（按形式，次）`,
      ACTIVITY_NAMES,
      (f) => f.activities,
    ),
  );
  const rate =
    t.replies.on_time + t.replies.late + t.replies.overdue > 0
      ? `，按期答复率${Math.round((t.replies.on_time * 100) / (t.replies.on_time + t.replies.late + t.replies.overdue))}%`
      : "";
  para(
    `各对口部门（单位）应书面答复${t.replies.total}件次${change(t.replies.total, p?.replies.total, "件次")}${repliesText(t, r.asOf)}${rate}。${evaluationText(t)}`,
  );
  out.push(
    figure(
      r,
      "replies",
      `图2　${r.year}年各专门委员会印发材料的书面答复情况（件次）`,
      REPLY_NAMES,
      (f) => f.replies,
    ),
  );

  out.push({ kind: "heading", text: "二、主要成效" });
  const gains = achievements(r);
  if (gains.length === 0)
    para("【请填写：结合各专门委员会工作实际，总结本年度对口联系协商的主要成效和经验】");
  for (const [i, g] of gains.entries()) para(`（${cnNumber(i + 1)}）${g}`);

  out.push({ kind: "heading", text: "三、各专门委员会开展情况" });
  for (const [i, c] of r.committees.entries())
    para(`（${cnNumber(i + 1)}）${c.name}。${committeeText(c)}。`);

  out.push({ kind: "heading", text: "四、存在的问题" });
  if (r.problems.length === 0) para("对照《办法》，本年度未发现对口联系协商工作中的突出问题。");
  r.problems.forEach((pr, i) => {
    para(
      `（${cnNumber(i + 1)}）${PROBLEM_TITLES[pr.kind]}。《办法》第${cnNumber(pr.article)}条${PROBLEM_RULES[pr.kind]}。${pr.items.join("；")}。`,
    );
  });

  out.push({ kind: "heading", text: "五、下一步工作" });
  para("【请填写：结合本通报，提出下一步加强和改进对口联系协商工作的意见】");
  return out;
}

/** What the article asks, said once before the facts that fall short of it. */
const PROBLEM_RULES: Record<Problem["kind"], string> = {
  idle: "要求专门委员会与对口部门（单位）建立经常性联系，但仍有对口部门（单位）全年未开展联络",
  replies: "要求有关部门（单位）对协商成果及时书面答复，但仍有答复超过期限",
  liaison: "要求明确联络员，负责日常联系",
  q1: "要求每年第一季度确定年度对口协商议题",
  meeting: "要求协商会议由市政协领导出席、部门（单位）主要负责同志参加",
};

/**
 * 主要成效: facts from the records, not praise — replies received and what they answered,
 * the 市政协 leaders' part, the committees whose every reply came in time, the busiest.
 */
function achievements(r: Review): string[] {
  const t = r.totals;
  const out: string[] = [];
  const answered = t.replies.on_time + t.replies.late;
  if (answered > 0) {
    const cats = Object.entries(t.categories)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${r.categories[k] ?? k}${n}件次`);
    out.push(
      `协商成果得到办理。各对口部门（单位）已书面答复${answered}件次，其中按期答复${t.replies.on_time}件次${cats.length > 0 ? `；答复中，${cats.join("、")}` : ""}。`,
    );
  }
  if (t.withLeaders > 0)
    out.push(
      `市政协领导参与协商。市政协领导出席对口联系协商活动${t.withLeaders}次${t.withHeads > 0 ? `，对口部门（单位）主要负责同志参加协商会议${t.withHeads}次` : ""}。`,
    );
  const punctual = r.committees
    .filter(
      (c) => c.figures.replies.total > 0 && c.figures.replies.on_time === c.figures.replies.total,
    )
    .map((c) => c.name);
  const busiest = [...r.committees]
    .filter((c) => c.figures.activities.total > 0)
    .sort((a, b) => b.figures.activities.total - a.figures.activities.total)
    .slice(0, 3)
    .map((c) => `${c.name}${c.figures.activities.total}次`);
  const facts = [
    ...(punctual.length > 0 ? [`${punctual.join("、")}印发的材料均按期获得书面答复`] : []),
    ...(busiest.length > 0 ? [`开展活动较多的有${busiest.join("、")}`] : []),
  ];
  if (facts.length > 0) out.push(`部分专门委员会工作扎实。${facts.join("；")}。`);
  return out;
}

/** A committee's year in one paragraph: topics (a withdrawn one named, with its reason), work, papers, replies. */
function committeeText(c: Review["committees"][number]): string {
  const f = c.figures;
  const parts: string[] = [];
  // a topic confirmed then withdrawn is named as such, with its date and reason
  const topic = (x: (typeof c.topics)[number]) =>
    x.status === "concluded"
      ? `“${x.title}”已完成`
      : x.status === "withdrawn"
        ? `“${x.title}”${x.withdrawn_on ? `于${chineseDate(x.withdrawn_on)}` : "后"}撤销${x.reason ? `，原因是${x.reason.replace(/[。；]$/, "")}` : ""}`
        : `“${x.title}”`;
  parts.push(
    c.topics.length > 0
      ? `确定议题${c.topics.length}个（${c.topics.map(topic).join("；")}）`
      : "本年度未确定对口协商议题",
  );
  parts.push(
    f.activities.total > 0
      ? `开展活动${f.activities.total}次（${activitiesText(f)}）`
      : "未开展对口联系协商活动",
  );
  const kinds = (Object.keys(KIND_NAMES) as (keyof typeof KIND_NAMES)[])
    .map((k) => {
      const mine = c.reports.filter((x) => x.kind === k);
      return mine.length > 0
        ? `${KIND_NAMES[k]}${mine.length}件（${mine.map((x) => `${x.doc_no ?? ""}《${x.title}》`).join("、")}）`
        : "";
    })
    .filter((x) => x !== "");
  if (kinds.length > 0) parts.push(`印发${kinds.join("、")}`);
  if (f.replies.total > 0)
    parts.push(
      `应答复${f.replies.total}件次，${REPLY_STATES.filter((s) => f.replies[s] > 0)
        .map((s) => `${REPLY_NAMES[s]}${f.replies[s]}件次`)
        .join("、")}`,
    );
  return parts.join("；");
}

/** A figure's line in the 通报's Markdown: the chart is drawn from the records there. */
export const CHART_LINE = /^!\[([^\]]*)\]\(chart:(activities|replies)\)$/;

/**
 * The 通报 as Markdown (docs/review.md "Its life"): the body `review draft` writes for the
 * clerk to edit, and what `review YEAR` prints before there is one. A figure is a line
 * `![图1　…](chart:activities)` — the chart is drawn from the records wherever the line
 * stands — and the table of its numbers. The 署名 is the 办公室; the 成文日期 is filled in
 * when the 通报 is signed.
 */
export function reviewMarkdown(r: Review, date: string | null = null): string {
  // a record's line break would start a heading or a table of its own: a space instead
  const one = markdownLine;
  const lines = [one(r.organ), "", `# ${one(r.title)}`, "", "各专门委员会：", ""];
  for (const b of reviewBlocks(r)) {
    if (b.kind === "heading") lines.push(`## ${one(b.text)}`, "");
    else if (b.kind === "paragraph") lines.push(one(b.text), "");
    else {
      lines.push(`![${one(b.caption).replace(/[[\]]/g, "")}](chart:${b.chart})`, "");
      const [head, ...rows] = b.table;
      const cells = (row: string[]) => row.map(markdownCell).join(" | ");
      lines.push(`| ${cells(head!)} |`, `| ${head!.map(() => "---").join(" | ")} |`);
      for (const row of rows) lines.push(`| ${cells(row)} |`);
      lines.push("");
    }
  }
  lines.push(one(r.issuer), "", date ? chineseDate(date) : SIGNED_ON_PLACEHOLDER, "");
  return lines.join("\n");
}
