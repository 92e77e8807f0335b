import { closeDatabase } from "./db";
import { startNotificationRounds } from "./lib/notifications/schedule";

// Close the embedded database cleanly when the server is stopped (PGlite must flush to disk).
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void closeDatabase().finally(() => process.exit(0));
  });
}

startNotificationRounds();
