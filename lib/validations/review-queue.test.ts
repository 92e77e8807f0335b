import { describe, expect, it } from "vitest";
import { translateIssue } from "@/lib/i18n/validation";
import { translator } from "@/lib/i18n/messages";
import {
  QUEUE_DEFAULT_PAGE_SIZE,
  parseQueueSearchParams,
  queueSearchParams,
  reviewQueueFiltersSchema,
  type ReviewQueueFilters,
} from "./review-queue";

const DEFAULTS: ReviewQueueFilters = { status: "open", sort: "waiting", dir: "desc", page: 1, pageSize: QUEUE_DEFAULT_PAGE_SIZE };

/** The messages of a refused input, by field, as the API answers them (in English unless told). */
function errorsOf(input: Record<string, unknown>, locale: "en" | "fr" = "en"): Record<string, string> {
  const parsed = reviewQueueFiltersSchema.safeParse(input);
  if (parsed.success) throw new Error(`accepted: ${JSON.stringify(parsed.data)}`);
  const t = translator(locale);
  return Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "filters"), translateIssue(i, t)]));
}

describe("review queue filters (R17)", () => {
  it("defaults to open requests, page 1, 20 per page", () => {
    expect(reviewQueueFiltersSchema.parse({})).toEqual(DEFAULTS);
  });

  it("treats blank values as no filter", () => {
    const blank = { type: "", status: " ", edition: "", race: "", sex: "", from: "", to: "  ", q: "   ", page: "", pageSize: "" };
    expect(reviewQueueFiltersSchema.parse(blank)).toEqual(DEFAULTS);
  });

  it("reads URL text: numbers coerced, dates and search trimmed", () => {
    const parsed = reviewQueueFiltersSchema.parse({
      type: "extension",
      status: "all",
      edition: "2027",
      race: "CCC",
      sex: "F",
      from: " 2026-10-01 ",
      to: "2026-10-31",
      q: "  Núñez ",
      page: "3",
      pageSize: "50",
    });
    expect(parsed).toEqual({ type: "extension", status: "all", edition: 2027, race: "CCC", sex: "F", from: "2026-10-01", to: "2026-10-31", q: "Núñez", sort: "waiting", dir: "desc", page: 3, pageSize: 50 });
  });

  it("says what is wrong with each bad filter", () => {
    expect(errorsOf({ type: "refund" })).toEqual({ type: "Unknown request type" });
    expect(errorsOf({ status: "lost" })).toEqual({ status: "Unknown status" });
    expect(errorsOf({ race: "TDS" })).toEqual({ race: "Unknown Finals race" });
    expect(errorsOf({ sex: "X" })).toEqual({ sex: "Unknown sex" });
    expect(errorsOf({ from: "2026-02-30" })).toEqual({ from: "Use a date like 2026-11-26" });
    expect(errorsOf({ to: "26/11/2026" })).toEqual({ to: "Use a date like 2026-11-26" });
    expect(errorsOf({ q: "x".repeat(101) })).toEqual({ q: "Use at most 100 characters" });
    expect(errorsOf({ pageSize: "101" })).toEqual({ pageSize: "At most 100 per page" });
    expect(errorsOf({ edition: "1999" })).toEqual({ edition: "Use a year from 2000 to 2100" });
    expect(errorsOf({ edition: "next" })).toEqual({ edition: "Use a year from 2000 to 2100" });
    expect(errorsOf({ page: "0" })).toEqual({ page: "Use a page number from 1 to 10000" });
    expect(errorsOf({ page: "1.5" })).toEqual({ page: "Use a page number from 1 to 10000" });
    expect(errorsOf({ pageSize: "0" })).toEqual({ pageSize: "Use a whole number of requests per page, 1 or more" });
  });

  it("refuses an end date before the start date, on the end date", () => {
    expect(errorsOf({ from: "2026-10-10", to: "2026-10-01" })).toEqual({ to: "The end date is before the start date" });
    expect(errorsOf({ from: "2026-10-10", to: "2026-10-01" }, "fr")).toEqual({ to: "La date de fin précède la date de début" });
    expect(errorsOf({ q: "x".repeat(101), pageSize: "101" }, "fr")).toEqual({ q: "Utilisez au plus 100 caractères", pageSize: "Au plus 100 par page" });
    expect(reviewQueueFiltersSchema.safeParse({ from: "2026-10-10", to: "2026-10-10" }).success).toBe(true);
  });
});

describe("queue filters in the URL", () => {
  it("drops only the bad parameters of a shared link and keeps the rest", () => {
    const filters = parseQueueSearchParams(new URLSearchParams("type=refund&race=UTMB&from=2026-13-01&q=Lefevre&page=2"));
    expect(filters).toEqual({ ...DEFAULTS, race: "UTMB", q: "Lefevre", page: 2 });
  });

  it("reads Next's searchParams object, taking the first of repeated values", () => {
    expect(parseQueueSearchParams({ sex: ["M", "F"], edition: "2026", unknown: "x" })).toEqual({ ...DEFAULTS, sex: "M", edition: 2026 });
  });

  it("writes short links: defaults left out, the rest in a stable order, and reads them back", () => {
    expect(queueSearchParams(DEFAULTS).toString()).toBe("");
    const filters: ReviewQueueFilters = { type: "category_change", status: "submitted", edition: 2027, race: "OCC", sex: "F", from: "2026-01-01", to: "2026-12-31", q: "a&b c", sort: "margin", dir: "asc", page: 2, pageSize: 10 };
    const text = queueSearchParams(filters).toString();
    expect(text).toBe("type=category_change&status=submitted&edition=2027&race=OCC&sex=F&from=2026-01-01&to=2026-12-31&q=a%26b+c&sort=margin&dir=asc&page=2&pageSize=10");
    expect(parseQueueSearchParams(new URLSearchParams(text))).toEqual(filters);
  });
});
