/**
 * What a notification says, from its kind and facts: a title, a sentence and the page it leads to. The
 * same words in the in-app list and the email. Pure: no database, no environment.
 */
import type { NotificationKind, NotificationParams } from "@/lib/data/notifications";
import { ordinal } from "@/lib/labels";

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

const REQUEST_TYPE_WORDS: Record<string, string> = {
  category_change: "change of category",
  priority_deferral: "priority deferral",
  extension: "qualification extension",
  top_elite: "Top Elite period",
};

function requestType(params: NotificationParams): string {
  return REQUEST_TYPE_WORDS[text(params, "type")] ?? "request";
}

function qualifiedBecause(params: NotificationParams): string {
  const where = [text(params, "event"), text(params, "race")].filter(Boolean).join(", ");
  const at = where ? ` at ${where}` : "";
  switch (params.reason) {
    case "podium":
      return `your ${ordinal(Number(params.place))} place${at} (R9)`;
    case "score":
      return `your UTMB Score of ${text(params, "score")}${at}, at or above the threshold of ${text(params, "threshold")} (R10)`;
    case "age_group":
      return `your ${ordinal(Number(params.place))} place in ${text(params, "ageGroup")}${at} (R12)`;
    default:
      return `your result${at}`;
  }
}

export function notificationMessage(kind: NotificationKind, params: NotificationParams): NotificationMessage {
  const finals = `${text(params, "finalsRace")} ${text(params, "editionYear")}`.trim();
  const requestPath = `/requests/${text(params, "requestId")}`;
  const elitePath = `/elite/requests/${text(params, "requestId")}`;
  switch (kind) {
    case "qualified": {
      const because = qualifiedBecause(params);
      return {
        title: `You are qualified for ${finals}`,
        body: `${because.charAt(0).toUpperCase()}${because.slice(1)} qualifies you for ${finals} at the UTMB World Series Finals.`,
        path: "/dashboard",
      };
    }
    case "provisionally_qualified":
      return {
        title: `Provisionally qualified for ${finals}`,
        body: `On the results so far you are qualified for ${finals}; it becomes final when the race is declared final or the official score is published.`,
        path: "/dashboard",
      };
    case "too_close_resolved":
      return {
        title: `Your ${finals} status is settled`,
        body: `The official results are in: ${text(params, "outcome", "see your dashboard")}.`,
        path: "/dashboard",
      };
    case "request_decided":
      return {
        title: `Your request was ${text(params, "status", "decided")}`,
        body: `The elite team decided your request #${text(params, "requestId")}: it was ${text(params, "status", "decided")}. Their reason is on the request's page.`,
        path: requestPath,
      };
    case "request_commented":
      return {
        title: "New comment on your request",
        body: `The elite team commented on your request #${text(params, "requestId")}.`,
        path: requestPath,
      };
    case "request_submitted":
      return {
        title: `New ${requestType(params)} from ${text(params, "runnerName")}`,
        body: `${text(params, "runnerName")} filed request #${text(params, "requestId")} (${requestType(params)}); it waits in the review queue.`,
        path: elitePath,
      };
    case "request_waiting":
      return {
        title: `Request #${text(params, "requestId")} has waited 7 days`,
        body: `The ${requestType(params)} of ${text(params, "runnerName")} is still waiting for a decision.`,
        path: elitePath,
      };
  }
}

/** The names of the kinds, for the unsubscribe page ("emails about: ..."). */
export const NOTIFICATION_KIND_LABEL: Record<NotificationKind, string> = {
  qualified: "qualifications",
  provisionally_qualified: "provisional qualifications",
  too_close_resolved: "settled statuses",
  request_decided: "decisions on your requests",
  request_commented: "comments on your requests",
  request_submitted: "new requests to review",
  request_waiting: "requests waiting over 7 days",
};
