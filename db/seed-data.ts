/**
 * Hand-made content of the demo seed: the event calendar, the story runners (one per rule a demo
 * should show), the demo accounts and the name lists the generator draws from. `seed.ts` turns this
 * into rows; nothing here touches the database.
 */
import type { EventLevel, FinalsRace, RaceCategory, Sex } from "@/lib/domain/types";

// ---------------------------------------------------------------------------------------------------
// Calendar

export interface RaceTemplate {
  name: string;
  distanceKm: number;
  elevationGainM: number;
  elevationLossM?: number;
  /** Days after the event's first day. */
  dayOffset?: number;
  /** R11: false for the second race of a category that does not qualify. Defaults to true. */
  isFinalsQualifier?: boolean;
  /** R3: the organiser's category, when published. */
  officialCategory?: RaceCategory;
}

export interface EventTemplate {
  name: string;
  country: string;
  level: EventLevel;
  /** First day of the event, "MM-DD"; the same every year. */
  monthDay: string;
  years: readonly number[];
  races: readonly RaceTemplate[];
  /** How much bigger (weight of results) than an ordinary event. */
  size?: number;
}

/** The three seasons of results the demo holds. */
export const SEED_YEARS = [2024, 2025, 2026] as const;
/** Finals editions in the demo: 2026 (qualification period 2025) and 2027 (period 2026). */
export const SEED_EDITIONS = [2025, 2026, 2027] as const;

const ALL = SEED_YEARS;

/** Name of the event whose two 100M races exercise R11 (only one is the Finals qualifier). */
export const R11_EVENT_NAME = "Val d'Aran by UTMB";
/** Event whose races carry no published score yet in the last season (R5 "not scored" until published). */
export const UNPUBLISHED_EVENT_NAME = "Torrencial Chile by UTMB";
export const FINALS_EVENT_NAME = "UTMB Mont-Blanc";

