import type { FormState } from "@/lib/actions/form-state";
import type { RequestFailure } from "@/lib/data/requests";

/** A refusal of the data layer as form state: document problems beside the file input, the rest on top. */
export function requestFailureState<Field extends string>(
  failure: RequestFailure,
  values?: Partial<Record<Field, string>>,
): FormState<Field> {
  const state: FormState<Field> = { status: "error", message: failure.message };
  if (values) state.values = values;
  if (failure.error === "documents-invalid" || failure.error === "documents-required") {
    state.message = null;
    state.errors = { documents: [failure.message] } as Partial<Record<Field, string[]>>;
  }
  return state;
}

export const NO_RUNNER_MESSAGE = "Link your account to your runner profile before making a request.";
export const UNEXPECTED_MESSAGE = "We could not save your request. Please try again in a moment.";
