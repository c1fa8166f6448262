import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One decoded OTLP span: the fields the tests look at. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean>;
}

type Field = { no: number; wire: number; value: bigint | Buffer };

function varint(buf: Buffer, at: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    const byte = buf[at++] as number;
    result |= BigInt(byte & 0x7f) << shift;
    if (byte < 0x80) return [result, at];
    shift += 7n;
  }
}

/** Splits a protobuf message into its fields (wire types 0, 1, 2, 5), written from the wire-format spec. */
function fields(buf: Buffer): Field[] {
  const out: Field[] = [];
  let at = 0;
  while (at < buf.length) {
    const [key, next] = varint(buf, at);
    at = next;
    const no = Number(key >> 3n);
    const wire = Number(key & 7n);
    if (wire === 0) {
      const [v, n] = varint(buf, at);
      out.push({ no, wire, value: v });
      at = n;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      out.push({ no, wire, value: buf.subarray(at, at + size) });
      at += size;
    } else if (wire === 2) {
      const [len, n] = varint(buf, at);
      out.push({ no, wire, value: buf.subarray(n, n + Number(len)) });
      at = n + Number(len);
    } else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

const sub = (buf: Buffer, no: number) =>
  fields(buf)
    .filter((f) => f.no === no)
    .map((f) => f.value as Buffer);

function anyValue(buf: Buffer): string | number | boolean {
  const [f] = fields(buf);
  if (!f) return "";
  if (f.no === 1) return (f.value as Buffer).toString("utf8");
  if (f.no === 2) return f.value !== 0n;
  if (f.no === 3) return Number(BigInt.asIntN(64, f.value as bigint));
  if (f.no === 4) return (f.value as Buffer).readDoubleLE(0);
  return `(field ${f.no})`;
}

/** Decodes an ExportTraceServiceRequest (opentelemetry-proto trace/v1) into its spans. */
export function decodeTraceRequest(body: Buffer): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const resourceSpans of sub(body, 1))
    for (const scopeSpans of sub(resourceSpans, 2))
      for (const span of sub(scopeSpans, 2)) {
        const f = fields(span);
        const bytes = (no: number) =>
          ((f.find((x) => x.no === no)?.value as Buffer | undefined) ?? Buffer.alloc(0)).toString("hex");
        const attributes: ReceivedSpan["attributes"] = {};
        for (const kv of sub(span, 9)) {
          const key = sub(kv, 1)[0]?.toString("utf8") ?? "";
          const value = sub(kv, 2)[0];
          attributes[key] = value ? anyValue(value) : "";
        }
        spans.push({
          traceId: bytes(1),
          spanId: bytes(2),
          parentSpanId: bytes(4),
          name: (f.find((x) => x.no === 5)?.value as Buffer | undefined)?.toString("utf8") ?? "",
          kind: Number((f.find((x) => x.no === 6)?.value as bigint | undefined) ?? 0n),
          attributes,
        });
      }
  return spans;
}

/** A collector that accepts only OTLP/HTTP protobuf on /v1/traces (415 for anything else, like Phoenix). */
export async function startProtobufReceiver() {
  const spans: ReceivedSpan[] = [];
  const rejected: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.url !== "/v1/traces" || req.headers["content-type"] !== "application/x-protobuf") {
        rejected.push(`${req.url} ${req.headers["content-type"]}`);
        res.writeHead(415).end();
        return;
      }
      spans.push(...decodeTraceRequest(Buffer.concat(chunks)));
      res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    rejected,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
