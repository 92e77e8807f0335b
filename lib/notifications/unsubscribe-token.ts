/**
 * The unsubscribe link of an email: who and which kind, signed with HMAC-SHA256 so nobody can turn off
 * someone else's emails by guessing ids. No expiry: an old email's link must still work.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { notificationKind } from "@/db/tables/notifications";
import type { NotificationKind } from "@/lib/data/notifications";

const KINDS = new Set<string>(notificationKind.enumValues);

function mac(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest();
}

export function unsubscribeToken(secret: string, userId: string, kind: NotificationKind): string {
  const payload = Buffer.from(`${userId}:${kind}`).toString("base64url");
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

/** The person and kind a token names, or null when it is malformed or not ours. */
export function readUnsubscribeToken(secret: string, token: string): { userId: string; kind: NotificationKind } | null {
  if (token.length > 400) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const decoded = Buffer.from(payload, "base64url").toString("utf8");
  const at = decoded.lastIndexOf(":");
  const userId = decoded.slice(0, at);
  const kind = decoded.slice(at + 1);
  if (at <= 0 || !KINDS.has(kind)) return null;
  return { userId, kind: kind as NotificationKind };
}
