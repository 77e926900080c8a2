/**
 * Record ids (docs/data-format.md): numbered per committee and year, so that two committees never
 * take the same id and clerks of different committees never collide in git.
 */

/**
 * The forms of ids and dates. They are here, not beside the schemas that check them
 * (src/domain/schemas/common.ts re-exports them), so that a module testing an id does not
 * load the schemas, which are loaded on first use (docs/architecture.md "Start-up").
 */
export const COMMITTEE_CODE = /^[a-z][a-z0-9]{0,15}$/;
export const DEPARTMENT_ID = /^[a-z][a-z0-9-]{0,31}$/;
export const PERSON_ID = /^[a-z][a-z0-9-]{0,31}$/;
export const TOPIC_ID = /^(\d{4})-([a-z][a-z0-9]{0,15})-(\d{2,})$/;
export const ACTIVITY_ID = /^(\d{4}-\d{2}-\d{2})-([a-z][a-z0-9]{0,15})-([1-9]\d*)$/;
export const REPORT_ID = /^(\d{4})-([a-z][a-z0-9]{0,15})-r(\d{2,})$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A topic's schedule: a quarter or a month of its year (2027-Q2, 2027-05). */
export const SCHEDULE = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/;

/** The next free `<year>-<committee>-<nn>` topic id, given the ids (or file names) that exist. */
export function nextTopicId(existing: Iterable<string>, year: number, committee: string): string {
  return `${year}-${committee}-${String(nextNumber(existing, new RegExp(`^${year}-${committee}-(\\d+)$`))).padStart(2, "0")}`;
}

/** The next free `<date>-<committee>-<n>` activity id. */
export function nextActivityId(
  existing: Iterable<string>,
  date: string,
  committee: string,
): string {
  return `${date}-${committee}-${nextNumber(existing, new RegExp(`^${date}-${committee}-(\\d+)$`))}`;
}

/** The next free `<year>-<committee>-r<nn>` report id. */
export function nextReportId(existing: Iterable<string>, year: number, committee: string): string {
  return `${year}-${committee}-r${String(nextNumber(existing, new RegExp(`^${year}-${committee}-r(\\d+)$`))).padStart(2, "0")}`;
}

function nextNumber(existing: Iterable<string>, re: RegExp): number {
  let max = 0;
  for (const id of existing) {
    const m = re.exec(id.replace(/\.yaml$/, ""));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}
