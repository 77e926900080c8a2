import type { Command } from "commander";
import type { CommandEnv } from "../../cli/context.js";
import * as list from "./list.js";
import * as move from "./move.js";
import * as propose from "./propose.js";

export function register(program: Command, env: CommandEnv) {
  const topic = program
    .command("topic")
    .description("consultation topics: propose, shortlist, confirm, conclude, withdraw (协商议题)");
  propose.register(topic, env);
  list.register(topic, env);
  for (const action of ["shortlist", "confirm", "conclude", "withdraw"] as const)
    move.register(topic, env, action);
}
