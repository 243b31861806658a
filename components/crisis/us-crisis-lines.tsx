import { crisisNumbers } from "./crisis-numbers";

const callOf = (lineId: string) => {
  const line = crisisNumbers.US.lines.find((l) => l.id === lineId);
  const contact = line?.contacts.find((c) => c.method === "call");
  if (!contact) throw new Error(`No number to call for ${lineId}`);
  return contact;
};

/** "988 or the National Maternal Mental Health Hotline 1-833-852-6262", as links, for a sentence. */
export function UsCrisisLines() {
  const lifeline = callOf("us-988");
  const maternal = callOf("us-maternal-hotline");
  return (
    <>
      <a href={lifeline.href} className="font-semibold">
        {lifeline.display}
      </a>{" "}
      or the National Maternal Mental Health Hotline{" "}
      <a href={maternal.href} className="font-semibold">
        {maternal.display}
      </a>
    </>
  );
}
