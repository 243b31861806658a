import { useTranslations } from "next-intl";
import { HONEYPOT_FIELD } from "@/lib/forms/honeypot";

/**
 * A field people never see or reach, for bots that fill in everything. The server accepts
 * the form but keeps nothing when it has a value.
 */
export function Honeypot({ id = HONEYPOT_FIELD }: { id?: string }) {
  const t = useTranslations("Forms");
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] top-auto h-px w-px overflow-hidden">
      <label htmlFor={id}>{t("honeypot")}</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
