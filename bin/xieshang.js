#!/usr/bin/env node
// Runs the bundle (dist/xieshang.cjs) with its compiled code cached: start-up is most of
// what a clerk waits for, and compiling the bundle is a third of it (docs/architecture.md
// "Start-up"). Node 22+ has its own compile cache; on Node 20 V8's code cache is kept
// beside the bundle, or in the user's cache folder when the package is read-only, in a
// file named by the SHA-256 of the bundle: V8 itself checks only the source's length, so a
// cache is never used for any bundle but the one it was made from.
import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import module, { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const file = fileURLToPath(new URL("../dist/xieshang.cjs", import.meta.url));
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // the version needs no bundle: said from package.json, as the bundle would say it
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${pkg.version}\n`);
} else if (process.env.XIESHANG_DEBUG === "1") {
  // stack traces through the source map name the TypeScript files and lines
  process.setSourceMapsEnabled(true);
  require(file);
} else if (typeof module.enableCompileCache === "function") {
  module.enableCompileCache();
  require(file);
} else {
  runCached();
}

function runCached() {
  const bytes = readFileSync(file);
  const key = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  const name = `${path.basename(file)}.${key}.cache`;
  const folders = [
    path.dirname(file),
    path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "xieshang"),
  ];
  let cachedData;
  for (const folder of folders) {
    try {
      cachedData = readFileSync(path.join(folder, name));
      break;
    } catch {
      // not there: try the next place
    }
  }
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${bytes.toString("utf8")}\n})`,
    { filename: file, cachedData },
  );
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once("beforeExit", () => saveCache(folders, name, script.createCachedData()));
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file));
}

/** Writes the cache in the first folder that takes it, and removes those of older bundles. */
function saveCache(folders, name, data) {
  const prefix = `${path.basename(file)}.`;
  for (const folder of folders) {
    try {
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