export const EVENT_TEMPLATES: readonly EventTemplate[] = [
  {
    name: "Chianti Ultra Trail by UTMB",
    country: "IT",
    level: "event",
    monthDay: "03-21",
    years: ALL,
    races: [
      { name: "CUT 120K", distanceKm: 120, elevationGainM: 4300 },
      { name: "CUT 74K", distanceKm: 74, elevationGainM: 2300 },
      { name: "CUT 21K", distanceKm: 21, elevationGainM: 800 },
    ],
  },
  {
    name: "Istria 100 by UTMB",
    country: "HR",
    level: "event",
    monthDay: "04-10",
    years: ALL,
    races: [
      { name: "100 Miles of Istria", distanceKm: 168, elevationGainM: 6800 },
      { name: "Red 110K", distanceKm: 110, elevationGainM: 4000, dayOffset: 1 },
      { name: "Green 69K", distanceKm: 69, elevationGainM: 2200, dayOffset: 1 },
      { name: "Yellow 42K", distanceKm: 42, elevationGainM: 700, dayOffset: 2 },
    ],
  },
  {
    name: "Canyons Endurance Runs by UTMB",
    country: "US",
    level: "major",
    monthDay: "04-24",
    years: ALL,
    size: 1.6,
    races: [
      { name: "Canyons 100M", distanceKm: 161, elevationGainM: 7300 },
      { name: "Canyons 100K", distanceKm: 100, elevationGainM: 4500, dayOffset: 1 },
      { name: "Canyons 50K", distanceKm: 50, elevationGainM: 2200, dayOffset: 1 },
      { name: "Canyons 25K", distanceKm: 25, elevationGainM: 1100, dayOffset: 2 },
    ],
  },
  {
    name: "Mallorca by UTMB",
    country: "ES",
    level: "event",
    monthDay: "05-01",
    years: ALL,
    races: [
      { name: "Serra de Tramuntana 112K", distanceKm: 112, elevationGainM: 5700 },
      { name: "Trail dels Fars 58K", distanceKm: 58, elevationGainM: 2600, dayOffset: 1 },
      { name: "Trail 23K", distanceKm: 23, elevationGainM: 900, dayOffset: 2 },
    ],
  },
  {
    name: "Swiss Canyon Trail",
    country: "CH",
    level: "index",
    monthDay: "06-05",
    years: ALL,
    size: 0.6,
    races: [
      { name: "SCT 111K", distanceKm: 111, elevationGainM: 5400 },
      { name: "SCT 51K", distanceKm: 51, elevationGainM: 2400, dayOffset: 1 },
    ],
  },
  {
    name: "Mozart 100 by UTMB",
    country: "AT",
    level: "event",
    monthDay: "06-13",
    years: ALL,
    races: [
      { name: "Mozart 100", distanceKm: 110, elevationGainM: 5000 },
      { name: "Ultra 55", distanceKm: 55, elevationGainM: 2300 },
      { name: "Light 33", distanceKm: 33, elevationGainM: 1500 },
    ],
  },
  {
    name: "Lavaredo Ultra Trail by UTMB",
    country: "IT",
    level: "major",
    monthDay: "06-25",
    years: ALL,
    size: 1.8,
    races: [
      // 120 km but 178 km-effort: a 100M race for the categories (R3).
      { name: "Lavaredo Ultra Trail 120K", distanceKm: 120, elevationGainM: 5800, elevationLossM: 5800, dayOffset: 2 },
      { name: "Ultra Dolomites 80K", distanceKm: 80, elevationGainM: 4800, dayOffset: 3 },
      { name: "Cortina Trail 48K", distanceKm: 48, elevationGainM: 2700, dayOffset: 1 },
      { name: "Cortina Skyrace 20K", distanceKm: 20, elevationGainM: 1000 },
    ],
  },
  {
    name: R11_EVENT_NAME,
    country: "ES",
    level: "event",
    monthDay: "07-03",
    years: ALL,
    races: [
      { name: "VDA 163K", distanceKm: 163, elevationGainM: 10600, isFinalsQualifier: true },
      // R11: a second 100M race (179 km-effort) of the same event, not the Finals qualifier.
      { name: "CDH 110K", distanceKm: 110, elevationGainM: 6900, isFinalsQualifier: false, dayOffset: 1 },
      { name: "PDA 55K", distanceKm: 55, elevationGainM: 3300, dayOffset: 2 },
    ],
  },
  {
    name: "Trail Verbier St-Bernard by UTMB",
    country: "CH",
    level: "event",
    monthDay: "07-10",
    years: ALL,
    races: [
      { name: "X-Alpine 140K", distanceKm: 140, elevationGainM: 9100 },
      { name: "X-Traversée 76K", distanceKm: 76, elevationGainM: 5200, dayOffset: 1 },
      { name: "Marathon 42K", distanceKm: 42, elevationGainM: 2900, dayOffset: 1 },
      { name: "Trail 29K", distanceKm: 29, elevationGainM: 1900, dayOffset: 2 },
    ],
  },
  {
    name: "Eiger Ultra Trail by UTMB",
    country: "CH",
    level: "major",
    monthDay: "07-16",
    years: ALL,
    size: 1.5,
    races: [
      { name: "E250", distanceKm: 250, elevationGainM: 18000 },
      { name: "E101", distanceKm: 101, elevationGainM: 6700, dayOffset: 2 },
      { name: "E51", distanceKm: 51, elevationGainM: 3100, dayOffset: 3 },
      { name: "E16", distanceKm: 16, elevationGainM: 960, dayOffset: 3 },
    ],
  },
  {
    name: FINALS_EVENT_NAME,
    country: "FR",
    level: "finals",
    monthDay: "08-27",
    years: ALL,
    size: 2.2,
    races: [
      { name: "OCC", distanceKm: 57, elevationGainM: 3500, elevationLossM: 3100, officialCategory: "50K" },
      { name: "CCC", distanceKm: 101, elevationGainM: 6100, elevationLossM: 6200, dayOffset: 1, officialCategory: "100K" },
      { name: "UTMB", distanceKm: 174, elevationGainM: 10000, elevationLossM: 10000, dayOffset: 2, officialCategory: "100M" },
    ],
  },
  {
    name: "Nice Côte d'Azur by UTMB",
    country: "FR",
    level: "event",
    monthDay: "09-25",
    years: ALL,
    races: [
      { name: "100 Miles", distanceKm: 163, elevationGainM: 8900 },
      { name: "Ultra 110K", distanceKm: 110, elevationGainM: 5800, dayOffset: 1 },
      { name: "Trail 60K", distanceKm: 60, elevationGainM: 2500, dayOffset: 2 },
    ],
  },
  {
    name: "Trail des Aiguilles Rouges",
    country: "FR",
    level: "index",
    monthDay: "09-26",
    years: ALL,
    size: 0.5,
    races: [
      { name: "TAR 54K", distanceKm: 54, elevationGainM: 4000 },
      { name: "TAR 26K", distanceKm: 26, elevationGainM: 1900 },
    ],
  },
  {
    name: "Ultra Pirineu",
    country: "ES",
    level: "index",
    monthDay: "10-02",
    years: ALL,
    size: 0.6,
    races: [
      { name: "Ultra Pirineu 100K", distanceKm: 100, elevationGainM: 6800 },
      { name: "Marató Pirineu 42K", distanceKm: 42, elevationGainM: 2600, dayOffset: 1 },
    ],
  },
  {
    name: "Kodiak Ultra Marathons by UTMB",
    country: "US",
    level: "event",
    monthDay: "10-08",
    years: ALL,
    races: [
      { name: "Kodiak 100M", distanceKm: 161, elevationGainM: 5800 },
      { name: "Kodiak 50K", distanceKm: 50, elevationGainM: 1800, dayOffset: 2 },
      { name: "Kodiak 20K", distanceKm: 20, elevationGainM: 700, dayOffset: 2 },
    ],
  },
  {
    name: "Tenerife Bluetrail by UTMB",
    country: "ES",
    level: "event",
    monthDay: "10-15",
    years: ALL,
    races: [
      { name: "Ultra 102K", distanceKm: 102, elevationGainM: 6100 },
      { name: "Trail 67K", distanceKm: 67, elevationGainM: 3100, dayOffset: 1 },
      { name: "Media 22K", distanceKm: 22, elevationGainM: 1400, dayOffset: 2 },
    ],
  },
  {
    // Early December: its last edition is still to come on the seed's "today", so the dashboard lists it among
    // the races left in the period, with the finish time its earlier editions say scores the threshold (R21).
    name: "Thailand by UTMB",
    country: "TH",
    level: "event",
    monthDay: "12-06",
    years: ALL,
    races: [
      { name: "Inthanon 170", distanceKm: 171, elevationGainM: 8500 },
      { name: "Inthanon 100", distanceKm: 100, elevationGainM: 4800, dayOffset: 1 },
      { name: "Chiang Mai 50", distanceKm: 50, elevationGainM: 2400, dayOffset: 1 },
    ],
  },
  {
    name: UNPUBLISHED_EVENT_NAME,
    country: "CL",
    level: "event",
    monthDay: "11-20",
    years: ALL,
    races: [
      { name: "Torrencial 100K", distanceKm: 100, elevationGainM: 4200 },
      { name: "Torrencial 50K", distanceKm: 50, elevationGainM: 2100, dayOffset: 1 },
      { name: "Torrencial 21K", distanceKm: 21, elevationGainM: 900, dayOffset: 1 },
    ],
  },
];

