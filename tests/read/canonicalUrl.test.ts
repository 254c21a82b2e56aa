// One spelling per web address.
import {describe, expect, it} from "vitest";
import {canonicalUrl, isTrackingParam, siteHost} from "../../loaders/read/canonicalUrl.js";

describe("canonicalUrl", () => {
  it("drops utm_* and other tracking parameters and the fragment, keeps and sorts the others", () => {
    expect(canonicalUrl("https://tuoitre.vn/a.htm?utm_source=zalo&utm_medium=share&id=2&fbclid=x&b=1#comments")).toBe("https://tuoitre.vn/a.htm?b=1&id=2");
    expect(canonicalUrl("HTTPS://VnExpress.net:443/a.html?zarsrc=30&gidzl=abc")).toBe("https://vnexpress.net/a.html");
  });
  it("gives two addresses of one article the same form", () => {
    expect(canonicalUrl("http://h.vn/x?utm_source=rss")).toBe(canonicalUrl("http://h.vn/x?utm_campaign=share&utm_source=fb"));
  });
  it("resolves relative addresses and refuses what is not http(s)", () => {
    expect(canonicalUrl("../b.html", "https://h.vn/tin/a/x.html")).toBe("https://h.vn/tin/b.html");
    for (const bad of ["mailto:a@b.vn", "javascript:alert(1)", "ftp://h.vn/a", "not a url"]) expect(canonicalUrl(bad)).toBeNull();
  });
});

describe("isTrackingParam and siteHost", () => {
  it("know tracking parameters and hosts without www.", () => {
    expect(["utm_content", "UTM_Source", "fbclid", "gclid", "zarsrc"].every(isTrackingParam)).toBe(true);
    expect(["id", "page", "p"].some(isTrackingParam)).toBe(false);
    expect(siteHost("https://www.most.gov.vn/vn/a.aspx")).toBe("most.gov.vn");
    expect(siteHost("http://127.0.0.1:8080/a")).toBe("127.0.0.1");
  });
});
