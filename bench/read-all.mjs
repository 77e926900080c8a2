// The I/O floor of docs/performance.md: read every file of a data directory, and nothing else.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

let bytes = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else bytes += readFileSync(p).length;
  }
}
walk(process.argv[2]);
if (bytes < 0) console.log(bytes);
