// What a reader sees (docs/documents.md "How it is checked"): a long report rendered to PDF by
// LibreOffice, every word's box read back with pdftotext -bbox-layout. Body lines hold 28
// characters, a full page 22 lines, and all text sits inside the 版心 (GB/T 9704 §5.2).
// Needs soffice and pdftotext (.ci/run installs them); without them the test says it was
// skipped, except in CI, where their absence fails the run.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installed } from "../helpers/paths.js";
import { BUNDLED_DATA, FIXTURES, runCli, scratch } from "../helpers/run.js";

const canRender = installed("soffice") && installed("pdftotext");
if (!canRender && !process.env.CI)
  console.warn(
    "render.test.ts: skipped — soffice or pdftotext is missing (apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai fonts-arphic-gkai00mp)",
  );

const PT = 25.4 / 72; // millimetres per point
interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Every line of the PDF with its box in millimetres. */
function linesOf(pdf: string): Line[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const out: Line[] = [];
  html
    .split("<page ")
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
      )) {
        const text = [...m[5]!.matchAll(/>([^<]+)<\/word>/g)].map((w) => w[1]).join("");
        out.push({
          page: i + 1,
          text,
          x0: Number(m[1]) * PT,
          y0: Number(m[2]) * PT,
          x1: Number(m[3]) * PT,
          y1: Number(m[4]) * PT,
        });
      }
    });
  return out;
}

// paragraphs of plain Chinese text (no half-width characters): every full line holds 28
const SENTENCE = "建议进一步完善涉企检查统筹机制，推动部门联合检查常态化，切实减轻企业负担。";
const LONG = `测试市政协

测政协经〔2027〕1号

# 关于优化营商环境的协商意见

市发改委：

${Array.from({ length: 3 }, (_, i) => `## ${["一", "二", "三"][i]}、第${["一", "二", "三"][i]}部分\n\n${Array.from({ length: 5 }, () => SENTENCE.repeat(4)).join("\n\n")}`).join("\n\n")}

市政协经济委员会

