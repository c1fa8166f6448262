import { describe, expect, it } from "vitest";
import { otlpConfigFromEnv, parseOtlpHeaders } from "./otlp-config";

describe("otlpConfigFromEnv", () => {
  it.each([
    ["nothing set: no mirror", {}, { ok: true, config: null }],
    [
      "base endpoint: /v1/traces appended, protobuf by default",
      { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:6006/" },
      { ok: true, config: { protocol: "http/protobuf", url: "http://127.0.0.1:6006/v1/traces", headers: {} } },
    ],
    [
      "traces endpoint used as is and wins over the base endpoint",
      { OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://b:9/custom" },
      { ok: true, config: { protocol: "http/protobuf", url: "http://b:9/custom", headers: {} } },
    ],
    [
      "protocol, traces-specific protocol and timeout",
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318",
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/protobuf",
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/json",
        OTEL_EXPORTER_OTLP_TIMEOUT: "2500",
      },
      { ok: true, config: { protocol: "http/json", url: "http://a:4318/v1/traces", headers: {}, timeoutMillis: 2500 } },
    ],
    [
      "headers merged, traces-specific wins per key",
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318",
        OTEL_EXPORTER_OTLP_HEADERS: "authorization=Basic%20abc,x-a=1",
        OTEL_EXPORTER_OTLP_TRACES_HEADERS: "x-a=2",
      },
      {
        ok: true,
        config: {
          protocol: "http/protobuf",
          url: "http://a:4318/v1/traces",
          headers: { authorization: "Basic abc", "x-a": "2" },
        },
      },
    ],
    [
      "OTEL_SDK_DISABLED turns it off",
      { OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_SDK_DISABLED: "true" },
      { ok: true, config: null },
    ],
    [
      "OTEL_TRACES_EXPORTER=none turns it off",
      { OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_TRACES_EXPORTER: "none" },
      { ok: true, config: null },
    ],
  ])("%s", (_name, env, expected) => {
    expect(otlpConfigFromEnv(env)).toEqual(expected);
  });

  it.each([
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" }, /grpc is not supported/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_PROTOCOL: "thrift" }, /protocol/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "not a url" }, /url/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_TIMEOUT: "soon" }, /timeoutMillis/],
  ])("rejects %j with a clear error", (env, message) => {
    const setting = otlpConfigFromEnv(env);
    expect(setting.ok).toBe(false);
    if (!setting.ok) expect(setting.error).toMatch(message);
  });
});

describe("parseOtlpHeaders", () => {
  it("skips malformed pairs and keeps '=' inside values", () => {
    expect(parseOtlpHeaders("a=1,broken,=x, b = x=y ")).toEqual({ a: "1", b: "x=y" });
  });
});
