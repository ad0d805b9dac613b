"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The class pages as tabs; the one on screen is marked for screen readers with aria-current. */
export function ClassTabs({ classId }: { classId: string }) {
  const pathname = usePathname();
  const base = `/teach/classes/${classId}`;
  const tabs = [
    { label: "Progress", href: base },
    { label: "Assignments", href: `${base}/assignments` },
    { label: "Students", href: `${base}/students` },
    { label: "Settings", href: `${base}/settings` },
  ];
  // Progress is the class's home: it is current only on the class address itself; the others
  // also own the pages below them (a student's drill-down belongs to Students).
  const isCurrent = (href: string) => (href === base ? pathname === base : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Class" className="border-b border-slate-200 print:hidden dark:border-slate-700">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const current = isCurrent(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 font-medium ${
                  current
                    ? "border-blue-700 text-blue-800 dark:border-blue-300 dark:text-blue-200"
                    : "border-transparent text-slate-700 hover:border-slate-400 dark:text-slate-300"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
