import { enLife } from "./en-life.js";
import { idForName, label, valuesWithNames } from "./labels.js";

/** English messages. The Chinese catalog (zh.ts) must have exactly these keys. */
type P<T = Record<string, never>> = (p: T) => string;
type S = string;

const topicStatus = (id: string) => label("topicStatus", id, "en");
const reportStatus = (id: string) => label("reportStatus", id, "en");
/** What a reference on the command line names. */
export type RefKind = "committee" | "department" | "person" | "report" | "topic" | "record";
const KINDS: Record<RefKind, string> = {
  committee: "committee",
  department: "department",
  person: "person",
  report: "report",
  topic: "topic",
  record: "record",
};
const ACTIONS = {
  shortlist: "shortlisted",
  confirm: "confirmed",
  conclude: "concluded",
  withdraw: "withdrawn",
} as const;

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping (key: value lines)",
  record: "a mapping (key: value lines)",
};

const YAML_ERRORS_EN: Record<string, string> = {
  TAB_AS_INDENT: "a tab is used for indentation; indent with spaces",
  MULTILINE_IMPLICIT_KEY: "a key runs over several lines (is a colon missing after it?)",
};

export const FORMATS_EN: Record<string, string> = {
  date: "a real date written YYYY-MM-DD",
  "committee-code":
    "a committee code: a lowercase letter, then up to 15 lowercase letters or digits",
  "department-id": "a department id: a lowercase letter, then lowercase letters, digits or -",
  "person-id": "a person id: a lowercase letter, then lowercase letters, digits or -",
  "topic-id": "a topic id such as 2027-jj-03",
  "activity-id": "an activity id such as 2027-05-12-jj-1",
  "report-id": "a report id such as 2027-jj-r01",
  "reply-within": "a period such as 30d (calendar days) or 20wd (working days)",
  "due-rule": "a deadline rule such as 30d or 20wd, or hand (set by hand)",
  timezone: "a time zone such as Asia/Shanghai",
  "month-day": "a day of the year written MM-DD, such as 09-15",
  "doc-number":
    "a doc number pattern with {n} where the sequence goes, such as 鄂政协{doc_code}〔{year}〕{n}号",
  schedule: "a quarter or month such as 2027-Q2 or 2027-05",
};

