import type { FileProblem } from "@/lib/authoring/upload-schema";

/** Each rejected file with its reason; file names are untrusted and rendered as text. */
export function FileProblems({ problems, id }: { problems: FileProblem[]; id: string }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} aria-label="Problems with the articles" className="list-disc space-y-1 pl-6 text-red-800 dark:text-red-300">
      {problems.map((p, i) => (
        <li key={`${p.file}-${i}`}>
          <span className="font-semibold">{p.file}</span>: {p.message}
        </li>
      ))}
    </ul>
  );
}
