import { crisisNumbersFor } from "@/components/crisis/crisis-numbers";

/** Seconds a client is asked to wait before trying again while the database is away. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;

export const OUTAGE_MESSAGE = "The directory is taking a short break and will be back shortly. Please try again in a minute.";

// Served when the database is down, before any language is resolved: in English.
const crisisNumbers = crisisNumbersFor("en");
const us = crisisNumbers.US;
const lifeline = us.lines.find((line) => line.id === "us-988");
const maternal = us.lines.find((line) => line.id === "us-maternal-hotline");

function contactLinks(contacts: { method: string; display: string; href: string }[]): string {
  return contacts.map((c) => `<a href="${c.href}">${c.method} ${c.display}</a>`).join(" or ");
}

function emergencyNumbers(): string {
  return Object.values(crisisNumbers)
    .map((country) => `${country.emergency.map((c) => c.display).join(" or ")} in ${country.inName}`)
    .join(", ");
}

/**
 * The page shown instead of any page that needs the database while it cannot be reached.
 * Plain HTML with its own few styles and no script, so it works with JavaScript off and does
 * not depend on anything the build serves; the crisis lines come from the same list as
 * /help-now, which needs no database and keeps working.
 */
export function outagePageHtml(): string {
  const lines = [lifeline, maternal]
    .filter((line) => line !== undefined)
    .map((line) => `<li><strong>${line.name}</strong> (${us.name}, ${line.hours ?? ""}): ${contactLinks(line.contacts)}</li>`)
    .join("\n        ");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Back shortly · Village</title>
    <link rel="icon" href="/icon.svg" type="image/svg+xml">
    <style>
      body { margin: 0; font: 1.125rem/1.6 system-ui, sans-serif; color: #2b2622; background: #fbf7f1; }
      main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.25rem; }
      h1 { font-family: Georgia, serif; font-size: 2rem; line-height: 1.2; }
      a { color: #9f1239; }
      .crisis { border: 1px solid #fecdd3; background: #fff1f2; border-radius: 1rem; padding: 1rem 1.25rem; }
      .crisis ul { padding-left: 1.25rem; }
    </style>
  </head>
  <body>
    <main>
      <p><a href="/">Village</a></p>
      <h1>We&rsquo;ll be back shortly</h1>
      <p>${OUTAGE_MESSAGE.replace("'", "&rsquo;")} Nothing you did caused this, and nothing saved has been lost.</p>
      <section class="crisis" aria-labelledby="crisis-heading">
        <h2 id="crisis-heading">If you need to talk to someone now</h2>
        <p>If you are in crisis or thinking of harming yourself or your baby, call or text 988 in the US, or call your local emergency number (${emergencyNumbers()}).</p>
        <ul>
        ${lines}
        </ul>
        <p><a href="/help-now">See crisis and support lines by country</a></p>
      </section>
    </main>
  </body>
</html>
`;
}

export function outageJson(): string {
  return JSON.stringify({ error: "database_unavailable", message: OUTAGE_MESSAGE, retryAfter: OUTAGE_RETRY_AFTER_SECONDS });
}
