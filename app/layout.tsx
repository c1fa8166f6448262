import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "./_components/site-header";
import { currentMember } from "./_server/team-page";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "JO's Bike Shop", template: "%s · JO's Bike Shop" },
  description: "Chat with JO's Bike Shop in Portland: services, prices, opening hours and bookings.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5132" };

/**
 * The root layout: skip link, shop header, main landmark. The header's team links come with the page for a signed-in
 * member (no flash of a customer header, no race with the keyboard); a store that cannot be read shows none.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const member = await currentMember().catch(() => null);
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader initialMember={member && { name: member.name, role: member.role }} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
