import { z } from "zod";

/** Where and how spans are mirrored to an OTLP collector, resolved from the OTel environment variables. */
export const OtlpConfig = z.object({
  protocol: z.enum(["http/protobuf", "http/json"]),
  url: z.url(),
  headers: z.record(z.string(), z.string()),
  timeoutMillis: z.number().int().positive().optional(),
});
export type OtlpConfig = z.infer<typeof OtlpConfig>;

/** The result of reading the environment: no mirror, a mirror, or a configuration error to report. */
export type OtlpSetting = { ok: true; config: OtlpConfig | null } | { ok: false; error: string };

type Env = Record<string, string | undefined>;

const pick = (env: Env, specific: string, general: string) =>
  env[`OTEL_EXPORTER_OTLP_TRACES_${specific}`]?.trim() || env[`OTEL_EXPORTER_OTLP_${general}`]?.trim() || undefined;

/** Parses `key1=value1,key2=value2` (W3C baggage style, values percent-decoded) as the OTel spec defines for headers. */
export function parseOtlpHeaders(raw: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of (raw ?? "").split(",")) {
    const at = pair.indexOf("=");
    if (at <= 0) continue;
    const key = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    if (key) headers[key] = decodeURIComponent(value);
  }
  return headers;
}

/**
 * Reads the OTLP trace exporter settings as the OTel spec defines them: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` (used
 * as is) or `OTEL_EXPORTER_OTLP_ENDPOINT` (+ `/v1/traces`), `..._PROTOCOL` (default `http/protobuf`), `..._HEADERS`
 * (the traces-specific value wins per key) and `..._TIMEOUT`. `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`
 * turn the mirror off. Pure: the caller passes the environment.
 */
export function otlpConfigFromEnv(env: Env): OtlpSetting {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return { ok: true, config: null };
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === "none") return { ok: true, config: null };
  const specific = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const general = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!specific && !general) return { ok: true, config: null };
  const url = specific || `${general?.replace(/\/+$/, "")}/v1/traces`;
  const protocol = pick(env, "PROTOCOL", "PROTOCOL") ?? "http/protobuf";
  if (protocol === "grpc")
    return {
      ok: false,
      error: "OTEL_EXPORTER_OTLP_PROTOCOL=grpc is not supported here; use http/protobuf (default) or http/json",
    };
  const timeout = pick(env, "TIMEOUT", "TIMEOUT");
  const parsed = OtlpConfig.safeParse({
    protocol,
    url,
    headers: {
      ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS),
      ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS),
    },
    timeoutMillis: timeout === undefined ? undefined : Number(timeout),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `OTLP trace exporter: ${issue?.path.join(".")}: ${issue?.message}` };
  }
  return { ok: true, config: parsed.data };
}
