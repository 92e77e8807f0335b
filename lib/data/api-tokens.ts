import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, auditEvents, users } from "@/db/schema";

/** Every token starts with this, so a leaked one is easy to recognise (and to scan for). */
export const API_TOKEN_PREFIX = "fp_";

/** What the token list shows: never the hash. */
export interface ApiTokenSummary {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  createdByEmail: string | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Creates a token for a timing provider. The plain token is returned once and never stored (only its
 * SHA-256): show it to the admin now.
 */
export async function createApiToken(db: Db, { name, createdBy }: { name: string; createdBy: string }): Promise<{ id: number; token: string; prefix: string }> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const prefix = token.slice(0, API_TOKEN_PREFIX.length + 6);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ name: name.trim(), tokenHash: hashToken(token), prefix, createdBy })
      .returning({ id: apiTokens.id });
    if (!row) throw new Error("Token insert returned no row");
    await tx.insert(auditEvents).values({ actorUserId: createdBy, entityType: "api_token", entityId: String(row.id), action: "created", details: { name, prefix } });
    return { id: row.id, token, prefix };
  });
}

/** Revokes a token (it stops working at once). False when it does not exist or was already revoked. */
export async function revokeApiToken(db: Db, { id, revokedBy }: { id: number; revokedBy: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (rows.length === 0) return false;
    await tx.insert(auditEvents).values({ actorUserId: revokedBy, entityType: "api_token", entityId: String(id), action: "revoked" });
    return true;
  });
}

/** The token's id and name when it is valid (exists, not revoked); records its use. */
export async function verifyApiToken(db: Db, token: string): Promise<{ id: number; name: string; createdBy: string } | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name, createdBy: apiTokens.createdBy });
  return row ?? null;
}

/** Every token, newest first, for the admin page. */
export async function listApiTokens(db: Db): Promise<ApiTokenSummary[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      createdByEmail: users.email,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}
