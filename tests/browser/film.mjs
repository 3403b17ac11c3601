// A chapter's film in a translation: which captions the player has, what they say while
// the film plays, whether the page says in which language the film speaks, the film's
// own narration language (from the course API), and axe-core on the chapter page.
// Prints a JSON report.
//
// Usage: node film.mjs BASE_URL LANG LESSON
import { phone, axe } from "./lib.mjs";

const [base, lang, lesson] = process.argv.slice(2);
const { browser, page } = await phone();
const report = {};
try {
  await page.goto(`${base}/anmeldung?tenant=musterstadt&lang=${lang}`);
  await page.fill("#given_name", "Ayşe");
  await page.fill("#family_name", "Yılmaz");
  await page.fill("#birth_date", "01.02.1995");
  await Promise.all([page.waitForNavigation(), page.click('main form button[type="submit"]')]);
  await page.goto(`${base}/lernen/kapitel/${lesson}`);
  report.track = await page.evaluate(() => {
    const track = document.querySelector("video track");
    return { srclang: track.getAttribute("srclang"), label: track.getAttribute("label") };
  });
  report.notice = await page.evaluate(() => {
    const notice = document.querySelector(".notice-film");
    return notice ? notice.textContent : null;
  });
  // Play a few seconds, muted: the captions below the film show the active cue.
  report.captions = await page.evaluate(async () => {
    const video = document.querySelector("video[data-lesson]");
    video.muted = true;
    await video.play();
    const shown = [];
    for (let i = 0; i < 30 && shown.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const text = document.getElementById("captions").textContent;
      if (text && !shown.includes(text)) shown.push(text);
    }
    video.pause();
    return shown;
  });
  report.duration = await page.evaluate(() => document.querySelector("video[data-lesson]").duration);
  const course = await (await fetch(`${base}/api/v1/courses/ifsg43?lang=${lang}`)).json();
  const video = course.lessons.find((l) => l.id === lesson).video;
  report.narration = video.narration_language;
  report.captionsLanguage = video.captions_language;
  report.violations = await axe(page);
  await page.screenshot({ path: `${process.env.ARTIFACTS || "/tmp"}/film-${lang}-${report.narration}.png` });
} catch (e) {
  report.error = String(e.stack || e);
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
  process.exit(report.error ? 1 : 0);
}
