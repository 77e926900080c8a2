import { type Catalog, en } from "./en.js";
import { zh } from "./zh.js";

export type Lang = "zh" | "en";
export type MessageKey = keyof Catalog;
export type MessageParams<K extends MessageKey> = Parameters<Catalog[K]>[0];

const CATALOGS: Record<Lang, Catalog> = { zh, en };

/** A translator bound to one language. */
export type T = <K extends MessageKey>(key: K, params?: MessageParams<K>) => string;

export function translator(lang: Lang): T {
  const catalog = CATALOGS[lang];
  return (key, params) => (catalog[key] as (p: unknown) => string)(params ?? {});
}

/**
 * Chooses zh for a Chinese system locale, else en: LC_ALL, LC_MESSAGES or LANG, and where
 * none is set (Windows) the locale the runtime reports for the system.
 */
export function systemLang(env: Record<string, string | undefined>): Lang {
  const locale =
    env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^zh/i.test(locale) ? "zh" : "en";
}

export function isLang(v: unknown): v is Lang {
  return v === "zh" || v === "en";
}
