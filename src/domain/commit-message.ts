/**
 * The commit messages the tool writes, in the data's language (README "Working as a team
 * of clerks"): a patch says what it does as `command args: text` (language-free, for
 * tests and logs); the commit says it as a clerk would — 确定议题 2027-jj-01、2027-jj-02.
 */

const ZH: readonly (readonly [string, string])[] = [
  ["topic propose", "提出议题"],
  ["topic shortlist", "初选议题"],
  ["topic confirm", "确定议题"],
  ["topic conclude", "完成议题"],
  ["topic withdraw", "撤销议题"],
  ["meeting record", "记录协商活动"],
  ["report draft", "起草成果"],
  ["report sign", "签发成果"],
  ["report issue", "印发成果"],
  ["reply record", "登记答复"],
  ["reply extend", "同意延期"],
  ["reply chase", "催办"],
  ["reply rate", "评价答复"],
  ["remind --record", "发出催办函"],
  ["review draft", "起草年度通报"],
  ["review sign", "签发年度通报"],
  ["review issue", "印发年度通报"],
  ["calendar import", "导入节假日安排"],
  ["calendar apply", "按节假日安排调整答复期限"],
  ["department rename", "部门更名"],
  ["department merge", "部门合并"],
  ["department abolish", "部门撤销"],
  ["import liaison-table", "导入对口联系一览表"],
  ["xieshang init", "初始化数据目录"],
  ["resolve", "合并后调整重复编号"],
];

/** A patch's message as the commit says it: in Chinese for Chinese data, else as it is. */
export function commitText(message: string, lang: string | undefined): string {
  if (lang === "en") return message;
  const hit = ZH.find(
    ([en]) => message === en || message.startsWith(`${en} `) || message.startsWith(`${en}:`),
  );
  if (!hit) return message;
  const rest = message
    .slice(hit[0].length)
    .replace(/(\d+) deadlines moved/, "$1 项")
    .replace(/ until /g, " 至 ")
    .replace(/, /g, "、")
    .replace(/: /g, "：");
  return rest === "" || rest.startsWith(" ") || rest.startsWith("：")
    ? `${hit[1]}${rest}`
    : `${hit[1]} ${rest}`;
}
