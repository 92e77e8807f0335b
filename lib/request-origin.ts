import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The origin for absolute links we send (emails): APP_URL when configured (safe behind any proxy), else
 * the current request's Origin header, else its forwarded or Host header.
 */
export async function getRequestOrigin(): Promise<string> {
  if (env.APP_URL) return env.APP_URL;
  const h = await headers();
  const origin = h.get("origin");
  if (origin && /^https?:\/\/[^/]+$/.test(origin)) return origin;
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto}://${host}`;
}
