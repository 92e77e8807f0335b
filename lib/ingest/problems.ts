/**
 * What a results file can be told: errors refuse it whole (an answer would be wrong), warnings let it in
 * and say what was done (a field that decides nothing was unusable). Both name the line and column.
 */

/** A problem in a file. `line` is the physical line (1-based); null for the whole file. */
export interface ImportProblem {
  line: number | null;
  column: string | null;
  message: string;
}
/** An error refuses the file. */
export type ImportError = ImportProblem;
/** A warning lets the file in and says what was done. */
export type ImportWarning = ImportProblem;

/** Problems listed in full; beyond this only their number is reported. */
export const MAX_LISTED_PROBLEMS = 500;

/** "line 212: sex "X" must be H or F". */
export function formatProblem(problem: ImportProblem): string {
  return problem.line === null ? problem.message : `line ${problem.line}: ${problem.message}`;
}

/**
 * A list that keeps the first MAX_LISTED_PROBLEMS and counts the rest. Problems added with a `key`
 * are told once, at their first line, with the number of rows they concern ("... (412 rows)"): a
 * provider's spelling repeated on every row is one thing to know, not 412.
 */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  total = 0;
  private readonly grouped = new Map<string, { item: ImportProblem | null; rows: number }>();

  add(line: number | null, column: string | null, message: string, key?: string) {
    if (key !== undefined) {
      const group = this.grouped.get(key);
      if (group) {
        group.rows++;
        return;
      }
      this.grouped.set(key, { item: this.push(line, column, message), rows: 1 });
      return;
    }
    this.push(line, column, message);
  }

  private push(line: number | null, column: string | null, message: string): ImportProblem | null {
    this.total++;
    if (this.items.length >= MAX_LISTED_PROBLEMS) return null;
    const item = { line, column, message };
    this.items.push(item);
    return item;
  }

  result(): ImportProblem[] {
    const counted = new Map<ImportProblem, number>();
    for (const { item, rows } of this.grouped.values()) if (item && rows > 1) counted.set(item, rows);
    const items = this.items.map((p) => {
      const rows = counted.get(p);
      return rows ? { ...p, message: `${p.message} (${rows} rows, first on this line)` } : p;
    });
    const more = this.total - this.items.length;
    return more > 0 ? [...items, { line: null, column: null, message: `... and ${more} more` }] : items;
  }
}

/** A human-readable size: "20 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function sizeLimitError(maxBytes: number): ImportError {
  return { line: null, column: null, message: `The file is larger than the ${formatBytes(maxBytes)} limit; split it or raise the limit.` };
}
