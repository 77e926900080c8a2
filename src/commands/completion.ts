import type { Command } from "commander";
import type { CommandEnv, Ctx } from "../cli/context.js";
import { msg } from "../domain/diagnostics.js";
import { UsageError } from "../errors.js";

const SHELLS = ["bash", "zsh", "fish", "powershell"] as const;

/**
 * Shell completion (README "Completion"): `xieshang completion bash` prints a script the
 * shell loads; at each Tab it calls the hidden `xieshang complete -- <words>`, which
 * answers with the commands and flags — and, from the data directory, committee codes,
 * department ids and record ids. The library (@bomb.sh/tab) is loaded only here.
 */
export function register(program: Command, env: CommandEnv) {
  program
    .command("completion")
    .description("a shell completion script: commands, flags, codes and ids (命令补全)")
    .argument("<shell>", SHELLS.join(" | "))
    .addHelpText(
      "after",
      `
The script completes commands and flags, and from the data directory of the current
folder: committee codes, department ids, topic and report ids.

Examples:
  $ source <(xieshang completion bash)          # this shell; add it to ~/.bashrc to keep it
  $ xieshang completion zsh > ~/.zfunc/_xieshang
  $ xieshang completion fish > ~/.config/fish/completions/xieshang.fish
  $ xieshang completion powershell >> $PROFILE`,
    )
    .action(async (shell: string, _flags: unknown, cmd: Command) => {
      const ctx = env.ctx(cmd);
      if (!(SHELLS as readonly string[]).includes(shell))
        throw new UsageError(
          msg("err.bad-choice", { flag: "SHELL", value: shell, values: SHELLS.join(", ") }),
        );
      const root = await tree(program, ctx);
      printing(ctx, () => root.setup("xieshang", "xieshang", shell));
    });
  program
    .command("complete", { hidden: true })
    .argument("[words...]")
    .allowUnknownOption()
    .action(async (words: string[], _flags: unknown, cmd: Command) => {
      const ctx = env.ctx(cmd);
      const root = await tree(program, ctx);
      printing(ctx, () => root.parse(words));
    });
}

type Root = Awaited<typeof import("@bomb.sh/tab")>["default"];

/** The completion library prints with console.log: its lines go to the command's stdout. */
function printing(ctx: Ctx, print: () => void) {
  const log = console.log;
  console.log = (...parts: unknown[]) => ctx.io.stdout.write(`${parts.join(" ")}\n`);
  try {
    print();
  } finally {
    console.log = log;
  }
}
type Complete = (value: string, description: string) => void;

/** What the data directory offers to complete, or nothing when there is none. */
function values(ctx: Ctx) {
  let ds: ReturnType<Ctx["load"]>["ds"] | undefined;
  try {
    ds = ctx.load(["topics", "reports"]).ds;
  } catch {
    ds = undefined; // no data directory here: commands and flags only
  }
  ctx.reading = "told"; // completion never reports files it could not read
  const each =
    <T>(list: T[], value: (t: T) => string, name: (t: T) => string) =>
    (complete: Complete) => {
      // one line a value: a name's own tab or line break would start another
      for (const t of list) complete(value(t), name(t).replace(/[\t\r\n]/g, " "));
    };
  const committees = ds?.committees.map((c) => c.value) ?? [];
  const departments = committees.flatMap((c) => c.departments);
  return {
    committee: each(
      committees,
      (c) => c.code,
      (c) => c.name,
    ),
    department: each(
      departments,
      (d) => d.id,
      (d) => d.name,
    ),
    topic: each(
      ds?.topics.map((t) => t.value) ?? [],
      (t) => t.id,
      (t) => t.title,
    ),
    report: each(
      ds?.reports.map((r) => r.value) ?? [],
      (r) => r.id,
      (r) => r.title,
    ),
    person: each(
      ds?.settings?.value.people ?? [],
      (p) => p.id,
      (p) => p.name,
    ),
  };
}

const OPTION_VALUES: Record<string, keyof ReturnType<typeof values>> = {
  committee: "committee",
  departments: "department",
  invited: "department",
  dept: "department",
  from: "department",
  to: "department",
  topic: "topic",
  by: "person",
  leaders: "person",
};
const ARGUMENT_VALUES: Record<string, keyof ReturnType<typeof values>> = {
  id: "topic",
  ids: "topic",
  "topic-id": "topic",
  "report-id": "report",
  code: "committee",
  ref: "department",
};

/** The command tree of the program, mirrored for the completion library. */
async function tree(program: Command, ctx: Ctx): Promise<Root> {
  // a tree of its own each time (the library's default one is shared by every caller), of
  // the default's class: the bundle takes only a library's default export (scripts/build.mjs)
  const shared = (await import("@bomb.sh/tab")).default;
  const root = new (shared.constructor as new () => typeof shared)();
  const data = values(ctx);
  const mirror = (cmd: Command, path: string) => {
    const target = path ? root.command(path, cmd.description()) : root;
    for (const o of cmd.options) {
      const long = o.long?.slice(2);
      if (!long) continue;
      const short = o.short?.slice(1);
      const kind = OPTION_VALUES[long];
      if (o.required || o.optional)
        target.option(long, o.description, kind ? data[kind] : () => {}, short);
      else target.option(long, o.description, short);
    }
    for (const a of cmd.registeredArguments) {
      // a report's id where the command is about reports
      const kind =
        path.startsWith("report") || path.startsWith("reply")
          ? a.name() === "id"
            ? "report"
            : ARGUMENT_VALUES[a.name()]
          : ARGUMENT_VALUES[a.name()];
      target.argument(a.name(), kind ? data[kind] : undefined, a.variadic);
    }
    for (const sub of cmd.commands) {
      if ((sub as unknown as { _hidden?: boolean })._hidden || sub.name() === "help") continue;
      mirror(sub, path ? `${path} ${sub.name()}` : sub.name());
    }
  };
  mirror(program, "");
  return root;
}
