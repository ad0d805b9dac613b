import { describe, expect, it } from "vitest";
import { cleanArticle, parseDateline } from "./clean";

const reasons = (body: string, title: string | null = null) => cleanArticle(body, title).removed.map((r) => [r.reason, r.text]);

describe("cleanArticle", () => {
  it("takes the first line as the title and keeps the body", () => {
    const r = cleanArticle("Talks resume in Doha\n\nDelegates met on Monday to resume the talks.", null);
    expect(r.title).toBe("Talks resume in Doha");
    expect(r.text).toBe("Delegates met on Monday to resume the talks.");
  });

  it("strips social links, share prompts, read times and comment prompts, each with its reason", () => {
    const body = "https://www.facebook.com/someone\nHeadline here\n5 Min Read\nThe talks began on Monday in the capital.\nShare This Article\nComments\nSee what people are discussing";
    expect(reasons(body)).toEqual([
      ["social-link", "https://www.facebook.com/someone"],
      ["read-time", "5 Min Read"],
      ["share-prompt", "Share This Article"],
      ["comments", "Comments"],
      ["comments", "See what people are discussing"],
    ]);
  });

  it("removes a byline, the role line under it and the author bio", () => {
    const body = "Headline\nAamir Abbasi\nEditor, Islamabad\nAamir; a journalist with 15 years of experience, working in TV. Graduate of Some University.\nThe delegation arrived in Doha on Monday for talks.";
    const r = cleanArticle(body, null);
    expect(r.removed.map((x) => x.reason)).toEqual(["byline", "byline", "author-bio"]);
    expect(r.text).toBe("The delegation arrived in Doha on Monday for talks.");
  });

  it("treats the paragraph before a bare photo credit as its caption", () => {
    const body = "Headline\nThe talks began on Monday.\nSoldiers near a fence at the border post.\nReuters/File\nThe second day went well.";
    const r = cleanArticle(body, null);
    expect(r.removed).toEqual([
      { text: "Soldiers near a fence at the border post.", reason: "caption" },
      { text: "Reuters/File", reason: "photo-credit" },
    ]);
    expect(r.text).toContain("The talks began on Monday.");
  });

  it("does not take body text for a caption when the caption line came with its own credit", () => {
    const body = "Headline\nThe offensive began in September and thousands fled the region.\nPhoto: The two delegations at the ministry. (Getty Images)\nGetty Images";
    const r = cleanArticle(body, null);
    expect(r.text).toBe("The offensive began in September and thousands fled the region.");
  });

  it("drops a repeated headline, breadcrumbs, timestamps and related links, and keeps the date", () => {
    const body = "Home > World > Asia\nTruce holds in the north\nPublished 3 August 2023\nTruce holds in the north\nThe truce held for a second day on Friday.\nRelated stories\nFive things to know about the truce\nLeaders meet again";
    const r = cleanArticle(body, null);
    expect(r.title).toBe("Truce holds in the north");
    expect(r.publishedDate).toBe("2023-08-03");
    expect(r.removed.map((x) => x.reason)).toEqual(["navigation", "timestamp", "repeated-headline", "read-more", "read-more", "read-more"]);
    expect(r.text).toBe("The truce held for a second day on Friday.");
  });

  it("keeps an opening paragraph in the body when the article has no headline", () => {
    const first = "Doha, Qatar — A high-level delegation from Pakistan and senior officials from the Afghan Taliban regime have arrived in Doha to hold urgent talks on the border.";
    const r = cleanArticle(`${first}\nMore text follows here.`, null);
    expect(r.text.startsWith(first)).toBe(true);
    expect(r.title!.endsWith("…")).toBe(true);
    expect(r.dateline).toEqual({ place: "Doha, Qatar", agency: null });
  });

  it("marks section titles and decks as headings, list lines as list items", () => {
    const r = cleanArticle("Headline\nA deck line without a full stop that runs on for quite a few words indeed here\nThe first paragraph.\nRegional Implications\n- Trust Deficit: both sides distrust each other.", null);
    expect(r.paragraphs.map((p) => p.kind)).toEqual(["heading", "body", "heading", "list-item"]);
  });

  it("learns the outlet from the site's own read-more link, never from social links", () => {
    const r = cleanArticle("Headline\nBody text here.\nRead more related news here: https://thepublicpurview.com/category/topstories/", null);
    expect(r.linkedOutlet).toBe("thepublicpurview.com");
    expect(cleanArticle("Headline\nBody.\nhttps://x.com/someone", null).linkedOutlet).toBeNull();
  });
});

describe("parseDateline", () => {
  it("reads wire datelines with and without an agency", () => {
    expect(parseDateline("ISLAMABAD — Pakistan and the Taliban met.")).toEqual({ place: "ISLAMABAD", agency: null });
    expect(parseDateline("KHARTOUM, May 29 (Reuters) - A ceasefire collapsed.")).toEqual({ place: "KHARTOUM", agency: "Reuters" });
    expect(parseDateline("The talks — long delayed — began.")).toBeNull();
  });
});
