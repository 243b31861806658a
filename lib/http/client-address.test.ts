import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "./client-address";

const socketAddress = "203.0.113.9";

describe("resolveClientAddress", () => {
  it("with TRUST_PROXY unset (0) believes only the connection, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress({ forwardedFor: "198.51.100.1", socketAddress, trustedHops: 0 })).toBe(socketAddress);
    expect(resolveClientAddress({ forwardedFor: "198.51.100.1, 198.51.100.2", socketAddress, trustedHops: 0 })).toBe(socketAddress);
    expect(resolveClientAddress({ forwardedFor: undefined, socketAddress, trustedHops: 0 })).toBe(socketAddress);
  });

  it("with one trusted proxy takes the address that proxy appended, not what the client wrote before it", () => {
    expect(resolveClientAddress({ forwardedFor: "198.51.100.7", socketAddress, trustedHops: 1 })).toBe("198.51.100.7");
    expect(resolveClientAddress({ forwardedFor: "10.9.9.9, 6.6.6.6, 198.51.100.7", socketAddress, trustedHops: 1 })).toBe("198.51.100.7");
    // Repeated header lines are one list, in order.
    expect(resolveClientAddress({ forwardedFor: ["10.9.9.9", "198.51.100.7"], socketAddress, trustedHops: 1 })).toBe("198.51.100.7");
  });

  it("with two trusted proxies skips the entry the inner proxy wrote", () => {
    expect(resolveClientAddress({ forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.2", socketAddress, trustedHops: 2 })).toBe("198.51.100.7");
  });

  it("takes the leftmost entry when the chain is shorter than the trusted hops", () => {
    expect(resolveClientAddress({ forwardedFor: undefined, socketAddress, trustedHops: 1 })).toBe(socketAddress);
    expect(resolveClientAddress({ forwardedFor: "198.51.100.7", socketAddress, trustedHops: 2 })).toBe("198.51.100.7");
  });

  it("gives the trusted proxy's own address when the entry it should hold is not an address", () => {
    for (const forwardedFor of ["not-an-address", "198.51.100.7:4711", "<script>", "unknown", " , "]) {
      expect(resolveClientAddress({ forwardedFor, socketAddress, trustedHops: 1 })).toBe(socketAddress);
    }
  });

  it("spells an address one way, so one client has one counter", () => {
    expect(resolveClientAddress({ forwardedFor: undefined, socketAddress: "::ffff:192.0.2.1", trustedHops: 0 })).toBe("192.0.2.1");
    expect(resolveClientAddress({ forwardedFor: "2001:DB8::1", socketAddress, trustedHops: 1 })).toBe("2001:db8::1");
  });
});
