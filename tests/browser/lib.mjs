// Shared by the browser tests: Debian's Chromium at a phone's size, keyboard helpers,
// axe-core, page weights, screenshots.
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export async function phone({ javaScript = true, width = 360, height = 740 } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--autoplay-policy=no-user-gesture-required"],
  });
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    isMobile: width < 800,
    hasTouch: width < 800,
    javaScriptEnabled: javaScript,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const violationsOfCsp = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violationsOfCsp.push(message.text());
  });
  return { browser, context, page, violationsOfCsp };
}

/** Presses Tab until the focused element matches `selector`: proof that it is reachable
 * with the keyboard alone. */
export async function tabTo(page, selector, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const reached = await page.evaluate(
      (sel) => !!document.activeElement && document.activeElement.matches(sel),
      selector,
    );
    if (reached) return;
  }
  throw new Error(`the keyboard never reached ${selector} on ${page.url()}`);
}

/** Runs axe-core for WCAG 2.1 A and AA. Evaluated over the DevTools protocol, so the
 * page's Content-Security-Policy stays in force. */
export async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  });
}

/** Bytes of the page and what it loaded, without video and captions. */
export async function weight(page) {
  return page.evaluate(() => {
    const entries = [
      ...performance.getEntriesByType("navigation"),
      ...performance.getEntriesByType("resource"),
    ].filter((e) => !/\/media\//.test(e.name));
    return entries.reduce((sum, e) => sum + (e.decodedBodySize || 0), 0);
  });
}

/** Bytes of the page's HTML alone. */
export async function htmlBytes(page) {
  return page.evaluate(() => performance.getEntriesByType("navigation").reduce((sum, e) => sum + (e.decodedBodySize || 0), 0));
}

export function outDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A step's check: a full-page screenshot `<prefix>-<name>.png` in `out`, whether the
 * page fits the window's width, and what axe-core finds, pushed to `report.pages`. */
export function pageCheck(page, out, prefix, report) {
  return async (name) => {
    await page.waitForLoadState("load");
    await page.screenshot({ path: join(out, `${prefix}-${name}.png`), fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    report.pages.push({ name, wide, violations: await axe(page) });
  };
}

/** POSTs JSON to the service's API, with the learner's bearer token where given. */
export function apiPost(context, base) {
  return async (path, body, token) => {
    const response = await context.request.post(`${base}${path}`, {
      data: body,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status(), body: await response.json() };
  };
}


/** Pays an enrolment's fee on the payment platform the way a learner would, without a
 * browser window: the service's pay link, then the platform's pay page's "Bezahlen",
 * then the fee read again (which asks the platform). Returns the fee's state. */
export async function payFee(context, base, id, token) {
  const auth = { authorization: `Bearer ${token}` };
  const started = await context.request.post(`${base}/api/v1/enrolments/${id}/fee/payment`, { data: {}, headers: auth });
  const { pay_url } = await started.json();
  await context.request.post(pay_url, { form: { action: "pay" }, maxRedirects: 0 });
  const fee = await context.request.get(`${base}/api/v1/enrolments/${id}/fee`, { headers: auth });
  return (await fee.json()).status;
}
