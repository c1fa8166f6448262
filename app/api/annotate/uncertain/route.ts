import { ok } from "../../../_server/json-ok";
import { route } from "../../../_server/route";
import { loadUncertainQueue } from "../../../annotate/_server/uncertain-queue";

/** GET /api/annotate/uncertain: the "Needs review: uncertain" queue (traces a check abstained on, not yet labelled). */
export const GET = route({ name: "uncertain queue", access: "read" }, () => ok(loadUncertainQueue()));
