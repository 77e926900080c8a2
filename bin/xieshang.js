#!/usr/bin/env node
// Runs the bundle (dist/xieshang.cjs) through V8's code cache: start-up is most of what a
// clerk waits for, and compiling the bundle is a third of it (SPEC §7). The cache is
// kept beside the bundle, or in the user's cache folder when the package is read-only;
// V8 refuses a cache that does not match the bundle or itself, and it is then rebuilt.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const file = fileURLToPath(new URL("../dist/xieshang.cjs", import.meta.url));
const code = readFileSync(file, "utf8");
const caches = [
  `${file}.cache`,
  path.join(
    process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache"),
    "xieshang",
    `${path.basename(file)}-${code.length}.cache`,
  ),
];
let cachedData;
for (const c of caches) {
  try {
    cachedData = readFileSync(c);
    break;
  } catch {
    // not there: try the next place
  }
}
const script = new vm.Script(
  `(function (exports, require, module, __filename, __dirname) {${code}\n})`,
  {
    filename: file,
    cachedData,
  },
);
if (cachedData === undefined || script.cachedDataRejected) {
  process.once("beforeExit", () => {
    const data = script.createCachedData();
    for (const c of caches) {
      try {
        mkdirSync(path.dirname(c), { recursive: true });
        const temp = `${c}.${process.pid}.tmp`;
        writeFileSync(temp, data);
        renameSync(temp, c);
        return;
      } catch {
        // read-only here: try the next place; without any, run uncached next time too
      }
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
