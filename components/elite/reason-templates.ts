/**
 * Decision reasons the elite team starts from, per request type (R14-R16, R18); the reviewer edits them before
 * sending. The words are in messages (`eliteRequest.templates`), offered in the reviewer's language.
 */
import type { Messages } from "next-intl";
import type { RequestType } from "@/lib/domain/requests";

export type ReasonTemplateId = Exclude<keyof Messages["eliteRequest"]["templates"], "requestedRace">;

export interface ReasonTemplate {
  id: ReasonTemplateId;
  decision: "approve" | "reject";
  label: string;
  text: string;
}

export const REASON_TEMPLATES: Record<RequestType, readonly Pick<ReasonTemplate, "id" | "decision">[]> = {
  category_change: [
    { id: "cc-approve", decision: "approve" },
    { id: "cc-no-bib", decision: "reject" },
    { id: "cc-reason", decision: "reject" },
  ],
  priority_deferral: [
    { id: "pd-approve", decision: "approve" },
    { id: "pd-document", decision: "reject" },
  ],
  extension: [
    { id: "ex-approve", decision: "approve" },
    { id: "ex-document", decision: "reject" },
  ],
  top_elite: [
    { id: "te-approve", decision: "approve" },
    { id: "te-reject", decision: "reject" },
  ],
};
