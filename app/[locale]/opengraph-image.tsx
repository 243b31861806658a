import { ImageResponse } from "next/og";
import { OG_SIZE, OgCard } from "@/components/seo/og-card";
import { loadOgFonts } from "@/lib/seo/og-fonts";

export const alt = "Village: find a postpartum support group near you";
export const size = OG_SIZE;
export const contentType = "image/png";

export default async function OpenGraphImage() {
  return new ImageResponse(
    <OgCard title="You don’t have to do this alone." footer="Find a postpartum support group near you, or online." />,
    { ...OG_SIZE, fonts: await loadOgFonts() },
  );
}
