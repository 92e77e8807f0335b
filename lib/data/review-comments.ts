import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requests } from "@/db/schema";
import { isOpenRequestStatus, type RequestStatus } from "@/lib/domain/requests";
import { recordAudit } from "./audit";
import { queueRequestUpdateNotification } from "./notifications";
import { REQUEST_ENTITY } from "./requests";
import { isReviewer, type ReviewViewer } from "./review-access";

export type ReviewCommentResult = { ok: true } | { ok: false; error: "forbidden" | "not-found" } | { ok: false; error: "not-open"; status: RequestStatus };

/**
 * R17: a reviewer comments on an open request: the comment joins the request's history (audited, in the
 * reviewer's name) and the runner is told, once per comment (in-app, and emailed after the commit).
 */
export async function commentOnRequest(db: Db, viewer: ReviewViewer | null, { requestId, comment }: { requestId: number; comment: string }): Promise<ReviewCommentResult> {
  if (!isReviewer(viewer)) return { ok: false, error: "forbidden" };
  return db.transaction(async (tx) => {
    const [request] = await tx.select({ id: requests.id, status: requests.status, runnerId: requests.runnerId }).from(requests).where(eq(requests.id, requestId)).for("update");
    if (!request) return { ok: false as const, error: "not-found" as const };
    if (!isOpenRequestStatus(request.status)) return { ok: false as const, error: "not-open" as const, status: request.status };
    const commentId = await recordAudit(tx, { actorUserId: viewer.id, entityType: REQUEST_ENTITY, entityId: request.id, action: "commented", reason: comment });
    await queueRequestUpdateNotification(tx, { requestId: request.id, runnerId: request.runnerId, kind: "request_commented", commentId });
    return { ok: true as const };
  });
}
