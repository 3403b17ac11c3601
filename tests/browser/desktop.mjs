// The pages a learner, an employer or an inspector opens without a session, at a
// desktop's size (1280×800), in German and in Arabic: axe-core on each, and the personal
// data form refused once so that its error summary and messages are checked too.
// Prints a JSON report; exit 1 on the first failure.
//
// Usage: node desktop.mjs BASE_URL OUT_DIR
import { join } from "node:path";
import { axe, outDir, phone } from "./lib.mjs";

const [base, out] = process.argv.slice(2);
outDir(out);
const report = { pages: [] };
const { browser, page } = await phone({ width: 1280, height: 800 });

async function check(name) {
  await page.waitForLoadState("load");
  await page.screenshot({ path: join(out, `desktop-${name}.png`), fullPage: true });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  report.pages.push({ name, url: new URL(page.url()).pathname, wide, violations: await axe(page) });
}

try {
  for (const lang of ["de", "ar"]) {
    await page.goto(`${base}/?lang=${lang}`);
    await check(`${lang}-start`);
    await page.goto(`${base}/anmeldung?tenant=musterstadt&lang=${lang}`);
    await check(`${lang}-personal-data`);
    await page.fill("#given_name", "Max1");
    await page.fill("#birth_date", "31.02.1990");
    await Promise.all([page.waitForNavigation(), page.click('main form button[type="submit"]')]);
    await check(`${lang}-personal-data-errors`);
    await page.goto(`${base}/v?lang=${lang}`);
    await check(`${lang}-verify`);
    await page.goto(`${base}/v/ABCD-EFGH-JKMN-PQRS?lang=${lang}`);
    await check(`${lang}-verify-typo`);
    await page.goto(`${base}/nirgendwo?lang=${lang}`);
    await check(`${lang}-not-found`);
  }
  console.log(JSON.stringify(report));
} catch (error) {
  report.error = String(error && error.stack || error);
  console.log(JSON.stringify(report));
  process.exitCode = 1;
} finally {
  await browser.close();
}
