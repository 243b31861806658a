import type { GroupDetail } from "@/lib/groups/get-group";

const confirmedFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Cost, language, access and how to get in touch, as a definition list. */
export function DetailsSection({ group }: { group: GroupDetail }) {
  const rows: { term: string; detail: React.ReactNode }[] = [
    { term: "Cost", detail: group.isFree ? "Free" : (group.costNote ?? "There is a charge; ask the organiser.") },
    { term: "Booking", detail: group.registrationRequired ? "Please register before your first visit." : "Drop in: no need to book." },
    { term: "Languages", detail: group.languages.map((l) => l.name).join(", ") || "English" },
    { term: "Babies", detail: group.babiesWelcome ? "Babies are welcome." : "This group is for adults only." },
    { term: "Childcare", detail: group.childcareProvided ? "Childcare is provided for older children." : "No childcare." },
    {
      term: "Access",
      detail: [group.wheelchairAccessible ? "Wheelchair accessible." : null, group.accessibilityNotes].filter(Boolean).join(" ") || "Ask the organiser about access.",
    },
  ];
  const contact = [
    group.registrationUrl ? (
      <a key="reg" href={group.registrationUrl} rel="noopener noreferrer nofollow" target="_blank">
        Register
      </a>
    ) : null,
    group.websiteUrl ? (
      <a key="web" href={group.websiteUrl} rel="noopener noreferrer nofollow" target="_blank">
        Website
      </a>
    ) : null,
    group.phone ? (
      <a key="tel" href={`tel:${group.phone.replace(/[^+\d]/g, "")}`}>
        Call {group.phone}
      </a>
    ) : null,
  ].filter(Boolean);

  return (
    <section aria-labelledby="details-heading" className="flex flex-col gap-3">
      <h2 id="details-heading" className="text-2xl">
        Good to know
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[9rem_1fr]">
        {rows.map((row) => (
          <div key={row.term} className="contents">
            <dt className="font-semibold">{row.term}</dt>
            <dd className="mb-2 sm:mb-0">{row.detail}</dd>
          </div>
        ))}
        {contact.length > 0 ? (
          <div className="contents">
            <dt className="font-semibold">Get in touch</dt>
            <dd className="flex flex-wrap gap-x-4 gap-y-1">{contact}</dd>
          </div>
        ) : null}
      </dl>
      <p className="text-sm text-ink-muted">
        The organiser last confirmed this listing on {confirmedFormat.format(new Date(group.lastConfirmedAt))}.
      </p>
    </section>
  );
}
