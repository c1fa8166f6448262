"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

const TEAM_LINKS = [
  { href: "/", label: "Chat", active: (p: string) => p === "/" },
  { href: "/traces", label: "Traces", active: (p: string) => p.startsWith("/traces") },
  { href: "/annotate", label: "Annotate", active: (p: string) => p.startsWith("/annotate") },
  { href: "/evals", label: "Evals", active: (p: string) => p.startsWith("/evals") },
  { href: "/team", label: "Team", active: (p: string) => p.startsWith("/team") },
] as const;

type TeamMember = { name: string; role: string };

/**
 * The signed-in team member, if any (customers get null and never see a team link): the server's answer first, then
 * checked again after each navigation (the root layout does not re-render on a client navigation: sign-in, sign-out).
 */
function useTeamMember(pathname: string, initial: TeamMember | null): TeamMember | null {
  const [member, setMember] = useState<TeamMember | null>(initial);
  const answered = useRef(pathname); // the page the server's answer came with: no need to ask again for it
  useEffect(() => {
    if (answered.current === pathname) return;
    answered.current = pathname;
    let live = true;
    fetch("/api/team/me", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((j: { member?: TeamMember | null } | null) => live && setMember(j?.member ?? null))
      .catch(() => live && setMember(null));
    return () => {
      live = false;
    };
  }, [pathname]);
  return member;
}

/** The shop's header: logo and name; the team's sections only for a signed-in team member. */
export function SiteHeader({ initialMember = null }: { initialMember?: TeamMember | null }) {
  const pathname = usePathname() ?? "/";
  const member = useTeamMember(pathname, initialMember);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand" aria-label="JO's Bike Shop, home">
          <svg className="brand-logo" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            <circle cx="12" cy="32" r="9" />
            <circle cx="36" cy="32" r="9" />
            <path d="M12 32 L20 17 L31 17 L36 32 M20 17 L26 32 L31 17 M18 13 h6 M31 17 l-2-5 h5" />
          </svg>
          <span className="brand-name">
            JO&apos;s <span>Bike Shop</span>
          </span>
        </Link>
        {member && (
          <nav aria-label="Main">
            <ul>
              {TEAM_LINKS.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} aria-current={l.active(pathname) ? "page" : undefined}>
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
