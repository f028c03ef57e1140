/**
 * The report page's stylesheet, inlined so the page stands alone (no fetches, works from
 * `file://`). Verdict colours are the Okabe–Ito palette, which stays distinct under the common
 * colour-vision deficiencies; every coloured mark also carries the verdict's symbol, and the
 * symbols are drawn black on the colour so they read at WCAG AA contrast in both themes.
 */
export const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1b; --muted: #5c5c5c; --line: #d6d6d6; --panel: #f5f5f4; --link: #0063a0;
  --conflict: #D55E00; --variant: #E69F00; --attribution: #CC79A7; --agree: #009E73; --single: #a3a3a3;
  --tint: 16%;
  --ins: #0072B2; --del: #D55E00;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #16181a; --fg: #ececec; --muted: #a8a8a8; --line: #3a3d40; --panel: #202326; --link: #56B4E9; --tint: 24%; --ins: #56B4E9; }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main, header.page { max-width: 78rem; margin: 0 auto; padding: 0 1rem; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .2rem 0 .4rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
code { font: .85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: .5rem; top: -3rem; background: var(--bg); padding: .4rem .6rem; z-index: 10; }
.skip:focus { top: .5rem; }
.kicker { margin: 1rem 0 0; color: var(--muted); font-size: .8rem; letter-spacing: .06em; text-transform: uppercase; }
.lede { margin: 0 0 .8rem; color: var(--muted); }
.muted { color: var(--muted); }

/* verdict marks: a symbol, black on the verdict's colour */
.sym { display: inline-block; min-width: 1.35em; padding: 0 .25em; border-radius: .3em; text-align: center; font-weight: 700; color: #000; background: var(--c); line-height: 1.35; }
.v-conflict { --c: var(--conflict); }
.v-variant { --c: var(--variant); }
.v-attribution { --c: var(--attribution); }
.v-agree { --c: var(--agree); }
.v-single { --c: var(--single); }

.summary { display: flex; flex-wrap: wrap; gap: .4rem .9rem; list-style: none; margin: .2rem 0 1rem; padding: 0; }
.summary li { display: flex; align-items: center; gap: .35rem; }
.summary b { font-variant-numeric: tabular-nums; }

table { border-collapse: collapse; }
.scroll { position: relative; overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid var(--line); border-radius: .4rem; }
.sources, .reuse { width: 100%; font-size: .9rem; }
.sources th, .sources td, .reuse th, .reuse td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.sources thead th, .reuse thead th { background: var(--panel); font-weight: 600; }
.reuse td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.reuse meter { width: 5rem; vertical-align: middle; margin-right: .4rem; }

/* toolbar: filters and search (shown only when the script runs) */
.toolbar { position: sticky; top: 0; z-index: 5; background: var(--bg); border-bottom: 1px solid var(--line); padding: .6rem 0; margin: 1.2rem 0 .4rem; display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; align-items: center; }
.toolbar fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem; align-items: center; }
.toolbar legend { float: left; margin-right: .3rem; font-size: .85rem; color: var(--muted); }
.toolbar button { font: inherit; font-size: .85rem; color: var(--fg); background: var(--panel); border: 1px solid var(--line); border-radius: 999px; padding: .2rem .65rem; cursor: pointer; min-height: 2rem; }
.toolbar button[aria-pressed="true"] { background: var(--fg); color: var(--bg); border-color: var(--fg); }
.toolbar button[aria-pressed="true"] .sym { outline: 2px solid var(--bg); }
.toolbar .search { display: flex; align-items: center; gap: .4rem; }
.toolbar input[type="search"] { font: inherit; font-size: .9rem; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: .3rem; padding: .3rem .5rem; width: 15rem; max-width: 60vw; min-height: 2rem; }
.status { font-size: .85rem; color: var(--muted); margin: 0; }