/** A race where two finishers are forced to share a place (R9 ties), besides random ties elsewhere. */
export const FORCED_TIE = { event: "Chianti Ultra Trail by UTMB", year: 2026, race: "CUT 74K" } as const;

// ---------------------------------------------------------------------------------------------------
// Story runners (edition 2027, qualification period 2026)

export type StoryKey =
  | "podium"
  | "score"
  | "below"
  | "age_group"
  | "extension"
  | "deferral"
  | "not_qualified"
  | "exact"
  | "top_elite"
  | NewcomerKey;

/** Runners with no account and an ordinary season, kept free for tests that sign up and link an account. */
export type NewcomerKey = "newcomer_1" | "newcomer_2" | "newcomer_3" | "newcomer_4";

/** One result the seed places explicitly, re-ranking the generated field around it. */
export interface StoryResult {
  event: string;
  year: number;
  race: string;
  /** Place by sex among finishers (the generated field is moved so exactly place-1 are faster). */
  placeBySex: number;
  score: number;
  /** R12: place within sex + age group, when the story depends on it. */
  placeInAgeGroup?: number;
}

export interface DemoStory {
  key: StoryKey;
  name: string;
  externalId: string;
  birthYear: number;
  sex: Sex;
  nationality: string;
  /** The edition and Finals race the story is about. */
  editionYear: number;
  finalsRace: FinalsRace;
  /** What the portal should show for that edition and race. */
  expectedStatus: "qualified" | "not_qualified";
  /** R13 reasons the qualifications table should hold for the edition (empty when not qualified). */
  expectedReasons: readonly ("podium" | "score" | "age_group")[];
  /** Human description for the README and tests. */
  expected: string;
  results: readonly StoryResult[];
  /** A completed (or cancelled) Finals registration the story needs. */
  registration?: { editionYear: number; finalsRace: FinalsRace; status: "registered" | "cancelled" };
}

