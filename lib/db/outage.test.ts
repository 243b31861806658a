import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { runInRequestContext, type RequestContext } from "@/lib/http/request-context";
import { isDatabaseUnavailable, watchForOutage } from "./outage";

describe("isDatabaseUnavailable", () => {
  it("recognises a database that is down, hung or refusing connections", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated due to connection timeout"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Query read timeout"))).toBe(true);
    // @prisma/adapter-pg's DriverAdapterError keeps what it saw in `cause`.
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { cause: { kind: "ConnectionClosed" } }))).toBe(true);
    expect(isDatabaseUnavailable({ cause: { kind: "postgres", code: "57014", message: "canceling statement due to statement timeout" } })).toBe(true);
    expect(isDatabaseUnavailable({ cause: { kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" } })).toBe(true);
  });

  it("does not mistake an ordinary query error for an outage", () => {
    expect(isDatabaseUnavailable({ cause: { kind: "postgres", code: "23505", message: "duplicate key value" } })).toBe(false);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe("watchForOutage", () => {
  it("marks the request when a query finds the database away, and fails the request's later queries at once", async () => {
    let calls = 0;
    const adapter = watchForOutage({
      queryRaw: async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error("Connection terminated due to connection timeout");
      },
      executeRaw: async () => 0,
    } as unknown as SqlDriverAdapter);
    const context: RequestContext = { id: "r1", databaseUnavailable: false };
    await runInRequestContext(context, async () => {
      await expect(adapter.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] })).rejects.toThrow(/connection timeout/);
      expect(context.databaseUnavailable).toBe(true);
      const started = Date.now();
      await expect(adapter.queryRaw({ sql: "SELECT 2", args: [], argTypes: [] })).rejects.toThrow(/unreachable earlier/);
      expect(Date.now() - started).toBeLessThan(40);
    });
    expect(calls).toBe(1);
  });

  it("leaves the request unmarked for an ordinary query error", async () => {
    const adapter = watchForOutage({
      queryRaw: async () => {
        throw Object.assign(new Error("duplicate key"), { cause: { kind: "postgres", code: "23505" } });
      },
      executeRaw: async () => 0,
    } as unknown as SqlDriverAdapter);
    const context: RequestContext = { id: "r2", databaseUnavailable: false };
    await runInRequestContext(context, () => expect(adapter.queryRaw({ sql: "INSERT", args: [], argTypes: [] })).rejects.toThrow());
    expect(context.databaseUnavailable).toBe(false);
  });
});
