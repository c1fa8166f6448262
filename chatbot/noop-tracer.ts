import { INVALID_SPAN_CONTEXT, context as otelContext, type Span, type Tracer, trace } from "@opentelemetry/api";

/** A tracer that records nothing, whatever global provider is registered (tracing off). */
export const noopTracer: Tracer = {
  startSpan(): Span {
    return trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
  },
  startActiveSpan(_name: string, ...args: unknown[]) {
    const fn = args.at(-1) as (span: Span) => unknown;
    const span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
    return otelContext.with(trace.setSpan(otelContext.active(), span), () => fn(span));
  },
} as Tracer;
