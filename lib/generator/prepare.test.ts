import { describe, expect, it } from "vitest";
import { parseHeader } from "./header";
import { prepareArticle } from "./prepare";

describe("metadata", () => {
  it("reads a header block closed by ---", () => {
    const { fields, body, hadHeader } = parseHeader("title: Truce extended\noutlet: Reuters\nurl: https://www.reuters.com/x\ndate: May 29, 2023\n---\nBody text.");
    expect(hadHeader).toBe(true);
    expect(fields).toMatchObject({ title: "Truce extended", outlet: "Reuters", url: "https://www.reuters.com/x", date: "2023-05-29" });
    expect(body.trim()).toBe("Body text.");
  });

  it("reads Markdown front matter", () => {
    const { fields } = parseHeader("---\ntitle: A\ndate: 2024-07-21\n---\n# A\n\nText.");
    expect(fields).toMatchObject({ title: "A", date: "2024-07-21" });
  });

  it("leaves text without a header alone", () => {
    const text = "Title: a headline with a colon\nBody.";
    expect(parseHeader(text).hadHeader).toBe(false);
  });

  it("never invents metadata: no header, no dateline agency, no URL means null", () => {
    const a = prepareArticle({ file: "x.txt", text: "Talks resume\n\nDelegates met to resume the talks on the border dispute." }, 0, []);
    expect(a).toMatchObject({ title: "Talks resume", outlet: null, url: null, date: null });
    expect(a.metadataFrom).toEqual({ title: "first-line", outlet: "none", date: "none" });
  });

  it("takes the outlet from a wire dateline and from the header URL", () => {
    const wire = prepareArticle({ file: "w.txt", text: "Headline\nBAKU, May 16 (Caspian Wire) — Azerbaijan rejected the proposal." }, 0, []);
    expect(wire.outlet).toBe("Caspian Wire");
    expect(wire.metadataFrom.outlet).toBe("dateline");
    const url = prepareArticle({ file: "u.txt", text: "url: https://www.example.org/a\n---\nHeadline\nBody text." }, 0, []);
    expect(url.outlet).toBe("example.org");
  });

  it("warns about a header date it cannot read", () => {
    const warnings: { file: string | null; message: string }[] = [];
    prepareArticle({ file: "d.txt", text: "date: sometime soon\n---\nHeadline\nBody." }, 0, warnings);
    expect(warnings[0]!.file).toBe("d.txt");
  });
});
