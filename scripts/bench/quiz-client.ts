import http from "node:http";

// A small HTTP client for bench:quiz: keep-alive connections, one session cookie per student,
// the Origin header the app's same-origin check wants, and a timing for every request.

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
/** A reply that has not come in this long will not come: counted as a failed request, not awaited forever. */
const REQUEST_TIMEOUT_MS = 30_000;

export type Reply = { status: number; body: string; ms: number };

function request(
  base: string,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(new URL(path, base), { method: "POST", agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          ms: performance.now() - started,
        }),
      );
    });
    req.on("error", (e) =>
      resolve({ status: 0, body: e.message, ms: performance.now() - started }),
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no reply within ${REQUEST_TIMEOUT_MS} ms`)));
    req.end(body);
  });
}

export type Session = { post(path: string, data: unknown): Promise<Reply & { retried: boolean }> };

/** Signs a student in through next-auth's credentials endpoint, as the sign-in form does. */
export async function createSession(
  base: string,
  email: string,
  password: string,
): Promise<Session> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = signIn.headers
    .getSetCookie()
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (HTTP ${signIn.status})`);
  const cookie = session.split(";")[0]!;
  return {
    // A connection the server closed as it was reused fails before any reply: sent again once,
    // as a browser would, which is also the retry the answer route must record only once.
    async post(path, data) {
      const body = JSON.stringify(data);
      const headers = {
        Cookie: cookie,
        Origin: base,
        "Content-Type": "application/json",
        "Content-Length": String(Buffer.byteLength(body)),
      };
      const first = await request(base, path, headers, body);
      if (first.status !== 0) return { ...first, retried: false };
      const again = await request(base, path, headers, body);
      return { ...again, ms: first.ms + again.ms, retried: true };
    },
  };
}

type Choice = { id: string };
export type PublicQuestion = {
  id: string;
  type: string;
  choices?: Choice[];
  items?: Choice[];
  pairs?: { left: Choice[]; right: Choice[] };
};
type StoredAnswer = {
  choiceId?: string;
  choiceIds?: string[];
  order?: string[];
  pairs?: { left: string; right: string }[];
};

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
const shuffle = <T>(items: T[]) =>
  items
    .map((item) => ({ item, key: Math.random() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);

/** A well-formed answer picked at random, as a student guessing would give. */
export function randomResponse(q: PublicQuestion): unknown {
  if (q.type === "order") return { order: shuffle(q.items!).map((i) => i.id) };
  if (q.type === "match") {
    const rights = shuffle(q.pairs!.right);
    return { pairs: q.pairs!.left.map((l, i) => ({ left: l.id, right: rights[i]!.id })) };
  }
  if (q.type === "multi")
    return {
      choiceIds: shuffle(q.choices!)
        .slice(0, 1 + Math.floor(Math.random() * 2))
        .map((c) => c.id),
    };
  return { choiceId: pick(q.choices!).id };
}

/** The answer that earns full marks, from the stored answer (a cloze answer's text is not sent). */
export function rightResponse(answer: StoredAnswer): unknown {
  if (answer.choiceId) return { choiceId: answer.choiceId };
  if (answer.choiceIds) return { choiceIds: answer.choiceIds };
  if (answer.order) return { order: answer.order };
  return { pairs: answer.pairs };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
