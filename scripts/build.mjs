// Bundles the CLI into one ESM file (dist/xieshang.mjs). Commander uses require() of
// node built-ins, which a plain ESM bundle cannot do: the banner gives it a real require.

import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: ["src/cli/entry.ts"],
    outfile: "dist/xieshang.mjs",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    splitting: false,
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    banner: {
      js: 'import { createRequire as __xsCreateRequire } from "node:module"; const require = __xsCreateRequire(import.meta.url);',
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
