import { type HrTime, SpanStatusCode } from "@opentelemetry/api";
import { hrTimeToMilliseconds } from "@opentelemetry/core";
import type { ReadableSpan } from "@opentelemetry/sdk-trace";
import type { SpanRecord } from "./schema";

const STATUS: Record<SpanStatusCode, SpanRecord["statusCode"]> = {
  [SpanStatusCode.UNSET]: "unset",
  [SpanStatusCode.OK]: "ok",
  [SpanStatusCode.ERROR]: "error",
};

/** Flattens a finished OTel span into the row we store (start as OTel's nanosecond ISO text, duration in ms). */
export function toSpanRecord(span: ReadableSpan): SpanRecord {
  const { traceId, spanId } = span.spanContext();
  return {
    spanId,
    traceId,
    parentSpanId: span.parentSpanContext?.spanId ?? null,
    name: span.name,
    startTime: spanTimeStamp(span.startTime),
    durationMs: hrTimeToMilliseconds(span.duration),
    statusCode: STATUS[span.status.code] ?? "unset",
    statusMessage: span.status.message ?? null,
    attributes: { ...span.attributes },
    events: span.events.map((e) => ({
      name: e.name,
      time: spanTimeStamp(e.time),
      attributes: { ...e.attributes },
    })),
  };
}

// The whole second's ISO text, kept from the last call: a turn's spans start within the same second or two, and
// `Date#toISOString` was the largest single cost of storing a span.
let isoSecond = Number.NaN;
let isoText = "";

/**
 * `hrTimeToTimeStamp` of @opentelemetry/core ("2019-05-14T17:00:00.000123456Z", the same text for every input), with
 * the second's ISO text reused from the previous call when the second is the same.
 */
export function spanTimeStamp(time: HrTime): string {
  if (time[0] !== isoSecond) {
    isoText = new Date(time[0] * 1e3).toISOString();
    isoSecond = time[0];
  }
  const tmp = `000000000${time[1]}Z`;
  return isoText.replace("000Z", tmp.substring(tmp.length - 10));
}
