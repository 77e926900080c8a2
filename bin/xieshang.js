#!/usr/bin/env node
// Runs the bundle (dist/xieshang.cjs) with its compiled code cached: start-up is most of
// what a clerk waits for, and compiling the bundle is a third of it (docs/architecture.md
// "Start-up"). Node 22+ has its own compile cache; on Node 20 V8's code cache is kept
// beside the bundle, or in the user's cache folder when the package is read-only, in a
// file named by the bundle's stat, as git's index knows a file: device, inode, size, and
// modification and change times in nanoseconds. V8 itself checks only the source's
// length, so a cache is never used for any bundle but the one it was made from: any
// rewrite of the bundle (a build, an install, an edit) changes its change time, which no
// program can set back. Hashing the bundle instead cost 8 ms a run (node:crypto and
// SHA-256 of 0.9 MB).
// CommonJS (bin/package.json): Node's ES module loader is never started, and each module is
// required only on the path that needs it.
const { readFileSync } = require("node:fs");
const path = require("node:path");

const file = path.join(__dirname, "..", "dist", "xieshang.cjs");

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // the version needs no bundle: said from package.json, as the bundle would say it
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));
  process.stdout.write(`${pkg.version}\n`);
} else if (process.env.XIESHANG_DEBUG === "1") {
  // stack traces through the source map name the TypeScript files and lines
  process.setSourceMapsEnabled(true);
  require(file);
} else if (typeof require("node:module").enableCompileCache === "function") {
  require("node:module").enableCompileCache();
  require(file);
} else {
  runCached();
}

function runCached() {
  const { closeSync, fstatSync, openSync } = require("node:fs");
  const { createRequire } = require("node:module");
  const vm = require("node:vm");
  // the stat and the bytes of one open file: the key names the bytes that are compiled
  const fd = openSync(file, "r");
  let bytes;
  let stat;
  try {
    stat = fstatSync(fd, { bigint: true });
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  const key = [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs]
    .map((n) => n.toString(36))
    .join("-");
  const name = `${path.basename(file)}.${key}.cache`;
  // each place a function: the user's cache folder is asked of node:os only when needed
  const folders = [
    () => path.dirname(file),
    () =>
      path.join(
        process.env.XDG_CACHE_HOME || path.join(require("node:os").homedir(), ".cache"),
        "xieshang",
      ),
  ];
  let cachedData;
  for (const folder of folders) {
    try {
      cachedData = readFileSync(path.join(folder(), name));
      break;
    } catch {
      // not there: try the next place
    }
  }
  // the file is one expression, the module's function (scripts/build.mjs): compiled as
  // it is, no copy of its 0.7 MB made
  // ASCII (the build escapes the rest; a bundle edited by hand may not be) is read as
  // Latin-1, byte for character
  const text = require("node:buffer").isAscii(bytes) ? bytes.toString("latin1") : `${bytes}`;
  const script = new vm.Script(text, { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once("beforeExit", () => {
      // V8 takes a cache only under the flags it was made under, and a reading of record
      // folders changes one (src/store/load.ts): put back to its default, or every later
      // start would refuse the cache and compile the bundle again
      require("node:v8").setFlagsFromString("--semi-space-growth-factor=2");
      saveCache(folders, name, script.createCachedData());
    });
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file));
}

/** Writes the cache in the first folder that takes it, and removes those of older bundles. */
function saveCache(folders, name, data) {
  const { mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } = require("node:fs");
  const prefix = `${path.basename(file)}.`;
  for (const place of folders) {
    try {
      const folder = place();
      mkdirSync(folder, { recursive: true });
      const temp = path.join(folder, `.${name}.${process.pid}.tmp`);
      writeFileSync(temp, data);
      renameSync(temp, path.join(folder, name));
      for (const old of readdirSync(folder)) {
        if (old !== name && old.startsWith(prefix) && old.endsWith(".cache")) {
          try {
            unlinkSync(path.join(folder, old));
          } catch {
            // another process's, or gone already
          }
        }
      }
      return;
    } catch {
      // read-only here: try the next place; without any, run uncached next time too
    }
  }
}
