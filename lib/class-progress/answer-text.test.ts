import { describe, expect, it } from "vitest";
import { clozeQ, matchQ, multiQ, orderQ, singleQ, trueFalseQ } from "@/lib/quiz/test-fixtures";
import { UNREADABLE_ANSWER, answerText } from "./answer-text";

describe("answerText", () => {
  it("spells out picked choices", () => {
    expect(answerText(singleQ, { choiceId: "a" })).toBe("Abiy Ahmed");
    expect(answerText(trueFalseQ, { choiceId: "true" })).toBe("True");
    expect(answerText(clozeQ, { choiceId: "b" })).toBe("Juba");
    expect(answerText(multiQ, { choiceIds: ["a", "b"] })).toBe("African Union; NATO");
  });

  it("spells out an order and pairs", () => {
    expect(answerText(orderQ, { order: ["a", "b", "c", "d"] })).toBe(
      "Talks open in Jeddah → Truce collapses → Fighting breaks out → A ceasefire is signed",
    );
    expect(
      answerText(matchQ, {
        pairs: [
          { left: "l1", right: "r2" },
          { left: "l2", right: "r1" },
          { left: "l3", right: "r3" },
        ],
      }),
    ).toMatch(/^RSF → Paramilitary group; SAF → East African trade bloc; IGAD → /);
  });

  it("says so when a stored response no longer fits the question", () => {
    expect(answerText(singleQ, { choiceId: "zz" })).toBe(UNREADABLE_ANSWER);
    expect(answerText(orderQ, null)).toBe(UNREADABLE_ANSWER);
  });
});
