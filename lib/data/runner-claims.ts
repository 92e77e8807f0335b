import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Tx, Db } from "@/db/client";
import { runnerClaims, runners, users } from "@/db/schema";
import { namesMatch } from "@/lib/domain/runner-identity";
import { recordAudit } from "./audit";
import { isUniqueViolation } from "./users";

/** Linking an account to its runner record: a runner's claim that an admin decides, or an admin's link. */

export type FileRunnerClaimResult =
  | { ok: true; filed: true; claimId: number }
  | { ok: true; filed: false }
  | { ok: false; error: "user-already-linked" | "user-not-found" };

export type DecideRunnerClaimResult =
  | { ok: true }
  | { ok: false; error: "forbidden" | "claim-not-found" | "runner-taken" | "user-already-linked" };

export type AdminLinkRunnerResult =
  | { ok: true; runnerId: number }
  | { ok: false; error: "forbidden" | "runner-not-found" | "runner-taken" | "user-already-linked" | "user-not-found" };

/** The refusal when the account does not exist or already has a runner; null when it may be linked. */
async function checkUserUnlinked(
  tx: Tx,
  userId: string,
): Promise<{ ok: false; error: "user-not-found" | "user-already-linked" } | null> {
  const [user] = await tx
    .select({ id: users.id, runnerId: runners.id })
    .from(users)
    .leftJoin(runners, eq(runners.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return { ok: false, error: "user-not-found" };
  if (user.runnerId !== null) return { ok: false, error: "user-already-linked" };
  return null;
}

/** Sets the runner's account if it has none yet and records who linked it, and how, in the audit trail. */
async function attachRunner(
  tx: Tx,
  link: { runnerId: number; userId: string; actorUserId: string; reason?: string | null; via: "claim" | "admin" },
): Promise<{ ok: true; runnerId: number } | { ok: false; error: "runner-taken" }> {
  // The `user_id is null` guard makes a concurrent claim of the same runner lose, not overwrite.
  const linked = await tx
    .update(runners)
    .set({ userId: link.userId })
    .where(and(eq(runners.id, link.runnerId), isNull(runners.userId)))
    .returning({ id: runners.id });
  if (linked.length === 0) return { ok: false, error: "runner-taken" };

  await recordAudit(tx, {
    actorUserId: link.actorUserId,
    entityType: "runner",
    entityId: link.runnerId,
    action: "linked",
    reason: link.reason ?? null,
    details: { userId: link.userId, via: link.via },
  });
  return { ok: true, runnerId: link.runnerId };
}

/**
 * Files the account's claim to a runner record: when the external id, the name as in results (any case,
 * accents, word order) and the birth year match an unlinked runner, a pending claim that an admin approves
 * or rejects (`decideRunnerClaim`). Those three facts are public (results pages), so they link nothing by
 * themselves. The outcome is for tests and logs only: callers answer the same whatever matched. Never by
 * name alone; at most one open claim per account (a later one replaces it).
 */
export async function fileRunnerClaim(
  db: Db,
  input: { userId: string; externalId: string; name: string; birthYear: number },
): Promise<FileRunnerClaimResult> {
  const externalId = input.externalId.trim();
  return db.transaction(async (tx) => {
    const unlinked = await checkUserUnlinked(tx, input.userId);
    if (unlinked) return unlinked;
    if (!externalId) return { ok: true, filed: false } as const;
    const [runner] = await tx
      .select({ id: runners.id, name: runners.name, birthYear: runners.birthYear, userId: runners.userId })
      .from(runners)
      .where(eq(runners.externalId, externalId))
      .limit(1);
    if (!runner || runner.userId !== null || runner.birthYear !== input.birthYear || !namesMatch(runner.name, input.name)) {
      return { ok: true, filed: false } as const;
    }
    await tx
      .delete(runnerClaims)
      .where(and(eq(runnerClaims.userId, input.userId), eq(runnerClaims.status, "pending")));
    const [claim] = await tx.insert(runnerClaims).values({ userId: input.userId, runnerId: runner.id }).returning({ id: runnerClaims.id });
    return { ok: true, filed: true, claimId: claim?.id ?? 0 } as const;
  });
}

/** A pending claim as the admin page lists it. */
export interface PendingRunnerClaim {
  id: number;
  createdAt: Date;
  userEmail: string;
  userName: string | null;
  runnerId: number;
  runnerName: string;
  externalId: string | null;
  birthYear: number | null;
}

/** The pending claims, oldest first (for admins: the caller checks the role). */
export async function listPendingRunnerClaims(db: Db): Promise<PendingRunnerClaim[]> {
  return db
    .select({
      id: runnerClaims.id,
      createdAt: runnerClaims.createdAt,
      userEmail: users.email,
      userName: users.name,
      runnerId: runners.id,
      runnerName: runners.name,
      externalId: runners.externalId,
      birthYear: runners.birthYear,
    })
    .from(runnerClaims)
    .innerJoin(users, eq(users.id, runnerClaims.userId))
    .innerJoin(runners, eq(runners.id, runnerClaims.runnerId))
    .where(eq(runnerClaims.status, "pending"))
    .orderBy(asc(runnerClaims.createdAt), asc(runnerClaims.id))
    .limit(200);
}

/**
 * An admin approves (links the account to the runner, as `linkRunnerByAdmin` does) or rejects a pending
 * claim. The actor's role is checked here, against the database; the audit trail records it.
 */
export async function decideRunnerClaim(
  db: Db,
  input: { actorUserId: string; claimId: number; decision: "approve" | "reject"; now: Date },
): Promise<DecideRunnerClaimResult> {
  try {
    return await db.transaction(async (tx) => {
      const [actor] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.actorUserId)).limit(1);
      if (actor?.role !== "admin") return { ok: false, error: "forbidden" } as const;
      const [claim] = await tx
        .update(runnerClaims)
        .set({ status: input.decision === "approve" ? "approved" : "rejected", decidedAt: input.now, decidedBy: input.actorUserId })
        .where(and(eq(runnerClaims.id, input.claimId), eq(runnerClaims.status, "pending")))
        .returning({ userId: runnerClaims.userId, runnerId: runnerClaims.runnerId });
      if (!claim) return { ok: false, error: "claim-not-found" } as const;
      if (input.decision === "reject") return { ok: true } as const;
      // Linked elsewhere since the claim was filed: the claim closes as rejected.
      const closeAsRejected = () => tx.update(runnerClaims).set({ status: "rejected" }).where(eq(runnerClaims.id, input.claimId));
      const unlinked = await checkUserUnlinked(tx, claim.userId);
      if (unlinked) {
        await closeAsRejected();
        return { ok: false, error: "user-already-linked" } as const;
      }
      const linked = await attachRunner(tx, {
        runnerId: claim.runnerId,
        userId: claim.userId,
        actorUserId: input.actorUserId,
        reason: `claim ${input.claimId}`,
        via: "claim",
      });
      if (!linked.ok) {
        await closeAsRejected();
        return { ok: false, error: "runner-taken" } as const;
      }
      return { ok: true } as const;
    });
  } catch (error) {
    // runners_user_idx: the account was linked concurrently.
    if (isUniqueViolation(error)) return { ok: false, error: "user-already-linked" };
    throw error;
  }
}

