// The certificate for a wallet, at a phone's size in German and Arabic: the done page
// explains it and keeps the PDF first; the offer page shows a QR code, the link for a
// wallet on this phone and the PIN; the check page for inspectors gives the audience and
// a nonce. The course itself is taken through the API. Prints a JSON report; exit 1 on
// the first failure.
//
// Usage: node wallet.mjs BASE_URL ANSWERS_DIR OUT_DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { apiPost, outDir, pageCheck, phone } from "./lib.mjs";

const [base, answersDir, out] = process.argv.slice(2);
outDir(out);
const report = { pages: [] };
const { browser, context, page } = await phone();
const check = pageCheck(page, out, "wallet", report);
const api = apiPost(context, base);

try {
  for (const lang of ["de", "ar"]) {
    const enrolled = await api("/api/v1/enrolments", {
      tenant: "musterstadt", course: "ifsg43", language: lang,
      given_name: "Amira", family_name: "Haddad", birth_date: "1991-05-06",
    });
    const { id, token } = enrolled.body;
    const right = JSON.parse(readFileSync(join(answersDir, `answers-${lang}.json`), "utf8"));
    const attempt = (await api(`/api/v1/enrolments/${id}/quiz`, {}, token)).body;
    const answers = Object.fromEntries(attempt.questions.map((q) => [q.id, right[q.id]]));
    await api(`/api/v1/enrolments/${id}/quiz/${attempt.attempt}`, { answers }, token);
    await api(`/api/v1/enrolments/${id}/declaration`, { no_known_obstacles: true }, token);
    await context.addCookies([{ name: "belehrung_learner", value: `${id}.${token}`, url: base }]);
    await page.goto(`${base}/lernen/fertig`);
    await check(`${lang}-done`);
    await Promise.all([page.waitForNavigation(), page.click("#wallet")]);
    await check(`${lang}-offer`);
    const seen = await page.evaluate(() => ({
      qr: !!document.querySelector("svg.qr path"),
      link: (document.querySelector("#open-wallet") || {}).href || "",
      pin: (document.querySelector("#pin") || {}).textContent || "",
    }));
    seen.link = seen.link.startsWith("openid-credential-offer://");
    await page.goto(`${base}/wallet/pruefen?lang=${lang}`);
    await check(`${lang}-check`);
    seen.nonce = ((await page.textContent("#nonce")) || "").length > 20;
    report[lang] = seen;
    await context.clearCookies();
  }
  console.log(JSON.stringify(report));
} catch (error) {
  report.error = String(error && error.stack || error);
  console.log(JSON.stringify(report));
  process.exitCode = 1;
} finally {
  await browser.close();
}
