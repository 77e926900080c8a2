// A scripted prompter, as gh's PrompterMock: a test lists the questions it expects, in
// order, each with its answer; a question not scripted, asked in another order or of
// another kind fails the test, and so does a scripted one never asked (`done()`).
import { expect } from "vitest";
import { type Choice, PromptCancelled, type Prompter } from "../../src/cli/prompter.js";

type Kind = "input" | "select" | "checkbox" | "confirm" | "search";

/** Ctrl-C at this question: the prompt is abandoned. */
export const CANCEL = Symbol("Ctrl-C");

/**
 * One expected question: its kind, a part of its message, and the answer. A choice is
 * answered by a part of its name (or several, for a checkbox); an input's answer goes
 * through the question's own validation, and `rejected` collects what it said.
 */
export interface Step {
  kind: Kind;
  message: string | RegExp;
  answer: string | string[] | boolean | typeof CANCEL;
}

export interface ScriptedPrompter extends Prompter {
  /** Every question asked, as `kind: message`. */
  asked: string[];
  /** What an input's validation said of a scripted answer before the next was taken. */
  rejected: string[];
  /** Fails when a scripted question was never asked. */
  done(): void;
}

const matches = (m: string | RegExp, message: string) =>
  typeof m === "string" ? message.includes(m) : m.test(message);

export function scripted(...steps: Step[]): ScriptedPrompter {
  const queue = [...steps];
  const asked: string[] = [];
  const rejected: string[] = [];
  const next = (kind: Kind, message: string): Step => {
    asked.push(`${kind}: ${message}`);
    const step = queue.shift();
    if (!step) throw new Error(`unscripted question ${kind}: ${message}`);
    if (step.kind !== kind || !matches(step.message, message))
      throw new Error(
        `asked ${kind}: ${message}\nscripted ${step.kind}: ${String(step.message)}\nso far:\n${asked.join("\n")}`,
      );
    if (step.answer === CANCEL) throw new PromptCancelled();
    return step;
  };
  const pick = <T>(choices: Choice<T>[], answer: string): T => {
    const found =
      choices.find((c) => c.name === answer) ?? choices.find((c) => c.name.includes(answer));
    if (!found)
      throw new Error(`no choice "${answer}" among: ${choices.map((c) => c.name).join(" | ")}`);
    return found.value;
  };
  return {
    asked,
    rejected,
    async input(q) {
      for (;;) {
        const answer = String(next("input", q.message).answer);
        const value = answer === "" && q.default !== undefined ? q.default : answer;
        const verdict = q.validate?.(value) ?? true;
        if (verdict === true) return value;
        rejected.push(verdict);
      }
    },
    async select(q) {
      return pick(q.choices, String(next("select", q.message).answer));
    },
    async search(q) {
      return pick(q.choices, String(next("search", q.message).answer));
    },
    async checkbox(q) {
      const answer = next("checkbox", q.message).answer;
      const names = Array.isArray(answer) ? answer : [String(answer)];
      const picked = names.map((n) => pick(q.choices, n));
      if (picked.length === 0 && q.required) throw new Error(`checkbox "${q.message}" needs one`);
      return picked;
    },
    async confirm(q) {
      const answer = next("confirm", q.message).answer;
      return typeof answer === "boolean" ? answer : (q.default ?? true);
    },
    done() {
      expect(
        queue.map((s) => `${s.kind}: ${String(s.message)}`),
        "scripted, never asked",
      ).toEqual([]);
    },
  };
}
