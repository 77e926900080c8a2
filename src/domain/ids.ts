/**
 * Record ids (docs/data-format.md): numbered per committee and year, so that two committees never
 * take the same id and clerks of different committees never collide in git.
 */

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
