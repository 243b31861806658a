import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ContactLinks } from "./contact-links";
import type { HelpLine } from "./crisis-numbers";

export function HelpLineCard({ line, headingLevel = 3 }: { line: HelpLine; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const site = new URL(line.url).hostname.replace(/^www\./, "");
  return (
    <Card as="li" className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <Heading className="text-xl">{line.name}</Heading>
        {line.hours ? (
          <p>
            <Badge tone="sage">
              <ClockIcon />
              {line.hours}
            </Badge>
          </p>
        ) : null}
        <p className="text-base text-ink-muted">{line.summary}</p>
        {line.note ? <p className="text-base font-medium text-ink">{line.note}</p> : null}
      </div>
      <ContactLinks contacts={line.contacts} />
      <p className="text-sm text-ink-muted">
        <a href={line.url} rel="noopener noreferrer" className="text-ink-muted hover:text-ink">
          {site}
        </a>
      </p>
    </Card>
  );
}

function ClockIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-3.5 w-3.5 shrink-0 fill-none stroke-current">
      <circle cx="10" cy="10" r="7" strokeWidth="1.8" />
      <path d="M10 6.5V10l2.5 1.5" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
