// A progress bar for the terminal: redrawn in place on a terminal, a line every tenth of the
// way when the output goes to a file or a CI log.

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stdout): { update: (done: number, total: number) => void; end: () => void } {
  const width = 30;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done, total) {
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const text = `${label} [${"#".repeat(Math.round(share * width)).padEnd(width, ".")}] ${String(Math.round(share * 100)).padStart(3)}%  ${done.toLocaleString("en")} / ${total.toLocaleString("en")}`;
      if (stream.isTTY) {
        stream.write(`\r${text}`);
        drawn = true;
      } else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        stream.write(`${text}\n`);
      }
    },
    end() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
