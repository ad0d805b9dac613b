import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createClass, newSignedInUser, readLoginCards, signInWith } from "./support/classes";

const unique = () => randomUUID().slice(0, 6);

test("a teacher creates a class, a student joins it, the teacher adds, resets and removes students", async ({ browser }) => {
  test.setTimeout(120_000);
  const teacher = await newSignedInUser(browser, "Ms Teacher", "Teacher");
  const tp = teacher.page;
  await expect(tp.getByRole("link", { name: "Teaching" })).toBeVisible();

  // A class needs a name: the form says so and creates nothing.
  await tp.goto("/teach");
  await tp.getByRole("button", { name: "Create class" }).click();
  await expect(tp.getByText("Enter a name for the class.")).toBeVisible();
  await expect(tp.getByLabel("Class name")).toHaveAttribute("aria-invalid", "true");
  await expect(tp.getByText("No classes yet.")).toBeVisible();
  await expectNoAxeViolations(tp);

  const className = `Year 9 History ${unique()}`;
  const { joinCode, studentsPath } = await createClass(tp, className);
  expect(joinCode).toMatch(/^[A-Z2-9]{7}$/);
  await expect(tp.getByRole("link", { name: "Students", exact: true })).toHaveAttribute("aria-current", "page");

  // A student who signed up themselves joins with the code, typed loosely, from a shared link.
  const student = await newSignedInUser(browser, "Sam Self", "Student");
  const sp = student.page;
  await expect(sp.getByRole("link", { name: "My classes" })).toHaveAttribute("href", "/dashboard");
  await sp.goto("/join?code=ZZZZ-ZZZ");
  await expect(sp.getByLabel("Class code")).toHaveValue("ZZZZ-ZZZ");
  await expectNoAxeViolations(sp);
  await sp.getByRole("button", { name: "Join class" }).click();
  await expect(sp.getByText("No class has that code.")).toBeVisible();
  await sp.getByLabel("Class code").fill(`${joinCode.slice(0, 3).toLowerCase()}-${joinCode.slice(3).toLowerCase()}`);
  await sp.getByRole("button", { name: "Join class" }).click();
  await expect(sp).toHaveURL(/\/dashboard\?joined=/);
  expect(decodeURIComponent(new URL(sp.url()).searchParams.get("joined")!)).toBe(className);
  await expect(sp.getByRole("status").filter({ hasText: `You joined ${className}.` })).toBeVisible();

  // The teacher sees them in the roster, but not their email (teaching does not need it); their
  // password is not the teacher's to reset.
  await tp.goto(studentsPath);
  const selfRow = tp.getByRole("row", { name: /Sam Self/ });
  await expect(selfRow).toContainText("own account");
  await expect(tp.getByText(student.email)).toHaveCount(0);
  await expect(selfRow).toContainText("only they can change its password");
  await expect(selfRow.getByRole("button", { name: /Reset password/ })).toHaveCount(0);
  await expectNoAxeViolations(tp);

  // Two accounts without email: the login cards show their usernames and passwords once.
  await tp.getByLabel("Student names, one a line").fill("Amina Khan\nOmar Ali\n");
  await tp.getByRole("button", { name: "Add students" }).click();
  await expect(tp.getByRole("heading", { name: "Login cards for the new students" })).toBeFocused();
  const cards = await readLoginCards(tp.getByRole("region", { name: "Login cards for the new students" }));
  expect(cards.map((c) => c.username)).toEqual([expect.stringMatching(/^amina\.khan\d*$/), expect.stringMatching(/^omar\.ali\d*$/)]);
  for (const card of cards) expect(card.password).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await expect(tp.getByTestId("login-card").first()).toContainText(className);
  await expect(tp.getByTestId("login-card").first()).toContainText("/signin");
  await expect(tp.getByRole("row", { name: /Amina Khan/ })).toContainText(cards[0]!.username);
  await expectNoAxeViolations(tp);

  // Printed, only the cards remain: no navigation, no forms, no roster.
  await tp.emulateMedia({ media: "print" });
  await expect(tp.getByTestId("login-card")).toHaveCount(2);
  await expect(tp.getByTestId("login-card").first()).toBeVisible();
  await expect(tp.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(tp.getByRole("navigation", { name: "Class" })).toBeHidden();
  await expect(tp.getByLabel("Student names, one a line")).toBeHidden();
  await expect(tp.getByRole("table")).toBeHidden();
  await tp.emulateMedia({ media: "screen" });

  // Amina signs in with her username and lands on her home; she is in the class.
  const amina = await browser.newContext();
  const ap = await amina.newPage();
  await signInWith(ap, cards[0]!.username, cards[0]!.password);
  await expect(ap).toHaveURL(/\/dashboard$/);
  await ap.goto(`/join?code=${joinCode}`);
  await ap.getByRole("button", { name: "Join class" }).click();
  await expect(ap.getByRole("status")).toHaveText(`You are already in ${className}.`);

  // A lost card: the teacher resets Amina's password; the old one stops working.
  await tp.getByRole("button", { name: "Reset password for Amina Khan" }).click();
  await expect(tp.getByRole("heading", { name: "New password" })).toBeVisible();
  const [reset] = await readLoginCards(tp.getByRole("region", { name: "New password" }));
  expect(reset!.username).toBe(cards[0]!.username);
  expect(reset!.password).not.toBe(cards[0]!.password);
  await ap.context().clearCookies();
  await signInWith(ap, cards[0]!.username, cards[0]!.password);
  await expect(ap.getByRole("alert").filter({ hasText: "do not match" })).toHaveText(
    "That email or username and password do not match an account.",
  );
  await signInWith(ap, cards[0]!.username.toUpperCase(), reset!.password);
  await expect(ap).toHaveURL(/\/dashboard$/);

  // Removing Omar asks first; afterwards he is gone from the roster but his account remains.
  await tp.getByRole("button", { name: "Remove from class: Omar Ali" }).click();
  const confirm = tp.getByRole("button", { name: "Yes, remove Omar Ali" });
  await expect(confirm).toBeFocused();
  await confirm.click();
  await expect(tp.getByRole("status").filter({ hasText: "Removed from the class" })).toBeVisible();
  await expect(tp.getByRole("row", { name: /Omar Ali/ })).toHaveCount(0);
  await expect(tp.getByRole("heading", { name: "Students (2)" })).toBeVisible();
  const omar = await browser.newContext();
  const op = await omar.newPage();
  await signInWith(op, cards[1]!.username, cards[1]!.password);
  await expect(op).toHaveURL(/\/dashboard$/);

  // Settings: rename, a new join code (the old one stops working), archive.
  await tp.getByRole("link", { name: "Settings" }).click();
  await expect(tp.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(tp);
  await tp.getByLabel("Class name").fill(`${className} (B)`);
  await tp.getByRole("button", { name: "Save name" }).click();
  await expect(tp.getByRole("heading", { level: 1 })).toHaveText(`${className} (B)`);
  await tp.getByRole("button", { name: "Make a new join code" }).click();
  await expect(tp.getByRole("status").filter({ hasText: "New join code" })).toBeVisible();
  const newCode = (await tp.getByTestId("join-code").textContent())!.trim();
  expect(newCode).not.toBe(joinCode);
  await op.goto(`/join?code=${joinCode}`);
  await op.getByRole("button", { name: "Join class" }).click();
  await expect(op.getByText("No class has that code.")).toBeVisible();

  await tp.getByRole("button", { name: "Archive class" }).click();
  await expect(tp.getByText("This class is archived")).toBeVisible();
  await op.getByLabel("Class code").fill(newCode);
  await op.getByRole("button", { name: "Join class" }).click();
  await expect(op.getByText("No class has that code.")).toBeVisible();

  // Archived classes are listed apart on /teach, and can be restored.
  await tp.goto("/teach");
  await expect(tp.getByRole("heading", { name: "Archived classes" })).toBeVisible();
  await expect(tp.getByText("No classes yet.")).toBeVisible();
  await tp.getByRole("button", { name: `Restore ${className} (B)` }).click();
  await expect(tp.getByRole("table").getByRole("link", { name: `${className} (B)` })).toBeVisible();
  await op.getByRole("button", { name: "Join class" }).click();
  await expect(op).toHaveURL(/\/dashboard\?joined=/);

  for (const context of [teacher.context, student.context, amina, omar]) await context.close();
});

test("another teacher and a student get not-found on a teacher's class pages", async ({ browser }) => {
  // Four accounts are signed up (bcrypt on each): slower than one page's worth of work.
  test.setTimeout(90_000);
  const owner = await newSignedInUser(browser, "Owner Teacher", "Teacher");
  const { classId } = await createClass(owner.page, `Private ${unique()}`);

  // A teacher signing in without a page to return to lands on their Teaching page.
  const other = await newSignedInUser(browser, "Other Teacher", "Teacher");
  await other.context.clearCookies();
  await signInWith(other.page, other.email, other.password);
  await expect(other.page).toHaveURL(/\/teach$/);

  const student = await newSignedInUser(browser, "Curious Student", "Student");
  for (const page of [other.page, student.page]) {
    for (const path of [`/teach/classes/${classId}/students`, `/teach/classes/${classId}/settings`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  }
  const teachResponse = await student.page.goto("/teach");
  expect(teachResponse?.status()).toBe(404);

  // A teacher is told that students join classes, and gets no form.
  await other.page.goto("/join");
  await expect(other.page.getByText("Students join classes with a code")).toBeVisible();
  await expect(other.page.getByLabel("Class code")).toHaveCount(0);

  // Signed out, /join sends to sign-in and comes back with the code.
  const visitor = await browser.newContext();
  const vp = await visitor.newPage();
  await vp.goto("/join?code=ABC-DEFG");
  await expect(vp).toHaveURL(/\/signin\?callbackUrl=%2Fjoin%3Fcode%3DABC-DEFG/);

  for (const context of [owner.context, other.context, student.context, visitor]) await context.close();
});
