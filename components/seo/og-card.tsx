/**
 * The look of Village's link-preview images (1200×630), for next/og. Satori supports a
 * subset of CSS: every element with more than one child needs display: flex.
 */
export const OG_SIZE = { width: 1200, height: 630 };

const colours = { paper: "#FBF7F1", deep: "#F3EBDF", ink: "#2A2320", muted: "#5E534B", clay: "#A8532F", clay400: "#D6865F", sage400: "#7D9C70", rose400: "#DD7385" };

export function OgCard({ eyebrow, title, footer }: { eyebrow?: string; title: string; footer: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: colours.paper,
        borderBottom: `24px solid ${colours.deep}`,
        padding: "72px 80px 56px",
        fontFamily: "Fraunces",
        color: colours.ink,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
        <svg width="72" height="72" viewBox="0 0 32 32">
          <circle cx="10.5" cy="11.5" r="7" fill={colours.clay400} />
          <circle cx="21.5" cy="11.5" r="7" fill={colours.sage400} opacity="0.9" />
          <circle cx="16" cy="20.5" r="7" fill={colours.rose400} opacity="0.85" />
        </svg>
        <div style={{ fontSize: 48, fontWeight: 600, letterSpacing: -1 }}>Village</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        {eyebrow ? <div style={{ fontSize: 32, color: colours.clay }}>{eyebrow}</div> : null}
        <div style={{ fontSize: title.length > 48 ? 64 : 76, fontWeight: 600, lineHeight: 1.1, letterSpacing: -1.5, maxWidth: 1000, textWrap: "balance" }}>{title}</div>
      </div>
      <div style={{ fontSize: 30, color: colours.muted }}>{footer}</div>
    </div>
  );
}
