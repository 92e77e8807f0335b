import Link from "next/link";
import { useTranslations } from "next-intl";

export default function EliteNotFound() {
  const t = useTranslations("eliteArea");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/elite" className="inline-flex min-h-11 items-center text-brand-700 underline">
        {t("backToQueue")}
      </Link>
    </section>
  );
}
