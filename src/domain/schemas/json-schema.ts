import * as z from "zod";
import { RECORD_KINDS } from "./index.js";

/** JSON Schema (draft 2020-12) of one record kind, as the input a file may hold. */
export function jsonSchema(kind: keyof typeof RECORD_KINDS): Record<string, unknown> {
  const { schema, files } = RECORD_KINDS[kind];
  return {
    ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
    title: `xieshang ${kind}`,
    description: `${files} — see docs/data-format.md`,
  };
}
