import { cx } from "@/components/ui/class-names";
import { qrCodeSvg } from "@/lib/qr/qr-code-svg";

/**
 * A QR code drawn on the server as SVG, sized by its box. The SVG is the library's own
 * drawing of the address (modules only, no text from the listing), so it is safe to insert.
 */
export async function QrCode({ url, label, className }: { url: string; label: string; className?: string }) {
  const svg = await qrCodeSvg(url, label);
  return <div className={cx("[&>svg]:block [&>svg]:h-full [&>svg]:w-full", className)} dangerouslySetInnerHTML={{ __html: svg }} />;
}
