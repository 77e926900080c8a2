// Bundles the CLI into one file, dist/xieshang.cjs, that bin/xieshang.js loads with V8's
// code cache. CommonJS because a vm.Script (which can take cached code) runs scripts,
// not ES modules; the dynamic imports of the prompts and of Handlebars stay lazy: esbuild
// wraps each such module so that it is evaluated on first use only.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decode, encode } from "@jridgewell/sourcemap-codec";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Modules that cost milliseconds to load at every start though only some commands use
 * them (docs/architecture.md "Start-up"):
 * - node:child_process (6 ms; commander requires it at its top for executable
 *   subcommands, which xieshang has none of), node:crypto and node:zlib (4–5 ms each),
 *   node:v8 (4 ms at start, 1 ms later: src/store/load.ts), node:os (the lock's host
 *   name, for writes only);
 * - the YAML editor `yaml` (4 ms): reading uses js-yaml; writes and error positions
 *   need it; and js-yaml itself, which a command whose files are all in the parse cache
 *   never calls (the settings' language and time zone come from the cache too:
 *   src/store/find.ts);
 * - the record schemas, src/domain/schemas/ (25 ms: zod and the building of every
 *   schema), which check only files that the parse cache does not hold. Their modules
 *   import zod and one another directly; every other module reaches them through here.
 * In the bundle, an import of one of them is a module of getters that loads the real one
 * on the first use of any of its exports: a built-in by require, one of the bundle's
 * modules by esbuild's require (a required ES module is evaluated when first required).
 * Its getters are the real module's exports, so nothing is missing.
 */
const LAZY_BUILTINS = /^(node:child_process|node:crypto|node:os|node:v8|node:zlib)$/;
const LAZY_PACKAGES = /^(yaml|js-yaml)$/;
const SCHEMAS = path.join(root, "src", "domain", "schemas");
const LAZY_SOURCES = /\/schemas\/[\w-]+\.js$/;

/** The names a module exports, as esbuild sees them. */
async function exportsOf(spec) {
  if (!spec.endsWith(".ts"))
    return Object.keys(createRequire(import.meta.url)(spec)).filter(
      (k) => k !== "default" && k !== "__esModule",
    );
  const { metafile } = await build({
    entryPoints: [spec],
    write: false,
    metafile: true,
    format: "esm",
    outdir: "out",
    logLevel: "silent",
  });
  return Object.values(metafile.outputs)[0].exports;
}

const lazyModules = {
  name: "lazy-modules",
  setup(b) {
    const lazy = (path) => ({ path, namespace: "lazy-module" });
    b.onResolve({ filter: LAZY_BUILTINS }, (args) =>
      args.namespace === "lazy-module" ? { path: args.path, external: true } : lazy(args.path),
    );
    b.onResolve({ filter: LAZY_PACKAGES }, (args) =>
      args.namespace === "lazy-module" ? undefined : lazy(args.path),
    );
    b.onResolve({ filter: LAZY_SOURCES }, (args) => {
      const file = path.resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"));
      // the schemas among themselves, and the getters' own require: the real module
      if (args.namespace === "lazy-module" || path.dirname(args.importer) === SCHEMAS)
        return undefined;
      return lazy(file);
    });
    b.onLoad({ filter: /.*/, namespace: "lazy-module" }, async (args) => ({
      loader: "js",
      resolveDir: root,
      contents: [
        "let real;",
        `const load = () => (real ??= require(${JSON.stringify(args.path)}));`,
        `for (const key of ${JSON.stringify(await exportsOf(args.path))})`,
        "  Object.defineProperty(exports, key, { enumerable: true, get: () => load()[key] });",
      ].join("\n"),
    }));
  },
};

/**
 * chalk's own detection of colour support, which requires node:tty (and with it
 * node:net, 5 ms) at every start: xieshang always gives chalk its level itself
 * (src/cli/context.ts), so chalk's detection is replaced by "none found".
 */
const noColorDetection = {
  name: "no-color-detection",
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: "supports-color",
      namespace: "no-color-detection",
    }));
    b.onLoad({ filter: /.*/, namespace: "no-color-detection" }, () => ({
      loader: "js",
      contents: "export default { stdout: false, stderr: false };",
    }));
  },
};

/**
 * Libraries that only some commands use, each group a chunk of its own beside the bundle
 * (docs/architecture.md "Start-up"): the prompts (only on a terminal, only when something
 * is missing), Handlebars (report draft) and the completion library. Every start reads
 * and decodes all the bundle holds, and deserialises from the code cache every function
 * declared at its top level, run or not: esbuild hoists an ES module's functions there
 * even when the module is evaluated on first use (a CommonJS library stays inside its
 * wrapper, which costs little). In the bundle, an import of one of them is a module that
 * requires its chunk, on the first use (the imports are dynamic).
 */
const CHUNKS = {
  "xieshang-prompts.cjs": [
    "@inquirer/input",
    "@inquirer/select",
    "@inquirer/search",
    "@inquirer/checkbox",
    "@inquirer/confirm",
  ],
  "xieshang-handlebars.cjs": ["handlebars"],
  "xieshang-completion.cjs": ["@bomb.sh/tab"],
};
const chunkOf = new Map(
  Object.entries(CHUNKS).flatMap(([chunk, specs]) => specs.map((spec) => [spec, chunk])),
);
const literal = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const chunkFilter = new RegExp(`^(${[...chunkOf.keys()].map(literal).join("|")})$`);

