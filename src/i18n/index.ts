import { deepText, terminalText } from "../domain/neutralise.js";
import { type Catalog, en } from "./en.js";
import { isLang, type Lang, systemLang } from "./lang.js";
import { zh } from "./zh.js";

export { isLang, type Lang, systemLang };

export type MessageKey = keyof Catalog;
export type MessageParams<K extends MessageKey> = Parameters<Catalog[K]>[0];

const CATALOGS: Record<Lang, Catalog> = { zh, en };

/** A translator bound to one language. */
export type T = <K extends MessageKey>(key: K, params?: MessageParams<K>) => string;

/**
 * A translator bound to one language. A message is for people: the values it quotes (a
 * title, a name, what the clerk typed) have their control characters and escape sequences
 * shown escaped, never obeyed (README "Output for every reader").
 */
export function translator(lang: Lang): T {
  const catalog = CATALOGS[lang];
  return (key, params) =>
    (catalog[key] as (p: unknown) => string)(params ? deepText(params, terminalText) : {});
}
