// Spaced review with Leitner boxes (stored as `ReviewItem`). A missed question enters box 1; each
// right answer when due moves it up a box and waits longer; a right answer in the last box retires
// it; a miss anywhere sends it back to box 1. Time always comes in as `now`, so this stays pure.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days to wait before a question in each box is due again. */
export const REVIEW_INTERVAL_DAYS = { 1: 1, 2: 3, 3: 7 } as const;
export type ReviewBox = keyof typeof REVIEW_INTERVAL_DAYS;
export const LAST_BOX: ReviewBox = 3;

export type ReviewSchedule = { box: ReviewBox; dueAt: Date };

function inBox(box: ReviewBox, now: Date): ReviewSchedule {
  // Whole 24-hour days from the answer, not calendar days: no time zone needed, and a question
  // missed in the evening is not due again the next morning, after a few hours.
  return { box, dueAt: new Date(now.getTime() + REVIEW_INTERVAL_DAYS[box] * DAY_MS) };
}

/** A question answered wrong (or only partly right) joins the queue: box 1, due in a day. */
export function scheduleAfterMiss(now: Date): ReviewSchedule {
  return inBox(1, now);
}

/**
 * The item's next state after it is answered again, or null when it leaves the queue (right in
 * the last box). A right answer before the item is due changes nothing: moving up a box early
 * would reward cramming, which is what the spacing is there to prevent. A miss always resets it.
 * A box outside 1..3 (a hand-edited row) is treated as the nearest valid box.
 */
export function scheduleAfterReview(
  item: { box: number; dueAt: Date },
  correct: boolean,
  now: Date,
): ReviewSchedule | null {
  if (!correct) return scheduleAfterMiss(now);
  const box = clampBox(item.box);
  if (!isDue(item, now)) return { box, dueAt: new Date(item.dueAt.getTime()) };
  if (box === LAST_BOX) return null;
  return inBox((box + 1) as ReviewBox, now);
}

/**
 * For any answered question: the review state to store, or null for "no review item". A question
 * not in the queue enters it only when missed; one in the queue follows `scheduleAfterReview`.
 */
export function nextReview(
  item: { box: number; dueAt: Date } | null,
  correct: boolean,
  now: Date,
): ReviewSchedule | null {
  if (item) return scheduleAfterReview(item, correct, now);
  return correct ? null : scheduleAfterMiss(now);
}

/** What must be written to the stored review item after an answer, or null for nothing. */
export type ReviewChange =
  /** Missed: box 1 whatever was stored, the item made if there was none. */
  | ({ kind: "reset" } & ReviewSchedule)
  /** Right when due: the stored item moves up a box. */
  | ({ kind: "advance" } & ReviewSchedule)
  /** Right in the last box: the item leaves the queue. */
  | { kind: "retire" };

/**
 * The write `nextReview` calls for, given the item as stored (null: none). A right answer to a
 * question not in the queue, or before its item is due, writes nothing.
 */
export function reviewChangeAfterAnswer(
  item: { box: number; dueAt: Date } | null,
  correct: boolean,
  now: Date,
): ReviewChange | null {
  if (!correct) return { kind: "reset", ...scheduleAfterMiss(now) };
  if (!item) return null;
  const next = scheduleAfterReview(item, true, now);
  if (!next) return { kind: "retire" };
  const unchanged = next.box === item.box && next.dueAt.getTime() === item.dueAt.getTime();
  return unchanged ? null : { kind: "advance", ...next };
}

/** Due from the moment `dueAt` is reached. */
export function isDue(item: { dueAt: Date }, now: Date): boolean {
  return now.getTime() >= item.dueAt.getTime();
}

function clampBox(box: number): ReviewBox {
  if (!(box > 1)) return 1; // also NaN
  return box >= LAST_BOX ? LAST_BOX : (Math.floor(box) as ReviewBox);
}
