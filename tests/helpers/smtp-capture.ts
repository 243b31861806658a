import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CapturedMail = { to: string[]; subject: string; text: string; replyTo: string | null; receivedAt: string };

/**
 * A real SMTP server for the end-to-end suite: the site sends through it exactly as it
 * would through a provider, and every message lands as a JSON file in `dir` for the tests.
 */
export async function startSmtpCapture(dir: string): Promise<{ port: number; close: () => Promise<void> }> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to].flat().flatMap((a) => a?.value.map((v) => v.address?.toLowerCase() ?? "") ?? []);
          const mail: CapturedMail = {
            to,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            replyTo: parsed.replyTo?.value[0]?.address ?? null,
            receivedAt: new Date().toISOString(),
          };
          fs.writeFileSync(path.join(dir, `${Date.now()}-${counter++}.json`), JSON.stringify(mail, null, 2));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Mail captured so far, oldest first. */
export function readCapturedMail(dir: string): CapturedMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort((a, b) => Number(a.split("-")[0]) - Number(b.split("-")[0]) || a.localeCompare(b))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as CapturedMail);
}
