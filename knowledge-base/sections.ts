import { z } from "zod";

/** One `##` section of the prose handbook with the fact ids it cites. */
export const Section = z.object({ title: z.string(), body: z.string(), factIds: z.array(z.string()) });
export type Section = z.infer<typeof Section>;

const FACT_ID = /\[([a-z_]+(?:\.[a-z_]+)+)\]/g;

/** Splits handbook markdown into `##` sections and collects each one's `[fact.id]` citations. */
export function parseSections(markdown: string): Section[] {
  const sections: Section[] = [];
  let current: { title: string; lines: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const body = current.lines.join("\n").trim();
    sections.push({
      title: current.title,
      body,
      factIds: [...new Set([...body.matchAll(FACT_ID)].map((m) => m[1] ?? ""))],
    });
  };
  for (const line of markdown.split("\n")) {
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      current = { title: heading[1]?.trim() ?? "", lines: [] };
    } else if (current) current.lines.push(line);
  }
  flush();
  return sections;
}

/** Every `[fact.id]` cited anywhere in the markdown. */
export function citedFactIds(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(FACT_ID)].map((m) => m[1] ?? ""))];
}
