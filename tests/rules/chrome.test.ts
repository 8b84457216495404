import { describe, it, expect } from 'vitest';
import { matchChrome } from '../../src/rules/chrome.js';
import table from '../../src/data/chrome.json' with { type: 'json' };

const NBSP = '\u00a0';
const NAV_REVIEW = 'a lone navigation word was taken for page chrome';

describe('matchChrome: page chrome', () => {
  it.each([
    ['Search in', 'chrome/search'],
    ['Search the archive', 'chrome/search'],
    ['Digital Archive International History Declassified', 'chrome/site-banner'],
    ['Wilson Center Digital Archive', 'chrome/site-banner'],
    ['  • Citation', 'chrome/citation-tab'],
    ['    get citation', 'chrome/citation-tab'],
    ['- View Citation', 'chrome/citation-tab'],
    ['  • share document', 'chrome/share'],
    ['Share', 'chrome/share'],
    ['Print', 'chrome/share'],
    ['Email', 'chrome/share'],
    ['E-mail this document', 'chrome/share'],
    ['• Download PDF', 'chrome/download'],
    ['[Download PDF](https://digitalarchive.example.org/download/53517.pdf)', 'chrome/download'],
    ['English HTML', 'chrome/format-tab'],
    ['Russian PDF', 'chrome/format-tab'],
    ['Original Scan', 'chrome/format-tab'],
    ['Transcript - Russian', 'chrome/format-tab'],
    ['Transcript – Chinese', 'chrome/format-tab'],
    ['Digital Archive digitalarchive.wilsoncenter.org International History Declassified', 'chrome/pdf-copy'],
    ['Digital Archive digitalarchive.wilsoncenter.', 'chrome/pdf-copy'],
    ['Total Page:16', 'chrome/pdf-copy'],
    ['File Type:pdf, Size:1020Kb', 'chrome/pdf-copy'],
    ['You are on page 1of 8', 'chrome/pdf-copy'],
    ['ADD SEARCH FILTER CANCEL SEARCH FILTER', 'chrome/old-template'],
    ['CITATION SHARE DOWNLOAD-', 'chrome/old-template'],
    ['VIEW DOCUMENT IN', 'chrome/old-template'],
    ['https://digitalarchive.wilsoncenter.org/document/113395', 'chrome/old-template'],
    ['0 download', 'chrome/download'],
    ['Download "International History Declassified"', 'chrome/download'],
    ['CCold War International History Project', 'chrome/site-banner'],
    ['<br />', 'chrome/html-break'],
    ['Related Documents', 'chrome/nav'],
    ['**Related Documents**', 'chrome/nav'],
    ['Back to top', 'chrome/nav'],
    [
      'It appears your Web browser is not configured to display PDF files. No worries, just click here to download the PDF file.',
      'chrome/pdf-viewer',
    ],
    ["Your browser doesn't display PDF files", 'chrome/pdf-viewer'],
    ['Your browser does not support inline PDF viewing.', 'chrome/pdf-viewer'],
    ['Click here to view the PDF file in a new window.', 'chrome/pdf-viewer'],
    [
      'PDFs cannot be printed inline in the page. To print a PDF, you must first download the file and open it in a PDF viewer.',
      'chrome/pdf-viewer',
    ],
    ['Click here to return to the April 2013 index.', 'chrome/return-link'],
    ['Click here to return to the Mao Archive.', 'chrome/return-link'],
    [`Click${NBSP}here  to return to the${NBSP}Korea collection`, 'chrome/return-link'],
  ])('%j → %s', (line, rule) => {
    expect(matchChrome(line)).toEqual({ rule });
  });

  it.each(['Upload: someone', 'Post on 08-Jan-2022', 'Page 2: Record of Conversation between Ambassador Pavel Yudin and', '• 8/4/2019 Krushchev Mao 1959', 'TRANSCRIPT'])(
    "a document-sharing site's line %j is chrome with a review",
    (line) => {
      expect(matchChrome(line)).toEqual({ rule: 'chrome/document-host', review: "a document-sharing site's caption was taken for chrome" });
    },
  );

  it.each(['Tags', 'Keywords', '  • Themes', 'Menu'])('lone navigation word %j is chrome with a review', (line) => {
    expect(matchChrome(line)).toEqual({ rule: 'chrome/nav-word', review: NAV_REVIEW });
  });
});

describe('matchChrome: document text is never chrome', () => {
  it.each([
    'Translation - English',
    'Citation:',
    '**Citation:**',
    'Summary',
    'Keywords: Xinjiang, credit',
    'Click here, he said, and the lights went out.',
    'A search in the archives was made in 1956.',
    'Search in the Guomindang archives yielded nothing.',
    'The communique will be printed in the press.',
    'Share of the Chinese investments should be 51 %.',
    'We request to share the experience of the Soviet specialists.',
    'He asked us to download the cargo at Dairen.',
    'Print runs of the newspaper were increased.',
    'Related documents were sent to Moscow.',
    'Comrade Stalin: Click here.',
    '',
    '   ',
  ])('%j', (line) => {
    expect(matchChrome(line)).toBeNull();
  });
});

describe('chrome.json', () => {
  it('has unique ids, compilable patterns and a description for each', () => {
    const ids = table.patterns.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of table.patterns) {
      expect(() => new RegExp(p.pattern, 'iu')).not.toThrow();
      expect(p.id).toMatch(/^chrome\/[a-z-]+$/);
      expect(p.description.length).toBeGreaterThan(0);
    }
  });
});
