import { formatLighthouse, lighthouseMedian } from "./lighthouse-bench";

// `npx tsx scripts/bench/lighthouse-pages.ts [--port N] [--runs N] /path …`: Lighthouse's
// mobile figures for pages of a site already running (npm start), without the rest of the bench.
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1]! : fallback;
};
const port = option("port", "3000");
const runs = Number(option("runs", "3"));
for (const path of args.length ? args : ["/"]) console.log(formatLighthouse(await lighthouseMedian(`http://localhost:${port}`, path, runs)));
