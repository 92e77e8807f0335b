import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/rate-limit";

/** The current request's client address, for attempt limits (lib/rate-limit.ts). */
export async function requestClientIp(): Promise<string> {
  return clientIpFrom(await headers());
}
