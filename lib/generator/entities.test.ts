import { describe, expect, it } from "vitest";
import { isAbbreviationOf, isNameVariant, phoneticKey } from "./entities/names";
import { lookupDemonym, lookupPlace } from "./gazetteer";
import { generateModule } from "./index";
import { sampleModule } from "./test-helpers";

describe("name variants", () => {
  it("hears transliterations alike", () => {
    expect(phoneticKey("Yaqub")).toBe(phoneticKey("Yaqoob"));
    expect(phoneticKey("Tehreek")).toBe(phoneticKey("Tehrik"));
    expect(phoneticKey("Mohammad")).toBe(phoneticKey("Muhammad"));
    expect(phoneticKey("Mujahid")).not.toBe(phoneticKey("Mohammad"));
  });

  it("matches shorter names in order, by sound and abbreviation, and keeps different people apart", () => {
    expect(isAbbreviationOf("Md", "Mohammad")).toBe(true);
    expect(isNameVariant(["Khawaja", "Asif"], ["Khawaja", "Muhammad", "Asif"])).toBe(true);
    expect(isNameVariant(["Md", "Yaqub", "Mujahid"], ["Mohammad", "Yaqoob", "Mujahid"])).toBe(true);
    expect(isNameVariant(["Zabiullah", "Mujahid"], ["Mohammad", "Yaqoob", "Mujahid"])).toBe(false);
    expect(isNameVariant(["Asif", "Khawaja"], ["Khawaja", "Muhammad", "Asif"])).toBe(false);
  });
});

describe("people in the sample", () => {
  const people = () => sampleModule().people;
  const find = (alias: string) => people().find((p) => p.aliases.includes(alias));

  it("merges spelling variants of one person and lists every spelling", () => {
    const asif = find("Khawaja Asif")!;
    expect(asif.aliases).toEqual(["Khawaja Asif", "Khawaja Muhammad Asif"]);
    expect(asif.mentions.map((m) => m.articleId)).toEqual(["a2", "a3", "a4", "a5"]);
    expect(find("Mullah Md Yaqub Mujahid")!.aliases).toContain("Mullah Mohammad Yaqoob Mujahid");
  });

  it("keeps Zabiullah Mujahid apart from Mullah Yaqoob Mujahid", () => {
    const zabiullah = find("Zabiullah Mujahid")!;
    expect(zabiullah.aliases).toEqual(["Zabiullah Mujahid"]);
    expect(zabiullah.id).not.toBe(find("Mullah Mohammad Yaqoob Mujahid")!.id);
  });

  it("gives roles from titles and appositives, and sides from the nearest country word", () => {
    expect(find("Asim Malik")).toMatchObject({ role: "head of Pakistan's intelligence agency, the ISI", side: "Pakistan" });
    expect(find("Shafqat Ali Khan")).toMatchObject({ role: "spokesperson for Pakistan's Ministry of Foreign Affairs", side: "Pakistan" });
    expect(find("Zabiullah Mujahid")).toMatchObject({ role: "Taliban spokesperson", side: "Afghanistan" });
    expect(find("Mullah Mohammad Yaqoob Mujahid")!.side).toBe("Afghanistan");
    expect(find("Abdul Haq Wasiq")!.side).toBe("Afghanistan");
  });

  it("does not take the byline for a person in the news", () => {
    expect(people().some((p) => /Abbasi|Aamir/.test(p.name))).toBe(false);
  });
});

describe("organisations and places in the sample", () => {
  it("links an acronym to its spelled-out name and merges Tehreek/Tehrik and FAK/TTP", () => {
    const ttp = sampleModule().organizations.find((o) => o.acronym === "TTP")!;
    expect(ttp.expansion).toBe("Tehreek-e-Taliban Pakistan");
    expect(ttp.aliases).toEqual(expect.arrayContaining(["Tehrik-e-Taliban Pakistan", "FAK"]));
  });

  it("keeps each country's foreign ministry apart and joins Foreign Office with Ministry of Foreign Affairs", () => {
    const mofas = sampleModule().organizations.filter((o) => /Foreign/.test(o.name));
    expect(mofas.map((o) => o.country).sort()).toEqual(["Pakistan", "Türkiye"]);
    expect(mofas.find((o) => o.country === "Pakistan")!.aliases).toEqual(["Foreign Office", "Ministry of Foreign Affairs"]);
  });

  it("finds places with coordinates from the bundled gazetteer, joining Türkiye and ISLAMABAD", () => {
    const places = sampleModule().places;
    expect(places.find((p) => p.name === "Islamabad")!.aliases).toEqual(["ISLAMABAD", "Islamabad"]);
    expect(places.find((p) => p.name === "Paktika")).toMatchObject({ kind: "region", country: "Afghanistan" });
    expect(places.find((p) => p.name === "Doha")!.lat).toBeCloseTo(25.3, 0);
    expect(places.find((p) => p.name === "North Waziristan")).toMatchObject({ kind: "unknown", lat: null });
  });

  it("has a curated gazetteer: no town called Taliban or Media, demonyms known", () => {
    expect(lookupPlace("Taliban")).toBeNull();
    expect(lookupPlace("Media")).toBeNull();
    expect(lookupPlace("Turkey")!.name).toBe("Türkiye");
    expect(lookupPlace("Nairobi")!.kind).toBe("capital");
    expect(lookupDemonym("Afghan")!.name).toBe("Afghanistan");
  });
});

describe("entities in unseen text", () => {
  const text = [
    "Talks in Geneva",
    "GENEVA — Foreign Minister Ana Ruiz of Chile met rebel negotiators on Monday, said Tomas Lindqvist, a senior fellow at the Nordic Peace Institute.",
    "The Revolutionary Front for Unity (RFU) said its commander, Jean-Paul Mbeki, would attend. Mbeki said the RFU wanted guarantees.",
  ].join("\n");
  const m = generateModule([{ file: "g.txt", text }]);

  it("finds people by title, inverted attribution and appositive", () => {
    expect(m.people.map((p) => p.name)).toEqual(expect.arrayContaining(["Tomas Lindqvist"]));
    expect(m.people.find((p) => p.name === "Tomas Lindqvist")!.role).toMatch(/senior fellow/);
  });

  it("links an acronym given in brackets", () => {
    const rfu = m.organizations.find((o) => o.acronym === "RFU")!;
    expect(rfu.expansion).toBe("Revolutionary Front for Unity");
  });

  it("types Geneva as a place, not a person", () => {
    expect(m.places.map((p) => p.name)).toContain("Geneva");
    expect(m.people.map((p) => p.name)).not.toContain("Geneva");
  });
});
