import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
const port = process.argv[2];
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, timezoneId: "Europe/London" });
const page = await context.newPage();
for (const [name, path] of [["home", "/"], ["search", "/groups?online=only"], ["group", "/groups/nicu-grads-and-families-circle"]]) {
  await page.goto(`http://localhost:${port}${path}`);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/wtperf/${name}.png` });
}
await browser.close();
