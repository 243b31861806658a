import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { gracefulStop } from "./graceful-stop";

describe("gracefulStop", () => {
  it("lets a request in flight finish, then closes Next.js and the database pool, then exits 0", async () => {
    const events: string[] = [];
    const server = http.createServer((_request, response) => {
      events.push("request started");
      setTimeout(() => {
        events.push("request finished");
        response.end("done");
      }, 100);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const body = new Promise<string>((resolve) =>
      http.get({ host: "127.0.0.1", port, path: "/" }, (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve(text));
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const exited = new Promise<number>((resolve) => {
      const stop = gracefulStop({
        server,
        graceMs: 5000,
        closers: [async () => void events.push("next closed"), async () => void events.push("database pool closed")],
        exit: (code) => {
          events.push(`exit ${code}`);
          resolve(code);
        },
      });
      void stop("SIGTERM");
      void stop("SIGTERM");
    });
    expect(await body).toBe("done");
    expect(await exited).toBe(0);
    expect(events).toEqual(["request started", "request finished", "next closed", "database pool closed", "exit 0"]);
  });
});
