import { unzipSync, type Zippable, zipSync } from "fflate";

/**
 * Same data, same bytes (docs/documents.md "Same data, same bytes"): an office file is a
 * zip whose entries carry the time they were packed, and whose `docProps/core.xml` says
 * when it was created. Both are set from the data — every entry at 1980-01-01 00:00 (the
 * zip format's first day, the same in every time zone as a local date), and the
 * document's own date as created and modified — and the entries keep their order.
 */
export function fixedZip(
  bytes: Uint8Array,
  stamp: string,
  edit: (name: string, xml: string) => string = (_, xml) => xml,
): Uint8Array {
  const entries = unzipSync(bytes);
  for (const name of Object.keys(entries)) {
    if (!name.endsWith(".xml")) continue;
    const before = new TextDecoder().decode(entries[name]);
    const after = edit(name, before);
    if (after !== before) entries[name] = new TextEncoder().encode(after);
  }
  const when = `${stamp}T00:00:00Z`;
  const core = entries["docProps/core.xml"];
  if (core) {
    const text = new TextDecoder()
      .decode(core)
      .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${when}$3`);
    entries["docProps/core.xml"] = new TextEncoder().encode(text);
  }
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) out[name] = [data, { mtime, level: 6 }];
  return zipSync(out);
}
