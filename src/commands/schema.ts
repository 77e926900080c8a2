import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { emitInto, outFolder } from "../cli/emit.js";
import { printJson } from "../cli/render/json.js";
import { RECORD_KINDS } from "../domain/schemas/index.js";
import { jsonSchema } from "../domain/schemas/json-schema.js";

export function register(program: Command, env: CommandEnv) {
  program
    .command("schema")
    .description("JSON Schemas of every record kind, for editors (数据格式的 JSON Schema)")
    .option("--out <dir>", "write <kind>.schema.json files into this folder")
    .addHelpText(
      "after",
      `
Without --out, prints one JSON document {"settings": …, "committee": …, "topic": …,
"activity": …, "report": …, "calendar": …}. An editor with the YAML language server
checks a record as you type with a first line such as:
  # yaml-language-server: $schema=../../schemas/topic.schema.json

Examples:
  $ xieshang schema --out schemas
  $ xieshang schema | jq .topic.required`,
    )
    .action(async (opts: { out?: string }, cmd: Command) => run(opts, env.ctx(cmd)));
}

export async function run(opts: { out?: string }, ctx: Ctx) {
  const kinds = Object.keys(RECORD_KINDS) as (keyof typeof RECORD_KINDS)[];
  if (!opts.out) {
    printJson(ctx, Object.fromEntries(kinds.map((k) => [k, jsonSchema(k)])));
    return;
  }
  const dir = outFolder(ctx, opts.out);
  for (const k of kinds)
    emitInto(ctx, dir, `${k}.schema.json`, `${JSON.stringify(jsonSchema(k), null, 2)}\n`);
}
