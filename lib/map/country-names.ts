// world-atlas takes its country names from Natural Earth, which abbreviates ("Dem. Rep. Congo",
// "Bosnia and Herz.") and keeps older names ("Turkey", "Macedonia"). Articles and the generator
// use everyday or current names ("Türkiye", "DR Congo", "U.S."). Both sides are folded to one
// key; the names that folding cannot reconcile are listed in ALIASES.

/** Natural Earth abbreviations (and dotted initials from articles), as whole words. */
const ABBREVIATIONS: Record<string, string> = {
  "rep.": "republic",
  "dem.": "democratic",
  "is.": "islands",
  "i.": "island",
  "s.": "south",
  "n.": "northern",
  "w.": "western",
  "eq.": "equatorial",
  "fr.": "french",
  "br.": "british",
  "st.": "saint",
  "herz.": "herzegovina",
  "barb.": "barbuda",
  "vin.": "vincent",
  "gren.": "grenadines",
  "geo.": "georgia",
  "ter.": "territory",
  "u.s.": "united states",
  "u.s.a.": "united states",
  "u.k.": "united kingdom",
  "u.a.e.": "united arab emirates",
};

/** Folded everyday name -> folded world-atlas name. */
const ALIASES: Record<string, string> = {
  turkiye: "turkey",
  "republic of turkiye": "turkey",
  "republic of turkey": "turkey",
  "united states": "united states of america",
  usa: "united states of america",
  us: "united states of america",
  america: "united states of america",
  uk: "united kingdom",
  britain: "united kingdom",
  "great britain": "united kingdom",
  england: "united kingdom",
  scotland: "united kingdom",
  wales: "united kingdom",
  "northern ireland": "united kingdom",
  uae: "united arab emirates",
  emirates: "united arab emirates",
  "czech republic": "czechia",
  "ivory coast": "cote d ivoire",
  "dr congo": "democratic republic congo",
  drc: "democratic republic congo",
  "democratic republic of congo": "democratic republic congo",
  "congo kinshasa": "democratic republic congo",
  "republic of congo": "congo",
  "congo brazzaville": "congo",
  swaziland: "eswatini",
  "north macedonia": "macedonia",
  "republic of north macedonia": "macedonia",
  burma: "myanmar",
  "east timor": "timor leste",
  "cape verde": "cabo verde",
  "vatican city": "vatican",
  "holy see": "vatican",
  "faroe islands": "faeroe islands",
  "aland islands": "aland",
  macau: "macao",
  "state of palestine": "palestine",
  "palestinian territories": "palestine",
  "south georgia": "south georgia and islands",
  "south georgia and south sandwich islands": "south georgia and islands",
  "french southern and antarctic lands": "french south antarctic lands",
  "wallis and futuna": "wallis and futuna islands",
  "saint helena ascension and tristan da cunha": "saint helena",
  "turkish republic of northern cyprus": "northern cyprus",
  "russian federation": "russia",
  "syrian arab republic": "syria",
  "viet nam": "vietnam",
  lao: "laos",
  "brunei darussalam": "brunei",
  holland: "netherlands",
  "republic of ireland": "ireland",
  "republic of korea": "south korea",
  dprk: "north korea",
  "democratic people s republic of korea": "north korea",
  persia: "iran",
  "islamic republic of iran": "iran",
  "islamic republic of afghanistan": "afghanistan",
  "islamic emirate of afghanistan": "afghanistan",
  "islamic republic of pakistan": "pakistan",
};

/** One comparable key for a country name from either side: "Côte d'Ivoire" -> "cote d ivoire". */
export function foldCountryName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\bst-/g, "saint ") // "St-Barthélemy"
    .replace(/&/g, " and ")
    .split(/[\s,()]+/)
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(" ")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    // "The Gambia"; "Saint Vincent and the Grenadines" vs "St. Vin. and Gren."
    .filter((word) => word !== "" && word !== "the")
    .join(" ");
}

/** The key a name is looked up under among the folded world-atlas names. */
export function atlasKey(name: string): string {
  const folded = foldCountryName(name);
  return ALIASES[folded] ?? folded;
}
