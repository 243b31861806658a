import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListingForm } from "@/components/listings/listing-form";
import { Container } from "@/components/ui/container";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { Locale } from "@/lib/i18n/routing";
import { submitListingAction } from "@/lib/listings/listing-form-actions";
import { listingFormFields } from "@/lib/listings/fields";
import { listFormChoices } from "@/lib/listings/form-choices";
import { emptyListingInput } from "@/lib/listings/form-input";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Listing" });
  return { title: t("submitTitle") };
}

export default async function SubmitPage() {
  await requireUser("/submit");
  const locale = await requestLocale();
  const t = await getTranslations("Listing");
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Container width="narrow" className="flex flex-col gap-8 py-8 sm:py-10">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl sm:text-4xl">{t("submitTitle")}</h1>
        <p className="text-lg">{t("submitIntro")}</p>
        <p className="text-ink-muted">{t("requiredNote")}</p>
      </div>
      <ListingForm
        fields={listingFormFields(locale)}
        action={submitListingAction}
        initialValues={emptyListingInput(today)}
        choices={await listFormChoices(await getDb(), locale)}
        today={today}
        submitLabel={t("submitButton")}
        afterNote={t("submitAfterNote")}
      />
    </Container>
  );
}
