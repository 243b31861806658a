import { ButtonLink } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";
import type { Contact } from "./crisis-numbers";
import { useTranslations } from "next-intl";

/** Big call/text buttons: stacked full width on phones, two to a row on wider screens. */
export function ContactLinks({
  contacts,
  tone = "primary",
  className,
}: {
  contacts: readonly Contact[];
  tone?: "primary" | "crisis";
  className?: string;
}) {
  const t = useTranslations("Crisis");
  return (
    <ul className={cx("grid gap-3 sm:grid-cols-2", className)}>
      {contacts.map((contact) => (
        <li key={contact.href}>
          <ButtonLink
            href={contact.href}
            size="lg"
            variant={contact.method === "call" ? tone : "secondary"}
            className="w-full"
          >
            {contact.method === "call" ? <PhoneIcon /> : <MessageIcon />}
            <span>
              {t(contact.method, { number: contact.display })}
            </span>
          </ButtonLink>
        </li>
      ))}
    </ul>
  );
}

function PhoneIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 shrink-0 fill-current">
      <path d="M6.3 2.6 4.4 3.2A2.4 2.4 0 0 0 2.8 6c.9 5.4 5.8 10.3 11.2 11.2a2.4 2.4 0 0 0 2.8-1.6l.6-1.9a1.3 1.3 0 0 0-.7-1.6l-2.9-1.3a1.3 1.3 0 0 0-1.5.4l-.9 1.1a10 10 0 0 1-4.6-4.6l1.1-.9a1.3 1.3 0 0 0 .4-1.5L7.9 3.3a1.3 1.3 0 0 0-1.6-.7Z" />
    </svg>
  );
}

function MessageIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 shrink-0 fill-none stroke-current">
      <path
        d="M3.5 5.5A2 2 0 0 1 5.5 3.5h9a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H9l-3.5 3v-3h0a2 2 0 0 1-2-2v-6Z"
        strokeWidth="1.7"
        strokeLinejoin="round"
      />
    </svg>
  );
}
