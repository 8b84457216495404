/** The frame of every page of the HTML edition: one inline stylesheet, no script, no request. */
import { escapeHtml } from './escape.js';
import { CSS } from './style.js';

/** Denies every request and every script: a missed escape could not run or fetch anything. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function page(title: string, lang: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light">
<meta name="generator" content="teikit">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the text</a>
${content}
</body>
</html>
`;
}
