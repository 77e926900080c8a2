import type { Command } from "commander";
import type { CommandEnv } from "../../cli/context.js";
import * as life from "./life.js";
import * as list from "./list.js";
import * as show from "./show.js";

export function register(program: Command, env: CommandEnv) {
  const department = program
    .command("department")
    .description("the counterpart departments (对口联系部门)");
  list.register(department, env);
  show.register(department, env);
  life.register(department, env);
}
