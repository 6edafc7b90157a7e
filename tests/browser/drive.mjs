// Drives Debian's Chromium (headless) with playwright-core for tests/test_browser.py.
//
//   node tests/browser/drive.mjs lab  <job.json>   run a notebook through JupyterLab's UI
//   node tests/browser/drive.mjs deck <job.json>   open an exported slide deck
//   node tests/browser/drive.mjs audit <job.json>  visit every slide of a deck: what runs off it
//
// job.json holds the inputs (URLs, expected counts, screenshot folder); the script prints one JSON
// line with what it saw and exits 0, or prints the failure and exits 1. The browser is always closed.
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [mode, jobFile] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile, 'utf8'));
const BROWSER_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  // without these Chromium tries to reach Google's services and the closed network refuses it
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

function log(message) {
  process.stderr.write(`[browser] ${message}\n`);
}

async function runNotebook(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  log(`opening ${job.notebook} in JupyterLab`);
  await page.goto(`${job.base_url}/lab/tree/${encodeURIComponent(job.notebook)}?token=${job.token}`);
  // the notebook panel is open and connected to its kernel (the course's Java kernel), which has
  // answered kernel_info. (Lab shows JJava's status as "Unknown" until the first execution:
  // it ignores the busy/idle messages of kernel_info requests, the only ones JJava sends then.)
  await page.waitForFunction(() => {
    const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    const kernel = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
    return Boolean(w && w.content && w.content.model && kernel && kernel.connectionStatus === 'connected');
  }, null, { timeout: job.kernel_timeout_ms, polling: 250 });
  const kernelName = await page.evaluate(async (timeout) => {
    const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
    await Promise.race([kernel.info, new Promise((_, reject) => setTimeout(() => reject(new Error('no kernel_info reply')), timeout))]);
    return kernel.name;
  }, job.kernel_timeout_ms);
  log(`kernel ${kernelName} is ready; Run > Run All Cells`);

  // through the menus, as a learner would
  await page.locator('.lm-MenuBar-item', { hasText: /^Run$/ }).click();
  await page.getByRole('menuitem', { name: 'Run All Cells', exact: true }).click();

  // done when every code cell has an execution count and the kernel is idle again
  const started = Date.now();
  await page.waitForFunction(() => {
    const w = window.jupyterapp.shell.currentWidget;
    const cells = Array.from(w.content.model.cells).filter((c) => c.type === 'code');
    const done = cells.every((c) => c.executionCount !== null && c.executionCount !== undefined);
    return done && w.sessionContext.session.kernel.status === 'idle'
      && document.querySelectorAll('.jp-InputPrompt').length > 0
      && !Array.from(document.querySelectorAll('.jp-InputPrompt')).some((p) => p.textContent.includes('*'));
  }, null, { timeout: job.run_timeout_ms, polling: 500 });
  const seconds = (Date.now() - started) / 1000;
  log(`all cells ran in ${seconds.toFixed(1)} s`);

  // every plot decoded into a real image
  await page.waitForFunction((n) => {
    const images = Array.from(document.querySelectorAll('.jp-OutputArea-output img'));
    return images.length >= n && images.every((img) => img.complete && img.naturalWidth > 0);
  }, job.expected_images, { timeout: 30000, polling: 250 });

  const seen = await page.evaluate(() => {
    const w = window.jupyterapp.shell.currentWidget;
    const outputs = [];
    for (const cell of w.content.model.cells) {
      if (cell.type !== 'code') continue;
      for (const o of cell.outputs.toJSON()) outputs.push(o);
    }
    const images = Array.from(document.querySelectorAll('.jp-OutputArea-output img'));
    return {
      kernel: w.sessionContext.session.kernel.name,
      kernel_status: w.sessionContext.session.kernel.status,
      code_cells: Array.from(w.content.model.cells).filter((c) => c.type === 'code').length,
      errors: outputs.filter((o) => o.output_type === 'error').map((o) => `${o.ename}: ${o.evalue}`),
      stderr: outputs.filter((o) => o.output_type === 'stream' && o.name === 'stderr')
        .map((o) => [].concat(o.text).join('')),
      error_nodes: document.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').length,
      images: images.length,
      image_sizes: images.map((img) => [img.naturalWidth, img.naturalHeight]),
      text: outputs.map((o) => [].concat(o.text || (o.data && o.data['text/plain']) || '').join('')).join('\n'),
    };
  });

  // screenshots: a plot on screen, then the end of the notebook
  mkdirSync(job.screenshot_dir, { recursive: true });
  const shots = [];
  const firstPlot = page.locator('.jp-OutputArea-output img').first();
  await firstPlot.scrollIntoViewIfNeeded();
  shots.push(join(job.screenshot_dir, `${job.name}-plot.png`));
  await page.screenshot({ path: shots[0] });
  await page.locator('.jp-OutputArea-output img').last().scrollIntoViewIfNeeded();
  shots.push(join(job.screenshot_dir, `${job.name}-end.png`));
  await page.screenshot({ path: shots[1] });
  return { ...seen, seconds, page_errors: errors, screenshots: shots };
}

