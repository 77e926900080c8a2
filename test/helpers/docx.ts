// What the document tests share: the XML of an office file as a reader's program reads it,
// and the fixture's issued report with a body as a clerk left it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { FIXTURES, scratch } from "./run.js";

const VALID = path.join(FIXTURES, "valid");

/** The XML parts of an office file, by name. */
export function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    if (name.endsWith(".xml") || name.endsWith(".rels")) out[name] = new TextDecoder().decode(data);
  return out;
}

/** The paragraphs of document.xml, each with its text and its XML. */
export function paragraphs(xml: string): { text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  }));
}

export const para = (xml: string, text: string) => {
  const p = paragraphs(xml).find((x) => x.text === text);
  if (!p)
    throw new Error(
      `no paragraph "${text}" in:\n${paragraphs(xml)
        .map((x) => x.text)
        .join("\n")}`,
    );
  return p.xml;
};

/** The fixture's issued report 2027-jj-r01 with a body as a clerk left it, and leaders. */
export function issuedReport(body = BODY): string {
  const dir = scratch(VALID);
  const yaml = path.join(dir, "reports", "2027", "2027-jj-r01.yaml");
  writeFileSync(
    yaml,
    readFileSync(yaml, "utf8").replace(
      "to_departments:",
      "to_leaders: [市长, 常务副市长]\nto_departments:",
    ),
  );
  writeFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.md"), body);
  return dir;
}

// as drafted: the 主送 and 成文日期 are stale (the draft's), the title as the clerk edited it
export const BODY = `测试市政协经济委员会

测政协经〔2027〕1号

# 关于优化营商环境的协商意见

市发改委：

市政协经济委员会围绕“关于优化营商环境的对口协商”开展对口联系协商。现将有关情况报告如下。

## 一、基本情况

本议题于2027年2月20日确定。

（一）调查研究。委员深入企业开展调研。

## 二、存在的问题

涉企检查多头、重复，企业负担较重。

## 三、意见建议

| 序号 | 意见 |
| --- | --- |
| 1 | 建立涉企检查统筹机制。 |

请于2027年7月8日前将办理情况书面答复市政协经济委员会。

市政协经济委员会

2027年6月1日
`;