/** R9-R16 demo stories for edition 2027 (thresholds W 50K 730 / 100K 710 / 100M 680, M 870 / 850 / 820). */
export const DEMO_STORIES: readonly DemoStory[] = [
  {
    key: "podium",
    name: "Léa Fontaine",
    externalId: "9100001",
    birthYear: 1993,
    sex: "F",
    nationality: "FR",
    editionYear: 2027,
    finalsRace: "CCC",
    expectedStatus: "qualified",
    expectedReasons: ["podium"],
    expected: "Qualified for CCC 2027 by podium: 2nd woman at Mozart 100 (Event, 100K) 2026, score 690 below the 710 threshold (R9).",
    results: [{ event: "Mozart 100 by UTMB", year: 2026, race: "Mozart 100", placeBySex: 2, score: 690 }],
  },
  {
    key: "score",
    name: "Tomás Herrera",
    externalId: "9100002",
    birthYear: 1990,
    sex: "M",
    nationality: "ES",
    editionYear: 2027,
    finalsRace: "CCC",
    expectedStatus: "qualified",
    expectedReasons: ["score"],
    expected: "Qualified for CCC 2027 by score: 7th man at Tenerife Bluetrail Ultra 102K (Event, 100K) 2026 with 862 >= 850 (R10).",
    results: [{ event: "Tenerife Bluetrail by UTMB", year: 2026, race: "Ultra 102K", placeBySex: 7, score: 862 }],
  },
  {
    key: "below",
    name: "Ingrid Solberg",
    externalId: "9100003",
    birthYear: 1988,
    sex: "F",
    nationality: "NO",
    editionYear: 2027,
    finalsRace: "OCC",
    expectedStatus: "not_qualified",
    expectedReasons: [],
    expected: "Not qualified for OCC 2027: 5th woman at Nice Côte d'Azur Trail 60K (Event, 50K) 2026, score 724, 6 short of 730 (R13 closest).",
    results: [{ event: "Nice Côte d'Azur by UTMB", year: 2026, race: "Trail 60K", placeBySex: 5, score: 724 }],
  },
  {
    key: "age_group",
    name: "Marco Bellini",
    externalId: "9100004",
    birthYear: 1979,
    sex: "M",
    nationality: "IT",
    editionYear: 2027,
    finalsRace: "UTMB",
    expectedStatus: "qualified",
    expectedReasons: ["age_group"],
    expected:
      "Qualified for UTMB 2027 by age group: 40th man, 2nd in 45-49, at Lavaredo Ultra Trail 120K (Major, 100M) 2026, score 700 (R12), and registered: may ask for a priority deferral (R15).",
    results: [
      { event: "Lavaredo Ultra Trail by UTMB", year: 2026, race: "Lavaredo Ultra Trail 120K", placeBySex: 40, score: 700, placeInAgeGroup: 2 },
    ],
    registration: { editionYear: 2027, finalsRace: "UTMB", status: "registered" },
  },
  {
    key: "extension",
    name: "Hannah Whitaker",
    externalId: "9100005",
    birthYear: 1991,
    sex: "F",
    nationality: "GB",
    editionYear: 2027,
    finalsRace: "CCC",
    expectedStatus: "not_qualified",
    expectedReasons: [],
    expected: "No 2026 result (injured); a 2025 100K score of 700 (Chianti CUT 120K) is >= 660, so she may apply for an extension for 2027 (R16).",
    results: [{ event: "Chianti Ultra Trail by UTMB", year: 2025, race: "CUT 120K", placeBySex: 8, score: 700 }],
  },
  {
    key: "deferral",
    name: "Kenji Watanabe",
    externalId: "9100006",
    birthYear: 1995,
    sex: "M",
    nationality: "JP",
    editionYear: 2027,
    finalsRace: "UTMB",
    expectedStatus: "qualified",
    expectedReasons: ["podium"],
    expected: "Qualified for UTMB 2027 by podium (winner of 100 Miles of Istria 2026, score 808) and registered: eligible for a priority deferral (R15).",
    results: [{ event: "Istria 100 by UTMB", year: 2026, race: "100 Miles of Istria", placeBySex: 1, score: 808 }],
    registration: { editionYear: 2027, finalsRace: "UTMB", status: "registered" },
  },
  {
    key: "not_qualified",
    name: "Pieter de Vries",
    externalId: "9100007",
    birthYear: 1997,
    sex: "M",
    nationality: "NL",
    editionYear: 2027,
    finalsRace: "OCC",
    expectedStatus: "not_qualified",
    expectedReasons: [],
    expected: "Not qualified: won Kodiak 20K 2026 (a 20K qualifies for nothing, R7) and scored 700 at Mallorca Trail dels Fars 58K (50K, 12th man).",
    results: [
      { event: "Kodiak Ultra Marathons by UTMB", year: 2026, race: "Kodiak 20K", placeBySex: 1, score: 790 },
      { event: "Mallorca by UTMB", year: 2026, race: "Trail dels Fars 58K", placeBySex: 12, score: 700 },
    ],
  },
  {
    key: "exact",
    name: "Sofia Lindqvist",
    externalId: "9100008",
    birthYear: 1986,
    sex: "F",
    nationality: "SE",
    editionYear: 2027,
    finalsRace: "UTMB",
    expectedStatus: "qualified",
    expectedReasons: ["score"],
    expected: "Qualified for UTMB 2027 by score: 6th woman at Trail Verbier X-Alpine 140K (Event, 100M) 2026 with exactly 680 = threshold (R10).",
    results: [{ event: "Trail Verbier St-Bernard by UTMB", year: 2026, race: "X-Alpine 140K", placeBySex: 6, score: 680 }],
  },
  {
    key: "top_elite",
    name: "Elena Moreau",
    externalId: "9100009",
    birthYear: 1989,
    sex: "F",
    nationality: "FR",
    editionYear: 2027,
    finalsRace: "UTMB",
    expectedStatus: "not_qualified",
    expectedReasons: [],
    expected: "4th woman at the UTMB 2026 Finals (a Finals race qualifies for nothing, R7): Top Elite for 2027, may ask for the 18-month period (R18).",
    results: [{ event: FINALS_EVENT_NAME, year: 2026, race: "UTMB", placeBySex: 4, score: 745 }],
  },

  ...(
    [
      ["newcomer_1", "Aurélien Marchetti", "9100011", 1988, "M", "FR", 14, "Mozart 100 by UTMB", "Mozart 100"],
      ["newcomer_2", "Jana Novotná", "9100012", 1992, "F", "CZ", 9, "Istria 100 by UTMB", "100 Miles of Istria"],
      ["newcomer_3", "Mateo Oyarzún", "9100013", 1985, "M", "CL", 18, "Istria 100 by UTMB", "Red 110K"],
      ["newcomer_4", "Émilie Tremblay", "9100014", 1995, "F", "CA", 11, "Istria 100 by UTMB", "Green 69K"],
    ] as const
  ).map(
    ([key, name, externalId, birthYear, sex, nationality, placeBySex, event, race]): DemoStory => ({
      key,
      name,
      externalId,
      birthYear,
      sex,
      nationality,
      editionYear: 2027,
      finalsRace: "CCC",
      expectedStatus: "not_qualified",
      expectedReasons: [],
      expected: `No account; an ordinary 2024 finish (${placeBySex}th by sex at ${race}). Kept free for the sign-up and linking tests.`,
      results: [{ event, year: 2024, race, placeBySex, score: sex === "F" ? 560 : 640 }],
    }),
  ),
];