2027年6月5日
`;

describe.skipIf(!canRender && !process.env.CI)(
  "a long report rendered as its reader sees it",
  () => {
    it("holds 28 characters a line and 22 lines a page, all inside the 版心", async () => {
      const dir = scratch(path.join(FIXTURES, "valid"));
      writeFileSync(path.join(dir, "reports", "2027", "2027-jj-r01.md"), LONG);
      const docx = path.join(dir, "long.docx");
      const r = await runCli(["report", "export", "2027-jj-r01", "--out", docx, "--data", dir]);
      expect(r.code).toBe(0);
      const [pdf] = render(dir, [docx]);
      const lines = linesOf(pdf!);
      expect(readFileSync(pdf!).length).toBeGreaterThan(0);
      const pageNumbers = lines.filter((l) => /^—\d+—$/.test(l.text));
      const text = lines.filter((l) => !pageNumbers.includes(l));
      const pages = Math.max(...lines.map((l) => l.page));
      expect(pages).toBeGreaterThanOrEqual(3);

      // all text inside the 版心: x 28–184 mm, y 37–262 mm (a glyph's box, ±1 mm)
      for (const l of text) {
        expect(l.x0, l.text).toBeGreaterThanOrEqual(27);
        expect(l.x1, l.text).toBeLessThanOrEqual(185);
        expect(l.y0, l.text).toBeGreaterThanOrEqual(36);
        expect(l.y1, l.text).toBeLessThanOrEqual(263);
      }
      // the page numbers 7 mm below the 版心 (262 mm), odd pages right, even pages left
      for (const n of pageNumbers) {
        expect(n.y0).toBeGreaterThan(262);
        expect(n.y0).toBeLessThan(272);
        if (n.page % 2 === 1) expect(n.x1).toBeGreaterThan(170);
        else expect(n.x0).toBeLessThan(40);
      }
      // a full page of the 正文 (page 2) has 22 lines; body lines hold 28 characters
      const page2 = text.filter((l) => l.page === 2);
      expect(page2).toHaveLength(22);
      const counts = page2.map((l) => [...l.text].length);
      expect(Math.max(...counts)).toBe(28);
      expect(counts.filter((n) => n === 28).length).toBeGreaterThanOrEqual(15);
      // the lines are evenly pitched: 22 in the 225 mm 版心
      const pitch = (page2.at(-1)!.y0 - page2[0]!.y0) / 21;
      expect(pitch).toBeCloseTo(225 / 22, 0);
    }, 180_000);
  },
);

/**
 * The horizontal rules of a page (at least 40 mm long), read from its picture at 10 pixels a
 * millimetre: where each starts (y, mm), its thickness (h), its ends and whether it is red.
 */
function rulesOf(pdf: string, page: number) {
  const ppm = execFileSync(
    "pdftoppm",
    ["-r", "254", "-f", String(page), "-l", String(page), "-singlefile", pdf],
    { maxBuffer: 1 << 28 },
  );
  const head = ppm.subarray(0, 40).toString("latin1").split(/\s+/);
  const [w, h] = [Number(head[1]), Number(head[2])];
  const start = ppm.length - w * h * 3;
  const rows: { y: number; x0: number; x1: number; red: boolean }[] = [];
  for (let y = 0; y < h; y++) {
    let run = 0;
    let from = 0;
    let red = false;
    for (let x = 0; x <= w; x++) {
      const o = start + 3 * (y * w + x);
      const dark = x < w && (ppm[o]! < 160 || ppm[o + 1]! < 160);
      if (dark) {
        if (run === 0) from = x;
        run++;
        red = ppm[o]! > 150 && ppm[o + 1]! < 100;
      } else {
        if (run > 400) rows.push({ y: y / 10, x0: from / 10, x1: x / 10, red });
        run = 0;
      }
    }
  }
  // rows of pixels next to each other are one rule
  const rules: { y: number; h: number; x0: number; x1: number; red: boolean }[] = [];
  for (const r of rows) {
    const last = rules.at(-1);
    if (last && Math.abs(r.y - (last.y + last.h)) < 0.15 && last.red === r.red) last.h += 0.1;
    else rules.push({ ...r, h: 0.1 });
  }
  return rules;
}

/** Every .docx of `files` to PDF in one LibreOffice run; the PDFs' paths. */
function render(dir: string, files: string[]): string[] {
  const out = path.join(dir, "pdf");
  mkdirSync(out, { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      out,
      ...files,
    ],
    {
      env: { ...process.env, FONTCONFIG_FILE: path.join(FIXTURES, "gbt9704-fonts.conf") },
      stdio: "ignore",
      timeout: 300_000,
    },
  );
  return files.map((f) => path.join(out, `${path.basename(f, ".docx")}.pdf`));
}

describe.skipIf(!canRender && !process.env.CI)(
  "the 署名 block and the 版记 where a reader expects them (GB/T 9704 §7.3.5, §7.4)",
  () => {
    it("a report ending at each line of a page: the 署名 never alone, the 版记 on an even page", async () => {
      const dir = scratch(path.join(FIXTURES, "valid"));
      const body = path.join(dir, "reports", "2027", "2027-jj-r01.md");
      const files: string[] = [];
      // one-line paragraphs, 8 to 34 of them: the 正文 ends on every line of pages 1 and 2;
      // then paragraphs of two lines with dates and numbers in them (a rougher estimate)
      const one = (i: number) => `第${i + 1}条，建议完善涉企检查统筹机制。`;
      const two = (i: number) =>
        `第${i + 1}条，2026年7月15日印发的第${i + 3}号意见建议完善涉企检查统筹机制并推动部门联合检查常态化。`;
      const shapes = [
        ...Array.from({ length: 27 }, (_, k) => ({ n: k + 8, line: one })),
        ...Array.from({ length: 14 }, (_, k) => ({ n: k + 3, line: two })),
      ];
      for (const [at, { n, line }] of shapes.entries()) {
        const text = LONG.replace(
          /## 一、[\s\S]*(?=市政协经济委员会\n\n2027年6月5日)/,
          `${Array.from({ length: n }, (_, i) => line(i)).join("\n\n")}\n\n`,
        );
        writeFileSync(body, text);
        const docx = path.join(dir, `n${at}.docx`);
        expect(
          (await runCli(["report", "export", "2027-jj-r01", "--out", docx, "--data", dir])).code,
        ).toBe(0);
        files.push(docx);
      }
      for (const pdf of render(dir, files)) {
        const lines = linesOf(pdf);
        const date = lines.find((l) => l.text === "2027年6月5日")!;
        const sign = lines.find(
          (l) => l.page === date.page && l.y0 < date.y0 && l.y0 > date.y0 - 12,
        )!;
        expect(sign, pdf).toBeDefined();
        // at least two lines of the 正文 on the 署名's page, above it
        const above = lines.filter(
          (l) => l.page === date.page && l.y0 < sign.y0 && !/^—\d+—$/.test(l.text),
        );
        expect(above.length, pdf).toBeGreaterThanOrEqual(2);
        // the date 右空四字: ending about 4 characters (22 mm) inside the 版心's right edge
        expect(date.x1, pdf).toBeGreaterThan(184 - 22.2 - 3);
        expect(date.x1, pdf).toBeLessThan(184 - 22.2 + 3);
        // the 版记 on an even page (the last side of the sheet), its last rule on the 版心's
        // bottom edge (262 mm), its rules 156 mm
        const printed = lines.find((l) => l.text.endsWith("印发"))!;
        expect(printed.page % 2, pdf).toBe(0);
        const rules = rulesOf(pdf, printed.page).filter((r) => r.y > 200);
        expect(rules.at(-1)!.y, pdf).toBeGreaterThan(261);
        expect(rules.at(-1)!.y, pdf).toBeLessThan(263);
        for (const r of rules) expect(r.x1 - r.x0, pdf).toBeCloseTo(156, 0);
        // a page of its own after the 正文 has no number, nor a blank page before it
        if (printed.page !== date.page)
          expect(
            lines.filter((l) => l.page > date.page && /^—\d+—$/.test(l.text)),
            pdf,
          ).toEqual([]);
        expect(printed.y1, pdf).toBeGreaterThan(250);
        expect(printed.y1, pdf).toBeLessThan(263);
        // nothing but the 版记 after the date, and no page of 署名 alone
        expect(printed.page - date.page, pdf).toBeLessThanOrEqual(2);
      }
    }, 300_000);

    it("a 催办函 about one report is one page", async () => {
      const dir = scratch(path.join(FIXTURES, "valid"));
      const out = path.join(dir, "letters");
      mkdirSync(out);
      const r = await runCli(["remind", "--format", "docx", "--out", out, "--data", dir], {
        today: "2027-09-01",
      });
      expect(r.code).toBe(0);
      const [pdf] = render(dir, [path.join(out, "czj.docx")]);
      const lines = linesOf(pdf!);
      expect(Math.max(...lines.map((l) => l.page))).toBe(1);
      expect(lines.some((l) => l.text.startsWith("（联系人"))).toBe(true);
      // the red double lines: 170 mm wide; the lower one 20 mm above the paper's bottom
      // edge, thin over thick (§10.1)
      const red = rulesOf(pdf!, 1).filter((r) => r.red);
      for (const r of red) expect(r.x1 - r.x0).toBeCloseTo(170, 0);
      const lower = red.filter((r) => r.y > 200);
      expect(lower).toHaveLength(2);
      expect(297 - lower[0]!.y).toBeGreaterThan(18.5);
      expect(297 - lower[0]!.y).toBeLessThan(21.5);
      expect(lower[0]!.h).toBeLessThan(lower[1]!.h);
    }, 180_000);
  },
);

/**
 * A table cell's text broken where it must not be: a lone end of a word, a doc number
 * split, a date's day on a line of its own (the 正文 may wrap a date; a cell may not).
 */
const BROKEN = /^([次号日计复题会])$|〔$|^〕/;
const inCell = (l: { x0: number; x1: number }) => Math.abs(l.x0 - 28) > 1 && l.x1 - l.x0 < 45;

describe.skipIf(!canRender && !process.env.CI)(
  "every document the bundled data makes, as its reader sees it",
  () => {
    it("reports, 催办函, the plan and the 通报: no 署名 alone, the 版记 on an even page, no broken cell", async () => {
      const dir = scratch(BUNDLED_DATA);
      const today = { today: "2026-12-07" };
      const files: string[] = [];
      const reports = ["jj-r01", "jkwt-r01", "mzzj-r01", "nm-r01", "shfz-r01", "wsxx-r01"];
      for (const id of reports) {
        const out = path.join(dir, `2026-${id}.docx`);
        const r = await runCli(
          ["report", "export", `2026-${id}`, "--out", out, "--data", dir],
          today,
        );
        expect(r.code).toBe(0);
        files.push(out);
      }
      const letters = path.join(dir, "letters");
      mkdirSync(letters);
      expect(
        (await runCli(["remind", "--format", "docx", "--out", letters, "--data", dir], today)).code,
      ).toBe(0);
      const sent = readdirSync(letters).map((f) => path.basename(f, ".docx"));
      expect(sent.length).toBeGreaterThanOrEqual(3);
      for (const f of sent) files.push(path.join(letters, `${f}.docx`));
      for (const [name, args] of [
        ["plan", ["plan", "2026", "--format", "docx"]],
        ["progress", ["plan", "2026", "--progress", "--format", "docx"]],
        ["review", ["review", "2026", "--format", "docx"]],
      ] as const) {
        const out = path.join(dir, `${name}.docx`);
        expect((await runCli([...args, "--out", out, "--data", dir], today)).code).toBe(0);
        files.push(out);
      }
      for (const pdf of render(dir, files)) {
        const name = path.basename(pdf, ".pdf");
        const lines = linesOf(pdf);
        const pages = Math.max(...lines.map((l) => l.page));
        for (const l of lines) {
          expect(l.text, `${name} p${l.page}`).not.toMatch(BROKEN);
          if (inCell(l))
            expect(l.text, `${name} p${l.page}`).not.toMatch(/^\d{1,2}(月\d{1,2})?日(印发)?$/);
        }
        // a letter about one report is one page
        if (sent.includes(name)) expect(pages, name).toBe(1);
        const date = lines.findLast((l) => /^\d{4}年\d{1,2}月\d{1,2}日$|^（成文日期/.test(l.text));
        if (!date) continue; // the plan has no 署名
        // the 署名 has lines of the 正文 above it on its page
        const above = lines.filter((l) => l.page === date.page && l.y0 < date.y0 - 12);
        expect(above.length, name).toBeGreaterThanOrEqual(2);
        const printed = lines.find((l) => l.text.endsWith("印发"));
        if (printed) expect(printed.page % 2, name).toBe(0);
      }
    }, 300_000);
  },
);
