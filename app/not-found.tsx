import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/" className="inline-flex min-h-11 items-center text-brand-700 underline">
        {t("backHome")}
      </Link>
    </section>
  );
}
