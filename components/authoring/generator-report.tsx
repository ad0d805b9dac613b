import type { GeneratorReport } from "@/lib/authoring/queries";

/** What the generator did with the articles, and any edits a regeneration could not keep. */
export function GeneratorReportPanel({ report }: { report: GeneratorReport }) {
  const removedCount = report.removed.reduce((n, a) => n + a.lines.length, 0);
  return (
    <section aria-labelledby="report-heading" className="space-y-3">
      <h2 id="report-heading" className="text-2xl font-semibold tracking-tight">
        Generator report
      </h2>
      {report.lostEdits.length > 0 ? (
        <div role="status" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-semibold">
            {report.lostEdits.length} {report.lostEdits.length === 1 ? "edit" : "edits"} could not be carried over:
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {report.lostEdits.map((edit, i) => (
              <li key={i}>
                {edit.what}: “{edit.content}”
              </li>
            ))}
          </ul>
          <p className="text-sm">Make these edits again below if they still apply.</p>
        </div>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <h3 className="font-semibold">Warnings</h3>
          <ul className="list-disc space-y-1 pl-6">
            {report.warnings.map((w, i) => (
              <li key={i}>
                {w.file ? <span className="font-medium">{w.file}: </span> : null}
                {w.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No warnings.</p>
      )}
      <details className="rounded border border-slate-300 p-3 dark:border-slate-700">
        <summary className="cursor-pointer font-medium">Boundary lines removed from the articles ({removedCount})</summary>
        {report.removed
          .filter((a) => a.lines.length > 0)
          .map((a) => (
            <div key={a.file} className="mt-3">
              <h3 className="font-semibold">{a.file}</h3>
              <ul className="list-disc space-y-1 pl-6 text-sm">
                {a.lines.map((line, i) => (
                  <li key={i}>
                    <span className="font-mono">{line.text}</span> <span className="text-slate-600 dark:text-slate-400">({line.reason})</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </details>
    </section>
  );
}
