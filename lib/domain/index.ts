/**
 * The rules engine (rules.md R1-R17): pure functions over plain data. Import from here.
 */
export * from "./types";
export * from "./iso-date";
export * from "./km-effort";
export * from "./edition";
export * from "./age-group";
export * from "./ranking";
export * from "./race-result";
export * from "./utmb-index";
export * from "./major-age-groups";
export * from "./qualification";
export * from "./requests";
export * from "./grants";
