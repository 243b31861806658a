import { Checkbox } from "@/components/ui/checkbox";
import { Field, Fieldset } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { AUDIENCES } from "@/lib/groups/vocabulary";
import type { ListingInput } from "@/lib/listings/listing-input";
import { LIMITS } from "@/lib/listings/listing-limits";
import type { ListingErrors } from "@/lib/listings/listing-schema";
import { fieldId } from "./field-ids";
import { CheckboxGroup } from "./checkbox-group";
import { RadioOption } from "./radio-option";

type Props = { values: ListingInput; errors: ListingErrors; languages: { code: string; name: string }[] };

const twoColumns = "grid gap-x-6 sm:grid-cols-2";

/** "About the group": what it is, who it's for, what it costs and how to get in touch. */
export function AboutFields({ values, errors, languages }: Props) {
  return (
    <>
      <Field id={fieldId("name")} label="Name of the group" hint={`As parents would say it. Up to ${LIMITS.name} characters.`} errors={errors.name}>
        {(control) => <Input {...control} name="name" defaultValue={values.name} autoComplete="off" />}
      </Field>
      <Field
        id={fieldId("summary")}
        label="Summary"
        hint={`One sentence shown in search results, for example “A relaxed weekly drop-in for new parents and babies.” Up to ${LIMITS.summary} characters.`}
        errors={errors.summary}
      >
        {(control) => <Textarea {...control} name="summary" rows={2} defaultValue={values.summary} />}
      </Field>
      <Field
        id={fieldId("description")}
        label="Description"
        hint="What happens at a meeting, who runs it and what to bring. Leave a blank line between paragraphs."
        errors={errors.description}
      >
        {(control) => <Textarea {...control} name="description" rows={7} defaultValue={values.description} />}
      </Field>

      <Fieldset legend="Who is it for?" hint="Choose all that apply." errors={errors.audiences}>
        <CheckboxGroup name="audiences" options={Object.values(AUDIENCES)} checked={values.audiences} firstId={fieldId("audiences")} className={twoColumns} />
      </Fieldset>

      <Fieldset legend="Languages spoken at the group" errors={errors.languages}>
        <CheckboxGroup
          name="languages"
          options={languages.map((l) => ({ value: l.code, label: l.name }))}
          checked={values.languages}
          firstId={fieldId("languages")}
          className="grid grid-cols-2 gap-x-6 sm:grid-cols-3"
        />
      </Fieldset>

      <Fieldset legend="Does it cost anything?" errors={errors.isFree}>
        <RadioOption id={fieldId("isFree")} name="isFree" value="true" label="It's free" defaultChecked={values.isFree === true} />
        <RadioOption id="isFree-false" name="isFree" value="false" label="There's a cost" defaultChecked={values.isFree === false} />
      </Fieldset>
      <Field id={fieldId("costNote")} label="What it costs" optional hint="For example “$5 a session” or “Free; donations welcome”." errors={errors.costNote}>
        {(control) => <Input {...control} name="costNote" defaultValue={values.costNote} />}
      </Field>

      <Fieldset legend="Can parents just turn up?" errors={errors.registrationRequired}>
        <RadioOption id={fieldId("registrationRequired")} name="registrationRequired" value="false" label="Yes, just drop in" defaultChecked={values.registrationRequired === false} />
        <RadioOption id="registrationRequired-true" name="registrationRequired" value="true" label="No, they need to register first" defaultChecked={values.registrationRequired === true} />
      </Fieldset>
      <Field id={fieldId("registrationUrl")} label="Link to register" optional hint="Starts with https://" errors={errors.registrationUrl}>
        {(control) => <Input {...control} name="registrationUrl" type="url" inputMode="url" defaultValue={values.registrationUrl} />}
      </Field>

      <Fieldset legend="Good to know" hint="Tick what is true for your group.">
        <Checkbox id={fieldId("babiesWelcome")} name="babiesWelcome" label="Babies are welcome" defaultChecked={values.babiesWelcome} />
        <Checkbox id={fieldId("childcareProvided")} name="childcareProvided" label="Childcare is provided for older children" defaultChecked={values.childcareProvided} />
        <Checkbox id={fieldId("wheelchairAccessible")} name="wheelchairAccessible" label="Wheelchair accessible" defaultChecked={values.wheelchairAccessible} />
      </Fieldset>
      <Field
        id={fieldId("accessibilityNotes")}
        label="Access notes"
        optional
        hint="Step-free entrance, parking, buggy storage, a quiet room…"
        errors={errors.accessibilityNotes}
      >
        {(control) => <Textarea {...control} name="accessibilityNotes" rows={2} defaultValue={values.accessibilityNotes} />}
      </Field>

      <Field id={fieldId("websiteUrl")} label="Website" optional hint="Starts with https://" errors={errors.websiteUrl}>
        {(control) => <Input {...control} name="websiteUrl" type="url" inputMode="url" defaultValue={values.websiteUrl} />}
      </Field>
      <Field id={fieldId("phone")} label="Phone number" optional hint="Shown on the listing." errors={errors.phone}>
        {(control) => <Input {...control} name="phone" type="tel" autoComplete="tel" defaultValue={values.phone} />}
      </Field>
      <Field
        id={fieldId("contactEmail")}
        label="Email for messages from parents"
        hint="Private: it never appears on the site. Parents write to you through a form and we pass their message on."
        errors={errors.contactEmail}
      >
        {(control) => <Input {...control} name="contactEmail" type="email" autoComplete="email" defaultValue={values.contactEmail} />}
      </Field>
    </>
  );
}
