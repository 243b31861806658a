import { Checkbox } from "@/components/ui/checkbox";
import { Field, Fieldset } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { FORMATS, VENUE_TYPES } from "@/lib/groups/vocabulary";
import type { ListingInput } from "@/lib/listings/listing-input";
import type { ListingErrors } from "@/lib/listings/listing-schema";
import { fieldId } from "./field-ids";
import { RadioOption } from "./radio-option";

type Props = { values: ListingInput; errors: ListingErrors; countries: { code: string; name: string }[] };

const panel = "flex flex-col gap-6 rounded-card border border-line bg-paper-raised p-4 sm:p-6";

const FORMAT_HINTS = {
  IN_PERSON: "At a venue: a library, community centre, clinic…",
  ONLINE: "On a video call.",
  HYBRID: "At a venue, and parents can also join online.",
} as const;

/**
 * "Where": the format, then the venue and the online details. Without JavaScript every
 * part shows; where CSS :has() works, the parts that don't apply to the chosen format hide.
 */
export function WhereFields({ values, errors, countries }: Props) {
  const location = values.location ?? {};
  const err = (key: string) => errors[`location.${key}`];
  return (
    <>
      <Fieldset legend="How does the group meet?" errors={errors.format}>
        {Object.values(FORMATS).map((format, i) => (
          <RadioOption
            key={format.value}
            id={i === 0 ? fieldId("format") : `format-${format.value}`}
            name="format"
            value={format.value}
            label={format.label}
            hint={FORMAT_HINTS[format.value]}
            defaultChecked={values.format === format.value}
            data-format={format.value}
          />
        ))}
      </Fieldset>

      <div className={`${panel} group-has-[[data-format=ONLINE]:checked]:hidden`}>
        <div>
          <h3 className="text-xl">The venue</h3>
          <p className="text-sm text-ink-muted">For groups that meet in person. We use the town or postcode to show the group in searches nearby.</p>
        </div>
        <Field id={fieldId("venueType")} label="Kind of venue" errors={errors.venueType}>
          {(control) => (
            <Select {...control} name="venueType" defaultValue={values.venueType ?? ""}>
              <option value="">Choose…</option>
              {Object.values(VENUE_TYPES).map((venue) => (
                <option key={venue.value} value={venue.value}>
                  {venue.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Fieldset legend="Address">
          <div className="flex flex-col gap-5">
            <Field id={fieldId("location.venueName")} label="Name of the venue" errors={err("venueName")}>
              {(control) => <Input {...control} name="location.venueName" defaultValue={location.venueName} />}
            </Field>
            <Field id={fieldId("location.addressLine1")} label="Street address" errors={err("addressLine1")}>
              {(control) => <Input {...control} name="location.addressLine1" autoComplete="address-line1" defaultValue={location.addressLine1} />}
            </Field>
            <Field id={fieldId("location.addressLine2")} label="Address line 2" optional errors={err("addressLine2")}>
              {(control) => <Input {...control} name="location.addressLine2" autoComplete="address-line2" defaultValue={location.addressLine2} />}
            </Field>
            <div className="grid gap-5 sm:grid-cols-2">
              <Field id={fieldId("location.locality")} label="Town or city" errors={err("locality")}>
                {(control) => <Input {...control} name="location.locality" autoComplete="address-level2" defaultValue={location.locality} />}
              </Field>
              <Field id={fieldId("location.region")} label="State or county" optional errors={err("region")}>
                {(control) => <Input {...control} name="location.region" autoComplete="address-level1" defaultValue={location.region} />}
              </Field>
              <Field id={fieldId("location.postalCode")} label="ZIP or postcode" optional errors={err("postalCode")}>
                {(control) => <Input {...control} name="location.postalCode" autoComplete="postal-code" defaultValue={location.postalCode} className="sm:max-w-[12rem]" />}
              </Field>
              <Field id={fieldId("location.countryCode")} label="Country" errors={err("countryCode")}>
                {(control) => (
                  <Select {...control} name="location.countryCode" autoComplete="country" defaultValue={location.countryCode?.toUpperCase() ?? ""}>
                    <option value="">Choose…</option>
                    {countries.map((country) => (
                      <option key={country.code} value={country.code}>
                        {country.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>
          </div>
        </Fieldset>
      </div>

      <div className={`${panel} group-has-[[data-format=IN_PERSON]:checked]:hidden`}>
        <div>
          <h3 className="text-xl">Joining online</h3>
          <p className="text-sm text-ink-muted">For groups that meet online. Give the link, or tell parents how to get it.</p>
        </div>
        <Field
          id={fieldId("onlineJoinUrl")}
          label="Link to join"
          optional
          hint="Starts with https://"
          errors={errors.onlineJoinUrl}
        >
          {(control) => <Input {...control} name="onlineJoinUrl" type="url" inputMode="url" defaultValue={values.onlineJoinUrl} />}
        </Field>
        <Checkbox
          id={fieldId("showJoinLink")}
          name="showJoinLink"
          label="Show the link on the listing"
          hint="Leave unticked to give it only to parents who register or get in touch."
          defaultChecked={values.showJoinLink}
        />
        <Field
          id={fieldId("joinInstructions")}
          label="How to join"
          optional
          hint="For example “Register and we'll email you the link the day before.”"
          errors={errors.joinInstructions}
        >
          {(control) => <Textarea {...control} name="joinInstructions" rows={2} defaultValue={values.joinInstructions} />}
        </Field>
      </div>
    </>
  );
}
