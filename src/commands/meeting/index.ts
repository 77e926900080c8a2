import type { Command } from "commander";
import type { CommandEnv } from "../../cli/context.js";
import * as list from "./list.js";
import * as record from "./record.js";

export function register(program: Command, env: CommandEnv) {
  const meeting = program
    .command("meeting")
    .description("meetings and the other forms of consultation (协商活动, Art. 7–12)");
  record.register(meeting, env);
  list.register(meeting, env);
}