/** In the bundle: each library of a chunk, required from the chunk beside the bundle. */
const fromChunks = {
  name: "from-chunks",
  setup(b) {
    b.onResolve({ filter: chunkFilter }, (args) => ({ path: args.path, namespace: "chunk" }));
    b.onResolve({ filter: /^\.\/xieshang-.*\.cjs$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
    // what `(await import(spec)).default` is in the sources, the only part of these
    // libraries they use: an ES module's default export, or a CommonJS module's exports
    b.onLoad({ filter: /.*/, namespace: "chunk" }, (args) => ({
      loader: "js",
      contents: [
        `const lib = require("./${chunkOf.get(args.path)}")[${JSON.stringify(args.path)}];`,
        "module.exports = lib.__esModule ? lib.default : lib;",
      ].join("\n"),
    }));
  },
};

/** A chunk: its libraries, each under its name. */
function chunkEntry(specs) {
  return specs
    .map((spec) => `exports[${JSON.stringify(spec)}] = require(${JSON.stringify(spec)});`)
    .join("\n");
}

/**
 * The bundle as the shim compiles it (bin/xieshang.js), in two ways:
 * - In ASCII. esbuild escapes the non-ASCII characters of strings but leaves those of
 *   regular expressions (the Chinese date and notice patterns), and one such character
 *   makes V8 hold the whole source at two bytes a character: escaped, the string is half
 *   the memory and made sooner. `\uXXXX` means the same in a regular expression (with or
 *   without the u flag, a surrogate pair as one character), a string, a template and an
 *   identifier; the bundle has no String.raw.
 * - As one expression whose value is the module's function, (exports, require, module,
 *   __filename, __dirname) => …, so that the shim compiles the file's text as it is: made
 *   into a function at each start, the 0.7 MB text was copied once more, and the copy cost
 *   a garbage collection (about 5 ms a start). Required as a CommonJS module (Node 22's
 *   compile cache, XIESHANG_DEBUG), the expression calls the function itself.
 * The source map's columns move with the characters.
 */
const PREFIX =
  '((main) => typeof module === "object" && module !== null && typeof require === "function" ' +
  "? main(exports, require, module, __filename, __dirname) : main)" +
  "(function (exports, require, module, __filename, __dirname) {";
const SUFFIX = "\n})";

function finishBundle(file) {
  const code = readFileSync(file, "utf8");
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8"));
  if (/String\.raw/.test(code)) throw new Error(`${file}: String.raw would see the escapes`);
  const lines = code.split("\n");
  const mappings = decode(map.mappings);
  const out = lines.map((line, i) => {
    if (![...line].some((ch) => ch.charCodeAt(0) > 0x7f)) return line;
    // the new column of each old one: 5 more for each character escaped before it
    const shift = new Int32Array(line.length + 1);
    let escaped = "";
    for (let c = 0; c < line.length; c++) {
      const unit = line.charCodeAt(c);
      shift[c + 1] = shift[c] + (unit > 0x7f ? 5 : 0);
      escaped += unit > 0x7f ? `\\u${unit.toString(16).padStart(4, "0")}` : line[c];
    }
    for (const segment of mappings[i] ?? []) segment[0] += shift[segment[0]];
    return escaped;
  });
  out[0] = PREFIX + out[0];
  for (const segment of mappings[0] ?? []) segment[0] += PREFIX.length;
  map.mappings = encode(mappings);
  writeFileSync(file, out.join("\n") + SUFFIX);
  writeFileSync(`${file}.map`, JSON.stringify(map));
}

export async function buildCli() {
  rmSync(`${root}/dist`, { recursive: true, force: true });
  // what every file of dist/ is: one CommonJS file for Node 20, minified
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    // an import.meta left empty in a CommonJS file breaks whatever reads it at run time
    // (a chunk's native module, the package's own files): never a warning, always an error
    logOverride: { "empty-import-meta": "error" },
  };
  // the document writers and their libraries: a chunk of their own, loaded only by the
  // commands that write documents (src/documents/load.ts)
  await build({
    ...common,
    entryPoints: ["src/documents/index.ts"],
    outfile: "dist/xieshang-documents.cjs",
    // the 通报's charts are rasterised by a native module (prebuilt binary), required from
    // node_modules beside the chunk (src/documents/review.ts)
    external: ["@resvg/resvg-js"],
    define: { "import.meta.url": "__xsModuleUrl" },
    banner: { js: 'var __xsModuleUrl=require("node:url").pathToFileURL(__filename).href;' },
  });
  for (const [chunk, specs] of Object.entries(CHUNKS)) {
    await build({
      ...common,
      stdin: { contents: chunkEntry(specs), resolveDir: root, loader: "js" },
      outfile: `dist/${chunk}`,
    });
  }
  await build({
    ...common,
    entryPoints: ["src/app/entry.ts"],
    outfile: "dist/xieshang.cjs",
    // XIESHANG_DEBUG=1 maps stack traces back to src/ (bin/xieshang.js)
    sourcemap: true,
    sourcesContent: false,
    // a native module (prebuilt binary): required from node_modules, and only by review --format docx
    external: ["@resvg/resvg-js"],
    plugins: [lazyModules, noColorDetection, fromChunks],
    // src/store/package-files.ts finds the package from its own location
    define: { "import.meta.url": "__xsModuleUrl", __XS_DOCUMENTS_CHUNK__: "true" },
    banner: { js: 'var __xsModuleUrl=require("node:url").pathToFileURL(__filename).href;' },
  });
  finishBundle(`${root}/dist/xieshang.cjs`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
