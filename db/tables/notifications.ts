/**
 * Notifications: one row per event per person (an in-app list, and an email unless that kind is turned
 * off). Written in the same transaction as what they tell (a qualification, a decision), so a rolled-back
 * import tells nothing; emailed after the commit by lib/notifications/deliver.ts, never inside it.
 */
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { moment } from "./columns";
import { finalsRace } from "./enums";
import { races, runners } from "./results";

export const notificationKind = pgEnum("notification_kind", [
  // Runner: R20/R13 status changes, and their requests.
  "provisionally_qualified",
  "qualified",
  "too_close_resolved",
  "request_decided",
  "request_commented",
  // Elite team: work waiting for them.
  "request_submitted",
  "request_waiting",
]);

export const notifications = pgTable(
  "notifications",
  {
    id: serial("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    /** What the notification is about, e.g. "qualified:2027:CCC": one per person, so a re-import never repeats it. */
    subject: text("subject").notNull(),
    /** The facts the message is written from (in the reader's language when shown or sent). */
    params: jsonb("params").$type<Record<string, string | number | null>>().notNull(),
    createdAt: moment("created_at").notNull().defaultNow(),
    readAt: moment("read_at"),
    /** Set when the email left (or was not due: that kind turned off); null while it waits. */
    emailedAt: moment("emailed_at"),
    emailAttempts: integer("email_attempts").notNull().default(0),
  },
  (t) => [
    uniqueIndex("notifications_user_subject_idx").on(t.userId, t.subject),
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
    index("notifications_unsent_idx").on(t.id).where(sql`${t.emailedAt} is null`),
  ],
);

/** The kinds of email a person turned off (the unsubscribe link of each email); the in-app list keeps them. */
export const notificationOptOuts = pgTable(
  "notification_opt_outs",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    createdAt: moment("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * R20: who was "too close to call" for a Finals race (a provisional score's range straddling the threshold)
 * at the last import of a race, so that a later import tells them once it is settled (lib/domain/too-close).
 * Only runners with an account: the table says whom to tell.
 */
export const tooCloseCalls = pgTable(
  "too_close_calls",
  {
    raceId: integer("race_id")
      .notNull()
      .references(() => races.id, { onDelete: "cascade" }),
    runnerId: integer("runner_id")
      .notNull()
      .references(() => runners.id, { onDelete: "cascade" }),
    editionYear: integer("edition_year").notNull(),
    finalsRace: finalsRace("finals_race").notNull(),
    createdAt: moment("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.raceId, t.runnerId, t.editionYear] })],
);
