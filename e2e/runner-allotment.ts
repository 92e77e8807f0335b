/*
 * Which demo runners each spec writes to (files, withdraws or has decided a request for), per project. Each
 * project has its own server and database; within one, specs run one after another on the same data, so no
 * runner is written to by two specs of a project (test/e2e-runner-allotment.test.ts). Reading any runner is
 * free. Specs take their runners through the `ownRunner` fixture (e2e/fixtures.ts), which refuses one
 * not allotted to them.
 */
import type { StoryKey } from "../db/seed-data";

export type ProjectName = "desktop" | "phone";

export const RUNNER_ALLOTMENT: Readonly<Record<string, Readonly<Record<ProjectName, readonly StoryKey[]>>>> = {
  // Tomás (desktop) or Sofia (phone) asks for a change of category, approved; Kenji's deferral is rejected.
  "elite-review.spec.ts": { desktop: ["score", "deferral"], phone: ["exact", "deferral"] },
  // A change of category with documents (the other project's change runner), Hannah's extension and
  // Marco's deferral, each withdrawn at the end.
  "runner-requests.spec.ts": { desktop: ["exact", "extension", "age_group"], phone: ["score", "extension", "age_group"] },
  // Léa's change of category and Elena's Top Elite request, filed without documents and withdrawn.
  "runner-next-steps.spec.ts": { desktop: ["podium", "top_elite"], phone: ["podium", "top_elite"] },
  // Newcomers (runners with no account) claimed by a new account, and linked by an admin.
  "auth.spec.ts": { desktop: ["newcomer_1", "newcomer_3"], phone: ["newcomer_2", "newcomer_4"] },
};

/** The runner stories written to by more than one spec in a project: none, or specs would see each other's requests. */
export function sharedRunners(allotment: typeof RUNNER_ALLOTMENT): string[] {
  const clashes: string[] = [];
  for (const project of ["desktop", "phone"] as const) {
    const owner = new Map<StoryKey, string>();
    for (const [spec, byProject] of Object.entries(allotment)) {
      for (const story of byProject[project]) {
        const other = owner.get(story);
        if (other) clashes.push(`${project}: ${story} in ${other} and ${spec}`);
        owner.set(story, spec);
      }
    }
  }
  return clashes;
}

/** The story if `spec` may write to it in `project`, else an error that says who owns what. */
export function allottedRunner(spec: string, project: string, story: StoryKey): StoryKey {
  const mine = RUNNER_ALLOTMENT[spec]?.[project as ProjectName] ?? [];
  if (!mine.includes(story)) {
    throw new Error(`${spec} (${project}) writes to the runner "${story}", which is not allotted to it in e2e/runner-allotment.ts (its runners: ${mine.join(", ") || "none"})`);
  }
  return story;
}

/** The spec that writes to `story` in `project`, if any. */
export function writerOf(project: string, story: StoryKey): string | null {
  for (const [spec, byProject] of Object.entries(RUNNER_ALLOTMENT)) if (byProject[project as ProjectName]?.includes(story)) return spec;
  return null;
}
