import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <TextLink href="/">
        {t("backHome")}
      </TextLink>
    </section>
  );
}
