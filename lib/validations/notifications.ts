import { z } from "zod";

/** The signed token of an email's unsubscribe link (lib/notifications/unsubscribe-token.ts checks it). */
export const unsubscribeSchema = z.object({
  token: z.string().trim().min(1).max(400),
});

export const markNotificationsReadSchema = z.object({});
