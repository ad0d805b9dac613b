"use client";

import { useEffect, useId, useRef } from "react";
import { secondaryButtonClass } from "@/components/classes/form-status";
import type { LoginCard } from "@/lib/classes/action-state";

type Props = { cards: LoginCard[]; className: string; signInUrl: string; title: string };

/**
 * Login cards to print and cut out: name, username, password, where to sign in, the class.
 * The passwords exist only here: Parley stores their hashes, so the cards are shown once.
 * When printing, everything else on the page is hidden (print:hidden) and the cards sit in a
 * grid, each kept whole on one page.
 */
export function LoginCards({ cards, className, signInUrl, title }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => heading.current?.focus(), [cards]);
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border-2 border-blue-700 p-4 print:border-0 print:p-0">
      <h2 id={headingId} ref={heading} tabIndex={-1} className="text-xl font-semibold print:hidden">
        {title}
      </h2>
      <p className="print:hidden">
        Print these cards or copy the passwords now: they are shown only once. You can reset a
        password later if a card is lost.
      </p>
      <button type="button" onClick={() => window.print()} className={`${secondaryButtonClass} print:hidden`}>
        Print login cards
      </button>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 print:grid-cols-2" aria-label="Login cards">
        {cards.map((card) => (
          <li
            key={card.username}
            data-testid="login-card"
            className="break-inside-avoid space-y-1 rounded border border-dashed border-slate-500 p-4 print:border-black"
          >
            <p className="text-lg font-bold">{card.name}</p>
            <p className="text-sm text-slate-700 dark:text-slate-300 print:text-black">{className}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt>Username</dt>
              <dd className="font-mono font-semibold" data-testid="card-username">
                {card.username}
              </dd>
              <dt>Password</dt>
              <dd className="font-mono font-semibold" data-testid="card-password">
                {card.password}
              </dd>
              <dt>Sign in at</dt>
              <dd className="break-all">{signInUrl}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
