import { SpanStatusCode } from "@opentelemetry/api";
import { hrTimeToMilliseconds, hrTimeToTimeStamp } from "@opentelemetry/core";
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
    startTime: hrTimeToTimeStamp(span.startTime),
    durationMs: hrTimeToMilliseconds(span.duration),
    statusCode: STATUS[span.status.code] ?? "unset",
    statusMessage: span.status.message ?? null,
    attributes: { ...span.attributes },
    events: span.events.map((e) => ({
      name: e.name,
      time: hrTimeToTimeStamp(e.time),
      attributes: { ...e.attributes },
    })),
  };
}
