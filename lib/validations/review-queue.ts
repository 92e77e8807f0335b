/**
 * The review queue's filters (R17): URL search params shared by the /elite page, the client queue and
 * GET /api/elite/requests. Written with zod/mini, zod's tree-shakable build, because the queue parses them in
 * the browser: the classic build added about 30 KB gzipped to /elite; the same checks in mini cost a few.
 */
import * as z from "zod/mini";
import { isIsoDate } from "@/lib/domain/iso-date";
import { REQUEST_TYPES } from "@/lib/domain/requests";
import {
  QUEUE_DEFAULT_PAGE_SIZE,
  QUEUE_DIRECTIONS,
  QUEUE_MAX_PAGE_SIZE,
  QUEUE_SORTS,
  QUEUE_STATUSES,
  type ReviewQueueFilters,
} from "@/lib/domain/review-queue";
import { FINALS_RACES, SEXES } from "@/lib/domain/types";

export { QUEUE_DEFAULT_PAGE_SIZE, type ReviewQueueFilters } from "@/lib/domain/review-queue";

/** An empty form control or search param means "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const blankIsNone = z.transform(blankToUndefined);
const optional = <T extends z.ZodMiniType>(schema: T) => z.pipe(blankIsNone, z.optional(schema));
const withDefault = <T extends z.ZodMiniType>(schema: T, value: Exclude<z.output<T>, undefined>) => z.pipe(blankIsNone, z._default(schema, value));
const isoDate = z.string().check(z.trim(), z.refine(isIsoDate, "Use a date like 2026-11-26"));
// zod/mini carries no locale, so every check says in its own words what to type.
const wholeNumber = (min: number, max: number, message: string, maxMessage = message) =>
  z.pipe(z.coerce.number({ error: message }), z.int({ error: message }).check(z.minimum(min, message), z.maximum(max, maxMessage)));

export const reviewQueueFiltersSchema = z
  .object({
    type: optional(z.enum(REQUEST_TYPES, { error: "Unknown request type" })),
    status: withDefault(z.enum(QUEUE_STATUSES, { error: "Unknown status" }), "open"),
    edition: optional(wholeNumber(2000, 2100, "Use a year from 2000 to 2100")),
    race: optional(z.enum(FINALS_RACES, { error: "Unknown Finals race" })),
    sex: optional(z.enum(SEXES, { error: "Unknown sex" })),
    from: optional(isoDate),
    to: optional(isoDate),
    q: optional(z.string().check(z.trim(), z.maxLength(100, "Use at most 100 characters"))),
    sort: withDefault(z.enum(QUEUE_SORTS, { error: "Unknown sort" }), "waiting"),
    dir: withDefault(z.enum(QUEUE_DIRECTIONS, { error: "Sort asc or desc" }), "desc"),
    page: withDefault(wholeNumber(1, 10_000, "Use a page number from 1 to 10000"), 1),
    pageSize: withDefault(
      wholeNumber(1, QUEUE_MAX_PAGE_SIZE, `Use a page size from 1 to ${QUEUE_MAX_PAGE_SIZE}`, `At most ${QUEUE_MAX_PAGE_SIZE} per page`),
      QUEUE_DEFAULT_PAGE_SIZE,
    ),
  })
  .check(z.refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], error: "The end date is before the start date" }));

// The schema's output is the domain's filters type, so the data layer needs no import from here.
const _sameShape: (f: z.output<typeof reviewQueueFiltersSchema>) => ReviewQueueFilters = (f) => f;
void _sameShape;
export type ReviewQueueFilterInput = Partial<Record<keyof ReviewQueueFilters, unknown>>;

/** The filter names as they appear in the URL, in a stable order (also the React Query key order). */
export const QUEUE_PARAM_NAMES = ["type", "status", "edition", "race", "sex", "from", "to", "q", "sort", "dir", "page", "pageSize"] as const;

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
    if (name === "sort" && value === "waiting") continue;
    if (name === "dir" && value === "desc") continue;
    if (name === "pageSize" && value === QUEUE_DEFAULT_PAGE_SIZE) continue;
    params.set(name, String(value));
  }
  return params;
}
