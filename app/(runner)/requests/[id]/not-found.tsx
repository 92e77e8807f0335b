import Link from "next/link";
import { useTranslations } from "next-intl";

export default function RequestNotFound() {
  const t = useTranslations("requests");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <Link href="/requests" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        {t("notFound.back")}
      </Link>
    </section>
  );
}
