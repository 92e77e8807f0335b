/**
 * Dates and times as the reader's language writes them: "30 nov. 2026" / "30 Nov 2026"; times in
 * Europe/Paris, where the Finals are run, with the zone shown ("14:05 CET"), the same text on the server
 * and in the browser. Calendar dates (ISO "2026-11-30") are days, not moments: never shifted by a zone.
 */
import type { Locale } from "@/i18n/locales";

/** Where the portal's times are shown. */
export const PORTAL_TIME_ZONE = "Europe/Paris";

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, kind: "day" | "time" | "zone", timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${kind}|${timeZone}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === "day"
        ? { day: "numeric", month: "short", year: "numeric", timeZone }
        : kind === "time"
          ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }
          : { timeZoneName: "short", timeZone };
    // The zone's name is English in both languages: French Intl writes "UTC+1" where race directors write CET.
    found = new Intl.DateTimeFormat(kind === "zone" ? "en-GB" : INTL_LOCALE[locale], options);
    formats.set(key, found);
  }
  return found;
}

function toDate(value: string | Date): Date {
  return typeof value === "string" ? new Date(value) : value;
}

/** A calendar day: "2026-11-30" -> "30 nov. 2026" (fr) / "30 Nov 2026" (en). */
export function formatDay(iso: string, locale: Locale): string {
  return format(locale, "day", "UTC").format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** The day of a moment in Paris: "30 nov. 2026". */
export function formatMomentDay(value: string | Date, locale: Locale): string {
  return format(locale, "day", PORTAL_TIME_ZONE).format(toDate(value));
}

/** The time of a moment in Paris with its zone: "14:05 CET" (winter), "14:05 CEST" (summer). */
export function formatTime(value: string | Date, locale: Locale): string {
  const date = toDate(value);
  const zone = format(locale, "zone", PORTAL_TIME_ZONE).formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? "";
  return `${format(locale, "time", PORTAL_TIME_ZONE).format(date)} ${zone}`.trim();
}

/** A moment: "30 nov. 2026 à 14:05 CET" (fr) / "30 Nov 2026, 14:05 CET" (en). */
export function formatDateTime(value: string | Date, locale: Locale): string {
  return `${formatMomentDay(value, locale)}${locale === "fr" ? " à " : ", "}${formatTime(value, locale)}`;
}
