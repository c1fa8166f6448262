import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "JO's Bike Shop", template: "%s · JO's Bike Shop" },
  description: "Chat with JO's Bike Shop in Portland: services, prices, opening hours and bookings.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5132" };

/** The root layout: skip link, shop header, main landmark. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
