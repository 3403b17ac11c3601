// The watch tracking in a real browser, against a server that requires real-time
// watching: playing at 16× speed counts no more than real time; seeking ahead counts
// nothing; reports made while the network is gone arrive once it is back.
// Prints a JSON report; exit 1 if a rule does not hold.
//
// Usage: node video.mjs BASE_URL
import { phone } from "./lib.mjs";

const [base] = process.argv.slice(2);
const { browser, context, page, violationsOfCsp } = await phone();
const report = {};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function counted(lesson) {
  const cookie = (await context.cookies()).find((c) => c.name === "belehrung_learner");
  const [id, token] = cookie.value.split(".");
  const response = await fetch(`${base}/api/v1/enrolments/${id}`, { headers: { authorization: `Bearer ${token}` } });
  const status = await response.json();
  const course = await (await fetch(`${base}/api/v1/courses/ifsg43?lang=de`)).json();
  const duration = course.lessons.find((l) => l.id === lesson).video.duration_s;
  const progress = status.lessons.find((l) => l.id === lesson);
  return { seconds: progress.watched_ratio * duration, completed: progress.completed, duration };
}

async function play(rate, ms, from) {
  await page.evaluate(async ([rate, from]) => {
    const video = document.querySelector("video");
    video.muted = true;
    if (from !== null) {
      video.currentTime = from;
      await new Promise((resolve) => video.addEventListener("seeked", resolve, { once: true }));
    }
    video.playbackRate = rate;
    await video.play();
  }, [rate, from]);
  await sleep(ms);
  return page.evaluate(() => {
    const video = document.querySelector("video");
    video.pause();
    return video.currentTime;
  });
}

try {
  const started = Date.now();
  await page.goto(`${base}/anmeldung?tenant=musterstadt&lang=de`);
  await page.fill("#given_name", "Anna");
  await page.fill("#family_name", "Schnell");
  await page.fill("#birth_date", "01.02.1995");
  await Promise.all([page.waitForNavigation(), page.click('main form button[type="submit"]')]);

  // 16× for six seconds: about 96 s of film played, at most the real time counted.
  await page.goto(`${base}/lernen/kapitel/warum`);
  const position = await play(16, 6000, null);
  await sleep(6000); // the script reports every five seconds
  const fast = await counted("warum");
  const elapsed = (Date.now() - started) / 1000;
  report.fast = { played_s: position, counted_s: fast.seconds, real_s: elapsed };
  check(position > 60, `the film did not play fast (${position} s)`);
  check(fast.seconds > 2, `nothing was counted (${fast.seconds} s): the script did not report`);
  check(fast.seconds <= elapsed + 1, `${fast.seconds} s counted in ${elapsed} s of real time`);
  check(!fast.completed, "a fast-played chapter counts as watched");
  report.status_text = await page.textContent("#watch-status");

  // Seeking ahead: only what is played after the jump counts.
  await page.goto(`${base}/lernen/kapitel/lebensmittel`);
  const end = (await counted("lebensmittel")).duration;
  await play(1, 4000, end - 30);
  await sleep(6000);
  const sought = await counted("lebensmittel");
  report.seek = { counted_s: sought.seconds, duration_s: end };
  check(sought.seconds <= 6, `${sought.seconds} s counted after seeking ahead and playing 4 s`);
  check(!sought.completed, "skipping to the end counts as watched");

  // Offline: the reports wait and arrive later.
  await page.goto(`${base}/lernen/kapitel/verbote`);
  await context.setOffline(true);
  await play(1, 7000, null);
  await sleep(1000);
  report.offline_text = await page.textContent("#watch-status");
  const during = await (async () => { await context.setOffline(false); return counted("verbote"); })();
  await sleep(7000);
  const after = await counted("verbote");
  report.offline = { counted_while_offline_s: during.seconds, counted_after_s: after.seconds };
  check(after.seconds >= 5, `the spans played offline were not delivered (${after.seconds} s)`);
  report.csp_violations = violationsOfCsp;
  check(violationsOfCsp.length === 0, `CSP violations: ${violationsOfCsp}`);
  console.log(JSON.stringify(report));
} catch (error) {
  report.error = String((error && error.stack) || error);
  console.log(JSON.stringify(report));
  process.exitCode = 1;
} finally {
  await browser.close();
}
