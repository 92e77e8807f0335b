/**
 * What a form's server action returns to `useActionState`: field errors, a form-level message, and the
 * non-secret values to put back in the fields (React resets uncontrolled inputs after an action).
 */
export interface FormState<Field extends string = string> {
  status: "idle" | "error" | "success";
  errors?: Partial<Record<Field, string[]>>;
  message?: string | null;
  values?: Partial<Record<Field, string>>;
}

/** Field errors from a zod error, keyed by the first path segment. */
export function fieldErrors<Field extends string>(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Partial<Record<Field, string[]>> = {};
  for (const issue of issues) {
    const key = issue.path[0];
    if (typeof key !== "string") continue;
    (errors[key as Field] ??= []).push(issue.message);
  }
  return errors;
}

/** A string field of a FormData, or undefined when missing or a file. */
export function formString(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}