export const en = {
  ...enLife,
  // ── rule `file`
  "file.not-utf8": ((p) =>
    `the file is not UTF-8 text${p.guess ? ` (it looks like ${p.guess})` : ""}`) as P<{ guess: S }>,
  "file.not-utf8.hint": ((p) =>
    `convert it to UTF-8, e.g. iconv -f GBK -t UTF-8 "${p.file}" > tmp.yaml && mv tmp.yaml "${p.file}", or save it as "UTF-8" in your editor`) as P<{
    file: S;
  }>,
  "file.yaml-syntax": ((p) => `YAML syntax error: ${YAML_ERRORS_EN[p.code] ?? p.detail}`) as P<{
    code: S;
    detail: S;
  }>,
  "file.fullwidth-colon": (() => "a key is followed by a full-width colon ： instead of :") as P,
  "file.fullwidth-colon.hint": (() =>
    "write the key, an ASCII colon and a space: title: 关于…（a Chinese input method types ： — switch to English punctuation）") as P,
  "file.yaml-syntax.hint": (() =>
    "check the indentation and the colon after each key; text containing : or # needs quotes") as P,
  "file.merge-conflict": (() => "git merge-conflict markers are left in the file") as P,
  "file.merge-conflict.hint": (() =>
    "if two clerks created the same record, xieshang resolve keeps both; otherwise keep the right lines, delete the <<<<<<<, ======= and >>>>>>> lines, then run xieshang validate") as P,
  "file.too-large": ((p) => `the file is ${p.size}; record files may be at most 1 MiB`) as P<{
    size: S;
  }>,
  "file.too-large.hint": (() =>
    "a record is a few lines of YAML: move large documents out of the data directory") as P,
  "file.symlink": (() => "the file is a symbolic link; links are not followed") as P,
  "file.symlink.hint": (() =>
    "copy the file into the data directory instead of linking to it") as P,
  "file.alias-bomb": (() =>
    "too many YAML aliases (*name): the file would expand without limit") as P,
  "file.not-mapping": (() => "the file must hold one mapping of `key: value` lines") as P,
  "file.interrupted-write": ((p) =>
    `a write was cut short here (${p.message}): some of its files may be placed, others not`) as P<{
    message: S;
  }>,
  "file.interrupted-write.hint": (() =>
    "the next xieshang command that writes takes it back first; then run the command again") as P,
  "file.orphan-body": ((p) => `a report's body with no record beside it (${p.record})`) as P<{
    record: S;
  }>,
  "file.orphan-body.hint": (() =>
    "a draft discarded by half: delete this file too, or put its record back (git checkout)") as P,
  "issued-body.pending": ((p) =>
    `${p.id} is issued, but its body ${p.file} still holds the placeholders the issue fills in, and no issued document (.docx) is kept: the issue was cut short`) as P<{
    id: S;
    file: S;
  }>,
  "issued-body.pending.hint": ((p) =>
    `xieshang report issue ${p.id} completes it (same doc number and date)`) as P<{ id: S }>,
  "report.issued-as": ((p) => `${p.id} was issued as ${p.docNo}: its number stays`) as P<{
    id: S;
    docNo: S;
  }>,
  "report.issue-completed": ((p) =>
    `${p.id}: the issue cut short is completed — ${p.docNo}, to ${p.to}, replies due ${p.due}`) as P<{
    id: S;
    docNo: S;
    to: S;
    due: S;
  }>,
  "file.unexpected": (() => "unexpected file in a record folder") as P,
  "file.unexpected.hint": ((p) =>
    `this folder holds only ${p.expected}; move the file elsewhere`) as P<{ expected: S }>,
  "file.unreadable": ((p) => `the file cannot be read: ${p.detail}`) as P<{ detail: S }>,
  "file.name-mismatch": ((p) => `the file name ${p.name}.yaml does not match its id ${p.id}`) as P<{
    name: S;
    id: S;
  }>,
  "file.name-mismatch.hint": ((p) => `rename the file to ${p.id}.yaml, or correct the id`) as P<{
    id: S;
  }>,
  "file.wrong-folder": ((p) => `the record of year ${p.year} is in the folder ${p.folder}`) as P<{
    folder: S;
    year: S;
  }>,
  "file.wrong-folder.hint": ((p) => `move it into the folder ${p.year}/`) as P<{ year: S }>,

  // ── rule `schema`
  "schema.missing": ((p) => `the field ${p.field} is missing`) as P<{ field: S }>,
  "schema.missing.hint": ((p) => `add a line \`${p.field}: …\``) as P<{ field: S }>,
  "schema.type": ((p) => `${p.field} must be ${TYPE_NAMES[p.expected] ?? p.expected}`) as P<{
    field: S;
    expected: S;
  }>,
  "schema.enum": ((p) => {
    const ids = p.values.split(", ");
    const meant = p.value.startsWith('"') && idForName(p.field, JSON.parse(p.value) as string, ids);
    return meant
      ? `${p.field} is ${p.value}: write its code, ${valuesWithNames(p.field, [meant], "en")}`
      : `${p.field} is ${p.value}, which is not one of: ${valuesWithNames(p.field, ids, "en")}`;
  }) as P<{
    field: S;
    value: S;
    values: S;
  }>,
  "schema.unknown-field": ((p) => `unknown field ${p.field}`) as P<{ field: S }>,
  "schema.unknown-field.near": ((p) =>
    `did you mean ${p.near}? fields allowed here: ${p.allowed}`) as P<{ near: S; allowed: S }>,
  "schema.unknown-field.hint": ((p) =>
    `check its spelling; fields allowed here: ${p.allowed}`) as P<{ allowed: S }>,
  "schema.format": ((p) =>
    `${p.field} is ${p.value}, which is not ${FORMATS_EN[p.format] ?? p.format}`) as P<{
    field: S;
    value: S;
    format: S;
  }>,
  "schema.empty": ((p) => `${p.field} must not be empty`) as P<{ field: S }>,
  "schema.range": ((p) => `${p.field} is ${p.value}, out of range`) as P<{ field: S; value: S }>,
  "schema.other": ((p) => `${p.field}: ${p.detail}`) as P<{ field: S; detail: S }>,
  "schema.odd-key": ((p) => `the key ${p.key} is not allowed`) as P<{ key: S }>,
  "schema.id-mismatch": ((p) =>
    `the id ${p.id} does not agree with the record's fields (expected ${p.expected})`) as P<{
    id: S;
    expected: S;
  }>,
  "schema.topic-required": ((p) => `an activity of type ${p.type} must name its topic`) as P<{
    type: S;
  }>,
  "schema.topic-required.hint": (() =>
    "add `topic: <topic id>`; only attend, info_exchange and briefing may stand alone") as P,
  "schema.outcome-topic": (() => "an outcome report must name its topic") as P,
  "schema.outcome-topic.hint": (() =>
    "add `topic: <topic id>`, or use kind research or social_opinion") as P,
  "schema.calendar-year": ((p) =>
    `${p.date} is not in ${p.year}, the year of this calendar file`) as P<{ date: S; year: S }>,

  // ── rule `duplicate`
  "duplicate.id": ((p) => `the id ${p.value} is used twice (first at ${p.other})`) as P<{
    value: S;
    other: S;
  }>,
  "duplicate.committee": ((p) =>
    `the committee code ${p.value} is used twice (first at ${p.other})`) as P<{
    value: S;
    other: S;
  }>,
  "duplicate.department": ((p) =>
    `the department ${p.value} is listed twice (first at ${p.other})`) as P<{ value: S; other: S }>,
  "duplicate.letter-no": ((p) =>
    `letter number ${p.value} is used by two letters (first at ${p.other})`) as P<{
    value: S;
    other: S;
  }>,
  "duplicate.doc-no": ((p) =>
    `the doc number ${p.value} is used twice (first at ${p.other})`) as P<{ value: S; other: S }>,
  "duplicate.person": ((p) => `the person id ${p.value} is used twice (first at ${p.other})`) as P<{
    value: S;
    other: S;
  }>,

  // ── rule `reference`
  "reference.committee": ((p) => `unknown committee ${p.value}`) as P<{ value: S }>,
  "reference.committee.hint": ((p) => `known committees: ${p.values}`) as P<{ values: S }>,
  "reference.department": ((p) => `unknown department ${p.value}`) as P<{ value: S }>,
  "reference.department.hint": (() =>
    "use a department id from committees/*.yaml (xieshang department list)") as P,
  "reference.topic": ((p) => `unknown topic ${p.value}`) as P<{ value: S }>,
  "reference.topic.hint": (() => "use a topic id from topics/<year>/ (xieshang topic list)") as P,
  "reference.person": ((p) => `unknown person ${p.value}`) as P<{ value: S }>,
  "reference.person.hint": ((p) =>
    `people are listed under people: in xieshang.yaml (${p.values})`) as P<{ values: S }>,
  "reference.answer-category": ((p) =>
    `the reply category ${p.value} is not one of the answer_categories (${p.values})`) as P<{
    value: S;
    values: S;
  }>,
  "reference.answer-category.hint": (() => "use a key of answer_categories in xieshang.yaml") as P,

  // ── rule `counterpart`
  "counterpart.not-counterpart": ((p) =>
    `${p.department} is a counterpart of ${p.owner}, not of ${p.committee}, and is not listed under invited`) as P<{
    department: S;
    committee: S;
    owner: S;
  }>,
  "counterpart.not-counterpart.hint": ((p) =>
    `if the department was invited (Art. 4), add ${p.id} to invited as well`) as P<{ id: S }>,

  // ── rule `lifecycle`
  "lifecycle.missing-date": ((p) => `the status is ${p.status} but ${p.field} is missing`) as P<{
    status: S;
    field: S;
  }>,
  "lifecycle.missing-date.hint": ((p) => `add ${p.field}, or correct the status`) as P<{
    field: S;
  }>,
  "lifecycle.date-without-status": ((p) =>
    `${p.field} is set but the status is only ${p.status}`) as P<{ status: S; field: S }>,
  "lifecycle.date-without-status.hint": ((p) => `correct the status, or remove ${p.field}`) as P<{
    field: S;
  }>,
  "lifecycle.date-order": ((p) =>
    `${p.field} ${p.date} is before ${p.before} ${p.beforeDate}`) as P<{
    field: S;
    date: S;
    before: S;
    beforeDate: S;
  }>,
  "lifecycle.missing-reason": (() => "a withdrawn topic needs a reason") as P,
  "lifecycle.missing-reason.hint": (() => "add `reason: …` saying why it was withdrawn") as P,
  "lifecycle.signed-without-signer": (() => "the report is signed but signed_by is missing") as P,
  "lifecycle.issued-missing": ((p) => `the report is issued but ${p.field} is missing`) as P<{
    field: S;
  }>,
  "lifecycle.replies-before-issue": ((p) =>
    `${p.field} recorded on a report that is only ${p.status}`) as P<{ field: S; status: S }>,

  // ── advisory rules
  "collection-window.early": ((p) =>
    `proposed on ${p.date}, before collection for ${p.year} opened on ${p.opens} (Art. 5)`) as P<{
    date: S;
    opens: S;
    year: S;
  }>,
  "collection-window.early.hint": (() =>
    "check proposed_on and year: topics for a year are collected from mid-September of the year before") as P,
  "q1-confirmation.outside": ((p) =>
    `confirmed on ${p.date}, outside the first quarter of ${p.year} (Art. 6)`) as P<{
    date: S;
    year: S;
  }>,
  "meeting-participants.neither": (() =>
    "consultation meeting with no CPPCC leader and no department head recorded (Art. 12)") as P,
  "meeting-participants.neither.hint": (() =>
    "list them under participants.cppcc_leaders (person ids) and participants.department_heads") as P,
  "meeting-participants.no-leader": (() =>
    "consultation meeting with no CPPCC leader recorded (Art. 12)") as P,
  "meeting-participants.no-leader.hint": (() =>
    "list them under participants.cppcc_leaders (person ids)") as P,
  "meeting-participants.no-heads": (() =>
    "consultation meeting with no department head recorded (Art. 12)") as P,
  "meeting-participants.no-heads.hint": (() =>
    "list them under participants.department_heads") as P,
  "signer.not-entitled": ((p) =>
    `${p.person} may not sign for ${p.committee}: only its vice-chair in charge or a secretary-general signs (Art. 13)`) as P<{
    person: S;
    committee: S;
  }>,
  "signer.not-entitled.hint": ((p) =>
    `vice-chair in charge: ${p.vice}; secretaries-general: ${p.sg}`) as P<{ vice: S; sg: S }>,
  "reply.not-recipient": ((p) => `${p.department} is not among the report's to_departments`) as P<{
    department: S;
  }>,
  "reply.not-recipient.hint": (() =>
    "correct the department, or add it to to_departments if it was sent the report") as P,
  "reply.before-issue": ((p) =>
    `the reply is dated ${p.date}, before the report was issued on ${p.issued}`) as P<{
    date: S;
    issued: S;
  }>,
  "reply.no-doc-no": ((p) =>
    `the reply of ${p.department} has no doc number: not shown to be in writing (Art. 14)`) as P<{
    department: S;
  }>,
  "reply.no-doc-no.hint": (() => "add doc_no: the written reply's own document number") as P,
  "liaison.committee": ((p) => `${p.committee} has no liaison officer (Art. 16)`) as P<{
    committee: S;
  }>,
  "liaison.department": ((p) => `${p.department} has no liaison officer (Art. 16)`) as P<{
    department: S;
  }>,
  "liaison.hint": (() => "add liaison: { name: …, phone: … }") as P,
  "liaison.folded": ((p) =>
    `${p.committee}: ${p.count} without a liaison officer (Art. 16): ${p.list}`) as P<{
    committee: S;
    count: S;
    list: S;
  }>,
  "future-date.after-today": ((p) => `${p.field} ${p.date} is after today (${p.today})`) as P<{
    field: S;
    date: S;
    today: S;
  }>,
  "future-date.hint": (() =>
    "events are recorded after they happen: check the year and month") as P,

  // ── validate output
  "validate.clean": ((p) => `✔ ${p.files} files checked: no problems`) as P<{ files: S }>,
  "validate.summary": ((p) =>
    `${p.errors} error(s), ${p.warnings} warning(s) in ${p.files} files`) as P<{
    errors: S;
    warnings: S;
    files: S;
  }>,
  "validate.strict": (() => "--strict: warnings count as failures") as P,
  "label.error": (() => "error") as P,
  "label.warning": (() => "warning") as P,
  "label.hint": (() => "hint: ") as P,
  "liaison.self": (() => "the committee itself") as P,

  // ── errors of the command line and the environment
  "err.no-data-dir": ((p) =>
    `no data directory found from ${p.cwd} (no xieshang.yaml here, in ./data or above)`) as P<{
    cwd: S;
  }>,
  "err.no-data-dir.hint": (() =>
    "run xieshang init to create one, or pass --data DIR (or set XIESHANG_DATA)") as P,
  "err.not-data-dir": ((p) => `${p.dir} is not a data directory (it has no xieshang.yaml)`) as P<{
    dir: S;
  }>,
  "err.bad-date": ((p) =>
    `${p.flag}: ${p.value} is not a date (use 2027-02-03, 2027年2月3日 or 2027/2/3)`) as P<{
    flag: S;
    value: S;
  }>,
  "err.bad-lang": ((p) => `--lang: ${p.value} is not zh or en`) as P<{ value: S }>,
  "err.unknown-ref": ((p) => `unknown ${KINDS[p.kind]}: ${p.value}`) as P<{
    kind: RefKind;
    value: S;
  }>,
  "err.ambiguous-ref": ((p) => `${p.value} could be more than one ${KINDS[p.kind]}`) as P<{
    kind: RefKind;
    value: S;
  }>,
  "err.candidates": ((p) => `did you mean: ${p.list}`) as P<{ list: S }>,
  "err.no-candidates": ((p) => `see xieshang ${p.command} for the list`) as P<{ command: S }>,
  "err.settings-broken": (() => "xieshang.yaml has errors; run xieshang validate") as P,
  "err.internal": ((p) => `internal error: ${p.detail} (set XIESHANG_DEBUG=1 for details)`) as P<{
    detail: S;
  }>,
  "err.fs": ((p) => `file system error: ${p.detail}`) as P<{ detail: S }>,
  "err.usage": ((p) => `${p.detail}`) as P<{ detail: S }>,

  // ── tables
  "h.order": (() => "No.") as P,
  "h.code": (() => "Code") as P,
  "h.id": (() => "Id") as P,
  "h.name": (() => "Name") as P,
  "h.full-name": (() => "Full name") as P,
  "h.aliases": (() => "Also known as") as P,
  "h.kind": (() => "Kind") as P,
  "h.counterparts": (() => "Counterparts") as P,
  "h.liaison": (() => "Liaison") as P,
  "h.vice-chair": (() => "Vice-chair in charge") as P,
  "h.committee": (() => "Committee") as P,
  "h.doc-code": (() => "Doc code") as P,
  "h.missing-liaisons": (() => "No liaison") as P,
  "h.topics": (() => "Topics") as P,
  "h.activities": (() => "Activities") as P,
  "h.reports": (() => "Reports") as P,
  "h.replies": (() => "Replies") as P,
  "h.evaluations": (() => "Evaluated") as P,
  "kind-label.committee": (() => "committee") as P,
  "kind-label.office": (() => "office") as P,
  none: (() => "—") as P,
  "committee.departments-title": ((p) => `Counterpart departments (${p.count})`) as P<{ count: S }>,
  "department.none": (() => "No departments.") as P,
  "committee.none": (() => "No committees in this data directory.") as P,
  "department.topics-title": ((p) => `Topics involving it (${p.count})`) as P<{ count: S }>,
  "department.invited-suffix": (() => " (invited)") as P,

  // ── status
  "status.title": ((p) =>
    `${p.body} — counterpart consultation, ${p.year} (as of ${p.today})`) as P<{
    body: S;
    year: S;
    today: S;
  }>,
  "status.total": (() => "Total") as P,
  "status.collection": ((p) =>
    `Topic collection for ${p.year} is open: ${p.proposed} proposed, ${p.shortlisted} shortlisted.`) as P<{
    year: S;
    proposed: S;
    shortlisted: S;
  }>,
  "status.problems": ((p) =>
    `validate: ${p.errors} error(s), ${p.warnings} warning(s) — run xieshang validate for details`) as P<{
    errors: S;
    warnings: S;
  }>,
  "status.legend": (() =>
    "Topics: proposed/shortlisted/confirmed/concluded/withdrawn · Activities: total (information exchange/attending/briefing/soliciting/research/consultation) · Reports: draft/signed/issued · Replies: on time/late/pending/overdue · Evaluated: handling, then result, satisfied/fairly/dissatisfied · No activity: of the counterparts") as P,
  "history.no-git": (() =>
    "history is read from git, and the data directory is not in a git work tree") as P,
  "history.no-git.hint": (() =>
    "xieshang init starts a repository; or git init in the data directory") as P,

  // ── writing
  "write.refused": ((p) => `the change was refused: it would add ${p.count} error(s)`) as P<{
    count: S;
  }>,
  "write.nothing-written": (() => "nothing was written") as P,
  "write.fs-failed": ((p) => `cannot write in ${p.dir}: ${p.detail}`) as P<{ dir: S; detail: S }>,
  "write.nothing-lost": (() => "no record was changed or left half-written") as P,
  "write.locked": ((p) =>
    `another xieshang (pid ${p.pid} on ${p.host}, since ${p.since}) is writing to this data directory`) as P<{
    pid: S;
    host: S;
    since: S;
  }>,
  "write.locked.hint": ((p) =>
    `wait for it to finish and try again; if no xieshang is running, delete ${p.file}`) as P<{
    file: S;
  }>,
  "write.exists": ((p) => `${p.file} already exists; records are never overwritten`) as P<{
    file: S;
  }>,
  "write.created": ((p) => `created ${p.file}`) as P<{ file: S }>,
  "write.updated": ((p) => `updated ${p.file}`) as P<{ file: S }>,
  "write.committed": ((p) => `committed: ${p.message}`) as P<{ message: S }>,
  "write.not-a-repo": (() =>
    "warning: the data directory is not in a git work tree; nothing was committed") as P,
  "write.git-failed": ((p) => `the files are written, but git commit failed: ${p.detail}`) as P<{
    detail: S;
  }>,
  "write.lock-odd": ((p) =>
    `${p.file} is not a lock file (a folder or a link): no write can start`) as P<{
    file: S;
  }>,
  "write.lock-odd.hint": ((p) =>
    `remove ${p.file} (xieshang never makes it so), then try again`) as P<{
    file: S;
  }>,
  "write.lock-stuck.hint": ((p) =>
    `that process has ended, but its lock could not be taken over: if no xieshang is running, remove ${p.file} (as its owner, if it is another user's), then try again`) as P<{
    file: S;
  }>,
  "write.lock-lost": (() =>
    "this data directory's lock was taken from this process while it worked") as P,
  "write.commit-dirty": ((p) =>
    `--commit refused: ${p.files} already has uncommitted changes, which this commit would take in`) as P<{
    files: S;
  }>,
  "write.commit-dirty.hint": ((p) =>
    `look at them (git diff -- ${p.files}), commit them first (git commit), or run this without --commit`) as P<{
    files: S;
  }>,
  "write.through-link": ((p) =>
    `${p.link} is a symbolic link: ${p.file} is not written through it`) as P<{ link: S; file: S }>,
  "write.through-link.hint": (() =>
    "every record is kept inside the data directory: replace the link with a folder or file of its own") as P,
  "write.not-a-file": ((p) =>
    `${p.file} is not a regular file (a folder, a FIFO or a device)`) as P<{
    file: S;
  }>,
  "write.recovered": ((p) =>
    `an earlier write was cut short (${p.message}): what it had placed was taken back`) as P<{
    message: S;
  }>,
  "write.interrupted": (() => "interrupted: nothing was written") as P,
  "write.interrupted-after": (() => "interrupted: the write above was finished first") as P,
  "write.incomplete": ((p) =>
    `no ${p.what === "letter-no" ? "letter number" : "doc number"} can be given: ${p.count} file(s) it must not collide with cannot be read`) as P<{
    what: "doc-no" | "letter-no";
    count: S;
  }>,
  "write.incomplete.hint": (() =>
    "correct the file(s) above (xieshang validate), then run this again; nothing was written") as P,
  "read.failed": ((p) => `cannot read ${p.file}: ${p.detail}`) as P<{ file: S; detail: S }>,
  "read.not-plain": ((p) =>
    `${p.file} is a symbolic link, a FIFO or a device: it is not read`) as P<{ file: S }>,
  "read.not-plain.hint": (() =>
    "keep the file itself in the data directory, not a link to it") as P,
  "write.warnings": ((p) => `written with ${p.count} warning(s):`) as P<{ count: S }>,

  // ── input
  "err.missing-flags": ((p) => `missing ${p.flags} (no terminal to ask)`) as P<{ flags: S }>,
  "err.missing-flags.hint": (() =>
    "give them as flags, or run in a terminal without --no-input") as P,
  "err.bad-choice": ((p) => `${p.flag}: ${p.value} is not one of ${p.values}`) as P<{
    flag: S;
    value: S;
    values: S;
  }>,
  "read.skipped": ((p) =>
    `${p.count} file(s) could not be read and were left out of the above; run xieshang validate for the rest`) as P<{
    count: S;
  }>,
  "read.document-refused": ((p) =>
    `nothing was made: ${p.count} record file(s) it draws on cannot be read`) as P<{ count: S }>,
  "read.document-refused.hint": (() =>
    "correct the file(s) above (xieshang validate shows every problem), then run it again") as P,
  "err.unreadable-ref": ((p) =>
    `${KINDS[p.kind]} ${p.value} cannot be read: its file has errors`) as P<{
    kind: RefKind;
    value: S;
  }>,
  "err.unreadable-ref.hint": (() =>
    "xieshang validate shows what is wrong; correct the file, then run this again") as P,
  "out.no-folder": ((p) => `the folder ${p.dir} does not exist; nothing was written`) as P<{
    dir: S;
  }>,
  "out.no-folder.hint": ((p) => `create it first (mkdir ${p.dir}), or give another --out`) as P<{
    dir: S;
  }>,
  "out.failed": ((p) => `could not write ${p.file}: ${p.detail}`) as P<{ file: S; detail: S }>,
  "out.failed.hint": (() => "nothing was written there; any file it replaces is as it was") as P,
  "err.output": ((p) => `cannot write to ${p.stream}: ${p.code}`) as P<{ stream: S; code: S }>,
  "write.temp-left": ((p) =>
    `written: ${p.written}; but the temporary file ${p.temps} could not be removed`) as P<{
    written: S;
    temps: S;
  }>,
  "write.temp-left.hint": (() =>
    "reading ignores it and the next write clears it; check the disk (xieshang validate)") as P,
  "activity.topic-withdrawn": ((p) =>
    `the topic ${p.id} was withdrawn on ${p.date}: no activity serves it after that`) as P<{
    id: S;
    date: S;
  }>,
  "activity.topic-withdrawn.hint": (() =>
    "record it without --topic, or under the topic that replaced it") as P,
  "err.json-format": ((p) => `--json and --format ${p.format} ask for two formats`) as P<{
    format: S;
  }>,
  "err.json-format.hint": (() => "give one of them: --json is the same as --format json") as P,
  "report.issued": ((p) =>
    `issued ${p.id}: ${p.docNo}, to ${p.to}; written reply due ${p.due}`) as P<{
    id: S;
    docNo: S;
    to: S;
    due: S;
  }>,
  "err.bad-schedule": ((p) =>
    `${p.flag ? `${p.flag}: ` : ""}${p.value} is neither a quarter nor a month (2027-Q2, 2027年二季度, 2027年5月, 2027-05)`) as P<{
    flag: S;
    value: S;
  }>,
  "history.reply": ((p) =>
    `${p.dept} replied ${p.on}${p.docNo ? `, ${p.docNo}` : " (no doc number)"}${p.summary ? `: ${p.summary}` : ""}`) as P<{
    dept: S;
    on: S;
    docNo: S;
    summary: S;
  }>,
  "history.extension": ((p) =>
    `${p.dept} given until ${p.until} (granted ${p.on}${p.reason ? `: ${p.reason}` : ""})`) as P<{
    dept: S;
    until: S;
    on: S;
    reason: S;
  }>,
  "history.chase": ((p) =>
    `${p.dept} chased ${p.on} by ${p.method}${p.note ? `: ${p.note}` : ""}`) as P<{
    dept: S;
    on: S;
    method: S;
    note: S;
  }>,
  "prompt.done": ((p) => `(done — picked: ${p.picked})`) as P<{ picked: S }>,
  "prompt.activity-departments": (() => "Departments taking part") as P,
  "prompt.location": (() => "Where (Enter to skip)") as P,
  "prompt.heads": (() =>
    "Department heads present, e.g. 张某（市发改委主任）, separated by 、 (Enter for none)") as P,
  "prompt.members": (() => "CPPCC members present, separated by 、 (Enter for none)") as P,
  "prompt.experts": (() => "Think-tank members and experts, separated by 、 (Enter for none)") as P,
  "prompt.reply-doc-no": (() =>
    "The reply's own doc number, e.g. 鄂发改函〔2027〕88号 (shows it is in writing; Enter if none)") as P,
  "prompt.reply-summary": (() => "What it says (Enter to skip)") as P,
  "prompt.reply-category": (() => "Its category") as P,
  "err.bad-year": ((p) => `${p.flag}: ${p.value} is not a year (four digits, such as 2027)`) as P<{
    flag: S;
    value: S;
  }>,
  "err.bad-template": ((p) =>
    `${p.flag}: ${p.value} is not a template name (letters, digits, - and . only, such as outcome-brief)`) as P<{
    flag: S;
    value: S;
  }>,
  "err.bad-days": ((p) => `${p.flag}: ${p.value} is not a number of days (such as 7)`) as P<{
    flag: S;
    value: S;
  }>,
  "validate.brief": (() => "(warnings are not listed here: xieshang validate lists them)") as P,
  "calendar.count": ((p) =>
    `${p.festival}: the notice says ${p.declared} days off, but names ${p.counted}`) as P<{
    festival: S;
    declared: S;
    counted: S;
  }>,
  "calendar.workday-weekday": ((p) =>
    `${p.festival}: ${p.date} is to be worked, but it is not a weekend day`) as P<{
    festival: S;
    date: S;
  }>,
  "calendar.twice": ((p) => `${p.date} is a day off under two festivals: ${p.festivals}`) as P<{
    date: S;
    festivals: S;
  }>,
  "calendar.year-differs": ((p) =>
    `${p.date} is not in ${p.title}, the year of the notice's title (or of --year)`) as P<{
    title: S;
    date: S;
  }>,
  "calendar.bad-date": ((p) => `${p.festival}: ${p.text} is not a date`) as P<{
    festival: S;
    text: S;
  }>,
  "calendar.long-range": ((p) =>
    `${p.festival}: ${p.from} to ${p.to} is not a festival's days off (at most a month)`) as P<{
    festival: S;
    from: S;
    to: S;
  }>,
  "calendar.no-items": (() =>
    "no festival was found (lines such as 一、元旦：1月1日至3日放假调休，共3天。)") as P,
  "calendar.does-not-add-up": ((p) =>
    `the notice does not add up in ${p.count} place(s); nothing was written`) as P<{ count: S }>,
  "calendar.does-not-add-up.hint": (() =>
    "check the pasted text against the notice; if the notice itself says so, write it with --force") as P,
  "calendar.exists": ((p) => `${p.file} exists already; nothing was written`) as P<{ file: S }>,
  "calendar.exists.hint": (() => "the difference is above; replace it with --force") as P,
  "calendar.same": (() => "the dates are the same as in the file") as P,
  "calendar.before": ((p) =>
    `these belong to ${p.year} and go into calendar/${p.year}.yaml: ${p.dates}`) as P<{
    year: S;
    dates: S;
  }>,
  "calendar.none": ((p) =>
    `no calendar/${p.year}.yaml: only weekends count as days off (xieshang calendar import adds it)`) as P<{
    year: S;
  }>,
  "calendar.title": ((p) => `${p.year}: days off and make-up workdays`) as P<{ year: S }>,
  "calendar.month": ((p) => `month ${p.month}: off ${p.off}; worked ${p.on}`) as P<{
    month: S;
    off: S;
    on: S;
  }>,
  "calendar.deadlines": (() => "This year, and the years of the due dates still open:") as P,
  "calendar.deadline-year": ((p) => `${p.year}: calendar/${p.year}.yaml`) as P<{ year: S }>,
  "calendar.waiting": ((p) =>
    `${p.report} ${p.department}: ${p.due} (waits on the year's notice: a holiday moves it)`) as P<{
    report: S;
    department: S;
    due: S;
  }>,
  "calendar.deadline-year-missing": ((p) =>
    `${p.year}: no calendar — weekends only (xieshang calendar import)`) as P<{ year: S }>,
  "calendar.title-differs": ((p) =>
    `the title says ${p.title}, but the dates are of ${p.found}`) as P<{ title: S; found: S }>,
  "resolve.conclude": ((p) =>
    `then conclude it: ${p.command} (or run resolve with --commit)`) as P<{
    command: S;
  }>,
  "resolve.no-merge": (() =>
    "there is no unfinished git merge, rebase or cherry-pick here: nothing to resolve") as P,
  "resolve.no-merge.hint": (() =>
    "run it after a git pull, merge, rebase or cherry-pick that stopped on conflicts (git status shows them)") as P,
  "resolve.rename": ((p) => `ours: ${p.from} → ${p.to} (the remote's record keeps the id)`) as P<{
    from: S;
    to: S;
  }>,
  "resolve.rewrite": ((p) => `ours: ${p.file} names ${p.to} instead of ${p.from}`) as P<{
    file: S;
    from: S;
    to: S;
  }>,
  "resolve.undecided.both-edited": ((p) =>
    `${p.file}: both sides changed this record — keep the right lines, delete the <<<<<<< ======= >>>>>>> lines, then git add it`) as P<{
    file: S;
  }>,
  "resolve.undecided.not-a-record": ((p) =>
    `${p.file}: not a record both sides added — resolve it by hand, then git add it`) as P<{
    file: S;
  }>,
  "resolve.undecided.same-record": ((p) =>
    `${p.file}: both sides hold the same record — keep one, then git add it`) as P<{ file: S }>,
  "resolve.nothing": (() => "no record ids to resolve") as P,
  "resolve.left": ((p) =>
    `${p.count} conflict(s) are left as they were; the merge is not concluded`) as P<{ count: S }>,
  "resolve.left.hint": (() =>
    "resolve them as said above, run xieshang validate, then git commit") as P,
  "resolve.committed": ((p) => `concluded (${p.command})`) as P<{ command: S }>,
  "plan.empty-confirmed": ((p) =>
    `no topic of ${p.year} is confirmed yet (Art. 6): --include-shortlisted gives the draft plan`) as P<{
    year: S;
  }>,
  "plan.empty": ((p) => `no topic of ${p.year} is confirmed or shortlisted`) as P<{ year: S }>,
  "report.fill-in": ((p) =>
    `${p.file}:${p.line}: text left to fill in; the report is not signed or issued as it stands`) as P<{
    file: S;
    line: S;
  }>,
  "report.fill-in.hint": ((p) => `write it in the .md, then run this again: ${p.text}`) as P<{
    text: S;
  }>,
  "report.empty-section": ((p) => `${p.file}:${p.line}: the section ${p.section} is empty`) as P<{
    file: S;
    line: S;
    section: S;
  }>,
  "report.no-body": ((p) => `${p.id} has no body: ${p.file} does not exist`) as P<{
    id: S;
    file: S;
  }>,
  "report.no-body.hint": ((p) =>
    `a report's document is made from its .md body, written by report draft (see docs/documents.md); write ${p.id}.md beside the record`) as P<{
    id: S;
  }>,
  "report.export-unissued": ((p) =>
    `note: ${p.id} is ${p.status}, not issued: the document has no 印发 date yet`) as P<{
    id: S;
    status: S;
  }>,
  "report.docx-kept": ((p) => `kept the issued document: ${p.file}`) as P<{ file: S }>,
  "remind.docx-needs-out": (() =>
    "--format docx writes one letter per department: it needs --out DIR") as P,
  "remind.docx-needs-out.hint": (() => "e.g. xieshang remind --format docx --out ./催办") as P,
  "out.binary-to-terminal": ((p) => `a .${p.format} is not for a terminal: give --out FILE`) as P<{
    format: S;
  }>,
  "out.binary-to-terminal.hint": ((p) => `e.g. ${p.example}`) as P<{ example: S }>,
  "reply.not-replied": ((p) =>
    `${p.department} has not replied to ${p.id}: only a written reply received is evaluated`) as P<{
    id: S;
    department: S;
  }>,
  "reply.not-replied.hint": ((p) =>
    `record the reply first: xieshang reply record ${p.id} --from ${p.department} --on …`) as P<{
    id: S;
    department: S;
  }>,
  "reply.rated-before": ((p) =>
    `evaluated on ${p.on}, before the reply was received (${p.received})`) as P<{
    on: S;
    received: S;
  }>,
  "reply.rated": ((p) =>
    `evaluated ${p.department}'s reply to ${p.id}: handling ${p.handling}, result ${p.result}`) as P<{
    id: S;
    department: S;
    handling: S;
    result: S;
  }>,
  "prompt.handling": (() => "How was it handled?") as P,
  "prompt.result": (() => "How is the result?") as P,
  "prompt.replied": (() => "Which department's reply?") as P,
  "review.fill-in": ((p) =>
    `${p.file}:${p.line}: text left to fill in; the review is not signed or issued as it stands`) as P<{
    file: S;
    line: S;
  }>,
  "review.bad-record": ((p) => `${p.file} cannot be read (${p.problem})`) as P<{
    file: S;
    problem: S;
  }>,
  "review.exists": ((p) => `the ${p.year} review is drafted already (${p.file})`) as P<{
    year: S;
    file: S;
  }>,
  "review.exists.hint": ((p) =>
    `edit reviews/${p.year}.md, then: xieshang review sign ${p.year} --by PERSON`) as P<{
    year: S;
  }>,
  "review.none.hint": ((p) => `draft it first: xieshang review draft ${p.year}`) as P<{ year: S }>,
  "review.none": ((p) =>
    `the ${p.year} review is not drafted (reviews/${p.year}.md does not exist)`) as P<{
    year: S;
  }>,
  "review.status": ((p) =>
    `the ${p.year} review is ${p.status}: this step needs one ${p.want}`) as P<{
    year: S;
    status: S;
    want: S;
  }>,
  "review.before": ((p) => `--on ${p.on} is before the review's ${p.step} (${p.date})`) as P<{
    on: S;
    step: S;
    date: S;
  }>,
  "review.doc-no-taken": ((p) => `doc number ${p.doc_no} is taken by another review`) as P<{
    doc_no: S;
  }>,
  "review.drafted": ((p) =>
    `drafted ${p.file}: write 主要成效, 下一步工作 and anything else, then sign it`) as P<{
    file: S;
  }>,
  "review.as-of": ((p) =>
    `note: the 通报 is written as of ${p.date}, the year's last day: replies still due before then count as overdue if not received`) as P<{
    date: S;
  }>,
  "err.cancelled": (() => "cancelled; nothing was written") as P,

  // ── topics
  "topic.move-refused": ((p) =>
    `${p.id} is ${topicStatus(p.status)}; it cannot be ${ACTIONS[p.action]} now`) as P<{
    id: S;
    status: S;
    action: keyof typeof ACTIONS;
  }>,
  "topic.next-step": ((p) => `next step: xieshang topic ${p.command} ${p.id}`) as P<{
    command: S;
    id: S;
  }>,
  "topic.closed": ((p) => `${p.id} is ${topicStatus(p.status)}: it does not move any more`) as P<{
    id: S;
    status: S;
  }>,
  "topic.none": (() => "No topics.") as P,
  "topic.summary": ((p) => `${p.id} ${p.title} — ${p.status}`) as P<{ id: S; title: S; status: S }>,
  "h.status": (() => "Status") as P,
  "h.year": (() => "Year") as P,
  "h.title": (() => "Title") as P,
  "h.departments": (() => "Departments") as P,
  "h.source": (() => "Source") as P,
  "h.date": (() => "Date") as P,

  // ── prompts
  "prompt.title": (() => "Topic title") as P,
  "prompt.committee": (() => "Leading committee") as P,
  "prompt.departments": (() => "Counterpart departments (space to pick, enter to finish)") as P,
  "prompt.invite-others": (() => "Invite departments outside the counterpart list (Art. 4)?") as P,
  "prompt.invited": (() => "Invited departments") as P,
  "prompt.source": (() => "Source of the topic (Art. 5)") as P,
  "prompt.proposer": (() => "Proposed by (name or unit)") as P,
  "prompt.category": (() => "Area of consultation (Art. 3)") as P,
  "prompt.forms": (() => "Planned forms of consultation (Art. 7–12)") as P,
  "prompt.schedule": (() => "Schedule (2027-Q2 or 2027-05; empty for none)") as P,
  "prompt.date": ((p) => `${p.what.charAt(0).toUpperCase()}${p.what.slice(1)}`) as P<{
    what: S;
  }>,
  "prompt.summary": (() => "Summary (optional)") as P,
  "prompt.confirm-write": (() => "Write this record?") as P,
  "prompt.required": (() => "required") as P,
  "prompt.pick-one": (() => "pick at least one") as P,

  // ── init
  "init.created": ((p) => `created the data directory ${p.dir}`) as P<{ dir: S }>,
  "init.not-empty": ((p) => `${p.dir} is not empty and is not a data directory`) as P<{ dir: S }>,
  "init.not-empty.hint": (() =>
    "choose an empty or new folder: xieshang init ./xieshang-data") as P,
  "init.already": ((p) => `${p.dir} is already a data directory`) as P<{ dir: S }>,
  "init.hook-foreign": ((p) =>
    `warning: ${p.file} is a pre-commit hook of someone else's: records are not checked at commit (add "xieshang validate --brief --no-input --data ${p.dir}" to it)`) as P<{
    file: S;
    dir: S;
  }>,
  "init.commit-failed.hint": (() =>
    'the data directory is made; tell git who you are (git config --global user.name "…"; git config --global user.email "…"), then run xieshang init again: it makes the first commit') as P,
  "init.add-to-repo": ((p) =>
    `the data directory is in the git repository ${p.top}: add it there (git add ${p.dir} && git commit)`) as P<{
    top: S;
    dir: S;
  }>,
  "init.no-identity": (() =>
    "git does not know who you are yet, and init makes a commit: nothing was made") as P,
  "init.no-identity.hint": (() =>
    'tell it once, then run xieshang init again: git config --global user.name "Your Name"; git config --global user.email "you@example.org"') as P,
  "prompt.git-name": (() => "Your name, as git records who made each change") as P,
  "prompt.git-email": (() => "Your e-mail (any address that names you)") as P,
  "init.git-init": (() => "started a git repository with a first commit") as P,
  "init.hook": ((p) => `installed the pre-commit hook ${p.file} (runs xieshang validate)`) as P<{
    file: S;
  }>,
  "init.next": (() => "next: edit xieshang.yaml (body, people), then xieshang status") as P,

  // ── history
  "history.none": ((p) => `no git history for ${p.file}`) as P<{ file: S }>,
  "history.created": (() => "created") as P,
  "history.deleted": (() => "deleted") as P,
  "history.changed": ((p) => `changed ${p.fields}`) as P<{ fields: S }>,
  "history.no-change": (() => "no field changed (layout or comments only)") as P,

  // ── templates
  "template.error": ((p) => `template ${p.file}:${p.line}:${p.column}: ${p.detail}`) as P<{
    file: S;
    line: S;
    column: S;
    detail: S;
  }>,
  "template.error.hint": (() =>
    "correct the template (the fields each template sees are listed in docs/templates.md)") as P,

  // ── activities
  "meeting.none": (() => "No activities.") as P,
  "meeting.topic-committee": ((p) => `the topic ${p.topic} belongs to ${p.committee}`) as P<{
    topic: S;
    committee: S;
  }>,

  // ── reports
  "report.none": (() => "No reports.") as P,
  "report.not-draft": ((p) => `${p.id} is ${reportStatus(p.status)}: only a draft is signed`) as P<{
    id: S;
    status: S;
  }>,
  "report.not-signed": ((p) =>
    `${p.id} is ${reportStatus(p.status)}: only a signed report is issued`) as P<{
    id: S;
    status: S;
  }>,
  "report.sign-first": ((p) => `sign it first: xieshang report sign ${p.id} --by …`) as P<{
    id: S;
  }>,
  "report.not-issued": ((p) =>
    `${p.id} is ${reportStatus(p.status)}: replies are recorded on issued reports`) as P<{
    id: S;
    status: S;
  }>,
  "report.topic-not-confirmed": ((p) =>
    `the topic ${p.id} is ${topicStatus(p.status)}; an outcome report follows a confirmed topic`) as P<{
    id: S;
    status: S;
  }>,
  "report.kind-needs": ((p) =>
    `--kind ${p.kind} takes --committee and --title instead of a topic`) as P<{ kind: S }>,
  "report.no-calendar": ((p) =>
    `no calendar/${p.years}.yaml: only weekends were counted as days off`) as P<{ years: S }>,
  "report.no-calendar.hint": (() =>
    "the date may move when the notice is imported: xieshang calendar import <notice.txt> counts it again and updates reply_due (the document sent keeps its date). A deadline that falls on one of its holidays ends on the next working day, and overdue and reminders count from that day") as P,
  "report.recipients": (() => "Recipients") as P,
  "report.due-title": (() => "Reply due") as P,
  "h.recipient": (() => "Department") as P,
  "h.state": (() => "State") as P,
  "h.due": (() => "Due") as P,
  "h.received": (() => "Received") as P,
  "h.doc-no": (() => "Doc no.") as P,
  "h.last-chase": (() => "Last chase") as P,
  "state.on_time": (() => "replied on time") as P,
  "state.late": ((p) => `replied ${p.days} day(s) late`) as P<{ days: S }>,
  "state.extended": ((p) => `extended until ${p.until}`) as P<{ until: S }>,
  "state.pending": (() => "pending") as P,
  "state.moved": ((p) => ` (the deadline falls on a day off: ${p.due})`) as P<{ due: S }>,
  "state.overdue": ((p) => `overdue by ${p.days} day(s)`) as P<{ days: S }>,
  "due.calendar-days": ((p) =>
    `${p.due}: ${p.n} calendar days after the issue on ${p.issued} (reply_within ${p.rule})`) as P<{
    due: S;
    n: S;
    issued: S;
    rule: S;
  }>,
  "due.working-days": ((p) =>
    `${p.due}: ${p.n} working days after the issue on ${p.issued} (reply_within ${p.rule})`) as P<{
    due: S;
    n: S;
    issued: S;
    rule: S;
  }>,
  "due.moved": ((p) =>
    `day ${p.n} fell on ${p.from}, a day off: moved to the next working day (Civil Code Art. 203)`) as P<{
    n: S;
    from: S;
  }>,
  "due.holidays": ((p) => `holidays counted: ${p.list}`) as P<{ list: S }>,
  "due.workdays": ((p) => `make-up workdays counted: ${p.list}`) as P<{ list: S }>,
  "due.no-calendar": ((p) => `no calendar for ${p.years}: only weekends counted as days off`) as P<{
    years: S;
  }>,
  "due.edited": ((p) =>
    `reply_due in the file is ${p.stored} (edited by hand; the rule gives ${p.computed})`) as P<{
    stored: S;
    computed: S;
  }>,
  "due.extension": ((p) => `${p.department}: extended until ${p.until}${p.reason}`) as P<{
    department: S;
    until: S;
    reason: S;
  }>,

  // ── replies
  "reply.already": ((p) =>
    `a reply from ${p.department} is already recorded (received ${p.date})`) as P<{
    department: S;
    date: S;
  }>,
  "reply.already.hint": ((p) => `to correct it, edit ${p.file}`) as P<{ file: S }>,
  "reply.has-replied": ((p) =>
    `${p.department} has already replied (received ${p.date}): nothing to chase or extend`) as P<{
    department: S;
    date: S;
  }>,
  "reply.until-not-later": ((p) =>
    `--until ${p.until} is not after the current due date ${p.due}`) as P<{ until: S; due: S }>,

  "prompt.activity-type": (() => "Form of the activity (Art. 7–12)") as P,
  "prompt.topic": (() => "Topic it serves") as P,
  "prompt.activity-title": (() => "Title of the activity") as P,
  "prompt.leaders": (() => "CPPCC leaders present") as P,
  "prompt.opinion": ((p) => `Opinion ${p.n} ("text——by"; empty line to finish)`) as P<{ n: S }>,
  "h.opinions": (() => "Opinions") as P,
  "h.idle": (() => "No activity") as P,
  "status.idle-title": ((p) => `Counterparts with no activity in ${p.year} (Art. 4)`) as P<{
    year: S;
  }>,
  "status.and-more": ((p) => ` … (${p.count} in all)`) as P<{ count: S }>,
  "overdue.none": ((p) => `✔ no reply is overdue as of ${p.today}`) as P<{ today: S; days: S }>,
  "overdue.none-within": ((p) =>
    `✔ no reply is overdue or due in the next ${p.days} days as of ${p.today}`) as P<{
    today: S;
    days: S;
  }>,
  "overdue.due-in": ((p) => (p.days === "0" ? "due today" : `due in ${p.days}`)) as P<{ days: S }>,
  "overdue.summary": ((p) => `${p.overdue} overdue, ${p.soon} due soon`) as P<{
    overdue: S;
    soon: S;
  }>,
  "h.report": (() => "Report") as P,
  "h.issued": (() => "Issued") as P,
  "h.days-overdue": (() => "Days overdue") as P,
  "out.wrote": ((p) => `wrote ${p.file}`) as P<{ file: S }>,
  "import.count": ((p) =>
    `line ${p.line} ${p.unit}: declares ${p.declared} but lists ${p.listed}`) as P<{
    line: S;
    unit: S;
    declared: S;
    listed: S;
  }>,
  "import.unreadable": ((p) =>
    `line ${p.line} ${p.unit}: the declared count ${p.text} cannot be read`) as P<{
    line: S;
    unit: S;
    text: S;
  }>,
  "import.repeated": ((p) =>
    `line ${p.line} ${p.unit}: ${p.name} is listed twice; kept once`) as P<{
    line: S;
    unit: S;
    name: S;
  }>,
  "import.across": ((p) =>
    `line ${p.line} ${p.unit}: ${p.name} is listed under ${p.other} too; kept there`) as P<{
    line: S;
    unit: S;
    name: S;
    other: S;
  }>,
  "import.header": ((p) =>
    `line ${p.line}: a header whose columns are not the unit and its departments (${p.text})`) as P<{
    line: S;
    text: S;
  }>,
  "import.header-refused": (() =>
    "the table's header could not be placed; nothing was written") as P,
  "import.header-refused.hint": (() =>
    "head the columns 单位 and 对口部门 (or 专委会 / 联系部门), or remove the header line") as P,
  "import.no-columns": ((p) =>
    `line ${p.line}: not two tab-separated columns, skipped (${p.text})`) as P<{
    line: S;
    text: S;
  }>,
  "import.create": ((p) => `create ${p.file} (${p.count} departments)`) as P<{ file: S; count: S }>,
  "import.add": ((p) => `add to ${p.file}: ${p.count} departments (${p.names})`) as P<{
    file: S;
    count: S;
    names: S;
  }>,
  "import.kept": ((p) => `kept in ${p.file}, though not in the table: ${p.names}`) as P<{
    file: S;
    names: S;
  }>,
  "import.nothing": (() =>
    "nothing to add: the data directory already has every unit and department of the table") as P,
  "import.dry-run": (() => "--dry-run: nothing was written") as P,
  "prompt.signer": (() =>
    "Signed by (Art. 13: the vice-chair in charge or a secretary-general)") as P,
  "prompt.replying-department": (() => "Department that replied") as P,
  "prompt.department": (() => "Department") as P,
  "prompt.until": (() => "New due date") as P,
  "prompt.reason": (() => "Reason") as P,
  "prompt.method": (() => "How it was chased") as P,
  // ── help
  "help.description": (() =>
    "Counterpart liaison consultation records (对口联系协商) for a CPPCC secretariat, kept as YAML in git") as P,
};

export type Catalog = typeof en;
