import type { Command } from "commander";
import type { CommandEnv } from "../../cli/context.js";
import * as list from "./list.js";
import * as show from "./show.js";

export function register(program: Command, env: CommandEnv) {
  const committee = program
    .command("committee")
    .description("the liaison units of the 一览表 and their counterparts (专委会)");
  list.register(committee, env);
  show.register(committee, env);
}
