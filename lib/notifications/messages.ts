/**
 * What a notification says, from its kind and facts, in the reader's language (messages/*.json,
 * "notifications"): a title, a sentence and the page it leads to. The same words in the in-app list and
 * the email. Pure apart from the translator it is given: no database, no environment.
 */
import type { NotificationKind, NotificationParams } from "@/lib/data/notifications";
import type { Translator } from "@/lib/i18n/messages";

export interface NotificationMessage {
  title: string;
  body: string;
  /** A path of the portal ("/dashboard"). */
  path: string;
}

function text(params: NotificationParams, key: string, fallback = ""): string {
  const value = params[key];
  return value === null || value === undefined ? fallback : String(value);
}

/** "Event, Race", or "none" for the messages' select when neither is known. */
function where(params: NotificationParams): string {
  return [text(params, "event"), text(params, "race")].filter(Boolean).join(", ") || "none";
}

export function notificationMessage(kind: NotificationKind, params: NotificationParams, t: Translator): NotificationMessage {
  const finals = `${text(params, "finalsRace")} ${text(params, "editionYear")}`.trim();
  const requestId = text(params, "requestId");
  const typeName = t("notifications.requestType", { type: text(params, "type", "other") });
  const runnerName = text(params, "runnerName");
  const status = text(params, "status", "other");
  switch (kind) {
    case "qualified": {
      const reason = text(params, "reason", "other");
      const body = t("notifications.qualified.body", {
        reason,
        where: where(params),
        finals,
        place: Number(params.place ?? 0),
        score: text(params, "score"),
        threshold: text(params, "threshold"),
        ageGroup: text(params, "ageGroup"),
      });
      return { title: t("notifications.qualified.title", { finals }), body, path: "/dashboard" };
    }
    case "provisionally_qualified":
      return {
        title: t("notifications.provisionally_qualified.title", { finals }),
        body: t("notifications.provisionally_qualified.body", { finals }),
        path: "/dashboard",
      };
    case "too_close_resolved": {
      const outcome = text(params, "outcome", "not_qualified");
      return {
        title: t("notifications.too_close_resolved.title", { outcome, finals }),
        body: t("notifications.too_close_resolved.body", {
          outcome,
          where: where(params),
          basis: text(params, "basis", "provisional"),
          score: text(params, "score"),
          low: text(params, "low"),
          high: text(params, "high"),
          threshold: text(params, "threshold"),
        }),
        path: "/dashboard",
      };
    }
    case "request_decided":
      return {
        title: t("notifications.request_decided.title", { status }),
        body: t("notifications.request_decided.body", { status, requestId }),
        path: `/requests/${requestId}`,
      };
    case "request_commented":
      return {
        title: t("notifications.request_commented.title"),
        body: t("notifications.request_commented.body", { requestId }),
        path: `/requests/${requestId}`,
      };
    case "request_submitted":
      return {
        title: t("notifications.request_submitted.title", { typeName, runnerName }),
        body: t("notifications.request_submitted.body", { typeName, runnerName, requestId }),
        path: `/elite/requests/${requestId}`,
      };
    case "request_waiting":
      return {
        title: t("notifications.request_waiting.title", { requestId }),
        body: t("notifications.request_waiting.body", { typeName, runnerName }),
        path: `/elite/requests/${requestId}`,
      };
  }
}

/** The kind's name in a sentence ("emails about qualifications"). */
export function notificationKindName(kind: NotificationKind, t: Translator): string {
  return t(`notifications.kind.${kind}`);
}
