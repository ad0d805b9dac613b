import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

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
