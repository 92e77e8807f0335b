import { env } from "@/lib/env";
import type { IsoDate } from "@/lib/domain/types";

/** Today as an ISO date (UTC), or PORTAL_TODAY when set. The rules engine takes dates, never reads a clock. */
export function todayIso(): IsoDate {
  return env.PORTAL_TODAY ?? new Date().toISOString().slice(0, 10);
}
