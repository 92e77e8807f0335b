/**
 * Reads the cells of one row by column name. Each reader reports its own problem: `fail` refuses the
 * file (the value decides an answer), `warn` keeps the row and says what was done.
 */
import type { ProblemList } from "./problems";
import { countryCode } from "./country";

export class RowReader {
  ok = true;
  constructor(
    private readonly cells: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    readonly line: number,
    private readonly errors: ProblemList,
    private readonly warnings: ProblemList,
  ) {}

  has(column: string): boolean {
    return this.index.has(column);
  }

  text(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? "" : (this.cells[i] ?? "").trim();
  }

  fail(column: string | null, message: string): undefined {
    this.ok = false;
    this.errors.add(this.line, column, message);
    return undefined;
  }

  /** A warning; with a `key`, told once for every row it concerns. */
  warn(column: string | null, message: string, key?: string): void {
    this.warnings.add(this.line, column, message, key);
  }

  required(column: string): string | undefined {
    const value = this.text(column);
    return value === "" ? this.fail(column, `${column} is required`) : value;
  }

  /** A number, or null when empty; undefined (and an error) when unreadable. */
  number(column: string, { min, whole }: { min?: number; whole?: boolean } = {}): number | null | undefined {
    const value = this.text(column);
    if (value === "") return null;
    const n = parseNumber(value);
    if (n === null) return this.fail(column, `${column} "${value}" is not a number`);
    if (min !== undefined && n < min) {
      return this.fail(column, min === 0 ? `${column} "${value}" must not be negative` : `${column} "${value}" must be ${min} or more`);
    }
    // Ranks come as "3.0": whole values written as decimals are fine, "3.5" is not.
    if (whole && !Number.isInteger(n)) return this.fail(column, `${column} "${value}" must be a whole number`);
    return n;
  }

  /** Like `number`, for a field that decides nothing: unusable values become null with a warning. */
  optionalNumber(column: string, { min, whole, what }: { min?: number; whole?: boolean; what: string }): number | null {
    const value = this.text(column);
    if (value === "") return null;
    const n = parseNumber(value);
    if (n === null || (min !== undefined && n < min) || (whole && !Number.isInteger(n))) {
      this.warn(column, `${column} "${value}" is not ${what}: left empty`, `${column}:${value}`);
      return null;
    }
    return n;
  }

  place(column: string): number | null | undefined {
    return this.number(column, { min: 1, whole: true });
  }

  /** ISO 3166-1 alpha-2 from a code or a country name; decides nothing, so unknown ones are warned and dropped. */
  nationality(column: string): string | null {
    const value = this.text(column);
    if (value === "") return null;
    const code = countryCode(value);
    if (code === null) this.warn(column, `${column} "${value}" is not a country we know: left empty`, `${column}:${value}`);
    return code;
  }
}

function parseNumber(value: string): number | null {
  const n = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** "HH:MM:SS" (hours may pass 24, hundredths dropped) to whole seconds; null when not a time. */
export function hmsSeconds(text: string): number | null {
  const m = /^(\d+):([0-5]?\d):([0-5]\d)(?:[.,]\d+)?$/.exec(text.trim());
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
}
