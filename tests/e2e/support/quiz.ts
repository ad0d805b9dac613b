import { expect, type Locator, type Page } from "@playwright/test";
import { SAMPLE_MODULE_PATH } from "./session";
import { storedQuestions, type StoredQuestion } from "./e2e-database";

export const SAMPLE_SLUG = SAMPLE_MODULE_PATH.replace("/modules/", "");
export const QUIZ_PATH = `${SAMPLE_MODULE_PATH}/quiz`;

type Answer = {
  choiceId?: string;
  choiceIds?: string[];
  order?: string[];
  pairs?: { left: string; right: string }[];
};
type Body = {
  choices?: { id: string }[];
  items?: { id: string }[];
  pairs?: { left: { id: string }[]; right: { id: string }[] };
};

/** The right answer to a stored question, or one that earns nothing. */
export function responseFor(question: StoredQuestion, correct: boolean): Answer {
  const answer = JSON.parse(question.answer) as Answer;
  const body = JSON.parse(question.body) as Body;
  if (correct)
    return answer.pairs
      ? { pairs: answer.pairs }
      : answer.order
        ? { order: answer.order }
        : answer.choiceIds
          ? { choiceIds: answer.choiceIds }
          : { choiceId: answer.choiceId };
  if (answer.choiceId) return { choiceId: body.choices!.find((c) => c.id !== answer.choiceId)!.id };
  if (answer.choiceIds)
    return { choiceIds: [body.choices!.find((c) => !answer.choiceIds!.includes(c.id))!.id] };
  if (answer.order) return { order: [...answer.order].reverse() };
  const rights = answer.pairs!.map((p) => p.right);
  return {
    pairs: answer.pairs!.map((p, i) => ({ left: p.left, right: rights[(i + 1) % rights.length]! })),
  };
}

/** Presses Tab (forward) until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** The question on screen: its form, id and type (of the sample module unless `slug` says). */
export async function currentQuestion(page: Page, slug = SAMPLE_SLUG) {
  const form = page.locator("form[data-question-id]");
  const id = (await form.getAttribute("data-question-id"))!;
  const type = (await form.getAttribute("data-question-type"))!;
  const stored = storedQuestions(slug).find((q) => q.id === id)!;
  return { form, id, type, stored };
}

/** Puts together an answer to the question on screen with the keyboard alone: Space, arrows, Enter. */
export async function fillByKeyboard(page: Page, correct: boolean, slug = SAMPLE_SLUG) {
  const { form, type, stored } = await currentQuestion(page, slug);
  const response = responseFor(stored, correct);
  if (response.choiceId) {
    const radios = form.getByRole("radio");
    const ids = await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    await tabTo(page, radios.first());
    await page.keyboard.press("Space");
    for (let i = 0; i < ids.indexOf(response.choiceId); i++) await page.keyboard.press("ArrowDown");
    await expect(form.locator(`input[value="${response.choiceId}"]`)).toBeChecked();
  } else if (response.choiceIds) {
    for (const id of response.choiceIds) {
      await tabTo(page, form.locator(`input[value="${id}"]`));
      await page.keyboard.press("Space");
    }
  } else if (response.order) {
    // Selection sort: bring each item up to its place with its own Move up button.
    for (const [place, id] of response.order.entries()) {
      const items = form.getByRole("listitem");
      const texts = await items.allTextContents();
      const text = JSON.parse(stored.body).items.find((i: { id: string }) => i.id === id)
        .text as string;
      const at = texts.findIndex((t) => t.includes(text));
      if (at === place) continue;
      await tabTo(page, form.getByRole("button", { name: `Move up: ${text}`, exact: true }));
      for (let i = at; i > place; i--) await page.keyboard.press("Enter");
    }
  } else if (response.pairs) {
    for (const pair of response.pairs) {
      const select = form.locator(`select[id$="-${pair.left}"]`);
      const values = await select
        .locator("option")
        .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
      await tabTo(page, select);
      for (let i = 0; i < values.indexOf(pair.right); i++) await page.keyboard.press("ArrowDown");
      await expect(select).toHaveValue(pair.right);
    }
  }
  return { form, type, stored };
}

/** Answers the question on screen with the keyboard alone, and checks focus lands on the feedback. */
export async function answerByKeyboard(page: Page, correct: boolean, slug = SAMPLE_SLUG) {
  const { form, type, stored } = await fillByKeyboard(page, correct, slug);
  await tabTo(page, form.getByRole("button", { name: "Check answer" }));
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { level: 3 }).first();
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(correct ? /Correct/ : /Not right|Partly right/);
  return { type, stored };
}

/** Lower-case words only: a secret is found however the page escaped or split its punctuation. */
export function normalize(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCharCode(Number(dec)))
    .replace(/&(quot|amp|lt|gt|apos);/g, " ")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}

/**
 * What must not reach the browser before a question is answered: its explanation, its source
 * quote (unless the quote is public anyway, being part of a prompt or choice) and its answer.
 */
export function secretsOf(questions: StoredQuestion[], { answers = true } = {}) {
  const publicText = normalize(
    storedQuestions(SAMPLE_SLUG)
      .map((q) => `${q.prompt} ${q.body}`)
      .join(" | "),
  );
  return questions.flatMap((q) => {
    const secrets = [normalize(q.explanation).trim()];
    const quote = normalize(q.sourceQuote).trim();
    if (!publicText.includes(quote)) secrets.push(quote);
    if (answers) secrets.push(normalize(q.answer).trim());
    return secrets.map((secret) => ({ questionId: q.id, secret }));
  });
}

/**
 * Secrets of the given questions found in `text`, for a readable failure. Before anything is
 * answered, no answer of any shape and no feedback field may appear at all. Once a question is
 * answered its feedback and the student's own response are there by right, and a response like
 * {"choiceId":"a"} looks like any other question's answer: then only the other questions'
 * explanations and quotes are looked for (`answered: true`). Two questions may cite the same
 * sentence: text the answered question shows by right (`sharedWith`) is not a leak of another's.
 */
export function leakedSecrets(
  text: string,
  questions: StoredQuestion[],
  { answered = false, sharedWith = [] as StoredQuestion[] } = {},
) {
  const haystack = normalize(text);
  const keys = answered
    ? null
    : /isAnswer|correctAnswer|correctOrder|\\?"explanation\\?"\s*:/.exec(text);
  const shownByRight = normalize(
    sharedWith.map((q) => `${q.explanation} | ${q.sourceQuote} | ${q.citations}`).join(" | "),
  );
  const found = secretsOf(questions, { answers: !answered }).filter(
    (s) => haystack.includes(s.secret) && !shownByRight.includes(s.secret),
  );
  return [
    ...(keys ? [`key ${keys[0]}`] : []),
    ...found.map((s) => `${s.questionId}: ${s.secret.slice(0, 60)}`),
  ];
}

/** Answers every question of a module's quiz rightly, by keyboard, through to the results. */
export async function answerWholeQuiz(page: Page, slug = SAMPLE_SLUG) {
  await page.goto(`/modules/${slug}/quiz`);
  const total = storedQuestions(slug).length;
  for (let n = 1; n <= total; n++) {
    await expect(page.locator("legend")).toContainText(`Question ${n} of ${total}`);
    await answerByKeyboard(page, true, slug);
    const label = n < total ? "Next question" : "See my results";
    await tabTo(page, page.getByRole("button", { name: label }));
    await page.keyboard.press("Enter");
  }
  await expect(page.getByText(/You scored\s*100%/)).toBeVisible();
}
