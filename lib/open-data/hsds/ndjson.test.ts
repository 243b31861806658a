import { describe, expect, it } from "vitest";
import { ndjsonStream, startBatches } from "./ndjson";

function counted(batchCount: number) {
  const state = { produced: 0, closed: false };
  async function* batches() {
    try {
      for (let i = 0; i < batchCount; i++) {
        state.produced++;
        yield [i * 2, i * 2 + 1];
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, batches: batches() };
}

describe("ndjsonStream", () => {
  it("writes one JSON record a line, every batch in order", async () => {
    const { batches } = counted(3);
    const text = await new Response(ndjsonStream(batches, (n) => ({ n }))).text();
    expect(text).toBe([0, 1, 2, 3, 4, 5].map((n) => `{"n":${n}}\n`).join(""));
  });

  it("reads a batch only when the reader wants more, and stops reading when the reader goes away", async () => {
    const { state, batches } = counted(1000);
    const reader = ndjsonStream(batches, (n) => n).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.produced).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(state.closed).toBe(true);
    expect(state.produced).toBeLessThanOrEqual(3);
  });

  it("startBatches reads the first batch at once and still gives every batch", async () => {
    const { state, batches } = counted(3);
    const started = await startBatches(batches);
    expect(state.produced).toBe(1);
    const seen: number[][] = [];
    for await (const batch of started) seen.push(batch);
    expect(seen).toEqual([[0, 1], [2, 3], [4, 5]]);
    const empty = await startBatches(counted(0).batches);
    expect(await empty.next()).toEqual({ done: true, value: undefined });
  });
});
