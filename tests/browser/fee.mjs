// The fee in Chromium at a phone's size. At Beispielkreis (German, Arabic), after the
// declaration: the fee's page, a voucher with a typo, the pay button to the payment
// platform's pay page, "Abbrechen" back to the fee's page with a notice, a second try
// and "Bezahlen" back to what follows (the identity check). At Beispielstadt the course
// leads to the fee first; a volunteer claims the waiver. The course itself is taken
// through the API. Prints a JSON report; exit 1 on the first failure.
//
// Usage: node fee.mjs BASE_URL ANSWERS_DIR OUT_DIR PLATFORM_URL
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { apiPost, outDir, pageCheck, phone } from "./lib.mjs";

const [base, answersDir, out, platform] = process.argv.slice(2);
outDir(out);
const report = { pages: [] };
const { browser, context, page } = await phone();

const check = pageCheck(page, out, "fee", report);
const api = apiPost(context, base);
const path = () => new URL(page.url()).pathname;

async function enrol(office, lang) {
  const enrolled = await api("/api/v1/enrolments", {
    tenant: office, course: "ifsg43", language: lang,
    given_name: "Amira", family_name: "Haddad", birth_date: "1991-05-06",
  });
  const { id, token } = enrolled.body;
  await context.addCookies([{ name: "belehrung_learner", value: `${id}.${token}`, url: base }]);
  return { id, token };
}

try {
  for (const lang of ["de", "ar"]) {
    const seen = {};
    const { id, token } = await enrol("beispielkreis", lang);
    const right = JSON.parse(readFileSync(join(answersDir, `answers-${lang}.json`), "utf8"));
    const attempt = (await api(`/api/v1/enrolments/${id}/quiz`, {}, token)).body;
    const answers = Object.fromEntries(attempt.questions.map((q) => [q.id, right[q.id]]));
    await api(`/api/v1/enrolments/${id}/quiz/${attempt.attempt}`, { answers }, token);
    seen.declared = (await api(`/api/v1/enrolments/${id}/declaration`, { no_known_obstacles: true }, token)).status;

    await page.goto(`${base}/lernen/fertig`);
    seen.redirected = path();
    await check(`${lang}-due`);
    if (lang === "de") {
      await page.fill("#code", "ABCD-EFGH-JKMN");
      await page.click("#redeem");
      seen.typo = await page.isVisible("#code-error");
      await check(`${lang}-voucher-error`);
    }
    await Promise.all([page.waitForURL(`${platform}/**`), page.click("#pay")]);
    seen.onPlatform = page.url().startsWith(platform);
    await Promise.all([page.waitForURL(`${base}/**`), page.click("#cancel")]);
    seen.cancelledNotice = await page.isVisible("[role=status]");
    await check(`${lang}-cancelled`);
    await Promise.all([page.waitForURL(`${platform}/**`), page.click("#pay")]);
    await Promise.all([page.waitForURL(`${base}/lernen/fertig`), page.click("#pay")]);
    seen.afterPaying = path();
    await check(`${lang}-paid`);
    seen.case = (await page.locator(".code").count()) === 1;
    const fee = await context.request.get(`${base}/api/v1/enrolments/${id}/fee`, { headers: { authorization: `Bearer ${token}` } });
    seen.fee = (await fee.json()).status;
    report[lang] = seen;
    await context.clearCookies();
  }

  // Beispielstadt: the fee before the course; a volunteer claims the waiver.
  const { id, token } = await enrol("beispielstadt", "de");
  await page.goto(`${base}/lernen`);
  const waiver = { course: path() };
  await page.check("#waiver-volunteer");
  await page.fill("#reason", "Tafel Beispielstadt, Ausgabe am Samstag");
  await page.click("#claim");
  await check("de-waiver-claimed");
  const fee = await context.request.get(`${base}/api/v1/enrolments/${id}/fee`, { headers: { authorization: `Bearer ${token}` } });
  waiver.fee = (await fee.json()).status;
  report.waiver = waiver;
  console.log(JSON.stringify(report));
} catch (error) {
  report.error = String(error && error.stack || error);
  console.log(JSON.stringify(report));
  process.exitCode = 1;
} finally {
  await browser.close();
}
