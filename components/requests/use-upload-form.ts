"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Answer<State> = State & { redirectTo?: string };

/**
 * `useActionState` for a form that carries documents: it is posted to app/api/requests/[form] (a route
 * handler that parses the upload as it streams in, within its limits), not to a server action, whose body
 * limit stays small. The answer is the same form state; after a success the page goes on or refreshes.
 */
export function useUploadForm<State extends FormState<string>>(url: string) {
  const router = useRouter();
  return useActionState<State, FormData>(
    async (_previous, formData): Promise<State> => {
      let answer: Answer<State>;
      try {
        const response = await fetch(url, { method: "POST", body: formData });
        answer = (await response.json()) as Answer<State>;
      } catch {
        return { status: "error", message: "The form could not be sent. Check your connection and try again." } as State;
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
}
