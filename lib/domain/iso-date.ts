/**
 * ISO calendar dates ("YYYY-MM-DD") as plain strings. The engine never reads the clock or a time
 * zone: callers pass "today" in, and two valid ISO dates compare correctly as strings.
 */
import type { IsoDate } from "./types";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1-12) and day of an ISO date. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Number of days in a month (1-12) of a year, Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no DST shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `value` is a real calendar date written "YYYY-MM-DD" (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/**
 * Splits an ISO date into numbers.
 * @throws RangeError when the string is not a valid ISO calendar date: a bad date in a rule
 * would silently compare wrong as a string, so it is refused loudly.
 */
export function parseIsoDate(value: IsoDate): CalendarDate {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${value}"`);
  const [y, m, d] = value.split("-").map(Number);
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 };
}

/** Formats numbers as an ISO date ("2025-03-07"). */
export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The calendar year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}

/**
 * Moves a date by whole months (negative goes back). The day is clamped to the target month's
 * length, so 2024-02-29 minus 12 months is 2023-02-28 (a result never "escapes" a window).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = (index % 12 + 12) % 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** -1, 0 or 1, for sorting ISO dates (valid ISO dates sort correctly as strings). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `start <= date <= end` (both ends included). */
export function isDateBetween(date: IsoDate, start: IsoDate, end: IsoDate): boolean {
  return date >= start && date <= end;
}

/** Whole days from `from` to `to` (negative when `to` is earlier): the "days left" of a deadline. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** The day after `date`. */
export function nextDay(date: IsoDate): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return formatIsoDate({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
}
