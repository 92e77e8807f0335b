import "server-only";
import { and, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { events, notificationOptOuts, notifications, qualifications, races, requests, runners, users } from "@/db/schema";
import type { QualificationReason } from "@/lib/domain/qualification";
import type { FinalsRace } from "@/lib/domain/types";
import { reasonFromRow, storedReasonColumns } from "./qualification-rows";

export type NotificationKind = (typeof notifications.$inferSelect)["kind"];
export type NotificationParams = Record<string, string | number | null>;

export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  /** One notification per person and subject: queueing the same subject again does nothing. */
  subject: string;
  params: NotificationParams;
}

const CHUNK = 500;

/** Queues notifications in the caller's transaction; a subject already told to that person is skipped. */
export async function queueNotifications(db: Db | Tx, drafts: readonly NotificationDraft[]): Promise<number> {
  let queued = 0;
  for (let i = 0; i < drafts.length; i += CHUNK) {
    const rows = await db
      .insert(notifications)
      .values(drafts.slice(i, i + CHUNK))
      .onConflictDoNothing({ target: [notifications.userId, notifications.subject] })
      .returning({ id: notifications.id });
    queued += rows.length;
  }
  return queued;
}

/** The reason a qualification is told with: the first podium, else the score (R9, R10, R12). */
function reasonParams(reasons: readonly QualificationReason[]): NotificationParams {
  const reason = reasons.find((r) => r.kind === "podium") ?? reasons[0];
  if (!reason) return { reason: null };
  if (reason.kind === "podium") return { reason: "podium", place: reason.place };
  if (reason.kind === "score") return { reason: "score", score: Math.round(reason.score), threshold: reason.threshold };
  return { reason: "age_group", place: reason.placeInAgeGroup, ageGroup: reason.ageGroup };
}

/**
 * R13, R20: tells each newly qualified runner who has an account that they are qualified for a Finals race,
 * once per edition and race whatever re-imports follow; *provisionally* while the race's results are not
 * final (a live feed), and then once more, as qualified, when they are. In the caller's transaction.
 */
export async function queueQualifiedNotifications(
  db: Db | Tx,
  qualified: readonly { runnerId: number; editionYear: number; finalsRace: FinalsRace; raceId: number; reasons: QualificationReason[] }[],
): Promise<number> {
  if (qualified.length === 0) return 0;
  const runnerIds = [...new Set(qualified.map((q) => q.runnerId))];
  const raceIds = [...new Set(qualified.map((q) => q.raceId))];
  const owners = new Map<number, string>();
  for (let i = 0; i < runnerIds.length; i += CHUNK) {
    const rows = await db
      .select({ id: runners.id, userId: runners.userId })
      .from(runners)
      .where(and(inArray(runners.id, runnerIds.slice(i, i + CHUNK)), sql`${runners.userId} is not null`));
    for (const row of rows) if (row.userId) owners.set(row.id, row.userId);
  }
  if (owners.size === 0) return 0;
  const raceRows = await db
    .select({ id: races.id, race: races.name, event: events.name, resultsFinal: races.resultsFinal })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(inArray(races.id, raceIds));
  const raceNames = new Map(raceRows.map((r) => [r.id, r]));
  const drafts: NotificationDraft[] = qualified.flatMap((q) => {
    const userId = owners.get(q.runnerId);
    if (!userId) return [];
    const race = raceNames.get(q.raceId);
    const kind = race?.resultsFinal === false ? ("provisionally_qualified" as const) : ("qualified" as const);
    return [
      {
        userId,
        kind,
        subject: `${kind}:${q.editionYear}:${q.finalsRace}`,
        params: { finalsRace: q.finalsRace, editionYear: q.editionYear, event: race?.event ?? null, race: race?.race ?? null, ...reasonParams(q.reasons) },
      },
    ];
  });
  return queueNotifications(db, drafts);
}

/**
 * R20: the race's results were declared final: its qualified runners are told they are qualified (those
 * told already, from another race, are not told again). In the caller's transaction, after the recompute.
 */
