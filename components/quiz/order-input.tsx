"use client";

import { useEffect, useRef, useState } from "react";
import type { Choice } from "@/lib/generator/schema";

type Direction = "up" | "down";

type Props = {
  items: Choice[];
  order: string[];
  onChange: (order: string[]) => void;
  disabled: boolean;
};

const buttonClass =
  "rounded border border-slate-400 px-2 py-1 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-500 dark:hover:bg-slate-800";

/**
 * Ordering without dragging: each item has Move up and Move down buttons that name it. Focus
 * stays with the item that moved (on the other button once it reaches an end), and the new
 * position is announced.
 */
export function OrderInput({ items, order, onChange, disabled }: Props) {
  const byId = new Map(items.map((item) => [item.id, item]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [moved, setMoved] = useState<{ id: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (!moved) return;
    const index = order.indexOf(moved.id);
    const canKeep = moved.direction === "up" ? index > 0 : index < order.length - 1;
    const direction = canKeep ? moved.direction : moved.direction === "up" ? "down" : "up";
    buttons.current.get(`${moved.id}:${direction}`)?.focus();
  }, [moved, order]);

  function move(id: string, direction: Direction) {
    const from = order.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to]!, next[from]!];
    onChange(next);
    setMoved({ id, direction });
    setAnnouncement(`${byId.get(id)?.text ?? "Item"}: now ${to + 1} of ${order.length}.`);
  }

  const ref = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <>
      <ol className="space-y-2">
        {order.map((id, index) => {
          const text = byId.get(id)?.text ?? id;
          return (
            <li
              key={id}
              className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 px-3 py-2.5 dark:border-slate-600"
            >
              <span aria-hidden="true" className="w-6 font-semibold tabular-nums">
                {index + 1}.
              </span>
              <span className="min-w-0 flex-1">{text}</span>
              <span className="flex shrink-0 gap-2">
                <button
                  type="button"
                  ref={ref(`${id}:up`)}
                  className={buttonClass}
                  disabled={disabled || index === 0}
                  aria-label={`Move up: ${text}`}
                  onClick={() => move(id, "up")}
                >
                  Move up
                </button>
                <button
                  type="button"
                  ref={ref(`${id}:down`)}
                  className={buttonClass}
                  disabled={disabled || index === order.length - 1}
                  aria-label={`Move down: ${text}`}
                  onClick={() => move(id, "down")}
                >
                  Move down
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
