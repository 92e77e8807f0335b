import "server-only";

/** Files in one batch at most (a transaction's size stays that of a few pushes of a feed). */
const MAX_BATCH = 100;

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

interface Batch<Item, Result> {
  key: string | null;
  members: Waiting<Item, Result>[];
}

/**
 * Runs imports one batch at a time in this process, in arrival order; jobs queued under the same key while
 * another batch runs wait together and run as one batch. Why: every import takes one database lock, so
 * concurrent pushers of a live feed would each hold a pooled connection while they wait for it (starving the
 * pages' queries), and each would re-rank and recompute the race alone; here they wait without a connection
 * and the pushes of one race share one transaction. A batch that fails is retried job by job, so one bad
 * file fails only its own caller. A null key never joins a batch.
 */
export function createImportQueue<Item, Result>(runBatch: (items: Item[]) => Promise<Result[]>) {
  const queue: Batch<Item, Result>[] = [];
  let running = false;

  async function settle(members: Waiting<Item, Result>[]): Promise<void> {
    try {
      const results = await runBatch(members.map((m) => m.item));
      members.forEach((m, i) => m.resolve(results[i] as Result));
    } catch (error) {
      if (members.length === 1) return members[0]?.reject(error);
      for (const member of members) await settle([member]);
    }
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      for (let batch = queue.shift(); batch; batch = queue.shift()) await settle(batch.members);
    } finally {
      running = false;
    }
  }

  return function enqueue(key: string | null, item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      const member = { item, resolve, reject };
      // Only the last batch is joined: a job never overtakes one queued before it under another key.
      const last = queue.at(-1);
      if (key !== null && last?.key === key && last.members.length < MAX_BATCH) last.members.push(member);
      else queue.push({ key, members: [member] });
      if (!running) void drain();
    });
  };
}
