// The 通报 as html (docs/review.md): one page for a leader's screen, opened in headless
// Chromium (Debian's chromium, driven by playwright-core). It opens with no console error
// and no request beyond itself, and both charts have a size; a screenshot is taken.
// Without chromium the test says it was skipped, except in CI (.ci/run installs it).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { hostileData } from "../helpers/hostile.js";
import { FIXTURES, ROOT, runCli, scratch } from "../helpers/run.js";

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!CHROMIUM && !process.env.CI)
  console.warn("browser.test.ts: skipped — chromium is missing (apt-get install chromium)");

describe.skipIf(!CHROMIUM && !process.env.CI)("review --format html in Chromium", () => {
  it("of hostile records: their markup is text, nothing runs, nothing is fetched", async () => {
    const { chromium } = await import("playwright-core");
    const dir = hostileData();
    const html = path.join(dir, "review.html");
    const r = await runCli(["review", "2027", "--format", "html", "--out", html, "--data", dir], {
      today: "2027-12-31",
    });
    expect(r.code, r.stderr).toBe(0);
    const browser = await chromium.launch({
      executablePath: CHROMIUM ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      const page = await browser.newPage();
      const events: string[] = [];
      page.on("dialog", (d) => {
        events.push(`dialog ${d.message()}`);
        void d.dismiss();
      });
      page.on("pageerror", (e) => events.push(String(e)));
      page.on("request", (q) => {
        if (q.url() !== pathToFileURL(html).href) events.push(`request ${q.url()}`);
      });
      await page.goto(pathToFileURL(html).href);
      expect(events).toEqual([]);
      expect(await page.locator("script").count()).toBe(0);
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.locator("body").textContent()).toContain('<script>alert("x")</script>');
    } finally {
      await browser.close();
    }
  });

  it("opens with no console error, fetches nothing, and draws both charts", async () => {
    const { chromium } = await import("playwright-core");
    const dir = scratch(path.join(FIXTURES, "review"));
    const html = path.join(dir, "review.html");
    const r = await runCli(["review", "2027", "--format", "html", "--out", html, "--data", dir], {
      today: "2028-01-15",
    });
    expect(r.code).toBe(0);
    const browser = await chromium.launch({
      executablePath: CHROMIUM ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("request", (q) => requests.push(q.url()));
      await page.goto(pathToFileURL(html).href);
      expect(errors).toEqual([]);
      expect(requests).toEqual([pathToFileURL(html).href]);
      for (const id of ["chart-activities", "chart-replies"]) {
        const box = await page.locator(`#${id} svg`).boundingBox();
        expect(box?.width, id).toBeGreaterThan(300);
        expect(box?.height, id).toBeGreaterThan(80);
      }
      expect(await page.locator("h1").textContent()).toBe(
        "关于2027年度市政协专门委员会对口联系协商工作情况的通报",
      );
      const shots = path.join(ROOT, "node_modules", ".cache", "xieshang-test");
      mkdirSync(shots, { recursive: true });
      const shot = path.join(shots, "review-2027.png");
      writeFileSync(shot, await page.screenshot({ fullPage: true }));
      expect(statSync(shot).size).toBeGreaterThan(20_000);
      // printed as the page asks (@page): A4, numbered — no paper size or scale given here
      const pdf = path.join(dir, "review.pdf");
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      expect(text).toMatch(/—\s*1\s*—/);
      expect(text).toMatch(/—\s*2\s*—/);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
