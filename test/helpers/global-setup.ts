// The end-to-end tests run the built bundle: build it once before any test file runs.
// The crash test's writer is bundled beside node_modules' cache, never into the package.
import { copyFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { buildCli } from "../../scripts/build.mjs";
import { ROOT, WRITER } from "./paths.js";

export default async function setup() {
  await buildCli();
  await build({
    absWorkingDir: ROOT,
    entryPoints: ["test/helpers/writer.ts"],
    outfile: WRITER,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
    // the documents from the built chunk, copied beside the writer (src/documents/load.ts)
    define: { "import.meta.url": "__xsModuleUrl", __XS_DOCUMENTS_CHUNK__: "true" },
    banner: { js: 'var __xsModuleUrl=require("node:url").pathToFileURL(__filename).href;' },
  });
  copyFileSync(
    path.join(ROOT, "dist", "xieshang-documents.cjs"),
    path.join(path.dirname(WRITER), "xieshang-documents.cjs"),
  );
}
