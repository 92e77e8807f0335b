"use client";

import { useTranslations } from "next-intl";
import { commentOnRequestAction } from "@/lib/actions/review/comment-on-request";
import { CommentForm } from "@/components/requests/comment-form";

/** R17: the elite team's comment on an open request, for the runner (who is told); it decides nothing. */
export function ReviewCommentForm({ requestId }: { requestId: number }) {
  const t = useTranslations("reviewComment");
  const words = { label: t("label"), hint: t("hint"), pending: t("pending"), submit: t("submit") };
  return (
    <section aria-labelledby="review-comment-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="review-comment-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <CommentForm requestId={requestId} action={commentOnRequestAction} fieldId="review-comment" words={words} />
    </section>
  );
}
