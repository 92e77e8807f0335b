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
import { msg } from "@/lib/i18n/keys";

export { QUEUE_DEFAULT_PAGE_SIZE, type ReviewQueueFilters } from "@/lib/domain/review-queue";

/** An empty form control or search param means "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const blankIsNone = z.transform(blankToUndefined);
const optional = <T extends z.ZodMiniType>(schema: T) => z.pipe(blankIsNone, z.optional(schema));
const withDefault = <T extends z.ZodMiniType>(schema: T, value: Exclude<z.output<T>, undefined>) => z.pipe(blankIsNone, z._default(schema, value));
const isoDate = z.string().check(z.trim(), z.refine(isIsoDate, msg("eliteQueue.invalid.date")));
// zod/mini carries no locale: every check names its message (a key, translated where it is shown).
const wholeNumber = (min: number, max: number, message: string, maxMessage = message) =>
  z.pipe(z.coerce.number({ error: message }), z.int({ error: message }).check(z.minimum(min, message), z.maximum(max, maxMessage)));

export const reviewQueueFiltersSchema = z
  .object({
    type: optional(z.enum(REQUEST_TYPES, { error: msg("eliteQueue.invalid.type") })),
    status: withDefault(z.enum(QUEUE_STATUSES, { error: msg("eliteQueue.invalid.status") }), "open"),
    edition: optional(wholeNumber(2000, 2100, msg("eliteQueue.invalid.edition"))),
    race: optional(z.enum(FINALS_RACES, { error: msg("eliteQueue.invalid.race") })),
    sex: optional(z.enum(SEXES, { error: msg("eliteQueue.invalid.sex") })),
    from: optional(isoDate),
    to: optional(isoDate),
    q: optional(z.string().check(z.trim(), z.maxLength(100, msg("eliteQueue.invalid.search")))),
    sort: withDefault(z.enum(QUEUE_SORTS, { error: msg("eliteQueue.invalid.sort") }), "waiting"),
    dir: withDefault(z.enum(QUEUE_DIRECTIONS, { error: msg("eliteQueue.invalid.dir") }), "desc"),
    page: withDefault(wholeNumber(1, 10_000, msg("eliteQueue.invalid.page")), 1),
    pageSize: withDefault(
      wholeNumber(1, QUEUE_MAX_PAGE_SIZE, msg("eliteQueue.invalid.pageSize"), msg("eliteQueue.invalid.pageSizeMax")),
      QUEUE_DEFAULT_PAGE_SIZE,
    ),
  })
  .check(z.refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], error: msg("eliteQueue.invalid.dateOrder") }));

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
