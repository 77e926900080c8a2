import path from "node:path";
import type { Command } from "commander";
import { lockWait } from "../cli/apply.js";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { msg } from "../domain/diagnostics.js";
import { RECORD_KINDS } from "../domain/schemas/index.js";
import { jsonSchema } from "../domain/schemas/json-schema.js";
import { UsageError } from "../errors.js";
import { folderState, hasFile, SETTINGS_FILE } from "../store/find.js";
import { commitAll, gitTop, initRepository, installHook } from "../store/git.js";
import { packageFiles, packageRoot, packageText } from "../store/package-files.js";
import { SCHEMAS_FOLDER } from "../store/records.js";
import { writeNewFiles } from "../store/write.js";

export interface InitOptions {
  dir?: string;
  empty: boolean;
}

export function register(program: Command, env: CommandEnv) {
  program
    .command("init")
    .description(
      "create a data directory: settings, the 一览表 committees, git and a pre-commit hook (初始化)",
    )
    .argument("[dir]", "the folder to create or fill (default: the current folder)")
    .option("--empty", "no committees (for a body with its own liaison table)")
    .addHelpText(
      "after",
      `
Creates xieshang.yaml, committees/ (the 8 units of the bundled 一览表 unless --empty),
.gitattributes and a README for clerks; runs git init with a first commit when the
folder is not in a git repository; installs a pre-commit hook running xieshang validate.
A non-empty folder that is not a data directory is refused; on a data directory it only
makes sure the hook is in place.

Examples:
  $ xieshang init ./xieshang-data
  $ xieshang init --empty ./another-body
  $ cd records && xieshang init`,
    )
    .action(async (dir: string | undefined, opts: { empty?: boolean }, cmd: Command) =>
      run({ dir, empty: Boolean(opts.empty) }, env.ctx(cmd)),
    );
}

const GITATTRIBUTES = `# xieshang records: git keeps each file's own line endings (CRLF or LF), byte for byte
*.yaml -text
*.md -text
*.hbs -text
`;

/** What git leaves out of a data directory: the write path's own files (docs/reliability.md "Reliability"). */
const GITIGNORE = `# xieshang: the lock, a write's temporary files and journal, the parse cache
.xieshang.lock*
.xs-*.tmp
.xieshang.journal
.xieshang-cache*.json
`;

/**
 * The pre-commit hook: validates what is staged — the index, not the working tree — with
 * the installed xieshang, else the one that ran init. When the data directory's files
 * are staged as they stand (nothing else changed, nothing untracked), the working tree is
 * the index and is read in place, with its parse cache; otherwise the index is checked
 * out into a temporary folder and read there.
 */
function hookScript(dataFromTop: string): string {
  const bin = path.join(packageRoot(), "bin", "xieshang.js");
  return `#!/bin/sh
# Installed by \`xieshang init\`: records that break the rules of the 办法 are not committed.
TOP="$(git rev-parse --show-toplevel)"
REL="${dataFromTop}"
xs() {
  if command -v xieshang >/dev/null 2>&1; then
    xieshang validate --brief --no-input --data "$1"
  else
    node "${bin.replace(/"/g, '\\"')}" validate --brief --no-input --data "$1"
  fi
}
cd "$TOP" || exit 1
if git diff --quiet -- "$REL" && [ -z "$(git ls-files --others --exclude-standard -- "$REL")" ]; then
  xs "$TOP/$REL"
  exit $?
fi
STAGED="$(mktemp -d)" || exit 1
trap 'rm -rf "$STAGED"' EXIT
git checkout-index --all --prefix="$STAGED/" || exit 1
xs "$STAGED/$REL"
`;
}

/** The hook in place (README "Working as a team of clerks"), said when written; someone else's is left alone. */
function hook(ctx: Ctx, dir: string, top: string) {
  const rel = path.relative(top, dir).split(path.sep).join("/") || ".";
  const file = installHook(top, hookScript(rel), "xieshang init");
  if (file) ctx.io.stderr.write(`${ctx.t("init.hook", { file })}\n`);
}

/** Every file of a new data directory, xieshang.yaml last (it marks one). */
function newFiles(empty: boolean): { file: string; text: string }[] {
  const modeline = (kind: string, up: string) =>
    `# yaml-language-server: $schema=${up}${SCHEMAS_FOLDER}/${kind}.schema.json\n`;
  const files: { file: string; text: string }[] = [];
  // the 一览表's committees, unless the body has its own liaison table
  if (!empty)
    for (const name of packageFiles("data/committees", /\.yaml$/))
      files.push({
        file: `committees/${name}`,
        text: modeline("committee", "../") + packageText(`data/committees/${name}`),
      });
  // the holiday calendars that ship with the tool: working-day deadlines need them
  for (const name of packageFiles("data/calendar", /^\d{4}\.yaml$/))
    files.push({
      file: `calendar/${name}`,
      text: modeline("calendar", "../") + packageText(`data/calendar/${name}`),
    });
  // the JSON Schemas, and a first line in each record pointing at its own (README "Editors")
  for (const k of Object.keys(RECORD_KINDS) as (keyof typeof RECORD_KINDS)[])
    files.push({
      file: `${SCHEMAS_FOLDER}/${k}.schema.json`,
      text: `${JSON.stringify(jsonSchema(k), null, 2)}\n`,
    });
  files.push({ file: ".gitattributes", text: GITATTRIBUTES });
  files.push({ file: ".gitignore", text: GITIGNORE });
  files.push({ file: "README.md", text: packageText("templates/data-readme.md") });
  files.push({
    file: SETTINGS_FILE,
    text: modeline("settings", "") + packageText(`data/${SETTINGS_FILE}`),
  });
  return files;
}

export async function run(opts: InitOptions, ctx: Ctx) {
  const dir = path.resolve(ctx.io.cwd, opts.dir ?? ".");
  const state = folderState(dir);
  if (state === "data-directory") {
    const top = gitTop(dir);
    if (top) hook(ctx, dir, top);
    // an older data directory gets what git should leave out
    if (!hasFile(dir, ".gitignore"))
      await writeNewFiles(
        { dir, lockWaitMs: lockWait(ctx), fs: ctx.fs },
        [{ file: ".gitignore", text: GITIGNORE }],
        "xieshang init",
      );
    ctx.io.stdout.write(`${ctx.t("init.already", { dir })}\n`);
    return;
  }
  if (state === "not-empty")
    throw new UsageError(msg("init.not-empty", { dir }), [msg("init.not-empty.hint", {})]);
  await writeNewFiles(
    { dir, lockWaitMs: lockWait(ctx), fs: ctx.fs },
    newFiles(opts.empty),
    "xieshang init",
    ["committees"],
  );
  ctx.io.stdout.write(`${ctx.t("init.created", { dir })}\n`);
  const existing = gitTop(dir);
  const top = existing ?? initRepository(dir);
  if (!top) ctx.io.stderr.write(`${ctx.t("write.not-a-repo")}\n`);
  else {
    hook(ctx, dir, top);
    if (!existing) firstCommit(ctx, dir);
  }
  ctx.io.stderr.write(`${ctx.t("init.next")}\n`);
}

function firstCommit(ctx: Ctx, dir: string) {
  try {
    commitAll(dir, "xieshang init");
    ctx.io.stderr.write(`${ctx.t("init.git-init")}\n`);
  } catch (e) {
    ctx.io.stderr.write(
      `${ctx.t("write.git-failed", { detail: ((e as { stderr?: string }).stderr ?? "").trim() })}\n`,
    );
  }
}
