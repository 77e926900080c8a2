/** The languages of messages. */
export type Lang = "zh" | "en";

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
