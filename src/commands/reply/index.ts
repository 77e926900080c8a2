import type { Command } from "commander";
import type { CommandEnv } from "../../cli/context.js";
import * as chase from "./chase.js";
import * as extend from "./extend.js";
import * as rate from "./rate.js";
import * as record from "./record.js";

/**
 * Art. 14: departments answer an issued report in writing. `reply record` notes the
 * written reply, `reply extend` a department's extra time, `reply chase` each 催办.
 */
export function register(program: Command, env: CommandEnv) {
  const reply = program
    .command("reply")
    .description(
      "written replies to issued reports: record, extend, chase, rate (答复反馈, Art. 14)",
    );
  record.register(reply, env);
  extend.register(reply, env);
  chase.register(reply, env);
  rate.register(reply, env);
}
