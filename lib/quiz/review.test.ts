import { describe, expect, it } from "vitest";
import { isDue, nextReview, reviewChangeAfterAnswer, scheduleAfterMiss, scheduleAfterReview } from "./review";

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2025-03-01T18:30:00Z");
const after = (from: Date, days: number) => new Date(from.getTime() + days * DAY);

describe("spaced review (Leitner boxes)", () => {
  it("a miss enters box 1, due a day later", () => {
    expect(scheduleAfterMiss(t0)).toEqual({ box: 1, dueAt: after(t0, 1) });
  });

  it("right answers when due move up: box 2 in 3 days, box 3 in 7 days, then out of the queue", () => {
    const box1 = scheduleAfterMiss(t0);
    const t1 = after(t0, 1);
    const box2 = scheduleAfterReview(box1, true, t1);
    expect(box2).toEqual({ box: 2, dueAt: after(t1, 3) });
    const t2 = after(t1, 3);
    const box3 = scheduleAfterReview(box2!, true, t2);
    expect(box3).toEqual({ box: 3, dueAt: after(t2, 7) });
    expect(scheduleAfterReview(box3!, true, after(t2, 7))).toBeNull();
  });

  it("a miss in any box goes back to box 1, due a day after the miss", () => {
    const late = after(t0, 30);
    for (const box of [1, 2, 3]) {
      expect(scheduleAfterReview({ box, dueAt: t0 }, false, late)).toEqual({
        box: 1,
        dueAt: after(late, 1),
      });
    }
  });

  it("a right answer before the item is due changes nothing", () => {
    const item = { box: 2 as const, dueAt: after(t0, 3) };
    const early = after(t0, 2.9);
    expect(scheduleAfterReview(item, true, early)).toEqual(item);
    expect(scheduleAfterReview({ box: 3, dueAt: after(t0, 7) }, true, early)).toEqual({
      box: 3,
      dueAt: after(t0, 7),
    });
  });

  it("a miss before the item is due still resets it", () => {
    expect(scheduleAfterReview({ box: 3, dueAt: after(t0, 7) }, false, after(t0, 1))).toEqual({
      box: 1,
      dueAt: after(t0, 2),
    });
  });

  it("a box outside 1..3 is treated as the nearest valid box", () => {
    expect(scheduleAfterReview({ box: 9, dueAt: t0 }, true, t0)).toBeNull();
    expect(scheduleAfterReview({ box: 0, dueAt: t0 }, true, t0)).toEqual({
      box: 2,
      dueAt: after(t0, 3),
    });
  });

  it("isDue: from the due moment on, not a millisecond before", () => {
    const item = scheduleAfterMiss(t0);
    expect(isDue(item, new Date(item.dueAt.getTime() - 1))).toBe(false);
    expect(isDue(item, item.dueAt)).toBe(true);
    expect(isDue(item, after(t0, 5))).toBe(true);
  });

  it("nextReview: only a miss adds a question to the queue", () => {
    expect(nextReview(null, true, t0)).toBeNull();
    expect(nextReview(null, false, t0)).toEqual({ box: 1, dueAt: after(t0, 1) });
    expect(nextReview({ box: 1, dueAt: t0 }, true, t0)).toEqual({ box: 2, dueAt: after(t0, 3) });
  });

  it("does not mutate the item it is given", () => {
    const item = { box: 2, dueAt: new Date(t0) };
    const next = scheduleAfterReview(item, true, after(t0, 1));
    expect(item).toEqual({ box: 2, dueAt: t0 });
    expect(next?.dueAt).not.toBe(item.dueAt);
  });

  it("reviewChangeAfterAnswer: the write each answer calls for", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    const due = { box: 2, dueAt: new Date("2026-03-09T12:00:00Z") };
    const notYet = { box: 2, dueAt: new Date("2026-03-11T12:00:00Z") };
    const lastDue = { box: 3, dueAt: new Date("2026-03-09T12:00:00Z") };
    const dayLater = new Date("2026-03-11T12:00:00Z");
    expect(reviewChangeAfterAnswer(null, false, now)).toEqual({ kind: "reset", box: 1, dueAt: dayLater });
    expect(reviewChangeAfterAnswer(notYet, false, now)).toEqual({ kind: "reset", box: 1, dueAt: dayLater });
    expect(reviewChangeAfterAnswer(null, true, now)).toBeNull();
    expect(reviewChangeAfterAnswer(notYet, true, now)).toBeNull();
    expect(reviewChangeAfterAnswer(due, true, now)).toEqual({ kind: "advance", box: 3, dueAt: new Date("2026-03-17T12:00:00Z") });
    expect(reviewChangeAfterAnswer(lastDue, true, now)).toEqual({ kind: "retire" });
  });
});
