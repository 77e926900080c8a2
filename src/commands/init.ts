import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { msg } from "../domain/diagnostics.js";
import { RECORD_KINDS } from "../domain/schemas/index.js";
import { jsonSchema } from "../domain/schemas/json-schema.js";
import { EnvError, UsageError } from "../errors.js";
import { SETTINGS_FILE } from "../store/find.js";
import { git, gitTop } from "../store/git.js";
import { packageRoot } from "../store/package-files.js";
import { SCHEMAS_FOLDER } from "../store/records.js";

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

/** What git leaves out of a data directory: the write path's own files (README "Reliability"). */
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

function installHook(ctx: Ctx, dir: string, top: string) {
  const hooks = path.resolve(top, git(top, "rev-parse", "--git-path", "hooks").trim());
  mkdirSync(hooks, { recursive: true });
  const file = path.join(hooks, "pre-commit");
  const rel = path.relative(top, dir).split(path.sep).join("/") || ".";
  if (existsSync(file) && !readFileSync(file, "utf8").includes("xieshang init")) return; // someone else's hook
  writeFileSync(file, hookScript(rel));
  chmodSync(file, 0o755);
  ctx.io.stderr.write(`${ctx.t("init.hook", { file })}\n`);
}

export async function run(opts: InitOptions, ctx: Ctx) {
  const dir = path.resolve(ctx.io.cwd, opts.dir ?? ".");
  if (existsSync(path.join(dir, SETTINGS_FILE))) {
    const top = gitTop(dir);
    if (top) installHook(ctx, dir, top);
    // an older data directory gets what git should leave out
    if (!existsSync(path.join(dir, ".gitignore")))
      writeFileSync(path.join(dir, ".gitignore"), GITIGNORE, { flag: "wx" });
    ctx.io.stdout.write(`${ctx.t("init.already", { dir })}\n`);
    return;
  }
  if (existsSync(dir) && readdirSync(dir).some((n) => !n.startsWith("."))) {
    throw new UsageError(msg("init.not-empty", { dir }), [msg("init.not-empty.hint", {})]);
  }
  const bundled = path.join(packageRoot(), "data");
  const files: [string, string][] = [];
  if (!opts.empty) {
    for (const name of readdirSync(path.join(bundled, "committees")).sort()) {
      if (name.endsWith(".yaml"))
        files.push([
          `committees/${name}`,
          readFileSync(path.join(bundled, "committees", name), "utf8"),
        ]);
    }
  }
  // the holiday calendars that ship with the tool: working-day deadlines need them
  for (const name of readdirSync(path.join(bundled, "calendar")).sort()) {
    if (/^\d{4}\.yaml$/.test(name))
      files.push([`calendar/${name}`, readFileSync(path.join(bundled, "calendar", name), "utf8")]);
  }
  // the JSON Schemas, and a first line in each record pointing at its own (README "Editors")
  const kinds = Object.keys(RECORD_KINDS) as (keyof typeof RECORD_KINDS)[];
  for (const k of kinds)
    files.push([
      `${SCHEMAS_FOLDER}/${k}.schema.json`,
      `${JSON.stringify(jsonSchema(k), null, 2)}\n`,
    ]);
  const modeline = (kind: string, up: string) =>
    `# yaml-language-server: $schema=${up}${SCHEMAS_FOLDER}/${kind}.schema.json\n`;
  for (const f of files) {
    if (f[0].startsWith("committees/")) f[1] = modeline("committee", "../") + f[1];
    if (f[0].startsWith("calendar/")) f[1] = modeline("calendar", "../") + f[1];
  }
  files.push([".gitattributes", GITATTRIBUTES]);
  files.push([".gitignore", GITIGNORE]);
  files.push([
    "README.md",
    readFileSync(path.join(packageRoot(), "templates", "data-readme.md"), "utf8"),
  ]);
  files.push([
    SETTINGS_FILE,
    modeline("settings", "") + readFileSync(path.join(bundled, SETTINGS_FILE), "utf8"),
  ]); // last: marks it a data directory

  const created: string[] = [];
  try {
    mkdirSync(path.join(dir, "committees"), { recursive: true });
    mkdirSync(path.join(dir, SCHEMAS_FOLDER), { recursive: true });
    mkdirSync(path.join(dir, "calendar"), { recursive: true });
    for (const [rel, text] of files) {
      const abs = path.join(dir, ...rel.split("/"));
      writeFileSync(abs, text, { flag: "wx" });
      created.push(abs);
    }
  } catch (e) {
    for (const f of created) rmSync(f, { force: true }); // leave no half-made data directory
    throw new EnvError(
      msg("write.fs-failed", { dir, detail: (e as NodeJS.ErrnoException).code ?? String(e) }),
      [msg("write.nothing-lost", {})],
    );
  }
  ctx.io.stdout.write(`${ctx.t("init.created", { dir })}\n`);

  let top = gitTop(dir);
  if (!top) {
    try {
      git(dir, "init", "--quiet");
      top = gitTop(dir);
    } catch {
      ctx.io.stderr.write(`${ctx.t("write.not-a-repo")}\n`);
    }
    if (top) {
      installHook(ctx, dir, top);
      try {
        git(dir, "add", "--", ".");
        git(dir, "commit", "--quiet", "--no-verify", "-m", "xieshang init");
        ctx.io.stderr.write(`${ctx.t("init.git-init")}\n`);
      } catch (e) {
        ctx.io.stderr.write(
          `${ctx.t("write.git-failed", { detail: ((e as { stderr?: string }).stderr ?? "").trim() })}\n`,
        );
      }
    }
  } else {
    installHook(ctx, dir, top);
  }
  ctx.io.stderr.write(`${ctx.t("init.next")}\n`);
}
