import type { Patch, RecordKind } from "../domain/patch.js";
import { idOf, recordPath } from "../domain/patch.js";
import { appendTo, type EditOptions, recordText, setIn } from "./edit.js";
import { readKept } from "./kept.js";
import {
  ACTIVITY_LAYOUT,
  COMMITTEE_LAYOUT,
  REPORT_LAYOUT,
  readRecordText,
  schemaModeline,
  TOPIC_LAYOUT,
} from "./records.js";
import type { Change, WritePlan } from "./write.js";

const LAYOUT: Record<RecordKind, EditOptions & { order: string[] }> = {
  topic: TOPIC_LAYOUT,
  activity: ACTIVITY_LAYOUT,
  report: REPORT_LAYOUT,
  committee: COMMITTEE_LAYOUT,
  calendar: { order: ["holidays", "workdays"] },
};

/**
 * The file texts of a patch: new records in canonical key order, edits spliced into the
 * text on disk (docs/architecture.md "Writing"), fills made where the text is found.
 */
export function planOf(dir: string, patch: Patch): WritePlan {
  const changes: Change[] = [];
  for (const c of patch.create) {
    const layout = LAYOUT[c.kind];
    const text = recordText(c.record as unknown as Record<string, unknown>, layout.order, layout);
    const file = recordPath(c.kind, c.year, idOf(c));
    const head = schemaModeline(dir, c.kind, file) + (c.comment ? `# ${c.comment}\n` : "");
    changes.push({ file, text: head + text, create: true });
  }
  // the edits of one file (two departments of one committee) are made one after another
  const edited = new Map<string, Change & { text: string }>();
  for (const e of patch.edit) {
    const layout = LAYOUT[e.kind];
    const change = edited.get(e.file);
    let text = change ? change.text : readRecordText(dir, e.file);
    for (const f of e.edits) {
      text =
        "set" in f ? setIn(text, f.set, f.value, layout) : appendTo(text, f.append, f.item, layout);
    }
    if (change) change.text = text;
    else {
      const made = { file: e.file, text, create: false };
      edited.set(e.file, made);
      changes.push(made);
    }
  }
  for (const t of patch.texts)
    if (typeof t.text === "string") changes.push({ file: t.file, text: t.text, create: t.create });
  // the fills of one file are made one after another, into one change
  for (const file of new Set(patch.fill.map((f) => f.file))) {
    const before = readKept(dir, file);
    if (before === undefined) continue;
    const text = filled(patch, file, before);
    if (text !== before) changes.push({ file, text, create: false });
  }
  // documents made from the texts above (a report's .docx) come last
  for (const t of patch.texts)
    if (typeof t.text !== "string") changes.push({ file: t.file, text: t.text, create: t.create });
  return { changes, message: patch.message };
}

/** A text beside a record as the patch fills it in: its fills made one after another. */
export function filled(patch: Patch, file: string, text: string): string {
  return patch.fill
    .filter((f) => f.file === file)
    .reduce((t, f) => replaceOnce(t, f.find, f.replace), text);
}

/** The first `find` in `text` replaced by `replace` as it stands (never a `$` pattern). */
function replaceOnce(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  return at < 0 ? text : text.slice(0, at) + replace + text.slice(at + find.length);
}
