import { z } from "zod";
import { LOCALES } from "@/i18n/locales";

/** The header's language switch. */
export const localeSchema = z.object({ locale: z.enum(LOCALES) });
