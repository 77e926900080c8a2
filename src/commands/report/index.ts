import type { Command } from "commander";
import type { CommandEnv } from "../../cli/context.js";
import * as draft from "./draft.js";
import * as exportCmd from "./export.js";
import * as issue from "./issue.js";
import * as list from "./list.js";
import * as show from "./show.js";
import * as sign from "./sign.js";

export function register(program: Command, env: CommandEnv) {
  const report = program
    .command("report")
    .description(
      "outcome reports and other papers that need replies: draft, sign, issue (协商成果, Art. 13–14)",
    );
  draft.register(report, env);
  sign.register(report, env);
  issue.register(report, env);
  exportCmd.register(report, env);
  list.register(report, env);
  show.register(report, env);
}
