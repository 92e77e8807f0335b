/**
 * Schemas for the elite team's review: the queue's filters (URL search params, shared by the page, the
 * client queue and GET /api/elite/requests), the decision form and the quota form. Client-safe.
 */
import { z } from "zod";
import { isIsoDate } from "@/lib/domain/iso-date";
import { DECISION_REASON_MAX } from "./limits";

import { REQUEST_TYPES, type RequestType } from "@/lib/domain/requests";

export { REQUEST_TYPES, type RequestType };
/** "open" = submitted or in review (the default view); "all" = every status. */
export const QUEUE_STATUSES = ["open", "all", "submitted", "in_review", "approved", "rejected", "withdrawn"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const QUEUE_MAX_PAGE_SIZE = 50;
export const QUEUE_DEFAULT_PAGE_SIZE = 20;

/** An empty form control or search param means "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const isoDate = z.string().trim().refine(isIsoDate, "Use a date like 2026-11-26");

export const reviewQueueFiltersSchema = z
  .object({
    type: optional(z.enum(REQUEST_TYPES, { error: "Unknown request type" })),
    status: z.preprocess(blankToUndefined, z.enum(QUEUE_STATUSES, { error: "Unknown status" }).default("open")),
    edition: optional(z.coerce.number().int().min(2000).max(2100)),
    race: optional(z.enum(["OCC", "CCC", "UTMB"], { error: "Unknown Finals race" })),
    sex: optional(z.enum(["F", "M"], { error: "Unknown sex" })),
    from: optional(isoDate),
    to: optional(isoDate),
    q: optional(z.string().trim().max(100, "Use at most 100 characters")),
    page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
    pageSize: z.preprocess(
      blankToUndefined,
      z.coerce.number().int().min(1).max(QUEUE_MAX_PAGE_SIZE, `At most ${QUEUE_MAX_PAGE_SIZE} per page`).default(QUEUE_DEFAULT_PAGE_SIZE),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "The end date is before the start date" });

export type ReviewQueueFilters = z.output<typeof reviewQueueFiltersSchema>;
export type ReviewQueueFilterInput = z.input<typeof reviewQueueFiltersSchema>;

/** The filter names as they appear in the URL, in a stable order (also the React Query key order). */
export const QUEUE_PARAM_NAMES = ["type", "status", "edition", "race", "sex", "from", "to", "q", "page", "pageSize"] as const;

/** Parses URL search params into filters; invalid values fall back to the defaults (a shared link never breaks the page). */
export function parseQueueSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>): ReviewQueueFilters {
  const raw: Record<string, string | undefined> = {};
  for (const name of QUEUE_PARAM_NAMES) {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    raw[name] = Array.isArray(value) ? value[0] : (value ?? undefined);
  }
  const parsed = reviewQueueFiltersSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Drop only the offending fields and keep the rest.
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  for (const name of bad) delete raw[name];
  return reviewQueueFiltersSchema.safeParse(raw).data ?? reviewQueueFiltersSchema.parse({});
}

/** Filters as URL search params, leaving out defaults so shared links stay short. */
export function queueSearchParams(filters: ReviewQueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of QUEUE_PARAM_NAMES) {
    const value = filters[name];
    if (value === undefined) continue;
    if (name === "status" && value === "open") continue;
    if (name === "page" && value === 1) continue;
    if (name === "pageSize" && value === QUEUE_DEFAULT_PAGE_SIZE) continue;
    params.set(name, String(value));
  }
  return params;
}

const requestId = z.coerce.number({ error: "Unknown request" }).int("Unknown request").positive("Unknown request");

export const startReviewSchema = z.object({ requestId });


export const decideRequestSchema = z.object({
  requestId,
  decision: z.enum(["approve", "reject"], { error: "Choose approve or reject" }),
  reason: z
    .string({ error: "Give the reason for the decision; the runner will see it" })
    .trim()
    .min(1, "Give the reason for the decision; the runner will see it")
    .max(DECISION_REASON_MAX, `Use at most ${DECISION_REASON_MAX} characters`),
});
export type DecideRequestField = keyof z.input<typeof decideRequestSchema>;

export const updateQuotaSchema = z.object({
  editionYear: z.coerce.number().int().min(2000).max(2100),
  finalsRace: z.enum(["OCC", "CCC", "UTMB"]),
  sex: z.enum(["F", "M"]),
  bibs: z.coerce
    .number({ error: "Enter a number of bibs" })
    .int("Enter a whole number of bibs")
    .min(0, "The quota cannot be negative")
    .max(10_000, "At most 10,000 bibs"),
});
export type UpdateQuotaField = keyof z.input<typeof updateQuotaSchema>;