// ---------------------------------------------------------------------------------------------------
// Demo accounts

export interface DemoAccount {
  email: string;
  password: string;
  role: "runner" | "elite" | "admin";
  name: string;
  /** The story runner this account is linked to (runner accounts). */
  runnerStory?: StoryKey;
  description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "lea.fontaine@example.com",
    password: "demo-runner-2027",
    role: "runner",
    name: "Léa Fontaine",
    runnerStory: "podium",
    description: "Runner qualified for CCC 2027 by podium (2nd woman, Mozart 100).",
  },
  {
    email: "tomas.herrera@example.com",
    password: "demo-runner2-2027",
    role: "runner",
    name: "Tomás Herrera",
    runnerStory: "score",
    description: "Runner qualified for CCC 2027 by score (862 at Tenerife Bluetrail).",
  },
  {
    email: "hannah.whitaker@example.com",
    password: "demo-extension-2027",
    role: "runner",
    name: "Hannah Whitaker",
    runnerStory: "extension",
    description: "Injured runner with no 2026 result, eligible to apply for an extension.",
  },
  {
    email: "kenji.watanabe@example.com",
    password: "demo-deferral-2027",
    role: "runner",
    name: "Kenji Watanabe",
    runnerStory: "deferral",
    description: "Runner registered for UTMB 2027, eligible for a priority deferral.",
  },
  {
    email: "ingrid.solberg@example.com",
    password: "demo-below-2027",
    role: "runner",
    name: "Ingrid Solberg",
    runnerStory: "below",
    description: "Runner just below the OCC threshold (724 vs 730, 5th woman at Nice Côte d'Azur).",
  },
  {
    email: "pieter.devries@example.com",
    password: "demo-notqualified-2027",
    role: "runner",
    name: "Pieter de Vries",
    runnerStory: "not_qualified",
    description: "Runner not qualified: a 20K win qualifies for nothing.",
  },
  {
    email: "marco.bellini@example.com",
    password: "demo-agegroup-2027",
    role: "runner",
    name: "Marco Bellini",
    runnerStory: "age_group",
    description: "Runner qualified for UTMB 2027 by an age-group place at Lavaredo (Major), and registered.",
  },
  {
    email: "sofia.lindqvist@example.com",
    password: "demo-exact-2027",
    role: "runner",
    name: "Sofia Lindqvist",
    runnerStory: "exact",
    description: "Runner qualified for UTMB 2027 with a score exactly at the threshold (680).",
  },
  {
    email: "elena.moreau@example.com",
    password: "demo-topelite-2027",
    role: "runner",
    name: "Elena Moreau",
    runnerStory: "top_elite",
    description: "Runner 4th at the UTMB 2026 Finals: Top Elite, may ask for the 18-month period (R18).",
  },
  {
    email: "elite@example.com",
    password: "demo-elite-2027",
    role: "elite",
    name: "Camille Roux",
    description: "Elite team member: reviews requests, edits edition settings.",
  },
  {
    email: "admin@example.com",
    password: "demo-admin-2027",
    role: "admin",
    name: "Portal Admin",
    description: "Administrator: imports results, manages accounts.",
  },
];

