// The specification of loaders/extract/gazetteer.ts: the reference tables as the extractor reads
// them, and the decisions about names this repository's tables encode.
import {describe, expect, it} from "vitest";
import {GAZETTEER_FILES, loadGazetteer, parseGazetteer, readGazetteerFiles} from "../../loaders/extract/gazetteer.js";

const g = loadGazetteer();
const country = (code: string) => g.countries.find((c) => c.code === code)!;
const place = (name: string) => g.places.find((p) => p.name === name)!;
const org = (id: string) => g.organizations.find((o) => o.id === id)!;

describe("reading the tables", () => {
  it("reads every table of the folder", () => {
    const files = readGazetteerFiles();
    expect(Object.keys(files).sort()).toEqual(Object.keys(GAZETTEER_FILES).sort());
    expect(g.countries).toHaveLength(249);
    expect(g.provinces).toHaveLength(63);
  });
  it("splits list cells at ' | '", () => {
    expect(country("SG").aliases).toContain("Xingapo");
    expect(country("VN").pairedForms).toEqual([]);
  });
  it("reads a place's given_name flag: yes, or nothing", () => {
    expect(place("Paris").givenName).toBe(true);
    expect(place("Milan").givenName).toBe(true);
    expect(place("Tokyo").givenName).toBe(false);
  });
  it("parses tables given as text, so a test can bring its own", () => {
    const files = readGazetteerFiles();
    const places = "name\tcountry\taliases\tnote\tgiven_name\nTestville\tFR\tTestville | Thử Thành\t\tyes\n";
    const parsed = parseGazetteer({...files, places});
    expect(parsed.places).toEqual([{name: "Testville", country: "FR", aliases: ["Testville", "Thử Thành"], givenName: true}]);
  });
});

describe("decisions the tables encode", () => {
  it("a name excluded with '!' is not among the country's aliases: Georgia, Nam Cực", () => {
    expect(country("GE").aliases).not.toContain("Georgia");
    expect(country("AQ").aliases).not.toContain("Nam Cực");
  });
  it("the US state New Mexico is a place in the United States", () => {
    expect(place("New Mexico").country).toBe("US");
  });
  it("bare 'Hồ Chí Minh' is the man, not an alias of the city", () => {
    const sg = g.provinces.find((p) => p.code === "VN-SG")!;
    expect(sg.nameVi).toBe("Hồ Chí Minh");
    expect(sg.aliases).not.toContain("Hồ Chí Minh");
    expect(sg.aliases).toContain("thành phố Hồ Chí Minh");
  });
  it("banks, carmakers, tech firms and agencies abroad have their country", () => {
    expect(org("CITIGROUP")).toMatchObject({kind: "company", country: "US"});
    expect(org("DAEWOO")).toMatchObject({kind: "company", country: "KR"});
    expect(org("ACER")).toMatchObject({kind: "company", country: "TW"});
    expect(org("ITAR_TASS")).toMatchObject({kind: "company", country: "RU"});
    expect(org("INTERPOL")).toMatchObject({kind: "international", country: null});
  });
  it("ambiguous firm names are aliases only with a head word: 'hãng Ford', not 'Harrison Ford'", () => {
    expect(org("FORD").aliases).not.toContain("Ford");
    expect(org("FORD").aliases).toContain("hãng Ford");
    expect(org("AP").aliases).not.toContain("AP");
  });
  it("context blockers name currencies, languages, features, things named after a country, agreements named after a city, time zones, and phrases to keep", () => {
    const kinds = new Set(g.contextBlockers.map((b) => b.kind));
    expect([...kinds].sort()).toEqual(["currency", "feature", "instrument", "keep", "language", "named-after", "time"]);
    expect(g.contextBlockers).toContainEqual({word: "eo biển", kind: "feature"});
    expect(g.contextBlockers).toContainEqual({word: "Nghị định thư", kind: "instrument"});
    expect(g.contextBlockers).toContainEqual({word: "bờ biển", kind: "keep"});
  });
  it("false friends hold the idioms: 'Chân, Thiện, Mỹ' is truth, goodness, beauty", () => {
    expect(g.falseFriends).toContain("Chân, Thiện, Mỹ");
  });
});
