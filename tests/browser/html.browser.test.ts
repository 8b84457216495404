/**
 * The HTML edition in a real browser: Debian's Chromium, driven by playwright-core, opens the
 * page of every tei-out file and of the HTML fixtures, and must see no console error and no
 * request, every speaker turn, every editorial bracket with its text, and the escaped source
 * text. A full-page screenshot per page is kept in test-artifacts/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readXml } from '../../src/tei/reader.js';
import { descendants, textContent, type XElement } from '../../src/tei/xnode.js';
import { exportHtml, exportHtmlIndex, indexItem } from '../../src/export/html.js';
import { render } from '../../src/export/text.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const repo = fileURLToPath(new URL('../../', import.meta.url));
const screenshots = join(repo, 'test-artifacts', 'screenshots');
const missing = !existsSync(CHROMIUM);

if (missing && !process.env.CI) {
  console.warn(`\n${'!'.repeat(72)}\n!!! ${CHROMIUM} is missing: the HTML browser test is SKIPPED.\n!!! Install it with: apt-get install -y chromium\n${'!'.repeat(72)}\n`);
}

function xmlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(dir, f)) : [];
}

const sources = [...xmlFiles(join(repo, 'tei-out')), ...xmlFiles(join(repo, 'tests', 'fixtures', 'html'))];
const name = (file: string) => file.slice(file.lastIndexOf('/') + 1).replace(/\.xml$/, '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Bracket classes on the page for the TEI elements that carry a restored bracket. */
const BRACKET_CLASS: Record<string, string> = { supplied: 'br-supplied', gap: 'br-gap', expan: 'br-expan', stage: 'br-stage' };

interface Opened {
  page: Page;
  problems: string[];
}

describe.skipIf(missing && !process.env.CI)('HTML pages in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let out: string;
  const roots = new Map<string, XElement>();

  beforeAll(async () => {
    if (missing) throw new Error(`${CHROMIUM} is missing on CI: .ci/run must install chromium`);
    out = mkdtempSync(join(tmpdir(), 'teikit-html-'));
    profile = mkdtempSync(join(tmpdir(), 'teikit-chromium-'));
    for (const file of sources) {
      const root = readXml(readFileSync(file, 'utf8'));
      roots.set(name(file), root);
      writeFileSync(join(out, `${name(file)}.html`), exportHtml(root, name(file)));
    }
    writeFileSync(join(out, 'index.html'), exportHtmlIndex([...roots].map(([n, root]) => indexItem(root, `${n}.html`))));
    mkdirSync(screenshots, { recursive: true });
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1100, height: 900 } });
  });

  afterAll(async () => {
    await context?.close();
    for (const dir of [out, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page, recording console errors, script errors and every request but the page's own. */
  async function open(file: string): Promise<Opened> {
    const page = await context.newPage();
    const url = pathToFileURL(join(out, file)).href;
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => {
      if (r.url() !== url) problems.push(`request: ${r.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, problems };
  }

  it('finds pages to test', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources.map(name))('%s: turns, brackets, no errors, screenshot', async (n) => {
    const root = roots.get(n)!;
    const { page, problems } = await open(`${n}.html`);
    try {
      const tei = descendants(root);
      const turns = await page.$$eval('.sp', (els) => els.map((e) => e.querySelector('.speaker')?.textContent ?? ''));
      expect(turns.map(squash)).toEqual(tei.filter((e) => e.name === 'sp').map((sp) => squash(descendants(sp).filter((s) => s.name === 'speaker').map(textContent).join(' '))));

      for (const [element, cls] of Object.entries(BRACKET_CLASS)) {
        const expected = tei.filter((e) => e.name === element).map((e) => squash(render(e)));
        const shown = await page.$$eval(`.${cls}`, (els) => els.map((e) => e.textContent ?? ''));
        expect(shown.map(squash).sort(), `${element} brackets`).toEqual(expected.sort());
      }

      const brackets = await page.$$eval('.br', (els) => els.map((e) => ({ kind: e.getAttribute('data-kind'), title: e.getAttribute('title'), tabindex: e.getAttribute('tabindex') })));
      for (const b of brackets) {
        expect(b.kind).toBeTruthy();
        expect(b.title).toBe(b.kind);
        expect(b.tabindex).toBe('0');
      }
      if (brackets.length > 0) {
        // The kind shows on keyboard focus, from CSS alone.
        await page.focus('.br');
        const tooltip = await page.$eval('.br', (e) => getComputedStyle(e, '::after').content);
        expect(tooltip).toBe(JSON.stringify(brackets[0]!.kind));
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      }

      expect(await page.$$eval('script', (els) => els.length)).toBe(0);
      expect(await page.$$eval('main, nav, header, footer', (els) => els.map((e) => e.tagName.toLowerCase()).sort())).toEqual(expect.arrayContaining(['footer', 'header', 'main', 'nav']));
      expect(await page.$$eval('h1', (els) => els.length)).toBe(1);
      // Headings in order: each at most one level below the one before.
      const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (els) => els.map((h) => Number(h.tagName[1])));
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i + 1}`).toBeLessThanOrEqual(1));
      await page.screenshot({ path: join(screenshots, `${n}.png`), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows markup-like source text as text', async () => {
    const { page, problems } = await open('escaping.html');
    try {
      const text = await page.$eval('body', (b) => b.textContent ?? '');
      for (const s of ['<script>alert("body")</script>', '<script>alert("title")</script>', 'A & B', '<b>not bold</b>', '[<b> & <script>]', 'Smith <the elder>', '<b>Smith</b> & partner:', '[<signature> & stamp]']) {
        expect(text).toContain(s);
      }
      expect(await page.title()).toBe('Memo on <script>alert("title")</script> & the <b>bold</b> question');
      expect(await page.$$eval('script', (els) => els.length)).toBe(0);
      expect(await page.$$eval('main b, main i:not(.foreign)', (els) => els.length)).toBe(0);
      // javascript: targets stay text; the https link keeps its query intact.
      expect(await page.$$eval('a[href^="javascript"]', (els) => els.length)).toBe(0);
      expect(await page.$eval('a[href^="https://archive.example"]', (a) => a.getAttribute('href'))).toBe('https://archive.example/doc?a=1&b="2"');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('index.html links every page and loads cleanly', async () => {
    const { page, problems } = await open('index.html');
    try {
      const hrefs = await page.$$eval('main a', (els) => els.map((a) => a.getAttribute('href') ?? ''));
      for (const n of roots.keys()) expect(hrefs).toContain(`${n}.html`);
      await page.screenshot({ path: join(screenshots, 'index.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