export async function queueFinalResultsNotifications(db: Db | Tx, raceId: number): Promise<number> {
  const rows = await db
    .select({
      runnerId: qualifications.runnerId,
      editionYear: qualifications.editionYear,
      finalsRace: qualifications.finalsRace,
      ...storedReasonColumns,
      level: events.level,
    })
    .from(qualifications)
    .innerJoin(races, eq(races.id, qualifications.raceId))
    .innerJoin(events, eq(events.id, races.eventId))
    .where(eq(qualifications.raceId, raceId));
  return queueQualifiedNotifications(
    db,
    rows.map((row) => ({ runnerId: row.runnerId, editionYear: row.editionYear, finalsRace: row.finalsRace, raceId, reasons: [reasonFromRow(row, row.level)] })),
  );
}

/** The elite team: everyone who reviews requests (R17). */
async function eliteTeam(db: Db | Tx): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.role, "elite"));
  return rows.map((r) => r.id);
}

/** Tells the elite team that a request waits for them (once per request). */
export async function queueRequestSubmittedNotifications(
  db: Db | Tx,
  request: { requestId: number; type: string; runnerName: string },
): Promise<number> {
  const team = await eliteTeam(db);
  return queueNotifications(
    db,
    team.map((userId) => ({
      userId,
      kind: "request_submitted" as const,
      subject: `request_submitted:${request.requestId}`,
      params: { requestId: request.requestId, type: request.type, runnerName: request.runnerName },
    })),
  );
}

/** Tells the runner (if they have an account) that their request was decided or commented on. */
export async function queueRequestUpdateNotification(
  db: Db | Tx,
  update: { requestId: number; runnerId: number; kind: "request_decided" | "request_commented"; status?: string; commentId?: number },
): Promise<number> {
  const [owner] = await db.select({ userId: runners.userId }).from(runners).where(eq(runners.id, update.runnerId)).limit(1);
  if (!owner?.userId) return 0;
  const subject =
    update.kind === "request_decided" ? `request_decided:${update.requestId}` : `request_commented:${update.requestId}:${update.commentId ?? 0}`;
  return queueNotifications(db, [
    { userId: owner.userId, kind: update.kind, subject, params: { requestId: update.requestId, status: update.status ?? null } },
  ]);
}

export const REQUEST_WAITING_DAYS = 7;

/**
 * Reminds the elite team of every request still waiting for a decision after seven days (once per request
 * and person). Run on a schedule (the server does it hourly; `cli notify` too).
 */
export async function queueWaitingRequestReminders(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - REQUEST_WAITING_DAYS * 24 * 3600 * 1000);
  const waiting = await db
    .select({ id: requests.id, type: requests.type, submittedAt: requests.submittedAt, runnerName: runners.name })
    .from(requests)
    .innerJoin(runners, eq(runners.id, requests.runnerId))
    .where(and(inArray(requests.status, ["submitted", "in_review"]), lt(requests.submittedAt, cutoff)));
  if (waiting.length === 0) return 0;
  const team = await eliteTeam(db);
  return queueNotifications(
    db,
    waiting.flatMap((r) =>
      team.map((userId) => ({
        userId,
        kind: "request_waiting" as const,
        subject: `request_waiting:${r.id}`,
        params: { requestId: r.id, type: r.type, runnerName: r.runnerName, submittedAt: r.submittedAt.toISOString() },
      })),
    ),
  );
}

export interface NotificationItem {
  id: number;
  kind: NotificationKind;
  params: NotificationParams;
  createdAt: Date;
  read: boolean;
}

/** The person's notifications, newest first. */
export async function listNotifications(db: Db, userId: string, limit = 50): Promise<NotificationItem[]> {
  const rows = await db
    .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null }));
}

/** Marks every unread notification of the person read; returns how many were. */
export async function markNotificationsRead(db: Db, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Turns off one kind of email for the person (the in-app list keeps it); true when it was on. */
export async function optOutOfEmails(db: Db, userId: string, kind: NotificationKind): Promise<boolean> {
  const rows = await db.insert(notificationOptOuts).values({ userId, kind }).onConflictDoNothing().returning({ kind: notificationOptOuts.kind });
  return rows.length > 0;
}
