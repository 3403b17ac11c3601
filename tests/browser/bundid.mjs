// The login with the online ID card in Chromium at a phone's size: the office's form
// offers it, the test identity provider (pysaml2) logs "erika" in, and the form comes
// back with her name and birth date fixed; after the course (taken through the API) the
// certificate's page says how identity was checked. axe-core on each of the service's
// pages (not the provider's). Prints a JSON report; exit 1 on the first failure.
//
// Usage: node bundid.mjs BASE_URL ANSWERS_DIR OUT_DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { apiPost, outDir, pageCheck, payFee, phone } from "./lib.mjs";

const [base, answersDir, out] = process.argv.slice(2);
outDir(out);
const report = { pages: [] };
const { browser, context, page } = await phone();

const check = pageCheck(page, out, "bundid", report);
const api = apiPost(context, base);

try {
  await page.goto(`${base}/anmeldung?tenant=beispielkreis&lang=de`);
  await check("choice");
  report.offered = await page.textContent("#identity_login");
  await page.click("#identity_login");
  await page.waitForSelector("#login");
  report.provider = new URL(page.url()).port;
  await page.selectOption("#user", "erika");
  await page.fill("#password", "test");
  await Promise.all([page.waitForURL(`${base}/saml/acs`), page.click("#login")]);
  await check("form");
  report.fixed = await page.$$eval("dl.fixed dd", (d) => d.map((e) => e.textContent));
  report.typed = await page.$$eval("input[name=given_name], input[name=birth_date]", (i) => i.length);
  await page.fill("#email", "erika@example.org");
  await Promise.all([page.waitForURL(`${base}/lernen`), page.click("form[method=post][action=\"/anmeldung\"] button[type=submit]")]);

  const cookie = (await context.cookies()).find((c) => c.name === "belehrung_learner");
  const [id, token] = cookie.value.split(".");
  const right = JSON.parse(readFileSync(join(answersDir, "answers-de.json"), "utf8"));
  const attempt = (await api(`/api/v1/enrolments/${id}/quiz`, {}, token)).body;
  const answers = Object.fromEntries(attempt.questions.map((q) => [q.id, right[q.id]]));
  report.passed = (await api(`/api/v1/enrolments/${id}/quiz/${attempt.attempt}`, { answers }, token)).body.passed;
  report.declared = (await api(`/api/v1/enrolments/${id}/declaration`, { no_known_obstacles: true }, token)).status;
  // Beispielkreis charges before the certificate: paid, it is issued.
  report.fee = await payFee(context, base, id, token);

  await page.goto(`${base}/lernen/bescheinigung`);
  await check("certificate");
  report.rows = await page.$$eval("article.certificate dd", (d) => d.map((e) => e.textContent));
  console.log(JSON.stringify(report));
} catch (error) {
  report.error = String(error && error.stack || error);
  console.log(JSON.stringify(report));
  process.exitCode = 1;
} finally {
  await browser.close();
}