/* the matrix: one row per group, one column per source */
.matrix { font-size: .88rem; min-width: 100%; }
.matrix th, .matrix td { border-bottom: 1px solid var(--line); border-right: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left; }
.matrix thead th { background: var(--panel); font-weight: 600; min-width: 7rem; overflow-wrap: break-word; }
.matrix .rowh { position: sticky; left: 0; z-index: 1; background: var(--bg); width: 15rem; min-width: 15rem; max-width: 15rem; font-weight: 400; box-shadow: 1px 0 0 var(--line); }
.matrix thead .rowh { background: var(--panel); z-index: 2; }
.matrix .rowh a { font-weight: 600; text-decoration: none; overflow-wrap: anywhere; }
.matrix .rowh a:hover { text-decoration: underline; }
.matrix .rowh .meta { display: block; color: var(--muted); font-size: .78rem; margin-top: .15rem; }
.cell { background: color-mix(in srgb, var(--c) var(--tint), var(--bg)); box-shadow: inset 4px 0 0 var(--c); min-width: 8rem; max-width: 22rem; }
.cell .c { display: flex; gap: .45rem; align-items: flex-start; }
.cell .c .sym { flex: none; }
.cell .q { display: block; overflow-wrap: anywhere; }
.cell ul { list-style: none; margin: 0; padding: 0; }
.cell li + li { margin-top: .35rem; padding-top: .35rem; border-top: 1px dashed var(--line); }
.cell .val { font-weight: 600; }
.cell .words { display: block; color: var(--muted); font-size: .82rem; }
.cell .who { display: block; color: var(--muted); font-size: .78rem; }
.matrix td:empty::before { content: "–"; display: block; text-align: center; color: var(--muted); }
.empty { padding: 1rem; color: var(--muted); }

/* evidence */
.group, .matrix tr, h2 { scroll-margin-top: 7.5rem; }
.group { border: 1px solid var(--line); border-left: 6px solid var(--c); border-radius: .4rem; padding: .7rem .9rem; margin: 0 0 .8rem; break-inside: avoid; }
.group h3 { display: flex; flex-wrap: wrap; gap: .4rem; align-items: baseline; }
.group h3 .label { overflow-wrap: anywhere; }
.group .type { color: var(--muted); font-weight: 400; font-size: .85rem; }
.group .expl { margin: .1rem 0 .5rem; }
.group ol { margin: 0; padding: 0; list-style: none; }
.group li { margin: .5rem 0 0; }
.group .who { font-size: .88rem; display: flex; flex-wrap: wrap; gap: .2rem .7rem; align-items: baseline; }
.group .who .val { font-weight: 600; }
.group blockquote { margin: .2rem 0 0; padding: .35rem .7rem; background: var(--panel); border-radius: .3rem; overflow-wrap: anywhere; }
mark { background: color-mix(in srgb, var(--c) 45%, var(--bg)); color: inherit; padding: 0 .1em; border-radius: .15em; box-shadow: 0 0 0 1px var(--c); }
.diff { margin: .6rem 0 0; padding: .35rem .7rem; border: 1px dashed var(--line); border-radius: .3rem; overflow-wrap: anywhere; }
.diff del { color: var(--fg); background: color-mix(in srgb, var(--del) 22%, var(--bg)); text-decoration: line-through; text-decoration-thickness: 2px; }
.diff ins { color: var(--fg); background: color-mix(in srgb, var(--ins) 22%, var(--bg)); text-decoration: underline; text-decoration-thickness: 2px; }
.diff del::before, .diff ins::before { font-weight: 700; }
.diff del::before { content: "\\2212"; }
.diff ins::before { content: "+"; }
.back { font-size: .8rem; }
.errors li { margin: .2rem 0; }
footer { max-width: 78rem; margin: 2rem auto; padding: 0 1rem; color: var(--muted); font-size: .8rem; }

@media (max-width: 640px) {
  body { font-size: 14px; }
  h1 { font-size: 1.3rem; }
  .matrix .rowh { width: 9.5rem; min-width: 9.5rem; max-width: 9.5rem; }
  .sources th[scope="row"] { overflow-wrap: anywhere; min-width: 8rem; }
  .sources td:nth-child(2) { min-width: 13rem; }
  .matrix thead th, .cell { min-width: 7.5rem; }
  .toolbar { position: static; }
  .toolbar input[type="search"] { width: 100%; max-width: none; }
  .toolbar .search { width: 100%; }
}

@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --line: #bbb; --panel: #f3f3f3; --link: #000; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; }
  .toolbar, .skip, .back { display: none !important; }
  .scroll { overflow: visible; border: 0; }
  .matrix { font-size: 8.5pt; }
  .matrix .rowh { position: static; width: auto; min-width: 9rem; max-width: 14rem; box-shadow: none; }
  .matrix thead { display: table-header-group; }
  .matrix tr, .group, .sources tr, .reuse tr { break-inside: avoid; }
  .cell { min-width: 0; }
  a { text-decoration: none; }
  h2 { break-after: avoid; }
  .status { display: none; }
  .status.filtered { display: block; }
}
`;
