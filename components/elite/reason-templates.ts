/** Decision reasons the elite team starts from, per request type (R14-R16); the reviewer edits them before sending. */
import type { RequestType } from "@/lib/domain/requests";

export interface ReasonTemplate {
  id: string;
  decision: "approve" | "reject";
  label: string;
  text: string;
}

export interface TemplateContext {
  editionYear: number;
  race: string | null;
}

export function reasonTemplates(type: RequestType, { editionYear, race }: TemplateContext): ReasonTemplate[] {
  const target = race ?? "the requested race";
  switch (type) {
    case "category_change":
      return [
        { id: "cc-approve", decision: "approve", label: "Approve: bib left, reason accepted", text: `Approved: a bib is left in ${target} for the ${editionYear} Finals and the reason you give is accepted.` },
        { id: "cc-no-bib", decision: "reject", label: "Reject: no bib left", text: `Rejected: no bib is left in ${target} for the ${editionYear} Finals. Your place in your qualified race stays.` },
        { id: "cc-reason", decision: "reject", label: "Reject: reason not enough", text: "Rejected: the reason given does not justify a change of category. Your place in your qualified race stays." },
      ];
    case "priority_deferral":
      return [
        { id: "pd-approve", decision: "approve", label: "Approve: injury documented", text: `Approved: the document confirms the injury. Your priority moves to the ${editionYear + 1} Finals; cancel this year's registration and register again next year.` },
        { id: "pd-document", decision: "reject", label: "Reject: document does not confirm", text: "Rejected: the document does not confirm an injury after your registration. Send a medical certificate with a new request." },
      ];
    case "extension":
      return [
        { id: "ex-approve", decision: "approve", label: "Approve: injury and score documented", text: `Approved: you may qualify for ${target} in the extended window; the qualification counts for the ${editionYear} Finals only.` },
        { id: "ex-document", decision: "reject", label: "Reject: injury not documented", text: "Rejected: the documents do not show an injury that kept you from qualifying in the qualification period." },
      ];
    case "top_elite":
      return [
        { id: "te-approve", decision: "approve", label: "Approve: Top Elite threshold reached", text: `Approved: you reached a Top Elite threshold (R18). Your qualification period for the ${editionYear} Finals runs over 18 months.` },
        { id: "te-reject", decision: "reject", label: "Reject: no threshold reached", text: "Rejected: neither your General or category index nor your last Finals place reaches a Top Elite threshold (R18)." },
      ];
  }
}
