// An office that checks identity documents, at a phone's size, in German and Arabic:
// the personal-data page says what the check needs, and after the declaration the
// learner's page shows the case number and the office's way instead of a certificate.
// The course itself is taken through the API (the keyboard walk is instruction.mjs's).
// Prints a JSON report; exit 1 on the first failure.
//
// Usage: node identity.mjs BASE_URL ANSWERS_DIR OUT_DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { apiPost, outDir, pageCheck, payFee, phone } from "./lib.mjs";

const [base, answersDir, out] = process.argv.slice(2);
outDir(out);
const report = { pages: [] };
const { browser, context, page } = await phone();

const check = pageCheck(page, out, "identity", report);
const api = apiPost(context, base);

try {
  for (const [lang, office] of [["de", "beispielstadt"], ["ar", "beispielkreis"]]) {
    await page.goto(`${base}/anmeldung?tenant=${office}&lang=${lang}`);
    await check(`${lang}-personal-data`);
    const needs = await page.$$eval("main h2", (h) => h.map((e) => e.textContent));

    const enrolled = await api("/api/v1/enrolments", {
      tenant: office, course: "ifsg43", language: lang,
      given_name: "Amira", family_name: "Haddad", birth_date: "1991-05-06",
    });
    const { id, token } = enrolled.body;
    // Beispielstadt charges before the course.
    if (office === "beispielstadt") await payFee(context, base, id, token);
    const right = JSON.parse(readFileSync(join(answersDir, `answers-${lang}.json`), "utf8"));
    const attempt = (await api(`/api/v1/enrolments/${id}/quiz`, {}, token)).body;
    const answers = Object.fromEntries(attempt.questions.map((q) => [q.id, right[q.id]]));
    const graded = await api(`/api/v1/enrolments/${id}/quiz/${attempt.attempt}`, { answers }, token);
    const declared = await api(`/api/v1/enrolments/${id}/declaration`, { no_known_obstacles: true }, token);
    // Beispielkreis charges before the certificate: the check opens once it is paid.
    if (declared.body.fee) {
      await payFee(context, base, id, token);
      const view = await context.request.get(`${base}/api/v1/enrolments/${id}`, { headers: { authorization: `Bearer ${token}` } });
      declared.body = await view.json();
    }

    await context.addCookies([{ name: "belehrung_learner", value: `${id}.${token}`, url: base }]);
    await page.goto(`${base}/lernen/fertig`);
    await check(`${lang}-pending`);
    const shown = await page.evaluate(() => ({
      code: document.querySelector(".code") && document.querySelector(".code").textContent,
      lines: (() => {
        const c = document.querySelector(".code");
        return c ? Math.round(c.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight)) : 0;
      })(),
      booking: !!document.querySelector('a[href$="/termin"]'),
    }));
    report[lang] = {
      needs,
      passed: graded.body.passed,
      declared: declared.status,
      case: declared.body.identity_check && declared.body.identity_check.case_number,
      shown,
    };
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
