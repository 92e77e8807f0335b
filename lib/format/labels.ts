/** Presentation helpers shared by pages: times, dates, places. No rules here. */
import type { Locale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";
import type { WhatItTakes } from "@/lib/domain/what-it-takes";
import type { Translator } from "@/lib/i18n/messages";

/** 31470 -> "8:44:30". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}`;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2026-06-21" -> "21 Jun 2026". @deprecated English only: use formatDay(iso, locale) of lib/format/dates.ts. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** The portal's time zone: the Finals' (UTMB Mont-Blanc, Chamonix). */
export { PORTAL_TIME_ZONE } from "@/lib/format/dates";

/**
 * A moment as "21 Nov 2026, 11:00 CET", in Europe/Paris with the zone shown: the same text on the server
 * and in the browser, whatever the machine's zone. `locale` is the page's language (lib/format/dates.ts).
 */
export function formatTimestamp(value: string | Date, locale: Locale = "en"): string {
  return formatDateTime(value, locale);
}

/** 1 -> "1st", 22 -> "22nd", 13 -> "13th". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

export function formatScore(score: number | null): string {
  return score === null ? "—" : String(Math.round(score));
}

export const SEX_LABEL = { F: "women", M: "men" } as const;
/** "Women", "Men": a column or a heading. */
export const SEX_NAME = { F: "Women", M: "Men" } as const;
export const LEVEL_LABEL = { event: "World Series Event", major: "World Series Major", finals: "Finals", index: "Index race" } as const;
export const STATUS_LABEL = { finisher: "Finisher", dnf: "Did not finish", dns: "Did not start", dsq: "Disqualified" } as const;

/** R21 in words: "under 11:24:00 scores 850", or that no earlier edition tells. */
export function whatItTakesText(w: WhatItTakes, t: Translator): string {
  return w.kind === "finish_time"
    ? t("labels.whatItTakes.finishTime", { time: formatDuration(w.underSeconds), threshold: w.threshold })
    : t("labels.whatItTakes.noEarlierEdition", { threshold: w.threshold });
}

/** R20: where a race's provisional scores come from. */
export const BASIS_LABEL = {
  "official-scores": "from the edition's official scores (R5, exact to rounding)",
  field: "estimated from the field's indexes and times",
  "earlier-edition": "estimated from the course's last edition",
  "field-and-earlier-edition": "estimated from the field's indexes and times and the course's last edition",
} as const;
