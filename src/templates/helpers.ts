import { chineseDate, chineseNumber, chineseSchedule } from "../domain/dates.js";

export { chineseNumber, chineseSchedule };

import type { Lang } from "../i18n/index.js";
import { type LabelSet, label } from "../i18n/labels.js";

export interface HelperContext {
  lang: Lang;
  departmentName(id: string): string;
  personName(id: string): string;
}

/**
 * The helpers every template sees (docs/templates.md "Helpers"): Chinese dates (2027年6月8日), ordinal
 * numbering of GB/T 9704 headings (一、 and （一）), names of departments and people,
 * labels of the enumerated values (docs/data-format.md).
 */
export function helpers(ctx: HelperContext): Record<string, (...args: unknown[]) => unknown> {
  const args = (a: unknown[]) => a.slice(0, -1); // the last argument is Handlebars' options
  return {
    cnDate: (...a) => {
      const [d] = args(a);
      return typeof d === "string" ? chineseDate(d) : "";
    },
    cnNum: (...a) => chineseNumber(Number(args(a)[0])),
    ordinal: (...a) => `${chineseNumber(Number(args(a)[0]) + 1)}、`,
    parenOrdinal: (...a) => `（${chineseNumber(Number(args(a)[0]) + 1)}）`,
    inc: (...a) => Number(args(a)[0]) + 1,
    dept: (...a) => ctx.departmentName(String(args(a)[0])),
    depts: (...a) => {
      const [ids, sep] = args(a);
      return Array.isArray(ids)
        ? ids.map((id) => ctx.departmentName(String(id))).join(typeof sep === "string" ? sep : "、")
        : "";
    },
    person: (...a) => ctx.personName(String(args(a)[0])),
    label: (...a) => {
      const [set, id] = args(a);
      return label(String(set) as LabelSet, String(id), ctx.lang);
    },
    join: (...a) => {
      const [list, sep] = args(a);
      return Array.isArray(list) ? list.join(typeof sep === "string" ? sep : "、") : "";
    },
    cnSchedule: (...a) => {
      const [v] = args(a);
      return typeof v === "string" ? chineseSchedule(v) : "—";
    },
    /** A sentence of the committee's text: ends with 。 unless it ends with a stop already. */
    sentence: (...a) => {
      const text = String(args(a)[0] ?? "").trim();
      return /[。！？；…]$/.test(text) ? text : `${text}。`;
    },
    eq: (...a) => {
      const [x, y] = args(a);
      return x === y;
    },
  };
}