// ---------------------------------------------------------------------------------------------------
// Names

type NameGroup = "fr" | "es" | "it" | "en" | "de" | "nordic" | "zh" | "ja" | "pt" | "pl" | "nl" | "hr";

export const NATIONALITY_WEIGHTS: readonly (readonly [country: string, weight: number, group: NameGroup])[] = [
  ["FR", 18, "fr"],
  ["ES", 10, "es"],
  ["IT", 8, "it"],
  ["US", 8, "en"],
  ["GB", 6, "en"],
  ["CH", 5, "de"],
  ["DE", 5, "de"],
  ["CN", 5, "zh"],
  ["JP", 4, "ja"],
  ["AT", 3, "de"],
  ["BE", 3, "fr"],
  ["CA", 3, "en"],
  ["AU", 3, "en"],
  ["NO", 2, "nordic"],
  ["SE", 2, "nordic"],
  ["PT", 2, "pt"],
  ["BR", 2, "pt"],
  ["MX", 2, "es"],
  ["PL", 2, "pl"],
  ["CZ", 1, "pl"],
  ["NL", 2, "nl"],
  ["NZ", 1, "en"],
  ["AR", 1, "es"],
  ["CL", 1, "es"],
  ["HR", 1, "hr"],
];

export const FIRST_NAMES: Record<NameGroup, { F: readonly string[]; M: readonly string[] }> = {
  fr: {
    F: ["Camille", "Manon", "Chloé", "Inès", "Juliette", "Margaux", "Pauline", "Claire", "Élise", "Anaïs", "Mathilde", "Audrey"],
    M: ["Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Mathieu", "Ludovic", "Sébastien", "Arthur", "Hugo", "Baptiste", "Rémi", "Xavier", "Guillaume"],
  },
  es: {
    F: ["Lucía", "Marta", "Laia", "Carmen", "Núria", "Elena", "Paula", "Ainhoa", "Sara", "Alba"],
    M: ["Pau", "Javier", "Kilian", "Daniel", "Sergio", "Pablo", "Jordi", "Álvaro", "Iker", "Andrés", "Luis", "Miguel"],
  },
  it: {
    F: ["Giulia", "Francesca", "Chiara", "Martina", "Sara", "Federica", "Elisa", "Silvia"],
    M: ["Luca", "Francesco", "Matteo", "Davide", "Andrea", "Giorgio", "Simone", "Daniele", "Alessandro", "Stefano"],
  },
  en: {
    F: ["Emily", "Sarah", "Rachel", "Kaytlyn", "Abby", "Jessica", "Megan", "Holly", "Lucy", "Grace", "Olivia", "Kate"],
    M: ["James", "Tyler", "Jim", "Hayden", "Dylan", "Zach", "Tom", "Ben", "Adam", "Ryan", "Jack", "Matt", "Sam", "Connor"],
  },
  de: {
    F: ["Anna", "Lena", "Katharina", "Judith", "Sabine", "Laura", "Jana", "Miriam"],
    M: ["Florian", "Jonas", "Tobias", "Stefan", "Lukas", "Andreas", "Michael", "Fabian", "Simon", "Rémy"],
  },
  nordic: {
    F: ["Ida", "Sigrid", "Astrid", "Karin", "Emma", "Johanna", "Frida"],
    M: ["Erik", "Lars", "Magnus", "Henrik", "Oskar", "Jon", "Anders"],
  },
  zh: {
    F: ["Yao", "Mei", "Lin", "Xiaoyan", "Fang", "Jing"],
    M: ["Wei", "Jun", "Hao", "Qiang", "Lei", "Yun", "Dong"],
  },
  ja: {
    F: ["Yuki", "Aiko", "Haruka", "Mai", "Sakura"],
    M: ["Takeshi", "Hiroshi", "Ryo", "Daisuke", "Kazuki", "Shota"],
  },
  pt: {
    F: ["Ana", "Beatriz", "Inês", "Mariana", "Joana"],
    M: ["João", "Pedro", "Tiago", "Rui", "Gabriel", "Rafael"],
  },
  pl: {
    F: ["Magdalena", "Agnieszka", "Katarzyna", "Tereza"],
    M: ["Piotr", "Marcin", "Tomasz", "Jakub", "Ondřej", "Bartosz"],
  },
  nl: {
    F: ["Sanne", "Femke", "Lotte", "Anouk"],
    M: ["Daan", "Bram", "Ruben", "Joost", "Sem"],
  },
  hr: {
    F: ["Ivana", "Petra", "Maja"],
    M: ["Luka", "Ivan", "Marko", "Ante"],
  },
};

