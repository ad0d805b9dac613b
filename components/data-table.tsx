export type DataColumn = { label: string; numeric?: boolean };
export type DataRow = { key: string; cells: React.ReactNode[] };

type Props = {
  caption: string;
  /** Hide the caption visually (it still names the table for screen readers). */
  hideCaption?: boolean;
  className?: string;
  columns: DataColumn[];
  rows: DataRow[];
};

const cellClass = (column: DataColumn | undefined) =>
  column?.numeric ? "py-1 text-right tabular-nums" : "py-1";

/** A small table of results: the first cell of each row is its header; numbers align right. */
export function DataTable({ caption, hideCaption, className = "w-full text-left text-sm", columns, rows }: Props) {
  return (
    <table className={className}>
      <caption className={hideCaption ? "sr-only" : "mb-1 text-left font-medium"}>{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-600">
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? "py-1 text-right" : "py-1"}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-200 dark:border-slate-700">
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="py-1 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={i} className={cellClass(columns[i])}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
