// A chapter with a film in German Sign Language: the page shows it beside the film, it
// plays and pauses with the film, and the office's accessibility statement names the
// chapter. axe-core on both pages. Prints a JSON report.
//
// Usage: node sign.mjs BASE_URL
import { phone, axe } from "./lib.mjs";

const [base] = process.argv.slice(2);
const { browser, page } = await phone();
const report = {};
try {
  await page.goto(`${base}/anmeldung?tenant=musterstadt&lang=de`);
  await page.fill("#given_name", "Lea");
  await page.fill("#family_name", "Hand");
  await page.fill("#birth_date", "01.02.1995");
  await Promise.all([page.waitForNavigation(), page.click('main form button[type="submit"]')]);
  await page.goto(`${base}/lernen/kapitel/warum`);
  report.sign = await page.evaluate(async () => {
    const signs = document.getElementById("sign-language");
    if (!signs) return null;
    const film = document.querySelector("video[data-lesson]");
    film.muted = true;
    await film.play();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const playing = !signs.paused;
    film.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return {
      src: signs.getAttribute("src"),
      label: signs.getAttribute("aria-label"),
      muted: signs.muted,
      playing,
      pausedWithFilm: signs.paused,
      width: signs.videoWidth,
      caption: document.querySelector(".sign-language figcaption").textContent,
    };
  });
  report.chapterViolations = await axe(page);
  await page.goto(`${base}/amt/musterstadt/barrierefreiheit`);
  report.statement = await page.$eval(".addendum", (p) => p.textContent);
  report.statementViolations = await axe(page);
} catch (e) {
  report.error = String(e.stack || e);
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
  process.exit(report.error ? 1 : 0);
}
