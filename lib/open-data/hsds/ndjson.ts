/**
 * Newline-delimited JSON from batches that arrive one at a time: the next batch is read only
 * when the client has taken the last one (the stream's pull), so a slow download holds one
 * batch in memory, never the whole data set. A client that goes away stops the reading.
 */
export function ndjsonStream<T>(batches: AsyncGenerator<T[]>, toRecord: (item: T) => unknown): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await batches.next();
        if (next.done) {
          controller.close();
          return;
        }
        if (next.value.length) controller.enqueue(encoder.encode(next.value.map((item) => `${JSON.stringify(toRecord(item))}\n`).join("")));
      },
      async cancel() {
        await batches.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/**
 * Reads the first batch now and hands back batches that start with it: a database that is
 * away then fails the request before any of the response is sent (the site answers 503),
 * rather than cutting a 200 off after its headers.
 */
export async function startBatches<T>(batches: AsyncGenerator<T[]>): Promise<AsyncGenerator<T[]>> {
  const first = await batches.next();
  async function* resumed() {
    if (first.done) return;
    yield first.value;
    yield* batches;
  }
  return resumed();
}
