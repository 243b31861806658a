import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { GroupPoster } from "@/components/print/group-poster";
import { PrintToolbar } from "@/components/print/print-toolbar";
import { ProblemsNotice } from "@/components/search/problems-notice";
import { BackLink } from "@/components/ui/back-link";
import { Container } from "@/components/ui/container";
import { getDb } from "@/lib/db/client";
import { getPublicGroup, toGroupDetail } from "@/lib/groups/get-group";
import { printableUrl } from "@/lib/groups/how-to-join";
import { localePath } from "@/lib/i18n/locale-path";
import type { Locale } from "@/lib/i18n/routing";
import { pageSizeRule, readPaper, type PaperSize } from "@/lib/print/paper";
import { requestOrigin } from "@/lib/urls/site-url";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// generateMetadata and the page share one query per request.
const loadGroup = cache(async (slug: string) => getPublicGroup(await getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [record, t] = await Promise.all([loadGroup(slug), getTranslations({ locale, namespace: "Print.poster" })]);
  return { title: record ? t("metaTitle", { name: record.name }) : t("notFound"), robots: { index: false, follow: true } };
}

/** /groups/<slug>/poster[?paper=a4|letter]: a one-page poster of the group with a large QR code. */
export default async function GroupPosterPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const t = await getTranslations("Print.poster");
  const record = await loadGroup(slug);
  if (!record) notFound();
  const { paper, problem } = readPaper(await searchParams);
  const group = toGroupDetail(record, new Date());
  const origin = requestOrigin(await headers());
  const path = `/groups/${group.slug}`;
  const hrefFor = (size: PaperSize | null) => localePath(locale, `${path}/poster${size ? `?paper=${size}` : ""}`);

  return (
    <Container className="py-6 sm:py-8" data-print="focus">
      <div className="mx-auto flex max-w-[210mm] flex-col gap-5">
        {paper ? <style>{pageSizeRule(paper)}</style> : null}
        <PrintToolbar back={<BackLink href={path}>{t("back", { name: group.name })}</BackLink>} paper={paper} hrefFor={hrefFor}>
          <ProblemsNotice problems={problem ? [problem] : []} />
        </PrintToolbar>
        <GroupPoster group={group} url={`${origin}${localePath(locale, path)}`} helpUrl={printableUrl(`${origin}${localePath(locale, "/help-now")}`)} paper={paper} />
      </div>
    </Container>
  );
}
