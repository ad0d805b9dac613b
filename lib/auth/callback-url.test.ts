import { describe, expect, it } from "vitest";
import { isAcceptedCallbackParam, safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/modules/x?tab=quiz")).toBe("/modules/x?tab=quiz");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "javascript:alert(1)",
    "",
    undefined,
  ])(
    "replaces %s with the fallback",
    (value) => {
      expect(safeCallbackUrl(value, "/progress")).toBe("/progress");
    },
  );
});

describe("isAcceptedCallbackParam", () => {
  it("accepts paths and http(s) addresses, as next-auth does", () => {
    for (const ok of ["/", "/modules/x?y=1", "http://localhost:3000/a", "https://example.com"]) expect(isAcceptedCallbackParam(ok)).toBe(true);
  });
  it("refuses what next-auth would answer with a server error", () => {
    for (const bad of [" ", "javascript:alert(1)", "data:text/html,x", "relative/path", "mailto:a@b.c"]) expect(isAcceptedCallbackParam(bad)).toBe(false);
  });
});
