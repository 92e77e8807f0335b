import type { ReactNode } from "react";

export interface DataTableProps {
  caption: string;
  /** A visible caption (a table's own title); by default it is for screen readers only. */
  showCaption?: boolean;
  /** The column headings, left to right. */
  columns: readonly string[];
  /** The body's rows (`<tr>`s). */
  children: ReactNode;
}

/** A plain data table that scrolls sideways on a narrow screen rather than the page. */
export function DataTable({ caption, showCaption = false, columns, children }: DataTableProps) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className={showCaption ? "mb-2 text-left text-base font-semibold" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {columns.map((column, i) => (
              <th key={column} scope="col" className={i < columns.length - 1 ? "py-2 pr-3" : "py-2"}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
