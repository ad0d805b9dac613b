import { describe, expect, it } from "vitest";
import gazetteer from "@/lib/generator/data/gazetteer.json";
import { findCountry } from "./atlas";
import { foldCountryName } from "./country-names";

const atlasName = (name: string) => findCountry(name)?.atlasName ?? null;

describe("findCountry", () => {
  it("maps Türkiye, however it is written, to world-atlas's Turkey", () => {
    for (const name of ["Türkiye", "Turkiye", "TÜRKIYE", "Turkey", "Republic of Türkiye"]) expect(atlasName(name), name).toBe("Turkey");
  });

  it("maps everyday and abbreviated names to Natural Earth's", () => {
    const cases: [string, string][] = [
      ["United States", "United States of America"],
      ["U.S.", "United States of America"],
      ["USA", "United States of America"],
      ["UK", "United Kingdom"],
      ["DR Congo", "Dem. Rep. Congo"],
      ["Democratic Republic of the Congo", "Dem. Rep. Congo"],
      ["Republic of the Congo", "Congo"],
      ["Ivory Coast", "Côte d'Ivoire"],
      ["Cote d'Ivoire", "Côte d'Ivoire"],
      ["Bosnia and Herzegovina", "Bosnia and Herz."],
      ["Czech Republic", "Czechia"],
      ["North Macedonia", "Macedonia"],
      ["Eswatini", "eSwatini"],
      ["Central African Republic", "Central African Rep."],
      ["South Sudan", "S. Sudan"],
      ["Saint Vincent and the Grenadines", "St. Vin. and Gren."],
      ["The Gambia", "Gambia"],
      ["Burma", "Myanmar"],
      ["UAE", "United Arab Emirates"],
    ];
    for (const [name, expected] of cases) expect(atlasName(name), name).toBe(expected);
  });

  it("finds nothing for places that are not countries", () => {
    for (const name of ["Middle East", "Kabul", "Atlantis", "", null]) expect(atlasName(name as string), String(name)).toBeNull();
  });

  it("covers every country in the generator's gazetteer but territories Natural Earth folds into another", () => {
    const countries = (gazetteer as { places: { name: string; kind: string }[] }).places.filter((p) => p.kind === "country");
    const unmatched = countries.map((c) => c.name).filter((name) => !findCountry(name));
    // French overseas departments are part of France, Svalbard of Norway, and so on; these
    // become points on the map when they have coordinates.
    const territories = new Set([
      "Bouvet Island",
      "Caribbean Netherlands",
      "Christmas Island",
      "Cocos (Keeling) Islands",
      "French Guiana",
      "Gibraltar",
      "Guadeloupe",
      "Martinique",
      "Mayotte",
      "Réunion",
      "Svalbard and Jan Mayen",
      "Tokelau",
      "Tuvalu",
      "United States Minor Outlying Islands",
    ]);
    expect(unmatched.filter((name) => !territories.has(name))).toEqual([]);
  });
});

describe("foldCountryName", () => {
  it("folds accents, case, punctuation and Natural Earth's abbreviations", () => {
    expect(foldCountryName("Côte d'Ivoire")).toBe("cote d ivoire");
    expect(foldCountryName("Dem. Rep. Congo")).toBe("democratic republic congo");
    expect(foldCountryName("St-Barthélemy")).toBe("saint barthelemy");
    expect(foldCountryName("Heard I. and McDonald Is.")).toBe("heard island and mcdonald islands");
  });
});
