/** Enumerated types shared by the tables. */
import { pgEnum } from "drizzle-orm/pg-core";
import { LOCALES } from "../../i18n/locales";

export const userRole = pgEnum("user_role", ["runner", "elite", "admin"]);
export const sexEnum = pgEnum("sex", ["F", "M"]);
export const eventLevel = pgEnum("event_level", ["event", "major", "finals", "index"]);
export const raceCategory = pgEnum("race_category", ["20K", "50K", "100K", "100M"]);
export const finalsRace = pgEnum("finals_race", ["OCC", "CCC", "UTMB"]);
export const resultStatus = pgEnum("result_status", ["finisher", "dnf", "dns", "dsq"]);
export const qualificationKind = pgEnum("qualification_kind", ["podium", "score", "age_group"]);
export const registrationStatus = pgEnum("registration_status", ["registered", "cancelled"]);
export const requestType = pgEnum("request_type", ["category_change", "priority_deferral", "extension", "top_elite"]);
export const userLocale = pgEnum("user_locale", LOCALES);
export const requestStatus = pgEnum("request_status", ["submitted", "in_review", "approved", "rejected", "withdrawn"]);