/** The portal's id of the runner with this external (UTMB) id, or null. */
export async function findRunnerIdByExternalId(db: Db, externalId: string): Promise<number | null> {
  const [row] = await db.select({ id: runners.id }).from(runners).where(eq(runners.externalId, externalId.trim())).limit(1);
  return row?.id ?? null;
}

/**
 * An admin links an account to a runner (for runners whose identity cannot be proved online). The actor's
 * role is checked here, against the database, and an audit event records who did it.
 */
export async function linkRunnerByAdmin(
  db: Db,
  input: { actorUserId: string; userId: string; runnerId: number; reason?: string },
): Promise<AdminLinkRunnerResult> {
  try {
    return await db.transaction(async (tx) => {
      const [actor] = await tx.select({ role: users.role }).from(users).where(eq(users.id, input.actorUserId)).limit(1);
      if (actor?.role !== "admin") return { ok: false, error: "forbidden" } as const;

      const unlinked = await checkUserUnlinked(tx, input.userId);
      if (unlinked) return unlinked;

      const [runner] = await tx
        .select({ id: runners.id, userId: runners.userId })
        .from(runners)
        .where(eq(runners.id, input.runnerId))
        .limit(1);
      if (!runner) return { ok: false, error: "runner-not-found" } as const;

      return attachRunner(tx, {
        runnerId: runner.id,
        userId: input.userId,
        actorUserId: input.actorUserId,
        reason: input.reason ?? null,
        via: "admin",
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "user-already-linked" };
    throw error;
  }
}
