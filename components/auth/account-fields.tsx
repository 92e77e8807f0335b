import { FormField } from "@/components/ui/form-field";

// The fields the account forms share, so each reads and autocompletes the same everywhere.

export interface EmailFieldProps {
  id: string;
  label?: string;
  /** "email" to let the browser fill in the user's own address; "off" when it is someone else's. */
  autoComplete?: "email" | "off";
  defaultValue?: string | undefined;
  errors?: string[] | undefined;
}

export function EmailField({ id, label = "Email", autoComplete = "email", defaultValue, errors }: EmailFieldProps) {
  return (
    <FormField
      id={id}
      name="email"
      type="email"
      label={label}
      autoComplete={autoComplete}
      required
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}

export interface NewPasswordFieldsProps {
  /** Prefix of the two field ids, e.g. "sign-up" gives "sign-up-password" and "sign-up-confirm-password". */
  idPrefix: string;
  /** "Password" or "New password"; the confirmation's label follows. */
  label: string;
  minLength: number;
  errors?: { password?: string[] | undefined; confirmPassword?: string[] | undefined } | undefined;
}

/** A new password and its confirmation; never prefilled after an error. */
export function NewPasswordFields({ idPrefix, label, minLength, errors }: NewPasswordFieldsProps) {
  return (
    <>
      <FormField
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        label={label}
        hint={`At least ${minLength} characters.`}
        autoComplete="new-password"
        minLength={minLength}
        required
        errors={errors?.password}
      />
      <FormField
        id={`${idPrefix}-confirm-password`}
        name="confirmPassword"
        type="password"
        label={`Confirm ${label.toLowerCase()}`}
        autoComplete="new-password"
        required
        errors={errors?.confirmPassword}
      />
    </>
  );
}

export interface ExternalIdFieldProps {
  id: string;
  hint: string;
  defaultValue?: string | undefined;
  errors?: string[] | undefined;
}

/** The runner's UTMB id (the number or the profile link), as typed when linking an account. */
export function ExternalIdField({ id, hint, defaultValue, errors }: ExternalIdFieldProps) {
  return (
    <FormField
      id={id}
      name="externalId"
      label="UTMB runner id"
      hint={hint}
      autoComplete="off"
      spellCheck={false}
      required
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
