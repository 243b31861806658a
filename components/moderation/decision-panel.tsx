import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { DecisionState } from "@/lib/moderation/moderator-actions";
import { DecisionForm } from "./decision-form";

type BoundAction = (previous: DecisionState, formData: FormData) => Promise<DecisionState>;

type Props = {
  kind: "listing" | "edit";
  approve: BoundAction;
  requestChanges: BoundAction;
  reject: BoundAction;
};

/** The three decisions, each its own form; the organiser is emailed whichever is taken. */
export function DecisionPanel({ kind, approve, requestChanges, reject }: Props) {
  const t = useTranslations("Moderation.decision");
  return (
    <section aria-labelledby="decide-heading" className="flex flex-col gap-4">
      <h2 id="decide-heading" className="text-2xl">
        {t("heading")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card tone="sage">
          <DecisionForm action={approve} title={t("approve.title", { kind })} description={t("approve.description", { kind })} submitLabel={t("approve.submit", { kind })} />
        </Card>
        <Card>
          <DecisionForm
            action={requestChanges}
            title={t("changes.title")}
            description={t("changes.description", { kind })}
            submitLabel={t("changes.submit")}
            variant="secondary"
            field={{ name: "message", label: t("changes.label"), hint: t("wordForWord") }}
          />
        </Card>
        <Card tone="rose">
          <DecisionForm
            action={reject}
            title={t("reject.title", { kind })}
            description={t("reject.description", { kind })}
            submitLabel={t("reject.submit", { kind })}
            variant="crisis"
            field={{ name: "reason", label: t("reject.label"), hint: t("wordForWord") }}
          />
        </Card>
      </div>
    </section>
  );
}
