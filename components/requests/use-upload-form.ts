"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Answer<State> = State & { redirectTo?: string };

/**
 * `useActionState` for a form that carries documents: it is posted to app/api/requests/[form] (a route
 * handler that parses the upload as it streams in, within its limits), not to a server action, whose body
 * limit stays small. The answer is the same form state; after a success the page goes on or refreshes.
 * Sent from `onSubmit`, not `<form action>`: React resets a form after its action, which would empty the
 * file inputs of a refused form; this way the chosen files stay for the next try.
 */
export function useUploadForm<State extends FormState<string>>(url: string) {
  const router = useRouter();
  const notSent = useTranslations("requestForms")("notSent");
  const [state, dispatch, pending] = useActionState<State, FormData>(
    async (_previous, formData): Promise<State> => {
      let answer: Answer<State>;
      try {
        const response = await fetch(url, { method: "POST", body: formData });
        answer = (await response.json()) as Answer<State>;
      } catch {
        return { status: "error", message: notSent } as State;
      }
      if (answer.redirectTo) {
        router.push(answer.redirectTo);
      } else if (answer.status === "success") {
        router.refresh();
      }
      return answer;
    },
    { status: "idle" } as Awaited<State>,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
