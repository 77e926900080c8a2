import type { Dataset } from "../../domain/dataset.js";
import { type Diagnostic, msg } from "../../domain/diagnostics.js";
import { terminalText } from "../../domain/neutralise.js";
import type { T } from "../../i18n/index.js";
import type { Ctx } from "../context.js";
import { displayWidth } from "./width.js";

export function render(t: T, m: Diagnostic["message"]): string {
  return t(m.key, m.params as never);
}

/** Two lines before the problem, the line itself, and a caret under the column. */
export function codeFrame(text: string, line: number, column: number): string {
  const lines = text.split(/\r?\n/);
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line);
  const pad = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    // a file's line as a terminal may show it; the caret is placed under what is shown
    out.push(
      `${n === line ? ">" : " "} ${String(n).padStart(pad)} | ${terminalText(lines[n - 1] ?? "")}`,
    );
  }
  const before = terminalText((lines[line - 1] ?? "").slice(0, Math.max(0, column - 1)));
  out.push(`  ${" ".repeat(pad)} | ${" ".repeat(displayWidth(before))}^`);
  return out.join("\n");
}

/** `file:line:col severity [rule] message`, the hint under it, and a code frame on a terminal. */
export function formatDiagnostic(
  ctx: Ctx,
  d: Diagnostic,
  text: string | undefined,
  frame: boolean,
): string {
  const c = ctx.color.out;
  const { t } = ctx;
  const sev = d.severity === "error" ? c.red(t("label.error")) : c.yellow(t("label.warning"));
  let s = `${c.bold(`${d.file}:${d.line}:${d.column}`)} ${sev} ${c.dim(`[${d.rule}]`)} ${render(t, d.message)}\n`;
  if (d.hint) s += `  ${c.cyan(t("label.hint"))}${render(t, d.hint)}\n`;
  if (frame && text !== undefined) s += `${c.dim(codeFrame(text, d.line, d.column))}\n`;
  return s;
}

/** Folds the liaison warnings of one committee into one line (docs/rules.md `liaison`). */
export function foldLiaisons(ctx: Ctx, ds: Dataset, list: Diagnostic[]): Diagnostic[] {
  const byCommittee = new Map<string, Diagnostic[]>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    if (d.rule === "liaison" && d.group) {
      const g = byCommittee.get(d.group);
      if (g) {
        g.push(d);
        continue;
      }
      byCommittee.set(d.group, [d]);
    }
    out.push(d);
  }
  const names = new Map(ds.committees.map(({ value }) => [value.code, value.name]));
  return out.map((d) => {
    const group = d.group && byCommittee.get(d.group);
    if (!group || group.length < 2) return d;
    const c = names.get(d.group!);
    const labels = group.map((g) =>
      g.message.key === "liaison.committee"
        ? ctx.t("liaison.self")
        : String((g.message.params as { department: string }).department).replace(/ \(.*\)$/, ""),
    );
    const shown =
      labels.slice(0, 6).join(ctx.lang === "zh" ? "、" : ", ") + (labels.length > 6 ? " …" : "");
    return {
      ...d,
      message: msg("liaison.folded", {
        committee: c ?? d.group!,
        count: String(group.length),
        list: shown,
      }),
    };
  });
}
