import type { RequestProblem } from "@/lib/domain/requests";
import type { Translator } from "@/lib/i18n/messages";

/** The sentence for a refused withdrawal or comment (the data layer answers with codes). */
export function requestChangeRefusal(failure: RequestProblem, change: "withdraw" | "comment", t: Translator): string {
  switch (failure.error) {
    case "runner-not-found":
      return t("requestActions.runnerNotFound");
    case "request-closed":
      return t("requestActions.closed", { status: failure.status, change });
    default:
      return t("requestActions.notFound");
  }
}
