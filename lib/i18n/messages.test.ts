import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

type Tree = { [key: string]: string | Tree };

function load(file: string): Tree {
  return JSON.parse(readFileSync(path.join(process.cwd(), "messages", file), "utf8")) as Tree;
}

/** Every message by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** The placeholders, select/plural options and rich-text tags a message uses, e.g. "count:plural(one,other)". */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) found.add(el.value);
      if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
      }
      if (el.type === TYPE.select || el.type === TYPE.plural) {
        // Plural categories differ by language (French has no "two"); select options must match.
        const kind = el.type === TYPE.select ? `select(${Object.keys(el.options).sort().join(",")})` : "plural";
        found.add(`${el.value}:${kind}`);
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

// The portal's name, the language names, and words French shares with English.
const SAME_IN_BOTH = new Set([
  "common.none",
  "notifications.title",
  "metadata.title",
  "metadata.titleTemplate",
  "header.home",
  "header.quotas",
  "header.imports",
  "localeSwitch.en",
  "localeSwitch.fr",
  "labels.resultStatus.finisher",
  "labels.races",
  "admin.event.date",
  "admin.event.distance",
  "admin.event.distanceValue",
  "admin.history.pages",
  "admin.importDetail.title",
  "admin.reasons.score",
  "admin.source.api",
  // The elite area: race and sex joined by a dot, and words French writes as English does (Type, Index, Quota, Pages).
  "eliteQueue.filters.type",
  "eliteQueue.pages",
  "eliteQueue.rows.indexColumn",
  "eliteQueue.rows.scores",
  "eliteRequest.decision.decided",
  "eliteRequest.record.index",
  "ledger.column.quota",
  "ledger.raceSex",
  "ledger.movementLine",
  "dashboard.where",
  "dashboard.index.heading",
  "dashboard.index.percent",
  "results.row.category",
  "results.effect.score",
  "dashboardUi.results.date",
  "dashboardUi.results.score",
  "dashboardUi.results.qualification",
  "requestForms.documents",
  "requestForms.deferral.confirmField",
  "requests.detail.documents",
  "requests.documents.image",
]);

const pairs = [
  ["en.json", "fr.json"],
  ["runner/en.json", "runner/fr.json"],
  ["elite/en.json", "elite/fr.json"],
  ["global-error/en.json", "global-error/fr.json"],
] as const;

describe.each(pairs)("%s and %s", (enFile, frFile) => {
  const en = flatten(load(enFile));
  const fr = flatten(load(frFile));

  it("have exactly the same keys", () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("use the same ICU placeholders, options and tags in every message, and every message parses", () => {
    const mismatched = [...en].filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(fr.get(key) ?? "")));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("are translated: no French message left equal to its English one, except names, codes and words alike", () => {
    const same = [...en].filter(([key, text]) => fr.get(key) === text && !SAME_IN_BOTH.has(key)).map(([key]) => key);
    expect(same).toEqual([]);
  });
});

describe("the placeholder check", () => {
  it("tells a renamed placeholder, a missing tag and a different select option apart", () => {
    expect(placeholders("Hello {name}")).not.toEqual(placeholders("Bonjour {nom}"));
    expect(placeholders("<link>ask</link>")).not.toEqual(placeholders("demandez"));
    expect(placeholders("{x, select, a {A} other {}}")).not.toEqual(placeholders("{x, select, b {B} other {}}"));
    expect(placeholders("{n, plural, one {# a} two {# b} other {# c}}")).toEqual(placeholders("{n, plural, one {# a} other {# c}}"));
  });
});

describe("the area files", () => {
  it("each own their namespaces: none is defined in two files, so merging them overrides nothing", () => {
    const files = ["en.json", "runner/en.json", "elite/en.json"];
    const owners = new Map<string, string[]>();
    for (const file of files) for (const ns of Object.keys(load(file))) owners.set(ns, [...(owners.get(ns) ?? []), file]);
    expect([...owners].filter(([, inFiles]) => inFiles.length > 1)).toEqual([]);
  });
});
