import {chromium} from "playwright-core";
const base = process.argv[2];
const pages = process.argv.slice(3);
const browser = await chromium.launch({executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]});
for (const p of pages) {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(base + p, {waitUntil: "networkidle"});
  await page.waitForTimeout(1500);
  const h1 = await page.locator("h1").first().textContent();
  const ev = await page.locator("ol.evidence li").count();
  const errs = await page.locator(".observablehq--error").count();
  const lede = (await page.locator("p.lede").first().textContent())?.slice(0, 160);
  console.log(p, "|", h1, "| evidence", ev, "| error cells", errs, "|", lede, "|", problems.slice(0, 3));
  await page.screenshot({path: `/tmp/shot-${p.replace(/\W/g, "_")}.png`, fullPage: false});
  await page.close();
}
await browser.close();
