import { useTranslations } from "next-intl";
import { Fieldset } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/forms/form-state";
import { objectOf } from "@/lib/forms/form-values";
import { namesIn, SECTIONS, type ListingFormFields, type SectionId } from "@/lib/listings/form-layout";
import type { ListingInput } from "@/lib/listings/form-input";
import type { ReactNode } from "react";
import { FieldGroup } from "./field-group";
import { FormSection } from "./form-section";
import type { ListingFormChoices } from "./listing-field";
import { WhenFields } from "./when-fields";

type Props = { fields: ListingFormFields; values: ListingInput; errors: FieldErrors; choices: ListingFormChoices; today: string };

const panel = "flex flex-col gap-6 rounded-card border border-line bg-paper-raised p-4 sm:p-6";

/** The listing form's sections, each field drawn from the field list in its order. */
export function ListingSections({ fields, values, errors, choices, today }: Props) {
  const t = useTranslations("Listing");
  const group = (names: readonly string[]) => <FieldGroup fields={fields.listing} names={names} values={values} errors={errors} choices={choices} />;
  const fieldsIn = (section: SectionId, panel?: "venue" | "online") => namesIn(fields.listing, section, panel);
  const sections: Record<SectionId, ReactNode> = {
    about: group(fieldsIn("about")),
    where: (
      <>
        {group(fieldsIn("where"))}
        {/* Without JavaScript every part shows; where CSS :has() works, the part that doesn't apply to the chosen format hides. */}
        <div className={`${panel} group-has-[[data-format=ONLINE]:checked]:hidden`}>
          <div>
            <h3 className="text-xl">{t("venuePanel.heading")}</h3>
            <p className="text-sm text-ink-muted">{t("venuePanel.intro")}</p>
          </div>
          <Fieldset legend={t("venuePanel.address")}>
            <div className="flex flex-col gap-5">
              <FieldGroup fields={fields.location} names={Object.keys(fields.location)} values={objectOf(values.location)} errors={errors} choices={choices} prefix="location." />
            </div>
          </Fieldset>
          {group(fieldsIn("where", "venue"))}
        </div>
        <div className={`${panel} group-has-[[data-format=IN_PERSON]:checked]:hidden`}>
          <div>
            <h3 className="text-xl">{t("onlinePanel.heading")}</h3>
            <p className="text-sm text-ink-muted">{t("onlinePanel.intro")}</p>
          </div>
          {group(fieldsIn("where", "online"))}
        </div>
      </>
    ),
    when: (
      <>
        {group(fieldsIn("when"))}
        <WhenFields values={values} errors={errors} today={today} />
      </>
    ),
    contact: group(fieldsIn("contact")),
  };

  return SECTIONS.map((section) => (
    <FormSection key={section.id} id={section.id} title={t(`sections.${section.id}.title`)} intro={"intro" in section ? t(`sections.${section.id}.intro`) : undefined}>
      {sections[section.id]}
    </FormSection>
  ));
}
