// The documents that leave the office (docs/documents.md): the outcome report as a GB/T 9704
// 公文 (Art. 13), the 催办函 in the letter format (Art. 14), the plan as a landscape table and
// an .xlsx (Art. 6). The tests read the generated XML as a reader's program would.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BODY, issuedReport, para, paragraphs, parts } from "../helpers/docx.js";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

const VALID = path.join(FIXTURES, "valid");

async function exportDocx(dir: string, ...more: string[]) {
  const out = path.join(dir, "out.docx");
  const r = await runCli(
    ["report", "export", "2027-jj-r01", "--out", out, "--data", dir, ...more],
    { today: "2027-11-27" },
  );
  expect(r).toMatchObject({ code: 0 });
  return readFileSync(out);
}

describe("report export: the outcome report as a 公文 (GB/T 9704)", () => {
  it("lays out the page: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters", async () => {
    const doc = parts(await exportDocx(issuedReport()))["word/document.xml"]!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc)![1]!;
    const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(margin)![1]);
    const mm = (twips: number) => (twips * 25.4) / 1440;
    expect(mm(attr("top"))).toBeCloseTo(37, 0);
    expect(mm(attr("left"))).toBeCloseTo(28, 0);
    expect(mm(11906 - attr("left") - attr("right"))).toBeCloseTo(156, 0);
    expect(mm(16838 - attr("top") - attr("bottom"))).toBeCloseTo(225, 0);
    // 22 lines of 579 twips fill the 225 mm 版心
    expect(doc).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    expect(mm(22 * 579)).toBeCloseTo(225, 0);
    // 3号 tightened by a quarter point: 28 characters in 156 mm
    expect(para(doc, "涉企检查多头、重复，企业负担较重。")).toContain('<w:spacing w:val="-5"/>');
  });

  it("sets each element in its font and size: 标题 2号 小标宋, 一、 黑体, （一） 楷体, 正文 3号 仿宋", async () => {
    const doc = parts(await exportDocx(issuedReport()))["word/document.xml"]!;
    const font = (xml: string) => /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(xml)?.[1];
    const size = (xml: string) => /<w:sz w:val="(\d+)"\/>/.exec(xml)?.[1];
    const title = para(doc, "关于优化营商环境的协商意见");
    expect([font(title), size(title)]).toEqual(["方正小标宋简体", "44"]);
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(font(para(doc, "一、基本情况"))).toBe("黑体");
    // a paragraph that begins with （一）: its first sentence in 楷体, the rest in 仿宋
    const run = para(doc, "（一）调查研究。委员深入企业开展调研。");
    expect([...run.matchAll(/<w:rFonts [^>]*w:eastAsia="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "楷体_GB2312",
      "仿宋_GB2312",
    ]);
    const body = para(doc, "涉企检查多头、重复，企业负担较重。");
    expect([font(body), size(body)]).toEqual(["仿宋_GB2312", "32"]);
    // first line indented two characters
    expect(body).toMatch(/w:firstLine="630"/);
  });

  it("puts the red 发文机关标志 (the body) and a red line under the 发文字号", async () => {
    const doc = parts(await exportDocx(issuedReport()))["word/document.xml"]!;
    const organ = para(doc, "测试市政协");
    expect(organ).toContain('<w:color w:val="FF0000"/>');
    expect(organ).toContain('<w:jc w:val="center"/>');
    const docNo = para(doc, "测政协经〔2027〕1号");
    expect(docNo).toMatch(/<w:bottom w:val="single" w:color="FF0000"/);
    // the 版头 lines of the .md are replaced, never printed as text
    expect(paragraphs(doc).map((p) => p.text)).not.toContain("测试市政协经济委员会");
  });

  it("addresses the recipients issued to, by full name where recorded, and dates it the day signed", async () => {
    const doc = parts(await exportDocx(issuedReport()))["word/document.xml"]!;
    const texts = paragraphs(doc).map((p) => p.text);
    // fgw has a full name; czj has none, so its name; the drafted 主送 (市发改委) is gone
    expect(texts).toContain("鄂尔多斯市发展和改革委员会、财政局：");
    expect(texts).not.toContain("市发改委：");
    // 成文日期 = signed_on (2027-06-05), never the drafting date of the .md
    expect(texts).toContain("2027年6月5日");
    expect(texts).not.toContain("2027年6月1日");
    // 署名 = the issuer, the body whose 标志 heads the page, whatever the .md's last lines say
    const sign = paragraphs(doc).findIndex((p) => p.text === "2027年6月5日") - 1;
    expect(texts[sign]).toBe(texts[0]);
    expect(texts).not.toContain("市政协经济委员会");
  });

  it("ends with the 版记: 抄报 the leaders, 印发机关 and 印发日期, between lines as wide as the 版心", async () => {
    const doc = parts(await exportDocx(issuedReport()))["word/document.xml"]!;
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain("抄报：市长，常务副市长。");
    expect(texts).toContain("测试市政协办公室2027年6月8日印发");
    // placed from the top of the paper so that its last line is the 版心's bottom edge
    expect(doc).toMatch(/margin-top:[\d.]+pt;mso-position-vertical-relative:page/);
    expect(doc).toMatch(/<w:tblW w:type="dxa" w:w="8844"\/>/);
    // page numbers — N —: odd right, even left, 4号 宋体
    const xml = parts(await exportDocx(issuedReport()));
    const footers = Object.entries(xml).filter(([n]) => n.startsWith("word/footer"));
    expect(footers.map(([, f]) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()).toEqual([
      "left",
      "right",
    ]);
    for (const [, f] of footers) {
      expect(f).toContain("— ");
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(xml["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
  });

  it("gives the same bytes for the same data, whatever the day it runs", async () => {
    const dir = issuedReport();
    const a = await exportDocx(dir, "--as-of", "2027-11-27");
    const b = await exportDocx(dir, "--as-of", "2028-03-01");
    expect(Buffer.compare(a, b)).toBe(0);
    // the document's date is its own (the day issued), not the day it was exported
    expect(parts(a)["docProps/core.xml"]).toContain(">2027-06-08T00:00:00Z<");
  });

  it("writes <doc number> <title>.docx in the current folder by default; --format md gives the body", async () => {
    const dir = issuedReport();
    const r = await runCli(["report", "export", "2027-jj-r01", "--data", dir], {
      today: "2027-11-27",
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, "测政协经〔2027〕1号 关于优化营商环境的协商意见.docx"))).toBe(
      true,
    );
    const md = await runCli(
      ["report", "export", "2027-jj-r01", "--format", "md", "--out", "-", "--data", dir],
      { today: "2027-11-27" },
    );
    expect(md.stdout).toBe(BODY);
  });

  it("refuses a report without a body, a bad format, and a report it cannot read", async () => {
    const dir = scratch(VALID);
    const none = await runCli([
      "report",
      "export",
      "2027-jj-r01",
      "--data",
      dir,
      "--out",
      "x.docx",
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      "2027-jj-r01 has no body: reports/2027/2027-jj-r01.md does not exist",
    );
    const bad = await runCli(["report", "export", "2027-jj-r01", "--format", "pdf", "--data", dir]);
    expect(bad.code).toBe(2);
    const broken = issuedReport();
    writeFileSync(path.join(broken, "reports", "2027", "2027-jj-r01.yaml"), "id: [unclosed\n");
    const out = path.join(broken, "never.docx");
    const r = await runCli(["report", "export", "2027-jj-r01", "--data", broken, "--out", out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe("the bundled data's documents", () => {
  const reports = readdirSync(path.join(BUNDLED_DATA, "reports", "2026"))
    .filter((n) => n.endsWith(".md"))
    .map((n) => n.replace(/\.md$/, ""));

  it.each(reports)(
    "%s: no 九二学社, no doubled title, no fill-in marker once issued, 主送 by full name",
    async (id) => {
      const dir = scratch(BUNDLED_DATA);
      const out = path.join(dir, "x.docx");
      const r = await runCli(["report", "export", id, "--out", out, "--data", dir], {
        today: "2026-11-30",
      });
      expect(r.code).toBe(0);
      const doc = parts(readFileSync(out))["word/document.xml"]!;
      const text = paragraphs(doc)
        .map((p) => p.text)
        .join("\n");
      expect(text).not.toContain("九二学社");
      expect(text).not.toMatch(/的协商的协商意见/);
      const record = readFileSync(path.join(dir, "reports", "2026", `${id}.yaml`), "utf8");
      if (/^status: issued/m.test(record)) {
        expect(text).not.toContain("【请填写");
        expect(text).not.toContain("（请根据");
        // every addressee is a full name (鄂尔多斯…/中共…/中国…) — never a bare short name
        const addressees = paragraphs(doc)
          .map((p) => p.text)
          .find((t) => t.endsWith("："))!
          .replace(/：$/, "")
          .split("、");
        for (const a of addressees) expect(a).toMatch(/^(鄂尔多斯|中共|中国|九三学社|内蒙古)/);
      }
    },
  );
});

describe("remind --format docx: the 催办函 in the letter format (GB/T 9704 §10.1)", () => {
  /** The fixture as of a day when czj owes 2027-jj-r01 a reply (its extension ran out). */
  const today = "2027-09-01";

  it("writes one letter per department: the body's name in red at the top, double red lines, no number on page 1", async () => {
    const dir = scratch(VALID);
    const out = path.join(dir, "letters");
    mkdirSync(out);
    const r = await runCli(["remind", "--format", "docx", "--out", out, "--data", dir], { today });
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(["czj.docx"]);
    const xml = parts(readFileSync(path.join(out, "czj.docx")));
    const doc = xml["word/document.xml"]!;
    expect(doc).toContain("<w:titlePg/>");
    const header = Object.entries(xml).find(
      ([n, t]) => n.startsWith("word/header") && t.includes("测试市政协"),
    )![1];
    expect(header).toContain('<w:color w:val="FF0000"/>');
    expect(header).toMatch(/<w:bottom w:val="thickThinSmallGap" w:color="FF0000"/);
    // the lower double line: the first page's footer, a top border drawn thin over thick
    const first = Object.entries(xml).find(
      ([n, t]) => n.startsWith("word/footer") && t.includes('<w:top w:val="thickThinSmallGap"'),
    );
    expect(first?.[1]).not.toContain("PAGE");
    expect(paragraphs(doc).map((p) => p.text)).toContain("关于催办对口协商成果书面答复的函");
    // the department by its name (czj has no full name), the 版记 of a letter has no 印发 line
    expect(paragraphs(doc).map((p) => p.text)).toContain("财政局：");
    expect(doc).not.toContain("mso-position-vertical-relative:page");
    expect(
      paragraphs(doc)
        .map((p) => p.text)
        .join(""),
    ).not.toMatch(/抄报|印发$/);
  });

  it("--record logs a letter chase with the letter's number on every reply it lists", async () => {
    const dir = scratch(VALID);
    const settings = path.join(dir, "xieshang.yaml");
    writeFileSync(
      settings,
      readFileSync(settings, "utf8").replace(
        "doc_number:",
        'letter_number: "测政协{doc_code}函〔{year}〕{n}号"\ndoc_number:',
      ),
    );
    const out = path.join(dir, "letters");
    mkdirSync(out);
    const r = await runCli(
      ["remind", "--format", "docx", "--out", out, "--record", "--data", dir],
      { today },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("updated reports/2027/2027-jj-r01.yaml\n");
    // what was written is said on stderr, as by every command (docs/commands.md "remind")
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`wrote ${path.join(out, "czj.docx")}\n`);
    const record = readFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.yaml"), "utf8");
    expect(record).toContain(
      "  - { department: czj, on: 2027-09-01, method: letter, note: 催办函 测政协经函〔2027〕1号 }",
    );
    const doc = parts(readFileSync(path.join(out, "czj.docx")))["word/document.xml"]!;
    expect(paragraphs(doc).map((p) => p.text)).toContain("测政协经函〔2027〕1号");
    // the next letter is numbered after it, and says the department was chased by letter
    const again = await runCli(["remind", "--record", "--data", dir], { today: "2027-09-10" });
    expect(again.stdout).toContain("# 关于再次催办对口协商成果书面答复的函");
    expect(again.stdout).toContain(
      "此前已于2027年7月10日电话、2027年9月1日发函（测政协经函〔2027〕1号）催办。",
    );
    expect(readFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.yaml"), "utf8")).toContain(
      "note: 催办函 测政协经函〔2027〕2号",
    );
    expect((await runCli(["validate", "--data", dir], { today: "2027-09-10" })).code).toBe(0);
  });

  it("refuses docx without --out, and logs nothing when the folder does not exist", async () => {
    const dir = scratch(VALID);
    const r = await runCli(["remind", "--format", "docx", "--data", dir], { today });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "--format docx writes one letter per department: it needs --out DIR",
    );
    const before = readFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.yaml"), "utf8");
    const missing = await runCli(
      ["remind", "--out", path.join(dir, "nope"), "--record", "--data", dir],
      { today },
    );
    expect(missing.code).toBe(3);
    expect(readFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.yaml"), "utf8")).toBe(
      before,
    );
  });
});

describe("plan --format docx | xlsx", () => {
  it("docx: a landscape table with the plan's columns, titled as the plan", async () => {
    const dir = scratch(VALID);
    const out = path.join(dir, "plan.docx");
    expect(
      (await runCli(["plan", "2027", "--format", "docx", "--out", out, "--data", dir])).code,
    ).toBe(0);
    const doc = parts(readFileSync(out))["word/document.xml"]!;
    expect(doc).toMatch(/w:orient="landscape"/);
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts[0]).toBe("测试市政协2027年度对口协商计划");
    for (const h of [
      "序号",
      "协商议题",
      "牵头专委会",
      "对口部门",
      "协商形式",
      "时间安排",
      "议题来源",
    ])
      expect(texts).toContain(h);
    expect(texts).toContain("关于优化营商环境的对口协商");
  });

  it("--progress: titled 执行情况, with its columns, the withdrawn topics with their reason — in csv too", async () => {
    const dir = scratch(VALID);
    const csv = await runCli(["plan", "2027", "--progress", "--format", "csv", "--data", dir], {
      lang: "zh",
    });
    const head = csv.stdout.split("\r\n")[0]!;
    expect(head).toBe(
      "\uFEFF序号,协商议题,牵头专委会,对口部门,邀请部门,协商形式,时间安排,议题来源,状态,已开展活动,协商成果,书面答复,撤销原因,专委会代码,议题编号",
    );
    const out = path.join(dir, "p.docx");
    await runCli(["plan", "2027", "--progress", "--format", "docx", "--out", out, "--data", dir]);
    const texts = paragraphs(parts(readFileSync(out))["word/document.xml"]!).map((p) => p.text);
    expect(texts[0]).toBe("测试市政协2027年度对口协商计划执行情况");
    expect(texts).toContain("书面答复");
    // the 状态 column; forms not yet held are 未开展, overdue replies told from pending
    expect(texts).toContain("状态");
    expect(texts.join("|")).not.toMatch(/0次/);
  });

  it("xlsx: the csv's columns, the header row frozen; same data, same bytes", async () => {
    const dir = scratch(VALID);
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    await runCli(["plan", "2027", "--format", "xlsx", "--out", a, "--data", dir], { lang: "zh" });
    await runCli(["plan", "2027", "--format", "xlsx", "--out", b, "--data", dir], {
      lang: "zh",
      today: "2028-01-05",
    });
    expect(Buffer.compare(readFileSync(a), readFileSync(b))).toBe(0);
    const xml = parts(readFileSync(a));
    const sheet = Object.entries(xml).find(([n]) => n.startsWith("xl/worksheets/"))![1];
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toMatch(/<col [^>]*width=/);
    const strings = JSON.stringify(xml);
    for (const h of ["专委会代码", "议题编号", "协商议题", "邀请部门", "状态"])
      expect(strings).toContain(h);
    // 序号 a number, running through the plan; printed A4 landscape, one page wide, the
    // header row on every page
    expect(sheet).toMatch(/<c r="A2"[^>]*><v>1<\/v><\/c>/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"');
    expect(xml["xl/workbook.xml"]).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">'[^']+'!\$1:\$1</,
    );
  });

  it("xlsx: 序号 runs on from one committee to the next", async () => {
    const dir = scratch(VALID, path.join(FIXTURES, "year"));
    const out = path.join(dir, "p.xlsx");
    await runCli([
      "plan",
      "2027",
      "--include-shortlisted",
      "--format",
      "xlsx",
      "--out",
      out,
      "--data",
      dir,
    ]);
    const sheet = parts(readFileSync(out))["xl/worksheets/sheet1.xml"]!;
    // jj's two topics, then nm's: 1, 2, 3 — numbers, not text
    for (const n of [1, 2, 3])
      expect(sheet).toMatch(new RegExp(`<c r="A${n + 1}"[^>]*><v>${n}</v></c>`));
  });

  it("a plan with shortlisted topics is titled （草案）", async () => {
    const dir = scratch(VALID);
    const out = path.join(dir, "p.docx");
    await runCli([
      "plan",
      "2027",
      "--include-shortlisted",
      "--format",
      "docx",
      "--out",
      out,
      "--data",
      dir,
    ]);
    const texts = paragraphs(parts(readFileSync(out))["word/document.xml"]!).map((p) => p.text);
    expect(texts[0]).toBe("测试市政协2027年度对口协商计划（草案）");
  });

  it("does not write a binary document to a terminal", async () => {
    const r = await runCli(["plan", "2027", "--format", "xlsx", "--data", scratch(VALID)], {
      tty: true,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("a .xlsx is not for a terminal: give --out FILE");
  });
});

describe('one issuer per document: 标志, 署名 and seal (README "Who issues a document")', () => {
  const setIssuer = (dir: string, issuer: string) => {
    const f = path.join(dir, "xieshang.yaml");
    writeFileSync(f, `${readFileSync(f, "utf8")}documents:\n  issuer: ${issuer}\n`);
  };

  it("documents.issuer: committee gives the committee's full name as 标志 and 署名", async () => {
    const dir = issuedReport();
    setIssuer(dir, "committee");
    const texts = paragraphs(parts(await exportDocx(dir))["word/document.xml"]!).map((p) => p.text);
    expect(texts[0]).toBe("测试市政协经济委员会");
    const date = texts.indexOf("2027年6月5日");
    expect(texts[date - 1]).toBe("测试市政协经济委员会");
  });

  it("is laid out for the seal: two lines for it, the date 右空四字, the 署名 centred over the date", async () => {
    const doc = parts(await exportDocx(issuedReport()))["word/document.xml"]!;
    const date = para(doc, "2027年6月5日");
    expect(date).toContain('<w:jc w:val="right"/>');
    expect(date).toMatch(/<w:ind w:right="1260"\/>/); // 4 × 315 twips
    const texts = paragraphs(doc);
    const sign = texts[texts.findIndex((p) => p.text === "2027年6月5日") - 1]!;
    expect(sign.text).toBe("测试市政协");
    expect(sign.xml).toContain('<w:jc w:val="center"/>');
    // the 署名 block keeps with the 正文's last lines: keep-with-next up to the 署名
    expect(para(doc, "请于2027年7月8日前将办理情况书面答复市政协经济委员会。")).toContain(
      "<w:keepNext/>",
    );
    // headings never end a page; no widow or orphan line
    expect(para(doc, "一、基本情况")).toContain("<w:keepNext/>");
    expect(para(doc, "涉企检查多头、重复，企业负担较重。")).toContain("<w:widowControl/>");
  });

  it("lays out 附件说明 one line below the 正文, later names under the first (§7.3.4)", async () => {
    const body = BODY.replace(
      "\n市政协经济委员会\n\n2027年6月1日",
      "\n附件：1. 调研报告\n\n2. 企业名单\n\n市政协经济委员会\n\n2027年6月1日",
    );
    const doc = parts(await exportDocx(issuedReport(body)))["word/document.xml"]!;
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain("附件：1.调研报告");
    expect(texts).toContain("2.企业名单");
    expect(para(doc, "附件：1.调研报告")).toMatch(/<w:ind w:left="1575" w:hanging="945"\/>/);
    expect(para(doc, "2.企业名单")).toMatch(/<w:ind w:left="1575"\/>/);
  });
});

describe("a long 标题 in lines that never split a word (GB/T 9704 §7.3.1)", () => {
  it("breaks between words, the lines as even as may be and the upper never much the longer (a 梯形)", async () => {
    const { titleLines } = await import("../../src/documents/page.js");
    expect(titleLines("关于2026年度市政协专门委员会对口联系协商工作情况的通报")).toEqual([
      "关于2026年度市政协专门委员会",
      "对口联系协商工作情况的通报",
    ]);
    // the issue's top-heavy title: "…示范创建的 / 协商意见" no more
    expect(titleLines("关于推进国家生态文明建设示范创建的协商意见")).toEqual([
      "关于推进国家生态文明",
      "建设示范创建的协商意见",
    ]);
    expect(titleLines("关于持续优化营商环境的协商意见")).toEqual([
      "关于持续优化营商环境的协商意见",
    ]);
    for (const line of titleLines("关于黄河流域生态保护和水资源节约集约利用的协商意见"))
      expect([...line].length).toBeLessThanOrEqual(20);
  });
});