async function openDeck(page, context) {
  const remote = [];
  const failed = [];
  const errors = [];
  // nothing may leave the machine: record and refuse every request that is not a local file
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') {
      return route.continue();
    }
    remote.push(url);
    return route.abort();
  });
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  log(`opening ${job.deck_url}`);
  await page.goto(job.deck_url);
  // the template loads reveal.js through RequireJS (no global): fetch the module, then wait until ready
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null, null, { timeout: 30000 });
  await page.evaluate((path) => new Promise((resolve) => window.require([path], (R) => { window.Reveal = R; resolve(); })),
    job.reveal_module);
  // MathJax typesets the formulas of the deck (a local copy: no network)
  await page.waitForFunction(() => document.querySelectorAll('.MathJax_CHTML').length > 0, null, { timeout: 30000 })
    .catch(() => {});
  const seen = await page.evaluate(() => {
    const R = window.Reveal;
    const withNotes = Array.from(document.querySelectorAll('.slides section'))
      .filter((s) => !s.querySelector('section') && s.querySelector('aside.notes'));
    return {
      total_slides: R.getTotalSlides(),
      horizontal_slides: R.getHorizontalSlides().length,
      notes: withNotes.map((s) => R.getSlideNotes(s) || ''),
      math: document.querySelectorAll('.MathJax_CHTML').length,
      title: document.querySelector('.slides section section h1')?.textContent || '',
      images: Array.from(document.querySelectorAll('.slides img')).filter((img) => img.naturalWidth > 0).length,
    };
  });
  mkdirSync(job.screenshot_dir, { recursive: true });
  const shots = [join(job.screenshot_dir, `${job.name}-title.png`)];
  await page.screenshot({ path: shots[0] });
  // the first slide that shows a plot
  const plotSlide = await page.evaluate(() => {
    const R = window.Reveal;
    const slides = R.getHorizontalSlides();
    for (let h = 0; h < slides.length; h++) {
      const subs = Array.from(slides[h].querySelectorAll(':scope > section'));
      for (let v = 0; v < subs.length; v++) if (subs[v].querySelector('img')) return [h, v];
    }
    return null;
  });
  if (plotSlide) {
    await page.evaluate(([h, v]) => window.Reveal.slide(h, v), plotSlide);
    await page.waitForTimeout(300);
    shots.push(join(job.screenshot_dir, `${job.name}-plot.png`));
    await page.screenshot({ path: shots[1] });
  }
  // the speaker view ("s") opens a window that shows the current slide's notes
  let speakerView = null;
  let speakerMath = null;
  if (seen.notes.length > 0) {
    const target = await page.evaluate(() => {
      const R = window.Reveal;
      const slide = Array.from(document.querySelectorAll('.slides section'))
        .find((s) => !s.querySelector('section') && s.querySelector('aside.notes'));
      return R.getIndices(slide);
    });
    await page.evaluate(({ h, v }) => window.Reveal.slide(h, v), target);
    const [popup] = await Promise.all([
      page.waitForEvent('popup', { timeout: 15000 }),
      page.evaluate(() => window.Reveal.getPlugin('notes').open()),
    ]);
    await popup.waitForFunction(() => {
      const notes = document.querySelector('.speaker-controls-notes .value');
      return notes && notes.textContent.trim().length > 0;
    }, null, { timeout: 20000 });
    speakerView = await popup.evaluate(() => document.querySelector('.speaker-controls-notes .value').textContent);
    // the speaker view's slide previews are the deck in frames: their formulas are typeset too
    await popup.waitForTimeout(1500);
    speakerMath = 0;
    for (const frame of popup.frames()) {
      if (frame === popup.mainFrame()) continue;
      speakerMath += await frame.evaluate(() => document.querySelectorAll('.MathJax_CHTML').length).catch(() => 0);
    }
    shots.push(join(job.screenshot_dir, `${job.name}-speaker-view.png`));
    await popup.screenshot({ path: shots[shots.length - 1] });
  }
  return { ...seen, speaker_view: speakerView, speaker_math: speakerMath, remote_requests: remote, failed_requests: failed, page_errors: errors, screenshots: shots };
}

