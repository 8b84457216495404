/**
 * The HTML edition in a real browser: Debian's Chromium, driven by playwright-core, opens the
 * page of every tei-out file and of the HTML fixtures, and must see no console error and no
 * request, every speaker turn, every editorial bracket with its text, and the escaped source
 * text. The corpus view is walked by its links from index.html: every document and person must
 * be reached, every link's fragment must exist, and every page pass a structural check (one h1,
 * headings in order, landmarks, unique ids, named links and labels, drawings described).
 * axe-core, injected into the page, must report no violation on any page. Screenshots are
 * kept in test-artifacts/screenshots/, and index.html printed to PDF in test-artifacts/print/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readXml } from '../../src/tei/reader.js';
import { descendants, textContent, type XElement } from '../../src/tei/xnode.js';
import { exportHtml, exportHtmlIndex, indexItem } from '../../src/export/html.js';
import { teiDocuments } from '../../src/export/documents.js';
import { documentId } from '../../src/export/html/anchors.js';
import { render } from '../../src/export/text.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const repo = fileURLToPath(new URL('../../', import.meta.url));
const screenshots = join(repo, 'test-artifacts', 'screenshots');
const printed = join(repo, 'test-artifacts', 'print');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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
  let axeBrowser: Browser;
  let axeContext: BrowserContext;
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
    for (const [path, html] of exportHtmlIndex([...roots].map(([n, root]) => indexItem(root, n)))) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), html);
    }
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(printed, { recursive: true });
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1100, height: 900 } });
    // axe is a script: it runs in a browser of its own that ignores the pages' policy against scripts.
    axeBrowser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    axeContext = await axeBrowser.newContext({ bypassCSP: true });
  });

  afterAll(async () => {
    await context?.close();
    await axeBrowser?.close();
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

  interface Crawl {
    pages: Set<string>;
    targets: Set<string>;
    missing: string[];
    /** Errors and requests seen, and every page's structural faults. */
    problems: string[];
    /** Each page's shape: its elements by name, class and attribute names, text and values left out. */
    shapes: Map<string, string>;
  }

  /** The structural faults of the page open in `page`: what axe would find in a page's data rather than its template. */
  const structure = (page: Page) =>
    page.evaluate(() => {
      const faults: string[] = [];
      const all = (selector: string, within: ParentNode = document) => Array.from(within.querySelectorAll(selector));
      const count = (selector: string) => all(selector).length;
      if (count('script')) faults.push('a script');
      if (count('h1') !== 1) faults.push(`${count('h1')} h1`);
      for (const landmark of ['header', 'main', 'footer', 'nav']) if (!count(landmark)) faults.push(`no ${landmark}`);
      const levels = all('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
      levels.forEach((level, i) => level - (levels[i - 1] ?? 0) > 1 && faults.push(`heading ${i + 1} skips a level`));
      const ids = all('[id]').map((e) => e.id);
      for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) faults.push(`id ${id} twice`);
      for (const a of all('a')) if (!a.textContent?.trim()) faults.push(`a link without words: ${a.getAttribute('href')}`);
      for (const labelled of all('[aria-labelledby]')) {
        for (const id of labelled.getAttribute('aria-labelledby')!.split(/\s+/)) if (!document.getElementById(id)?.textContent?.trim()) faults.push(`aria-labelledby ${id} names nothing`);
      }
      for (const svg of all('svg')) {
        const described = svg.getAttribute('role') === 'img' && !!svg.querySelector('title')?.textContent && !!svg.querySelector('desc')?.textContent;
        // The names and figures in a drawing are text, not paths.
        if (!described || all('text', svg).length < 2) faults.push('a drawing without role, title, description and text');
      }
      const shape = [...new Set(all('body *').map((e) => `${e.tagName}.${e.className}[${e.getAttributeNames().sort().join()}]`))].sort().join(' ');
      return { faults, shape };
    });

  /**
   * Every page reached from index.html by following links, each opened once in one tab and
   * checked for errors and structure; memoised, since the link test and the axe test share it.
   */
  let crawled: Promise<Crawl> | undefined;
  const crawl = () => (crawled ??= walk());

  async function walk(): Promise<Crawl> {
    const pages = new Set<string>();
    const targets = new Set<string>();
    const missing: string[] = [];
    const problems: string[] = [];
    const shapes = new Map<string, string>();
    const ids = new Map<string, Set<string>>();
    const queue = ['index.html'];
    const links: [from: string, page: string, fragment: string][] = [];
    const tab = await context.newPage();
    let current = { file: '', url: '' };
    tab.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${current.file}: console: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`${current.file}: page error: ${e.message}`));
    tab.on('requestfailed', (r) => problems.push(`${current.file}: request failed: ${r.url()}`));
    tab.on('request', (r) => {
      if (r.url() !== current.url) problems.push(`${current.file}: request: ${r.url()}`);
    });
    try {
      while (queue.length) {
        const file = queue.shift()!;
        if (pages.has(file)) continue;
        pages.add(file);
        current = { file, url: pathToFileURL(join(out, file)).href };
        await tab.goto(current.url, { waitUntil: 'load' });
        const { faults, shape } = await structure(tab);
        problems.push(...faults.map((f) => `${file}: ${f}`));
        shapes.set(file, shape);
        ids.set(file, new Set(await tab.$$eval('[id]', (els) => els.map((e) => e.id))));
        const hrefs = await tab.$$eval('a[href]', (els) => els.map((a) => (a as HTMLAnchorElement).href));
        for (const href of hrefs) {
          const url = new URL(href);
          // A source's own web address is a link out of the edition, not a page of it.
          if (url.protocol !== 'file:') continue;
          const target = relative(out, fileURLToPath(url));
          const fragment = decodeURIComponent(url.hash.slice(1));
          links.push([file, target, fragment]);
          if (fragment) targets.add(`${target}#${fragment}`);
          if (!pages.has(target)) queue.push(target);
        }
      }
    } finally {
      await tab.close();
    }
    for (const [from, page, fragment] of links) {
      if (!ids.has(page)) missing.push(`${from} → ${page} (no such page)`);
      else if (fragment && !ids.get(page)!.has(fragment)) missing.push(`${from} → ${page}#${fragment}`);
    }
    return { pages, targets, missing, problems, shapes };
  }

  it('the corpus view: every document and every person reached by links from index.html, every link resolving, no errors or structural faults on any page', async () => {
    const { pages, targets, missing, problems } = await crawl();
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
    for (const [n, root] of roots) {
      expect(pages, `${n}.html`).toContain(`${n}.html`);
      if (root.name === 'teiCorpus') teiDocuments(root).forEach((d, i) => expect(targets, `${n}: document ${i + 1}`).toContain(`${n}.html#${documentId(d, n, i)}`));
    }
    const persons = new Set([...roots.values()].flatMap((root) => descendants(root).filter((e) => e.name === 'person' && e.attrs['xml:id']).map((e) => e.attrs['xml:id']!)));
    expect(persons.size).toBeGreaterThan(40);
    for (const id of persons) expect(pages, id).toContain(`corpus/person-${id}.html`);
    // Every speaker turn of every document is linked from its speaker's page.
    const turns = [...roots].flatMap(([n, root]) => descendants(root).filter((e) => e.name === 'sp').map(() => n));
    expect([...targets].filter((t) => /-turn-\d+$/.test(t))).toHaveLength(turns.length);
    expect(turns.length).toBeGreaterThan(100);
  });

  it('the corpus view pages: the current view marked, screenshots', async () => {
    const views = ['index.html', 'corpus/by-type.html', 'corpus/by-archive.html', 'corpus/by-person.html', 'corpus/by-file.html', 'corpus/person-mao-zedong.html', 'corpus/person-stalin.html'];
    for (const file of views) {
      const { page, problems } = await open(file);
      try {
        expect(await page.$$eval('nav.views a', (els) => els.map((a) => a.getAttribute('aria-current')).filter(Boolean))).toEqual(file.includes('person-') ? [] : ['page']);
        await page.screenshot({ path: join(screenshots, `${file.replace(/\//g, '-')}.png`), fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('index.html prints: no navigation, the drawings inside the page, a PDF kept', async () => {
    const { page, problems } = await open('index.html');
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.$eval('nav.views', (n) => getComputedStyle(n).display)).toBe('none');
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      for (const right of await page.$$eval('svg', (els) => els.map((e) => e.getBoundingClientRect().right))) expect(right).toBeLessThanOrEqual(width);
      await page.pdf({ path: join(printed, 'index.pdf'), format: 'A4' });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('axe-core finds no accessibility violation on any page: documents, views and every person page', async () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
    expect(files).toEqual(expect.arrayContaining(['index.html', 'corpus/by-type.html', 'corpus/by-person.html', 'corpus/person-stalin.html', ...[...roots.keys()].map((n) => `${n}.html`)]));
    const { shapes } = await crawl();
    expect([...shapes.keys()].sort()).toEqual(files);
    expect(files.filter((f) => f.startsWith('corpus/person-')).length).toBeGreaterThan(40);
    const checked = files;
    const page = await axeContext.newPage();
    const violations: string[] = [];
    try {
      for (const file of checked) {
        await page.goto(pathToFileURL(join(out, file)).href, { waitUntil: 'load' });
        await page.addScriptTag({ content: AXE });
        const found = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        violations.push(...found.map((v) => `${file}: ${v}`));
      }
    } finally {
      await page.close();
    }
    expect(violations).toEqual([]);
  });
});
