import { describe, expect, it } from "vitest";
import { readQrSvg } from "@/tests/helpers/read-qr-svg";
import { qrCodeSvg } from "./qr-code-svg";

describe("qrCodeSvg", () => {
  it("draws a code that reads back as the group's address", async () => {
    const url = "https://village.example/groups/new-parents-circle-austin";
    const svg = await qrCodeSvg(url, "QR code for the group's page");
    expect(readQrSvg(svg)).toBe(url);
    expect(readQrSvg(await qrCodeSvg("https://village.example/groups/other", "x"))).not.toBe(url);
  });

  it("scales with its container and is one labelled image", async () => {
    const svg = await qrCodeSvg("https://village.example/groups/a", 'Scan for "A & B"');
    expect(svg).toMatch(/^<svg role="img" aria-label="Scan for &quot;A &amp; B&quot;" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/<svg[^>]* width=/);
    // Nothing in it that could run or fetch.
    expect(svg).not.toMatch(/<script|href=|on\w+=/i);
  });

  it("gives the same drawing for the same address", async () => {
    expect(await qrCodeSvg("https://village.example/groups/b", "b")).toBe(await qrCodeSvg("https://village.example/groups/b", "b"));
  });
});