// Visits every slide of a deck at the job's viewport and reports what does not fit: an element
// whose box runs past the slide's left or right edge (and is not inside a container that scrolls
// sideways), and result lines ("Test accuracy: 0.98") that the deck breaks over several lines.
async function auditDeck(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(job.deck_url);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null, null, { timeout: 30000 });
  await page.evaluate((path) => new Promise((resolve) => window.require([path], (R) => { window.Reveal = R; resolve(); })),
    job.reveal_module);
  const indices = await page.evaluate(() => window.Reveal.getSlides().map((s) => window.Reveal.getIndices(s)));
  const overflows = [];
  const splitLines = [];
  mkdirSync(job.screenshot_dir, { recursive: true });
  const shots = [];
  for (const { h, v } of indices) {
    await page.evaluate(({ h, v }) => window.Reveal.slide(h, v || 0), { h, v });
    await page.waitForTimeout(job.settle_ms || 60);
    const found = await page.evaluate((pattern) => {
      const slide = window.Reveal.getCurrentSlide();
      const box = slide.getBoundingClientRect();
      const scrollsSideways = (el) => {
        for (let a = el.parentElement; a && a !== slide; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (['auto', 'scroll'].includes(style.overflowX) && a.getBoundingClientRect().right <= box.right + 2) return true;
        }
        return false;
      };
      const bad = [];
      for (const el of slide.querySelectorAll('*')) {
        if (el.closest('aside.notes') || el.closest('.MathJax_CHTML, .MJX_Assistive_MathML')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if ((r.right > box.right + 2 || r.left < box.left - 2) && !scrollsSideways(el)) {
          bad.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}: `
            + `${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)} px: `
            + (el.textContent || el.getAttribute('src') || '').trim().slice(0, 60));
          break;
        }
      }
      // a result line must stand on one visual line: its words share one line box
      const split = [];
      const re = new RegExp(pattern);
      for (const pre of slide.querySelectorAll('.jp-OutputArea-output pre')) {
        for (const line of pre.textContent.split('\n')) {
          if (!re.test(line)) continue;
          const range = document.createRange();
          const text = pre.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) continue;
          const at = text.textContent.indexOf(line);
          if (at < 0) continue;
          range.setStart(text, at);
          range.setEnd(text, at + line.length);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) split.push(line);
        }
      }
      return { bad, split };
    }, job.result_pattern);
    if (found.bad.length) {
      overflows.push(`slide ${h}.${v || 0}: ${found.bad[0]}`);
      if (shots.length < 3) {
        shots.push(join(job.screenshot_dir, `${job.name}-overflow-${h}-${v || 0}.png`));
        await page.screenshot({ path: shots[shots.length - 1] });
      }
    }
    for (const line of found.split) splitLines.push(`slide ${h}.${v || 0}: ${line}`);
  }
  return { slides: indices.length, overflows, split_lines: splitLines, page_errors: errors, screenshots: shots };
}

// what the page looked like when a wait failed: helps to tell a slow kernel from a broken UI
async function explainFailure(page) {
  try {
    mkdirSync(job.screenshot_dir, { recursive: true });
    const shot = join(job.screenshot_dir, `${job.name}-failure.png`);
    await page.screenshot({ path: shot });
    const state = await page.evaluate(() => {
      const app = window.jupyterapp;
      const w = app && app.shell.currentWidget;
      const kernel = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
      return {
        url: location.href,
        app: Boolean(app),
        widget: w ? w.title.label : null,
        kernel: kernel ? `${kernel.name} ${kernel.status}` : null,
        dialogs: Array.from(document.querySelectorAll('.jp-Dialog')).map((d) => d.textContent.slice(0, 300)),
        prompts: Array.from(document.querySelectorAll('.jp-InputPrompt')).map((p) => p.textContent.trim()).join(' '),
      };
    });
    log(`page state: ${JSON.stringify(state)}; screenshot ${shot}`);
  } catch (e) {
    log(`could not describe the page: ${e}`);
  }
}

let browser;
let page;
let status = 0;
try {
  browser = await chromium.launch({ executablePath: job.chromium, args: BROWSER_ARGS, headless: true });
  const context = await browser.newContext({ viewport: job.viewport || { width: 1280, height: 900 } });
  page = await context.newPage();
  const result = mode === 'lab' ? await runNotebook(page) : mode === 'deck' ? await openDeck(page, context)
    : mode === 'audit' ? await auditDeck(page) : null;
  if (result === null) throw new Error(`unknown mode ${mode}: use lab, deck or audit`);
  process.stdout.write(JSON.stringify(result) + '\n');
} catch (e) {
  log(`failed: ${e && e.stack ? e.stack : e}`);
  if (page) await explainFailure(page);
  status = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
}
process.exit(status);
