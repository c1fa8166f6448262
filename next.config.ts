import type { NextConfig } from "next";

/**
 * Next.js config. Native and Node-only packages are loaded with Node's `require` instead of being bundled:
 * better-sqlite3 and node-llama-cpp (native addons) and the OpenTelemetry SDK (optional dynamic requires; its API must be one instance
 * per process so the tracer set up by `startTracing` is the one every module sees).
 */
const nextConfig: NextConfig = {
  serverExternalPackages: [
    "better-sqlite3",
    "node-llama-cpp",
    "@opentelemetry/api",
    "@opentelemetry/core",
    "@opentelemetry/resources",
    "@opentelemetry/context-async-hooks",
    "@opentelemetry/sdk-trace",
    "@opentelemetry/exporter-trace-otlp-http",
    // The entity layer's recognisers: large CommonJS bundles, loaded as they are rather than re-bundled.
    "@microsoft/recognizers-text-date-time",
    "@microsoft/recognizers-text-sequence",
    "@microsoft/recognizers-text-number-with-unit",
    "compromise",
    "@opentelemetry/exporter-trace-otlp-proto",
  ],
  typedRoutes: false,
  // `next build` type-checks with the project's `tsc` over the whole repo (every domain, tests included), which is
  // exactly `pnpm typecheck`; CI runs that separately, so the build does not repeat it (and the app's build does not
  // fail on another domain's unfinished work).
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // No framing (clickjacking would turn same-origin clicks into writes the CSRF check cannot tell apart), no sniffing.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
  reactStrictMode: true,
};

export default nextConfig;
