import { requestDocuments, requests } from "@/db/schema";

/** What a request asks, for which edition, and where it stands: every reader of requests selects these. */
export const requestCoreColumns = {
  id: requests.id,
  type: requests.type,
  status: requests.status,
  editionYear: requests.editionYear,
  fromFinalsRace: requests.fromFinalsRace,
  toFinalsRace: requests.toFinalsRace,
};

/** The columns every list and page of requests shows: the core and when it was sent. */
export const requestSummaryColumns = { ...requestCoreColumns, submittedAt: requests.submittedAt };

/** A request document's name, type and size: what a list of documents shows and a download needs. */
export const requestDocumentColumns = {
  id: requestDocuments.id,
  fileName: requestDocuments.fileName,
  mimeType: requestDocuments.mimeType,
  sizeBytes: requestDocuments.sizeBytes,
};
