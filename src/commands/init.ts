import path from "node:path";
import type { Command } from "commander";
import { lockWait } from "../cli/apply.js";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { askText } from "../cli/fill.js";
import { commitText } from "../domain/commit-message.js";
import { msg } from "../domain/diagnostics.js";
import { RECORD_KINDS } from "../domain/schemas/index.js";
import { jsonSchema } from "../domain/schemas/json-schema.js";
import { EnvError, Interrupted, UsageError } from "../errors.js";
import { folderState, hasFile, SETTINGS_FILE } from "../store/find.js";
import {
  commitFirst,
  gitIdentity,
  gitTop,
  hasCommits,
  initRepository,
  installHook,
  isTop,
  isTracked,
  setLocalConfig,
} from "../store/git.js";
import { JOURNAL_FILE } from "../store/load.js";
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

/** A word for sh, quoted so that nothing in it is expanded: 'it'\''s'. */
const sh = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/** A path as the clerk would type it: quoted only when the shell would read it otherwise. */
const shellWord = (word: string) => (/[\s'"$`\\!*?[\]{}()<>|&;#~]/.test(word) ? sh(word) : word);

/** The line of the hook that names a data directory it checks (store/git.ts reads them). */
const dataLine = (rel: string) => `# xieshang data: ${JSON.stringify(rel)}`;

/**
 * The pre-commit hook: validates what is staged — the index, not the working tree — of
 * each data directory of the repository, with the installed xieshang, else the one that
 * ran init. A data directory not in the index yet (inside a repository the clerk has not
 * added it to) has nothing committed and is not checked. When its files are staged as
 * they stand (nothing else changed, nothing untracked), the working tree is the index and
 * is read in place, with its parse cache; otherwise the index is checked out into a
 * temporary folder, once, and read there.
 */
function hookScript(rels: string[]): string {
  const bin = path.join(packageRoot(), "bin", "xieshang.js");
  return `#!/bin/sh
# Installed by \`xieshang init\`: records that break the rules of the 办法 are not committed.
# The data directories it checks, one a line (each xieshang init adds its own):
${rels.map(dataLine).join("\n")}
# XIESHANG_HOOK=off git commit …  skips this check for one commit (other hooks still run)
[ "$XIESHANG_HOOK" = off ] && exit 0
TOP="$(git rev-parse --show-toplevel)"
xs() {
  if command -v xieshang >/dev/null 2>&1; then
    xieshang validate --brief --no-input --data "$1"
  else
    node ${sh(bin)} validate --brief --no-input --data "$1"
  fi
}
STAGED=""
trap '[ -z "$STAGED" ] || rm -rf "$STAGED"' EXIT
check() {
  REL="$1"
  [ -n "$(git ls-files -- "$REL/xieshang.yaml")" ] || return 0
  if git diff --quiet -- "$REL" && [ -z "$(git ls-files --others --exclude-standard -- "$REL")" ]; then
    xs "$TOP/$REL"
    return $?
  fi
  if [ -z "$STAGED" ]; then
    STAGED="$(mktemp -d)" || return 1
    git checkout-index --all --prefix="$STAGED/" || return 1
  fi
  xs "$STAGED/$REL"
}
cd "$TOP" || exit 1
status=0
${rels.map((rel) => `check ${sh(rel)} || status=1`).join("\n")}
exit $status
`;
}

/** The hook in place (docs/commands.md "init"), said when written; someone else's is named. */
function hook(ctx: Ctx, dir: string, top: string) {
  const placed = installHook(top, dir, hookScript, "xieshang init");
  if ("foreign" in placed)
    ctx.io.stderr.write(`${ctx.t("init.hook-foreign", { file: placed.foreign, dir })}\n`);
  else if (placed.written) ctx.io.stderr.write(`${ctx.t("init.hook", { file: placed.file })}\n`);
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
  // an empty committees/ is kept by git too (reading passes over dot-files)
  else files.push({ file: "committees/.gitkeep", text: "" });
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
  const write = {
    dir,
    lockWaitMs: lockWait(ctx),
    fs: ctx.fs,
    onRecovered: (message: string) =>
      ctx.io.stderr.write(`${ctx.t("write.recovered", { message })}\n`),
  };
  // a write cut short here (an init killed half-way) is taken back before anything is decided
  if (hasFile(dir, JOURNAL_FILE)) await writeNewFiles(write, [], "xieshang init");
  const state = folderState(dir);
  if (state === "not-empty")
    throw new UsageError(msg("init.not-empty", { dir }), [msg("init.not-empty.hint", {})]);
  // who commits, asked (or the way to say it named) before anything is made
  const who = await identity(ctx, dir);
  if (state === "data-directory") {
    // an older data directory gets what git should leave out
    if (!hasFile(dir, ".gitignore"))
      finished(
        await writeNewFiles(write, [{ file: ".gitignore", text: GITIGNORE }], "xieshang init"),
      );
    ctx.io.stdout.write(`${ctx.t("init.already", { dir })}\n`);
  } else {
    finished(await writeNewFiles(write, newFiles(opts.empty), "xieshang init"));
    ctx.io.stdout.write(`${ctx.t("init.created", { dir })}\n`);
  }
  gitStage(ctx, dir, who);
  if (state !== "data-directory") ctx.io.stderr.write(`${ctx.t("init.next")}\n`);
}

interface Who {
  name: string;
  email: string;
}

/**
 * git's identity, when init is to make a commit (a repository of its own, or one without
 * a commit yet) and git has none: asked on a terminal, kept in the data repository only;
 * elsewhere refused (exit 3) with the two lines that tell git, before anything is made.
 */
async function identity(ctx: Ctx, dir: string): Promise<Who | undefined> {
  const top = gitTop(dir);
  const commits = !top || (isTop(top, dir) && !hasCommits(top));
  if (!commits || gitIdentity(dir)) return undefined;
  if (!ctx.interactive)
    throw new EnvError(msg("init.no-identity", {}), [msg("init.no-identity.hint", {})]);
  const p = ctx.prompter!;
  return {
    name: await askText(ctx, p, ctx.t("prompt.git-name")),
    email: await askText(ctx, p, ctx.t("prompt.git-email")),
  };
}

/**
 * The data repository's own settings (README "Working as a team of clerks"): Chinese paths
 * shown as they are (core.quotepath=false), a pull that merges (pull.rebase=false: the
 * records two clerks made are then settled by xieshang resolve), and who commits, if asked.
 */
function settle(top: string, who: Who | undefined) {
  setLocalConfig(top, "core.quotepath", "false");
  setLocalConfig(top, "pull.rebase", "false");
  if (who) {
    setLocalConfig(top, "user.name", who.name);
    setLocalConfig(top, "user.email", who.email);
  }
}

/** A signal that came while the files were placed: the write finished, then exit 130. */
function finished(result: { readonly interrupted: string | undefined }) {
  if (result.interrupted) throw new Interrupted(msg("write.interrupted-after", {}));
}

/**
 * git for the data directory: a repository of its own with a first commit of init's
 * files when it is in none (or in one an init cut short left without a commit); the
 * pre-commit hook; inside another repository, a word on adding it there. A failed first
 * commit leaves the files written and exits 3.
 */
function gitStage(ctx: Ctx, dir: string, who: Who | undefined) {
  const existing = gitTop(dir);
  const top = existing ?? initRepository(dir);
  if (!top) {
    ctx.io.stderr.write(`${ctx.t("write.not-a-repo")}\n`);
    return;
  }
  if (isTop(top, dir)) settle(top, who);
  hook(ctx, dir, top);
  if (isTop(top, dir) && !hasCommits(top)) firstCommit(ctx, dir);
  else if (!isTracked(top, dir, SETTINGS_FILE))
    ctx.io.stderr.write(
      `${ctx.t("init.add-to-repo", { top, dir: shellWord(path.relative(top, dir)) })}\n`,
    );
}

function firstCommit(ctx: Ctx, dir: string) {
  try {
    commitFirst(
      dir,
      // what init makes, as far as it is there (never a file the clerk had in the folder)
      [...new Set(newFiles(false).map((f) => f.file.split("/")[0]!))].filter((p) =>
        hasFile(dir, p),
      ),
      // the bundled settings are Chinese: so is the first commit
      commitText("xieshang init", "zh"),
    );
  } catch (e) {
    throw new EnvError(
      msg("write.git-failed", { detail: ((e as { stderr?: string }).stderr ?? "").trim() }),
      [msg("init.commit-failed.hint", {})],
    );
  }
  ctx.io.stderr.write(`${ctx.t("init.git-init")}\n`);
}
