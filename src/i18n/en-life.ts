/**
 * English messages of a department's life and of deadlines that follow the calendar
 * (README "Departments change", "Deadlines"); spread into the catalog of en.ts.
 */
type P<T = Record<string, never>> = (p: T) => string;
type S = string;

export const enLife = {
  "dept.ended": ((p) => `${p.department} ceased on ${p.on}`) as P<{ department: S; on: S }>,
  "dept.use-successor": ((p) => `its work passed to ${p.successor}: use that instead`) as P<{
    successor: S;
  }>,
  "dept.out-of-order": ((p) =>
    `${p.department} has a change recorded on ${p.last}, after ${p.on}: record changes in date order`) as P<{
    department: S;
    on: S;
    last: S;
  }>,
  "dept.same-name": ((p) => `the department is already named ${p.name}`) as P<{ name: S }>,
  "dept.name-taken": ((p) => `${p.name} is already a name of department ${p.other}`) as P<{
    name: S;
    other: S;
  }>,
  "dept.self-successor": (() => "a department cannot be its own successor") as P,
  "dept.new-needs-id": ((p) =>
    `${p.name} is not a department yet: give the new department's id with --id (lowercase letters, digits, -)`) as P<{
    name: S;
  }>,
  "dept.bad-id": ((p) =>
    `${p.id} is not a department id: a lowercase letter, then lowercase letters, digits or -`) as P<{
    id: S;
  }>,
  "dept.id-taken": ((p) => `department id ${p.id} is already taken`) as P<{ id: S }>,
  "dept.refused": ((p) =>
    `${p.department} (${p.id}) ceased on ${p.ended}: no new ${{ topic: "topic", activity: "activity", report: "report" }[p.what]} for it on ${p.on}`) as P<{
    department: S;
    id: S;
    ended: S;
    what: "topic" | "activity" | "report";
    on: S;
  }>,
  "dept.refused.successor": ((p) =>
    `its work passed to ${p.name} (${p.id}): name that instead`) as P<{ name: S; id: S }>,
  "dept.refused.none": (() =>
    "it has no successor recorded: leave it out, or record one with department abolish … --successor") as P,
  "dept.renamed": ((p) =>
    `${p.id}: ${p.from} is named ${p.to} from ${p.on}; the former name stays an alias, and documents dated before keep it`) as P<{
    id: S;
    from: S;
    to: S;
    on: S;
  }>,
  "dept.merged": ((p) => `${p.from} merged into ${p.into} on ${p.on}`) as P<{
    from: S;
    into: S;
    on: S;
  }>,
  "dept.abolished": ((p) => `${p.department} abolished on ${p.on}${p.successor}`) as P<{
    department: S;
    on: S;
    successor: S;
  }>,
  "dept.owed": ((p) =>
    `still owed by a department that ceased: ${p.list} — chase its successor, or record the reply`) as P<{
    list: S;
  }>,
  "dept.state.ended": ((p) => `ceased ${p.on}${p.successor}`) as P<{ on: S; successor: S }>,
  "dept.state.successor": ((p) => ` → ${p.name}`) as P<{ name: S }>,
  "dept.history": (() => "History") as P,
  "dept.history.renamed": ((p) => `${p.on} renamed (formerly ${p.from})${p.source}`) as P<{
    on: S;
    from: S;
    source: S;
  }>,
  "dept.history.merged": ((p) => `${p.on} took in ${p.from}${p.source}`) as P<{
    on: S;
    from: S;
    source: S;
  }>,
  "dept.history.established": ((p) => `${p.on} made by merging ${p.from}${p.source}`) as P<{
    on: S;
    from: S;
    source: S;
  }>,
  "dept.history.merged-into": ((p) => `${p.on} merged into ${p.into}${p.source}`) as P<{
    on: S;
    into: S;
    source: S;
  }>,
  "dept.history.abolished": ((p) =>
    `${p.on} abolished${p.successor ? `, its work to ${p.successor}` : ""}${p.source}`) as P<{
    on: S;
    successor: S;
    source: S;
  }>,
  // ── rule `department` (README "Departments change")
  "department.owes-after-end": ((p) =>
    `${p.department} ceased on ${p.on} but still owes a reply${p.successor ? `; its work passed to ${p.successor}` : ""}`) as P<{
    department: S;
    on: S;
    successor: S;
  }>,
  "department.owes-after-end.hint": (() =>
    "record the reply if it came, or chase the successor; the report's recipients stay as issued") as P,
  "department.new-work-after-end": ((p) =>
    `${p.department} had ceased on ${p.on}, before this record's date ${p.date}${p.successor ? `; its successor is ${p.successor}` : ""}`) as P<{
    department: S;
    on: S;
    date: S;
    successor: S;
  }>,
  // ── deadlines that follow the calendar (README "Deadlines")
  "due.moves": ((p) => `deadlines the calendar moves (${p.count}):`) as P<{ count: S }>,
  "due.move": ((p) => `${p.report} ${p.departments}: ${p.from} → ${p.to} (${p.why})`) as P<{
    report: S;
    departments: S;
    from: S;
    to: S;
    why: S;
  }>,
  "due.why.holidays": ((p) => `days off of calendar/${p.year}.yaml: ${p.days}`) as P<{
    year: S;
    days: S;
  }>,
  "due.why.workdays": ((p) => `make-up workdays of calendar/${p.year}.yaml: ${p.days}`) as P<{
    year: S;
    days: S;
  }>,
  "due.why.calendar": ((p) => `counted again with calendar/${p.year}.yaml`) as P<{ year: S }>,
  "due.hand-set": ((p) =>
    `set by hand, left alone: ${p.report} ${p.departments} ${p.date}, a day off by the calendar — the legal deadline is ${p.legal}`) as P<{
    report: S;
    departments: S;
    date: S;
    legal: S;
  }>,
  "due.none-moved": (() => "no open deadline moves") as P,
  "due.recorded-move": ((p) =>
    `moved on ${p.on} from ${p.from} to ${p.to} by calendar/${p.years}.yaml (the document keeps the date it was sent with)`) as P<{
    on: S;
    from: S;
    to: S;
    years: S;
  }>,
  "due.without-calendar": ((p) =>
    `reply_due ${p.stored} was computed without ${p.files}; by the rule it is now ${p.computed} — run xieshang calendar apply to record it`) as P<{
    stored: S;
    computed: S;
    files: S;
  }>,
  "deadline.stale": ((p) =>
    `reply_due ${p.stored} was computed without ${p.files}; the rule now gives ${p.computed}`) as P<{
    stored: S;
    computed: S;
    files: S;
  }>,
  "deadline.stale.hint": (() =>
    "run xieshang calendar apply (--dry-run to see the list first): it moves the deadlines a calendar changed") as P,
  "import.propose-rename": ((p) =>
    `${p.file}: ${p.name} is not in the table, and the table's ${p.to} is like it — a rename? not added; record it with: xieshang department rename ${p.id} --to ${p.to} --on <date>`) as P<{
    file: S;
    name: S;
    to: S;
    id: S;
  }>,
  "import.propose-merge": ((p) =>
    `${p.file}: ${p.names} are not in the table, and the table's ${p.to} is like each — merged? not added; record it with: xieshang department merge ${p.ids} --into ${p.to} --id <new-id> --on <date>`) as P<{
    file: S;
    names: S;
    to: S;
    ids: S;
  }>,
  "import.propose.hint": (() =>
    "record the renames and mergers you confirm, then import again; --no-propose adds every new name as a new department") as P,
  "deadline.changed": ((p) =>
    `reply_due ${p.stored} was computed before ${p.files} changed; the rule now gives ${p.computed}`) as P<{
    stored: S;
    computed: S;
    files: S;
  }>,
  "due.changed-calendar": ((p) =>
    `reply_due ${p.stored} was computed before ${p.files} changed; by the rule it is now ${p.computed} — run xieshang calendar apply to record it`) as P<{
    stored: S;
    computed: S;
    files: S;
  }>,
  "due.why.changed": ((p) => `calendar/${p.year}.yaml has changed`) as P<{ year: S }>,
  "due.hand-set-kept": ((p) =>
    `set by hand, left alone: ${p.report} ${p.departments} ${p.date}`) as P<{
    report: S;
    departments: S;
    date: S;
  }>,
  "dept.refused-year": ((p) =>
    `${p.department} (${p.id}) ceased on ${p.ended}, before the plan year ${p.year}: no topic of that year names it`) as P<{
    department: S;
    id: S;
    ended: S;
    year: S;
  }>,
  "dept.successor-absent": ((p) =>
    `the successor ${p.department} does not exist on ${p.on} (not yet made, or ceased)`) as P<{
    department: S;
    on: S;
  }>,
  "dept.state.merged": ((p) => `merged into ${p.name} ${p.on}`) as P<{ name: S; on: S }>,
  "remind.ceased": ((p) =>
    `no letter to ${p.department}: it ceased on ${p.on}${p.successor ? `; chase ${p.successor}, which carries its work on` : ""}`) as P<{
    department: S;
    on: S;
    successor: S;
  }>,
  "dept.full-name-needed": ((p) =>
    `${p.name} has the full name ${p.full}, which documents print: give the new one with --full-name (the same as --to if they are one)`) as P<{
    name: S;
    full: S;
  }>,
  "department.unknown": ((p) => `the history names ${p.department}, which is no department`) as P<{
    department: S;
  }>,
  "department.cycle": ((p) =>
    `${p.department}'s successors lead back to it: the history has a cycle`) as P<{
    department: S;
  }>,
};
