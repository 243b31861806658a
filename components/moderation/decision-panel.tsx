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
  const isEdit = kind === "edit";
  return (
    <section aria-labelledby="decide-heading" className="flex flex-col gap-4">
      <h2 id="decide-heading" className="text-2xl">
        Your decision
      </h2>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card tone="sage">
          <DecisionForm
            action={approve}
            title={isEdit ? "Approve the edit" : "Approve"}
            description={isEdit ? "The changes go live at once." : "The listing goes live in search and gets its page."}
            submitLabel={isEdit ? "Approve edit" : "Approve and publish"}
          />
        </Card>
        <Card>
          <DecisionForm
            action={requestChanges}
            title="Ask for changes"
            description={isEdit ? "The published version stays as it is meanwhile." : "The listing stays hidden until the organiser sends it again."}
            submitLabel="Send to organiser"
            variant="secondary"
            field={{ name: "message", label: "What should the organiser change?", hint: "They get this by email, word for word." }}
          />
        </Card>
        <Card tone="rose">
          <DecisionForm
            action={reject}
            title={isEdit ? "Reject the edit" : "Reject"}
            description={isEdit ? "The published version stays as it is." : "The listing will not be published."}
            submitLabel={isEdit ? "Reject edit" : "Reject listing"}
            variant="crisis"
            field={{ name: "reason", label: "Reason for the organiser", hint: "They get this by email, word for word." }}
          />
        </Card>
      </div>
    </section>
  );
}
