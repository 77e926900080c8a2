// The end-to-end tests run the built bundle: build it once before any test file runs.
// The crash test's writer is bundled beside node_modules' cache, never into the package.
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
    define: { "import.meta.url": "__xsModuleUrl" },
    banner: { js: 'var __xsModuleUrl=require("node:url").pathToFileURL(__filename).href;' },
  });
}
