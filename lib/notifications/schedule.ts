import "server-only";
import { getDb } from "@/db";
import { queueWaitingRequestReminders } from "@/lib/data/notifications";
import { logError } from "@/lib/log";
import { scheduleNotificationDelivery } from "./deliver";

const HOUR_MS = 60 * 60 * 1000;

/**
 * The server's notification round, hourly and once soon after start: remind the elite team of requests
 * waiting over seven days, and email whatever is still unsent (a mail server that was down, a restart).
 */
export function startNotificationRounds(): void {
  const round = async () => {
    try {
      await queueWaitingRequestReminders(await getDb(), new Date());
    } catch (error) {
      logError("waiting-request reminders failed", error);
    }
    scheduleNotificationDelivery();
  };
  setTimeout(() => void round(), 15_000).unref();
  setInterval(() => void round(), HOUR_MS).unref();
}
