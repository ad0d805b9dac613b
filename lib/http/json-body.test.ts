import { describe, expect, it } from "vitest";
import { readSmallJson } from "@/lib/http/json-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readSmallJson", () => {
  it("parses a small JSON body", async () => {
    expect(await readSmallJson(post(JSON.stringify({ a: 1 })))).toEqual({ a: 1 });
  });

  it("refuses a body over the limit, declared or not", async () => {
    expect(await readSmallJson(post("x".repeat(100), { "content-length": "100" }), 50)).toBeUndefined();
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(`"${"y".repeat(20)}"`));
        controller.close();
      },
    });
    expect(await readSmallJson(post(stream), 50)).toBeUndefined();
  });

  it("counts bytes, not characters", async () => {
    expect(await readSmallJson(post(JSON.stringify("é".repeat(20))), 30)).toBeUndefined();
  });

  it("returns undefined for a body that is not JSON", async () => {
    expect(await readSmallJson(post("{nope"))).toBeUndefined();
  });
});