export const LAST_NAMES: Record<NameGroup, readonly string[]> = {
  fr: ["Martin", "Bernard", "Dubois", "Lefèvre", "Girard", "Bonnet", "Mercier", "Blanc", "Garnier", "Chevalier", "Faure", "Rousseau", "Morel", "Perrin", "Masson", "Lambert", "Dupuis", "Gauthier", "Barbier", "Colin"],
  es: ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz", "Castillo", "Ortega", "Vidal", "Puig", "Ferrer", "Soler", "Domínguez"],
  it: ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Conti", "De Luca", "Costa", "Mancini", "Galli", "Fontana", "Moretti"],
  en: ["Smith", "Johnson", "Walker", "Harris", "Clarke", "Bennett", "Hughes", "Turner", "Collins", "Mitchell", "Reed", "Cooper", "Parker", "Evans", "Foster", "Hayes", "Murphy", "Price"],
  de: ["Müller", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Keller", "Huber", "Brunner", "Gerber", "Steiner", "Baumann", "Zimmermann"],
  nordic: ["Hansen", "Johansson", "Andersson", "Nilsen", "Larsen", "Berg", "Lund", "Eriksson", "Dahl", "Holm"],
  zh: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"],
  ja: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"],
  pt: ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida", "Sousa"],
  pl: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Novák", "Svoboda", "Dvořák", "Kamiński"],
  nl: ["de Jong", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "van Dijk", "Mulder"],
  hr: ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak"],
};
