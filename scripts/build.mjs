// Bundles the CLI into one file, dist/xieshang.cjs, that bin/xieshang.js loads with V8's
// code cache. CommonJS because a vm.Script (which can take cached code) runs scripts,
// not ES modules; the dynamic imports of the prompts and of Handlebars stay lazy: esbuild
// wraps each such module so that it is evaluated on first use only.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function buildCli() {
  rmSync(`${root}/dist`, { recursive: true, force: true });
  // the document writers and their libraries: a chunk of their own, loaded only by the
  // commands that write documents (src/documents/load.ts)
  await build({
    absWorkingDir: root,
    entryPoints: ["src/documents/index.ts"],
    outfile: "dist/xieshang-documents.cjs",
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
  await build({
    absWorkingDir: root,
    entryPoints: ["src/cli/entry.ts"],
    outfile: "dist/xieshang.cjs",
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: true,
    // XIESHANG_DEBUG=1 maps stack traces back to src/ (bin/xieshang.js)
    sourcemap: true,
    sourcesContent: false,
    legalComments: "none",
    logLevel: "warning",
    // a native module (prebuilt binary): required from node_modules, and only by review --format docx
    external: ["@resvg/resvg-js"],
    // src/store/package-files.ts finds the package from its own location
    define: { "import.meta.url": "__xsModuleUrl", __XS_DOCUMENTS_CHUNK__: "true" },
    banner: { js: 'var __xsModuleUrl=require("node:url").pathToFileURL(__filename).href;' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
