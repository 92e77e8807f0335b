/** The runner's words for every refusal of the request rules and the data layer (English for now). */
import type { Refusal } from "@/lib/domain/requests";
import type { RequestFormFailure } from "@/lib/request-forms/submitted-form";
import { formatDate, SEX_LABEL } from "@/lib/labels";
import { REQUEST_TYPE_LABEL } from "./labels";

const or = (races: readonly string[]) => races.join(" or ");

export function refusalText(refusal: Refusal): string {
  switch (refusal.code) {
    case "same-race":
      return `You are already qualified for ${refusal.finalsRace}; choose a different race.`;
    case "not-qualified":
      return `You are not qualified for ${refusal.finalsRace}, so there is no place to change.`;
    case "no-qualification":
      return `You are not qualified for a ${refusal.editionYear} Finals race yet, so there is no category to change.`;
    case "age-group-place":
      return `Your ${refusal.finalsRace} place is an age-group place at a Major (R12): it cannot change category.`;
    case "already-changed":
      return `Your ${refusal.finalsRace} place already comes from a change of category; it cannot change again.`;
    case "20k-to-occ":
      return "A 20K result can never lead to OCC.";
    case "not-adjacent":
      return `You can only move one category up or down: from ${refusal.from} you may ask for ${or(refusal.allowed)}, not ${refusal.to}.`;
    case "no-registration":
      return `Only runners with a completed registration for the ${refusal.editionYear} Finals can defer their priority. We have no registration of yours.`;
    case "registration-cancelled":
      return `Your registration for the ${refusal.editionYear} Finals was cancelled; only a completed registration can defer its priority.`;
    case "finals-over":
      return `The ${refusal.editionYear} Finals are over; a deferral must be asked before them.`;
    case "extension-closed":
      return `Applications for an extension to the ${refusal.editionYear} Finals closed on ${formatDate(refusal.deadline)}.`;
    case "extension-score-missing": {
      const needed = Object.entries(refusal.thresholds)
        .map(([category, threshold]) => `${category} ${threshold}`)
        .join(", ");
      return `An extension needs a UTMB Score in the last 2 years at or above the threshold for ${SEX_LABEL[refusal.sex]} in the category (${needed}).`;
    }
    case "extension-already-qualified":
      return `You are already qualified for ${or(refusal.finalsRaces)}: the extension is for runners who could not qualify.`;
    case "extension-race-not-allowed":
      return refusal.allowed.length > 0
        ? `Your scores allow an extension for ${or(refusal.allowed)}, not ${refusal.finalsRace}.`
        : `No extension is possible for ${refusal.finalsRace}.`;
    case "top-elite-not-reached":
      return "You have not reached a Top Elite threshold: a General or category index at the threshold, or a top place at the last Finals.";
    case "top-elite-already-granted":
      return `Your Top Elite period for the ${refusal.editionYear} Finals is already approved.`;
    case "no-race-named":
      return "The request names no Finals race.";
    case "already-open":
      return `You already have an open ${REQUEST_TYPE_LABEL[refusal.type].toLowerCase()} request for the ${refusal.editionYear} Finals (request #${refusal.requestId}). Withdraw it or wait for the decision first.`;
  }
}

/** A data layer's refusal of a request form: documents problems are shown beside the file input. */
export function failureText(failure: RequestFormFailure): { documents?: string; message?: string } {
  switch (failure.error) {
    case "refused":
      return { message: refusalText(failure.refusal) };
    case "documents-required":
      return { documents: "Attach at least one document, for example a medical certificate (PDF, JPEG or PNG): this request needs one." };
    case "documents-invalid":
      return { documents: failure.detail };
    case "runner-not-found":
      return { message: "Link your account to your runner profile before making a request." };
    case "request-not-found":
      return { message: "We could not find this request." };
    case "request-closed":
      return { message: "This request is closed: it can no longer be changed." };
    case "unexpected":
      return { message: "We could not save your request. Nothing was changed; please try again in a moment." };
  }
}
