import { countryOf } from "../gazetteer";
import type { Person } from "../schema";
import { byText } from "../util";
import { match, multi, single, trueFalse, type QuestionDraft } from "./build";
import { explain, type QuestionContext } from "./context";

const roleKey = (r: string) => r.toLowerCase().replace(/defense/g, "defence").replace(/^(the|a|an) /, "").replace(/^\p{L}+[’']s /u, "");

/** The role as asked about, with the side when the role does not name a country. */
function roleLabel(p: Person): string | null {
  const role = p.roles.find((r) => p.role?.startsWith(r.text))?.text ?? p.roles[0]?.text;
  if (!role) return null;
  // Add the side unless the role already names it ("US Trade Representative", "Pakistan's ...").
  const named = role.split(/[\s,]+/).some((w) => countryOf(w.replace(/[’']s$/, ""))?.name === p.side);
  return p.side && !role.includes(p.side) && !named ? `${role} (${p.side})` : role;
}

function holdsRole(p: Person, other: Person): boolean {
  return p.roles.some((r) => other.roles.some((o) => roleKey(o.text) === roleKey(r.text))) && (p.side === other.side || !p.side || !other.side);
}

/**
 * People questions. Each person's role is asked once: in a "who is", in the match, or as the
 * holder in a false statement, so no two questions ask the same thing.
 */
export function peopleQuestions(ctx: QuestionContext): QuestionDraft[] {
  const withRoles = ctx.people.filter((p) => p.roles.length > 0 && roleLabel(p) !== null);
  const matchSize = withRoles.length >= 6 ? Math.min(5, withRoles.length - 3) : 0;
  const matchPeople = withRoles.slice(withRoles.length - matchSize);
  const rest = withRoles.slice(0, withRoles.length - matchSize);
  const falseRole = falseRoleQuestion(ctx, rest, withRoles);
  const out: QuestionDraft[] = [];
  for (const p of rest.filter((x) => x.id !== falseRole?.holder).slice(0, 4)) {
    const label = roleLabel(p)!;
    const source = p.roles.find((r) => label.startsWith(r.text))?.source ?? p.roles[0]!.source;
    // Distractors are people too, and none may hold the same role on the same side.
    const others = ctx.people.filter((o) => o.id !== p.id && !holdsRole(o, p)).map((o) => o.name);
    const q = single(
      { key: `person-role:${p.id}`, topic: "people", prompt: `Who is described in the reports as “${label}”?`, explanation: explain(ctx, source), source },
      p.name,
      others,
    );
    if (q) out.push(q);
  }
  const side = sideQuestion(ctx);
  if (side) out.push(side);
  if (matchPeople.length >= 3) {
    const sources = matchPeople.map((p) => p.roles[0]!.source);
    const q = match(
      {
        key: "person-match",
        topic: "people",
        prompt: "Match each person to the role the reports give them.",
        explanation: matchPeople.map((p) => `${p.name}: ${roleLabel(p)}`).join("; ") + ".",
        source: sources[0]!,
        sources,
      },
      matchPeople.map((p) => [p.name, roleLabel(p)!]),
    );
    if (q) out.push(q);
  }
  if (falseRole) out.push(falseRole.question);
  // The sentences that state these roles are taken: a fill-in-the-blank on the same sentence
  // ("..., head of Pakistan's intelligence agency, the ____") would ask the same thing again.
  for (const q of out) for (const s of [q.source, ...q.sources]) ctx.usedSentences.add(s.sentenceId);
  return out;
}

function sideQuestion(ctx: QuestionContext): QuestionDraft | null {
  const sided = ctx.people.filter((p) => p.side);
  const sides = [...new Set(sided.map((p) => p.side!))].sort(byText);
  if (sides.length < 2 || sided.length < 3) return null;
  const side = sides.sort((a, b) => sided.filter((p) => p.side === b).length - sided.filter((p) => p.side === a).length || byText(a, b))[0]!;
  const yes = sided.filter((p) => p.side === side).slice(0, 3);
  const no = sided.filter((p) => p.side !== side).slice(0, 3);
  const sources = yes.map((p) => p.roles[0]?.source ?? p.mentions[0]!);
  return multi(
    {
      key: `person-side:${side}`,
      topic: "people",
      prompt: `Which of these people act for ${side}? Select all that apply.`,
      explanation: `${yes.map((p) => p.name).join(", ")} act for ${side}; ${no.map((p) => `${p.name} for ${p.side}`).join(", ")}. ${explain(ctx, sources[0]!)}`,
      source: sources[0]!,
      sources,
    },
    yes.map((p) => p.name),
    no.map((p) => p.name),
  );
}

/**
 * A false statement the articles contradict: one person given another's unique role. The role
 * must name its country ("Pakistan's Defence Minister"), and the impostor may hold no role of
 * the same name on any side.
 */
function falseRoleQuestion(ctx: QuestionContext, candidates: Person[], everyone: Person[]): { question: QuestionDraft; holder: string } | null {
  const unique = candidates.filter((p) => p.side && /\b(head|chief|spokes\w*|minister|leader|president|commander|director|secretary|premier)\b/i.test(p.roles[0]!.text));
  for (const holder of unique) {
    const role = holder.roles.find((r) => holder.side && (r.text.includes(holder.side) || r.text.split(/[\s,]+/).some((w) => countryOf(w.replace(/[’']s$/, ""))?.name === holder.side)));
    const impostor = everyone.find((o) => o.id !== holder.id && o.side !== holder.side && !o.roles.some((r) => holder.roles.some((h) => roleKey(h.text) === roleKey(r.text))));
    if (!role || !impostor) continue;
    const question = trueFalse(
      {
        key: `person-false-role:${holder.id}`,
        topic: "people",
        prompt: `True or false: ${impostor.name} is ${role.text.replace(/^(the )?/i, "the ").replace(/^the (\p{Lu}\p{L}+[’']s)/u, "$1")}.`,
        explanation: `False. ${explain(ctx, role.source, `The reports give that role to ${holder.name}`)}`,
        source: role.source,
      },
      false,
    );
    return { question, holder: holder.id };
  }
  return null;
}
