// The whole instruction with the keyboard alone, at a phone's size, in one language:
// start page → language → office by postcode → personal data → a chapter → quiz →
// declaration → certificate download. The Leichte Sprache learner is 15: the device is
// handed to a parent, who declares in a step of their own. axe-core on every page; a screenshot and the page
// weight of every step. Prints a JSON report; exit 1 on the first failure.
//
// Usage: node instruction.mjs BASE_URL LANGUAGE ANSWERS.json OUT_DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { axe, htmlBytes, outDir, phone, tabTo, weight } from "./lib.mjs";

const [base, language, answersFile, out] = process.argv.slice(2);
const answers = JSON.parse(readFileSync(answersFile, "utf8"));
outDir(out);
const people = {
  de: { given: "Łukasz", family: "Żółć", born: "12.04.1990", latinGiven: "", latinFamily: "" },
  "de-x-ls": { given: "Şükrü", family: "Öztürk", born: "12.04.2011", latinGiven: "", latinFamily: "", parent: "Ayşe" },
  ar: { given: "محمد", family: "الأحمد", born: "12.04.1990", latinGiven: "Mohammed", latinFamily: "Al-Ahmad" },
};
const person = people[language] || people.de;
const report = { language, steps: [] };
const { browser, page, violationsOfCsp } = await phone();

