import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";

// The fields the account forms share, so each reads and autocompletes the same everywhere. Client
// components' parts: their words come from the "fields" namespace of the layout's provider.

export interface EmailFieldProps {
  id: string;
  label?: string;
  /** "email" to let the browser fill in the user's own address; "off" when it is someone else's. */
  autoComplete?: "email" | "off";
  defaultValue?: string | undefined;
  errors?: string[] | undefined;
}

export function EmailField({ id, label, autoComplete = "email", defaultValue, errors }: EmailFieldProps) {
  const t = useTranslations("fields");
  return (
    <FormField
      id={id}
      name="email"
      type="email"
      label={label ?? t("email")}
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
  /** A new account's password, or a changed one: the labels follow. */
  kind: "password" | "newPassword";
  minLength: number;
  errors?: { password?: string[] | undefined; confirmPassword?: string[] | undefined } | undefined;
}

/** A new password and its confirmation; never prefilled after an error. */
export function NewPasswordFields({ idPrefix, kind, minLength, errors }: NewPasswordFieldsProps) {
  const t = useTranslations("fields");
  return (
    <>
      <FormField
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        label={t(kind)}
        hint={t("passwordHint", { minLength })}
        autoComplete="new-password"
        minLength={minLength}
        required
        errors={errors?.password}
      />
      <FormField
        id={`${idPrefix}-confirm-password`}
        name="confirmPassword"
        type="password"
        label={t(kind === "password" ? "confirmPassword" : "confirmNewPassword")}
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
  const t = useTranslations("fields");
  return (
    <FormField
      id={id}
      name="externalId"
      label={t("runnerId")}
      hint={hint}
      autoComplete="off"
      spellCheck={false}
      required
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
