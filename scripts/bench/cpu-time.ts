import fs from "node:fs";

// Linux's clock ticks per second for /proc/<pid>/stat (sysconf(_SC_CLK_TCK)), 100 everywhere Node runs.
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, or 0 once it is gone. */
function processCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** PostgreSQL's backends serving one database: their titles name it ("postgres: 15/main: postgres village_bench …"). */
function backendsOf(database: string): number[] {
  if (!fs.existsSync("/proc")) return [];
  return fs.readdirSync("/proc").flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const title = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      return title.startsWith("postgres: ") && title.split(" ").includes(database) ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}

export type CpuSample = { server: number; database: Map<number, number> };

/**
 * CPU used by the site server and by PostgreSQL for our database: what a request costs,
 * whatever else the machine is doing (req/s on a shared machine mostly measures the others).
 */
export function sampleCpu(serverPid: number, database: string): CpuSample {
  return { server: processCpuSeconds(serverPid), database: new Map(backendsOf(database).map((pid) => [pid, processCpuSeconds(pid)])) };
}

/** CPU seconds between two samples: the server's, and the database backends' (those alive at the end). */
export function cpuBetween(before: CpuSample, after: CpuSample): { server: number; database: number } {
  let database = 0;
  for (const [pid, seconds] of after.database) database += seconds - (before.database.get(pid) ?? 0);
  return { server: after.server - before.server, database };
}
