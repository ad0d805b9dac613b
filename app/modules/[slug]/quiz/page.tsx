import { randomInt } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuizPlayer } from "@/components/quiz/quiz-player";
import { getSessionUser } from "@/lib/auth/session";
import { moduleBasePath } from "@/lib/modules/paths";
import { moduleSlugSchema } from "@/lib/progress/schemas";
import { startOrResumeAttempt } from "@/lib/quiz/attempts";
import { findQuizModule, getAttemptView, getPracticeQuestions } from "@/lib/quiz/queries";

// Rendered per request: a signed-in student gets their own attempt, resumed where they left it.
// The first question is in the HTML; answers and explanations arrive only once answered.

type Props = { params: Promise<{ slug: string }> };

/** The module if this visitor may take its quiz: readable by them when signed in, else public. */
async function moduleFor(params: Props["params"], userId: string | null) {
  const slug = moduleSlugSchema.safeParse((await params).slug);
  return slug.success ? findQuizModule(slug.data, userId) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await getSessionUser();
  const mod = await moduleFor(params, user?.id ?? null);
  return { title: mod ? `Quiz: ${mod.title}` : "Quiz not found" };
}

export default async function QuizPage({ params }: Props) {
  const user = await getSessionUser();
  const mod = await moduleFor(params, user?.id ?? null);
  if (!mod) notFound();
  const quizPath = `/modules/${mod.slug}/quiz`;

  const header = (
    <header className="space-y-2">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
        Quiz
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{mod.title}</h1>
      <Link
        href={moduleBasePath(mod)}
        className="text-sm text-blue-800 underline underline-offset-4 dark:text-blue-300"
      >
        Back to the explainer
      </Link>
    </header>
  );

  if (!user) {
    const seed = randomInt(-(2 ** 31), 2 ** 31);
    const signInHref = `/signin?callbackUrl=${encodeURIComponent(quizPath)}`;
    return (
      <div className="space-y-6">
        {header}
        <p className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          You are not signed in, so nothing is saved.{" "}
          <Link href={signInHref} className="font-medium underline underline-offset-4">
            Sign in
          </Link>{" "}
          to keep your progress.
        </p>
        <QuizPlayer
          mode={{ kind: "practice", slug: mod.slug, seed }}
          questions={await getPracticeQuestions(mod.currentVersionId, seed)}
          answered={[]}
          signInHref={signInHref}
        />
      </div>
    );
  }

  const started = await startOrResumeAttempt(user.id, mod.slug);
  const attempt = started && (await getAttemptView(user.id, started.attemptId));
  if (!attempt) notFound();
  return (
    <div className="space-y-6">
      {header}
      <p className="text-slate-700 dark:text-slate-300">
        Your answers are saved as you go: you can close this page and carry on later.
      </p>
      <QuizPlayer
        key={attempt.attemptId}
        mode={{ kind: "attempt", attemptId: attempt.attemptId, slug: attempt.slug }}
        questions={attempt.questions}
        answered={attempt.answered}
        outdated={attempt.outdated}
      />
    </div>
  );
}
