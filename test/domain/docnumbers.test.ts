// Doc numbers (发文字号): the next free sequence of a committee and year, 〔〕 brackets.
import { describe, expect, it } from "vitest";
import { nextDocNumber, normalizeDocNumber } from "../../src/domain/docnumbers.js";

const TEMPLATE = "鄂政协{doc_code}〔{year}〕{n}号";

describe("nextDocNumber", () => {
  it("starts at 1, without leading zeros", () => {
    expect(nextDocNumber(TEMPLATE, "经", 2027, [])).toBe("鄂政协经〔2027〕1号");
  });

  it("follows the highest number of the same committee and year only", () => {
    const used = [
      "鄂政协经〔2027〕3号",
      "鄂政协经〔2027〕10号",
      "鄂政协经〔2026〕40号",
      "鄂政协农牧〔2027〕20号",
    ];
    expect(nextDocNumber(TEMPLATE, "经", 2027, used)).toBe("鄂政协经〔2027〕11号");
  });

  it("a doc code that is a prefix of another does not take its numbers", () => {
    expect(nextDocNumber(TEMPLATE, "农", 2027, ["鄂政协农牧〔2027〕5号"])).toBe(
      "鄂政协农〔2027〕1号",
    );
  });
});

describe("normalizeDocNumber", () => {
  it.each([
    ["鄂政协经[2027]3号", "鄂政协经〔2027〕3号"],
    ["鄂政协经【2027】3号", "鄂政协经〔2027〕3号"],
    ["鄂政协经（2027）3号", "鄂政协经〔2027〕3号"],
    [" 鄂政协经〔2027〕3号 ", "鄂政协经〔2027〕3号"],
  ])("%s → %s", (input, out) => {
    expect(normalizeDocNumber(input)).toBe(out);
  });
});
