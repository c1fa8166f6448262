import { randomFillSync } from "node:crypto";
import type { IdGenerator } from "@opentelemetry/sdk-trace";

const POOL_BYTES = 4096;
const ZEROS = /^0+$/;

/**
 * Trace and span ids cut from a pool of random hex (one `randomFillSync` of 4 KiB per ~250 span ids) instead of the
 * SDK's default, which draws `Math.random` and hex-encodes a buffer for every id: the largest cost left in starting a
 * span. Ids are lowercase hex of the length OTel requires (32 / 16 characters), never all zeros (invalid in OTel).
 */
export class PooledIdGenerator implements IdGenerator {
  private hex = "";
  private at = 0;

  generateTraceId(): string {
    return this.take(32);
  }

  generateSpanId(): string {
    return this.take(16);
  }

  private take(chars: number): string {
    for (;;) {
      if (this.at + chars > this.hex.length) {
        this.hex = randomFillSync(Buffer.allocUnsafe(POOL_BYTES)).toString("hex");
        this.at = 0;
      }
      const id = this.hex.slice(this.at, this.at + chars);
      this.at += chars;
      if (!ZEROS.test(id)) return id;
    }
  }
}
