/** The pages' only stylesheet, inlined: system fonts, no images, colours with at least 4.5:1 contrast on their background. */
export const CSS = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --paper: #fdfcf8; --rule: #d8d4c8; --accent: #1f4e79; --bracket: #7a4100; --card: #f3f0e6; }
* { box-sizing: border-box; }
html { color-scheme: light; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; }
a { color: var(--accent); }
a:focus-visible, .br:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; }
.masthead, main, .page-footer { max-width: 48rem; margin: 0 auto; padding: 0 1.25rem; }
.masthead { padding-top: 1.5rem; border-bottom: 1px solid var(--rule); }
.masthead .site { margin: 0; font: .875rem/1.4 system-ui, sans-serif; color: var(--muted); }
.masthead h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 1rem; }
.lead { color: var(--muted); }
nav.contents { font-family: system-ui, sans-serif; font-size: .9375rem; margin: 1rem 0; }
nav.contents h2 { font-size: 1rem; margin: 0 0 .25rem; }
nav.contents ol { margin: 0; padding-left: 1.5rem; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.3; }
article { margin: 2rem 0 3rem; }
article + article { border-top: 3px double var(--rule); padding-top: 1rem; }
.card { background: var(--card); border: 1px solid var(--rule); border-radius: 4px; padding: .25rem 1rem .75rem; margin: 1rem 0 2rem; font-family: system-ui, sans-serif; font-size: .9375rem; }
.card h2, .card h3, .card h4 { font-size: 1rem; margin: .75rem 0 .5rem; }
.card dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .25rem 1rem; margin: 0; }
.card dt { font-weight: 600; grid-column: 1; }
.card dd { margin: 0; grid-column: 2; }
.card dd p { margin: 0 0 .5rem; }
.repository { font-weight: 600; }
.idno[title] { border-bottom: 1px dotted var(--muted); }
.sp { display: grid; grid-template-columns: 10rem 1fr; gap: 0 1rem; margin: .75rem 0; padding-left: .75rem; border-left: 4px solid var(--who); --who: #1f4e79; }
.sp .speaker { margin: 0; font-family: system-ui, sans-serif; font-weight: 700; color: var(--who); }
.sp .speech > p:first-child { margin-top: 0; }
.sp .speech > p:last-child { margin-bottom: 0; }
.who-0 { --who: #1f4e79; } .who-1 { --who: #8a1c1c; } .who-2 { --who: #1d5e33; }
.who-3 { --who: #5e2d79; } .who-4 { --who: #6b4400; } .who-5 { --who: #0b5d57; }
.br { position: relative; color: var(--bracket); cursor: help; border-radius: 2px; }
.br .br { cursor: inherit; }
.br-expan { color: inherit; }
.br-expan .ex, .br-expan.br > .ex { color: var(--bracket); }
.br-gap { color: #4d4d4d; font-style: italic; }
.br:hover, .br:focus { background: #fff3d6; }
.br:hover::after, .br:focus::after { content: attr(data-kind); position: absolute; left: 0; top: calc(100% + 2px); z-index: 5; white-space: nowrap; padding: .125rem .5rem; border-radius: 3px; background: #1b1b1b; color: #fff; font: .8125rem/1.4 system-ui, sans-serif; font-style: normal; pointer-events: none; }
.br .br:hover::after { top: calc(100% + 1.6em); }
a.name { color: inherit; text-decoration: underline dotted #8c8c8c; text-decoration-thickness: 1px; text-underline-offset: 3px; }
a.name:hover, a.name:focus { color: var(--accent); text-decoration-color: currentColor; }
.foreign { font-style: italic; }
time[title] { border-bottom: 1px dotted #8c8c8c; }
.pb { display: inline-block; width: 0; height: 1em; border-left: 1px dashed #8c8c8c; margin: 0 1px; vertical-align: text-bottom; }
.note { font-family: system-ui, sans-serif; font-size: .9375rem; color: var(--muted); }
.note-label { font-variant: small-caps; letter-spacing: .03em; font-weight: 600; }
p.note { margin: .5rem 0; padding-left: .75rem; border-left: 2px solid var(--rule); }
.note-classification { color: #8a1c1c; letter-spacing: .04em; font-weight: 600; }
.opener, .closer { margin: 1rem 0; }
.salute { font-style: italic; }
.dateline, .signed { text-align: right; }
.floating-text { border: 1px solid var(--rule); border-radius: 4px; padding: 0 1rem; margin: 1rem 0; background: #fff; }
.list { list-style: none; padding-left: 0; }
.list > li { margin: .5rem 0; }
.n { font-weight: 600; }
.commentary { margin: 2rem 0; padding: .25rem 1.25rem 1rem; background: #eef3f8; border-left: 4px solid var(--accent); }
.commentary > h2 .label, .commentary > h3 .label, .commentary > h4 .label { color: var(--accent); }
.footnotes { margin-top: 2rem; border-top: 1px solid var(--rule); font-size: .9375rem; }
.fnref { line-height: 0; }
.fnref a { text-decoration: none; padding: 0 .125rem; }
.footnotes li:target, .name-list li:target, .fnref a:target { background: #fff3d6; }
.name-index { margin-top: 3rem; border-top: 3px double var(--rule); font-family: system-ui, sans-serif; font-size: .9375rem; }
.name-list { list-style: none; padding-left: 0; columns: 2 18rem; }
.name-list li { break-inside: avoid; margin: 0 0 .375rem; }
.standard { font-weight: 600; }
.variants { color: var(--muted); }
.page-footer { border-top: 1px solid var(--rule); margin-top: 3rem; padding-bottom: 2rem; font: .875rem/1.5 system-ui, sans-serif; color: var(--muted); }
.key h2 { font-size: 1rem; }
.key dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; }
.key dt { font-weight: 600; font-family: Georgia, serif; }
.key dd { margin: 0; }
.muted, .count, .meta { color: var(--muted); }
nav.views ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .5rem 0 1rem; padding: 0; font: .9375rem/1.5 system-ui, sans-serif; }
nav.views a[aria-current="page"] { font-weight: 700; color: var(--ink); }
.figure { margin: 1rem 0 2rem; }
.figure svg { max-width: 100%; height: auto; }
.figure figcaption, .meta { font: .875rem/1.5 system-ui, sans-serif; }
table.docs { width: 100%; border-collapse: collapse; font: .875rem/1.45 system-ui, sans-serif; margin: .5rem 0 2rem; }
table.docs th, table.docs td { text-align: left; vertical-align: top; padding: .375rem .5rem; border-bottom: 1px solid var(--rule); }
table.docs thead th { border-bottom: 2px solid var(--ink); }
table.docs .idno { color: var(--muted); }
.groups { columns: 2 16rem; font: .9375rem/1.6 system-ui, sans-serif; }
.group h2 .count { font-weight: 400; font-size: .9375rem; }
.person-doc h3 { margin-bottom: .25rem; }
.person-doc .meta { margin: 0 0 .5rem; }
.turns { font-size: .9375rem; list-style: none; padding-left: 0; }
.turns li { margin: 0 0 .375rem; }
.sp:target { background: #fff3d6; }
@media (max-width: 40rem) {
  .sp { grid-template-columns: 1fr; }
  .card dl { grid-template-columns: 1fr; }
  .card dt, .card dd { grid-column: 1; }
}
@media print {
  body { background: #fff; color: #000; font-size: 11pt; }
  .skip, nav.contents, nav.views, .backref, .masthead .site { display: none; }
  .masthead, main, .page-footer, .masthead h1, .figure svg { max-width: 100%; }
  table.docs { font-size: 9pt; }
  table.docs tr, .figure, .person-doc, .turns li { break-inside: avoid; }
  table.docs thead { display: table-header-group; }
  .masthead, main, .page-footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .card, .commentary, .floating-text { background: none; }
  .br::after { content: none !important; }
  .br:hover, .br:focus, li:target, a:target { background: none; }
  .sp, .card, .note, .name-list li { break-inside: avoid; }
  article + article { break-before: page; border: 0; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 90%; }
}
`;
