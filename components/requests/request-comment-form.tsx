"use client";

import { useTranslations } from "next-intl";
import { addRequestCommentAction } from "@/lib/actions/requests/add-request-comment";
import { CommentForm } from "./comment-form";

/** The runner's comment on their own open request. */
export function RequestCommentForm({ requestId }: { requestId: number }) {
  const t = useTranslations("requestForms.comment");
  const words = { label: t("label"), hint: t("hint"), pending: t("adding"), submit: t("submit") };
  return <CommentForm requestId={requestId} action={addRequestCommentAction} fieldId="request-comment" words={words} />;
}
