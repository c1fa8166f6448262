import { z } from "zod";

/** A draft grouping the reviewer accepts or dismisses one by one: a new mode for some notes, or notes for a mode. */
export const GroupSuggestion = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    kind: z.literal("new_mode"),
    name: z.string().trim().min(1).max(60),
    definition: z.string().trim().max(400),
    traceIds: z.array(z.string()).min(1),
    reason: z.string(),
  }),
  z.object({
    id: z.string(),
    kind: z.literal("assign"),
    modeId: z.string(),
    traceIds: z.array(z.string()).min(1),
    reason: z.string(),
  }),
]);
export type GroupSuggestion = z.infer<typeof GroupSuggestion>;

/** A failed trace's open-code note, as the suggesters see it. */
export interface NoteForGrouping {
  traceId: string;
  note: string;
}