async function step(name) {
  await page.waitForLoadState("load");
  const file = join(out, `${language}-${String(report.steps.length + 1).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const lang = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  const notice = (await page.$(".notice")) !== null;
  report.steps.push({ name, url: new URL(page.url()).pathname, lang, notice, bytes: await weight(page), html: await htmlBytes(page), violations: await axe(page), screenshot: file });
}

async function type(selector, text) {
  await tabTo(page, selector);
  if (text) await page.keyboard.type(text);
}

try {
  await page.goto(`${base}/`);
  await step("start");
  if (language !== "de") {
    await tabTo(page, "select#lang");
    for (let i = 0; i < 40 && (await page.$eval("select#lang", (s) => s.value)) !== language; i++) {
      await page.keyboard.press("ArrowDown");
    }
    await tabTo(page, "form.language button");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    await step("language");
  }
  await type("#postcode", "99999");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await step("office");
  await tabTo(page, 'ul.offices a[href^="/anmeldung?tenant=musterstadt"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await step("personal-data");

  // Mistakes first: the form says what is wrong at each field and in the summary, in
  // the page's language, one message per cause.
  await type("#given_name", "Max1");
  await type("#family_name", person.family);
  await type("#birth_date", "31.02.1990");
  await tabTo(page, 'main form button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await step("personal-data-errors");
  if (!(await page.$("#errors"))) throw new Error("no error summary shown");
  report.errors = await page.evaluate(() => ({
    title: document.title,
    focused: document.activeElement ? document.activeElement.id : null,
    summary: [...document.querySelectorAll("#errors li a")].map((a) => [a.getAttribute("href"), a.textContent]),
    atFields: [...document.querySelectorAll(".field-error")].map((p) => [p.id, p.textContent]),
    describedBy: document.querySelector("#birth_date").getAttribute("aria-describedby"),
    languageSwitch: !!document.querySelector("form.language select"),
    officeLanguage: document.querySelector("main strong[lang]").getAttribute("lang"),
    feeLanguage: document.querySelector("main h1 + p + p").getAttribute("lang"),
    hints: [...document.querySelectorAll("main p.hint")].map((p) => p.textContent),
  }));

  await tabTo(page, "#given_name");
  await page.keyboard.press("Control+A");
  await page.keyboard.type(person.given);
  await tabTo(page, "#birth_date");
  await page.keyboard.press("Control+A");
  await page.keyboard.type(person.born);
  if (person.latinGiven) {
    await type("#given_name_latin", person.latinGiven);
    await type("#family_name_latin", person.latinFamily);
  }
  await tabTo(page, 'main form button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await step("overview");

  await tabTo(page, 'ol.chapters a[href^="/lernen/kapitel/"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await tabTo(page, "video");
  await page.keyboard.press("Space");
  await page.waitForTimeout(1500);
  await step("chapter");
  const track = await page.$eval("video track", (t) => [t.kind, t.srclang, t.track.mode]);
  report.captions = track;
  // Leichte Sprache: a picture beside each paragraph of the text.
  report.pictures = await page.$$eval(".lesson-text .with-picture", (blocks) => blocks.map((b) => {
    const img = b.querySelector("img");
    return img.complete && img.naturalWidth > 0 && !!b.querySelector("p");
  }));
  // Below the picture, not over the slide: the area under the video shows the cue.
  report.captionsBelow = await page.$eval("#captions", (p) => ({
    shown: !p.hidden,
    text: p.textContent,
    belowVideo: p.getBoundingClientRect().top >= document.querySelector("video").getBoundingClientRect().bottom - 1,
  }));
  await tabTo(page, 'a[href="/lernen"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);

  await tabTo(page, 'a[href="/lernen/fragen"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await step("quiz-intro");
  await tabTo(page, 'main form button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  // One question per page. Radio buttons where one answer is right (a group is one
  // stop for Tab, its options chosen with the arrow keys), checkboxes with a hint where
  // several are. The first question is answered wrongly, then changed after "back".
  report.quiz = [];
  let first = true;
  while (await page.$('input[name="question"]')) {
    if (report.quiz.length === 0 || first) await step(first ? "quiz" : "quiz-question");
    const question = await page.$eval('input[name="question"]', (i) => i.value);
    const shown = await page.$eval("fieldset.question", (s) => ({
      multiple: s.querySelector('input[name="answer"]').type === "checkbox",
      hint: !!s.querySelector("p.hint"),
      number: document.querySelector("p.question-number").textContent,
    }));
    const options = await page.$$eval('input[name="answer"]', (inputs) => inputs.map((i) => i.value));
    const right = answers[question];
    const choose = first ? [options.find((o) => !right.includes(o))] : right;
    for (const option of choose) {
      const input = `input[id="${question}-${option}"]`;
      if (!shown.multiple) {
        await tabTo(page, 'input[name="answer"]');
        for (let i = 0; i < 10 && !(await page.$eval(input, (r) => r === document.activeElement)); i++) {
          await page.keyboard.press("ArrowDown");
        }
        await page.keyboard.press("Space");
      } else if (!(await page.$eval(input, (i) => i.checked))) {
        await tabTo(page, input);
        await page.keyboard.press("Space");
      }
    }
    if (!first) report.quiz.push(shown);
    await tabTo(page, 'main form button[type="submit"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    if (first) {
      // The browser's back button shows the answer given.
      await page.goBack();
      report.keptAfterBack = await page.$$eval('input[name="answer"]:checked', (c) => c.length);
      if (shown.multiple) {
        // Untick the wrong one before choosing the right ones.
        await tabTo(page, 'input[name="answer"]:checked');
        await page.keyboard.press("Space");
      }
      first = false;
    }
  }
  await step("quiz-review");
  await tabTo(page, 'main form button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await step("quiz-result");
  report.quizResult = await page.$$eval("ol.results li", (items) => items.map((li) => li.querySelectorAll("dd").length));
  await tabTo(page, 'a[href="/lernen/erklaerung"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  if (person.parent) {
    await step("declaration-handover");
    if (await page.$("#no_known_obstacles")) throw new Error("a minor was offered the declaration");
    await tabTo(page, 'a[href="/lernen/erklaerung/vertretung"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    await step("representative");
    await tabTo(page, "#role-parent");
    await page.keyboard.press("Space");
    await type("#guardian_given_name", person.parent);
    await type("#guardian_family_name", person.family);
    await tabTo(page, 'main form button[type="submit"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    const text = await page.$eval("blockquote.declaration", (b) => b.textContent);
    if (!text.includes(`${person.parent} ${person.family}`) || !text.includes(`${person.given} ${person.family}`)) {
      throw new Error(`the declaration does not name both: ${text}`);
    }
  }
  await step("declaration");
  await tabTo(page, "#no_known_obstacles");
  await page.keyboard.press("Space");
  await tabTo(page, 'main form button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await step("certificate");
  report.code = await page.$eval(".code", (e) => e.textContent.trim());
  // The code stays on one line at a phone's width.
  report.codeLines = await page.$eval(".code", (e) => e.getClientRects().length);
  await tabTo(page, 'a[href="/lernen/bescheinigung.pdf"]');
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  report.pdf = join(out, `${language}-certificate.pdf`);
  await download.saveAs(report.pdf);

  // The same certificate as an accessible page, linked from the done page.
  await page.goto(`${base}/lernen/fertig`);
  await tabTo(page, 'main a[href="/lernen/bescheinigung"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await step("certificate-view");
  report.certificateView = await page.$$eval("article.certificate", (parts) => parts.map((a) => a.lang));

  for (const path of ["barrierefreiheit", "datenschutz", "impressum"]) {
    await page.goto(`${base}/amt/musterstadt/${path}?lang=${language}`);
    await step(path);
  }
  // The privacy notice in layers: the list of sections, then one section per page,
  // each with a way on and a way back.
  await page.goto(`${base}/amt/musterstadt/datenschutz?lang=${language}`);
  report.privacySections = await page.$$eval("ol.sections a", (links) => links.length);
  // Notes for the editor in the office's Markdown never reach the page.
  report.editorNotes = await page.$eval("main", (m) => m.innerHTML.includes("&lt;!--") || m.textContent.includes("Beispieltext"));
  await tabTo(page, 'ol.sections a[href^="/amt/musterstadt/datenschutz/1?"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  await step("datenschutz-section");
  await tabTo(page, 'nav.pager a[rel="next"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  report.privacySecond = new URL(page.url()).pathname;
  await page.goto(`${base}/v/${report.code}?lang=${language}`);
  await step("verify");
  report.verify = await page.evaluate(() => ({
    until: document.querySelector(".until") ? document.querySelector(".until").textContent : null,
    headline: document.querySelector(".result h2").textContent,
    headlinePx: parseFloat(getComputedStyle(document.querySelector(".result h2")).fontSize),
  }));
  // The language choice is reachable with the keyboard and fits the phone's width.
  await tabTo(page, "form.language select");
  report.verify.selectFits = await page.$eval("form.language select", (s) => s.getBoundingClientRect().right <= window.innerWidth);
  // An address that does not exist: a page in the learner's language with a way back.
  const missing = await page.goto(`${base}/nirgendwo?lang=${language}`);
  if (missing.status() !== 404) throw new Error(`/nirgendwo answered ${missing.status()}`);
  await step("not-found");
  await tabTo(page, 'main a[href^="/"]');
  report.csp_violations = violationsOfCsp;
  console.log(JSON.stringify(report));
} catch (error) {
  report.error = String(error && error.stack || error);
  await page.screenshot({ path: join(out, `${language}-failure.png`), fullPage: true }).catch(() => {});
  console.log(JSON.stringify(report));
  process.exitCode = 1;
} finally {
  await browser.close();
}
