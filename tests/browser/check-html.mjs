// Opens HTML reports made by aftoets in headless Chromium and checks them:
// no console errors and no requests beyond the file itself, the radar chart
// has one axis per principle carrying the scores of `aftoets score -f json`
// (in its labels, its data and its geometry), the tables say the same,
// headings never skip a level, ids are unique, the page reflows at 200% and
// 400% zoom, and axe-core finds no violations.  Saves screenshots.
//
// usage: node check-html.mjs AFTOETS OUTDIR
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { makeBatch } from "./batch.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const top = path.resolve(here, "../..");
const [aftoets, outdir] = process.argv.slice(2).map((p) => path.resolve(p));
if (!aftoets || !outdir) {
	console.error("usage: node check-html.mjs AFTOETS OUTDIR");
	process.exit(2);
}
fs.mkdirSync(outdir, { recursive: true });

const axeSource = fs.readFileSync(
    path.join(here, "node_modules/axe-core/axe.min.js"), "utf8");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

let failures = 0;
function fail(what) {
	failures++;
	console.log(`  FAIL ${what}`);
}
function expect(cond, what) {
	if (!cond)
		fail(what);
	return cond;
}

// A report of the batch below is over the 1 MiB that spawnSync keeps by
// default, with the catalog's guidance under every point of attention.
function run(args, okCodes = [0]) {
	const r = spawnSync(aftoets, args, { cwd: top, encoding: "utf8",
	    maxBuffer: 64 * 1024 * 1024,
	    env: { ...process.env, LC_ALL: "C.UTF-8", NO_COLOR: "1" } });
	if (r.error)
		throw new Error(`aftoets ${args.join(" ")}: ${r.error.message}`);
	if (!okCodes.includes(r.status))
		throw new Error(`aftoets ${args.join(" ")}: exit ${r.status}\n` +
		    r.stderr);
	return r.stdout;
}

// A score as the report shows it: one decimal, a comma in Dutch.
function shown(v, lang) {
	if (v === null)
		return lang === "nl" ? "geen score" : "no score";
	const s = v.toFixed(1);
	return lang === "nl" ? s.replace(".", ",") : s;
}

// Text as the report writes it: what XML forbids becomes U+FFFD.
function xmlText(s) {
	return s.replace(
	    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/gu,
	    "\ufffd");
}

function near(a, b, eps = 0.06) {
	return Math.abs(a - b) <= eps;
}

const cases = [
	{ name: "single-nl", lang: "nl", files: ["docs/examples/strong.yaml"] },
	{ name: "single-en", lang: "en", files: ["docs/examples/strong.yaml"] },
	{ name: "multi-nl", lang: "nl", files: ["docs/examples/strong.yaml",
	    "docs/examples/weak.yaml", "docs/examples/small.yaml",
	    "tests/cli/data/all-nvt.yaml", "tests/cli/data/bad-answers.yaml"],
	    codes: [2] },
	{ name: "multi-en", lang: "en", files: ["docs/examples/strong.yaml",
	    "docs/examples/weak.yaml", "docs/examples/small.yaml"] },
	{ name: "failed-en", lang: "en", files: ["tests/cli/data/syntax.yaml"],
	    codes: [2] },
	// Terminal escapes, controls, formulas, HTML and Markdown in every
	// field (tests/cli/scripts/untrusted.sh): shown as text, no request.
	{ name: "hostile-en", lang: "en", codes: [0, 1], files: [1, 2, 3, 4, 5,
	    6].map((i) => `tests/cli/data-hostile/hostile-${i}.yaml`) },
	// Answers written for catalog 2022.1: notes on the replaced ids.
	{ name: "replaced-nl", lang: "nl", files: [
	    "tests/fixtures/catalog-2022.1/weak.yaml"] },
	{ name: "replaced-multi-en", lang: "en", files: [
	    "tests/fixtures/catalog-2022.1/small.yaml",
	    "docs/examples/small.yaml",
	    "tests/fixtures/catalog-2022.1/strong.yaml"] },
	{ name: "gates-nl", lang: "nl", files: ["docs/examples/strong.yaml",
	    "docs/examples/weak.yaml"], codes: [1], opts: ["--fail-under", "90",
	    "--fail-under-principle", "standaard-digitaal=10",
	    "--require-complete"] },
];

// A batch of 50 generated answers files, given as arguments.
{
	const cat = JSON.parse(run(["criteria", "-f", "json"]));
	const ids = cat.principles.flatMap((p) => p.criteria.map((c) => c.id));
	// Big: one axe run and a screenshot of the top only, to save time.
	cases.push({ name: "batch-50-en", lang: "en", big: true,
	    files: makeBatch(path.join(outdir, "batch"), 50, ids) });
}

// Everything the page can tell about itself, read in the browser.
function inspect() {
	const num = (s) => s === "" ? null : Number(s);
	const pts = (poly) => poly.getAttribute("points").trim().split(/\s+/)
	    .map((p) => p.split(",").map(Number));
	const sections = [...document.querySelectorAll("figure.radar")].map(
	    (fig) => {
		const svg = fig.querySelector("svg");
		const series = {};
		for (const g of svg.querySelectorAll("g[data-series]"))
			series[g.dataset.series] = pts(g.querySelector("polygon"));
		const labelled = (svg.getAttribute("aria-labelledby") || "")
		    .split(/\s+/).map((id) => document.getElementById(id))
		    .filter(Boolean).map((e) => e.textContent);
		const table = fig.parentElement.querySelector(
		    `#${fig.id.replace(/-radar$/, "")}-scores-caption`)
		    ?.closest("table");
		return {
			id: fig.id,
			role: svg.getAttribute("role"),
			labelled,
			axes: [...svg.querySelectorAll("g.radar-axis")].map(
			    (g) => ({
				id: g.dataset.principle,
				score: num(g.dataset.score),
				user: num(g.dataset.user),
				inclusion: num(g.dataset.inclusion),
				spoke: ["x1", "y1", "x2", "y2"].map((k) =>
				    Number(g.querySelector("line.spoke")
				    .getAttribute(k))),
				title: [...g.querySelectorAll(".axis-title")]
				    .map((t) => t.textContent).join(" "),
				value: g.querySelector(".axis-value")
				    .textContent,
			    })),
			series,
			rows: table ? [...table.querySelectorAll("tbody tr")]
			    .map((tr) => [tr.querySelector("th").textContent,
			    ...[...tr.querySelectorAll("td")].map(
			    (td) => td.textContent.trim())]) : null,
		};
	    });
	const levels = [...document.querySelectorAll("h1,h2,h3,h4,h5,h6")]
	    .map((h) => Number(h.tagName[1]));
	const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
	return {
		lang: document.documentElement.lang,
		title: document.title,
		sections,
		levels,
		ids,
		tables: [...document.querySelectorAll("table")].map((t) => ({
			caption: !!t.querySelector("caption"),
			scoped: [...t.querySelectorAll("th")].every(
			    (th) => th.hasAttribute("scope")),
		})),
		links: [...(document.getElementById("overview-caption")
		    ?.closest("table").querySelectorAll("tbody a") ?? [])]
		    .map((a) => [a.getAttribute("href"), a.textContent]),
		stats: [...(document.getElementById("stats-caption")
		    ?.closest("table").querySelectorAll("tr:has(th[scope=row])")
		    ?? [])].map((tr) => [tr.querySelector("th").textContent,
		    ...[...tr.querySelectorAll("td")].map((td) =>
		    td.textContent.trim())]),
		notScored: [...document.querySelectorAll("#not-scored + p + ul > li"
		    + " > strong")].map((e) => e.textContent),
		services: [...document.querySelectorAll("section.service")]
		    .map((s) => [s.id, s.querySelector("h2").textContent]),
	};
}

function checkAxis(sec, i, n, p, lang, where) {
	const a = sec.axes[i];
	expect(a.id === p.id, `${where}: axis ${i} is '${a.id}', ` +
	    `expected '${p.id}'`);
	expect(a.title === p.title, `${where}: axis ${i} titled '${a.title}', ` +
	    `expected '${p.title}'`);
	expect(a.score === p.score, `${where}: axis ${p.id} data-score ` +
	    `${a.score}, expected ${p.score}`);
	expect(a.user === p.user_score, `${where}: axis ${p.id} data-user ` +
	    `${a.user}, expected ${p.user_score}`);
	expect(a.inclusion === p.inclusion_score, `${where}: axis ${p.id} ` +
	    `data-inclusion ${a.inclusion}, expected ${p.inclusion_score}`);
	expect(a.value === shown(p.score, lang), `${where}: axis ${p.id} ` +
	    `shows '${a.value}', expected '${shown(p.score, lang)}'`);
	// Every spoke starts at the centre (the first spoke's start) and is
	// as long as the first; each points at its own angle, clockwise from
	// the top.  Its length stands for 100.
	const [CX, CY] = sec.axes[0].spoke;
	const R = Math.hypot(sec.axes[0].spoke[2] - CX,
	    sec.axes[0].spoke[3] - CY);
	const ang = 2 * Math.PI * i / n;
	expect(R > 50 && near(a.spoke[0], CX) && near(a.spoke[1], CY) &&
	    near(a.spoke[2], CX + R * Math.sin(ang), 0.06) &&
	    near(a.spoke[3], CY - R * Math.cos(ang), 0.06),
	    `${where}: axis ${p.id} runs ${a.spoke}, not at its angle`);
	// Each series' vertex lies on the axis at the distance of its value.
	for (const [key, want] of [["score", p.score],
	    ["user", p.user_score], ["incl", p.inclusion_score]]) {
		const [x, y] = sec.series[key][i];
		const v = want === null ? 0 : want;
		const dist = Math.hypot(x - CX, y - CY) / R * 100;
		expect(near(dist, v, 0.06), `${where}: ${key} point of ${p.id} ` +
		    `is at ${dist.toFixed(2)}, expected ${v}`);
		if (v > 1) {
			const got = Math.atan2(x - CX, CY - y);
			const d = Math.abs(((got - ang) % (2 * Math.PI) +
			    3 * Math.PI) % (2 * Math.PI) - Math.PI);
			expect(d < 0.01, `${where}: ${key} point of ${p.id} is ` +
			    `off its axis`);
		}
	}
	const row = sec.rows?.[i];
	if (expect(row, `${where}: no table row for ${p.id}`)) {
		expect(row[0] === p.title, `${where}: table row ${i} is ` +
		    `'${row[0]}'`);
		expect(row[1] === shown(p.score, lang) &&
		    row[2] === shown(p.user_score, lang) &&
		    row[3] === shown(p.inclusion_score, lang),
		    `${where}: table row ${p.id} reads ${row.slice(1, 4)}`);
	}
}

async function checkCase(ctx, c) {
	const html = path.join(outdir, `${c.name}.html`);
	const opts = c.opts || [];
	fs.writeFileSync(html, run(["score", "-f", "html", "--lang", c.lang,
	    ...opts, ...c.files], c.codes));
	// A single input that cannot be scored gives no JSON at all.
	const text = run(["score", "-f", "json", "--lang", c.lang, ...opts,
	    ...c.files], c.codes);
	const json = text.trim() === "" ? { assessments: [] } : JSON.parse(text);
	const assessments = json.assessments || [json];

	const page = await ctx.newPage();
	const errors = [], requests = [];
	page.on("console", (m) => {
		if (m.type() === "error")
			errors.push(m.text());
	});
	page.on("pageerror", (e) => errors.push(String(e)));
	page.on("request", (r) => requests.push(r.url()));
	const url = pathToFileURL(html).href;
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(url, { waitUntil: "load" });

	const info = await page.evaluate(inspect);
	expect(errors.length === 0, `console errors: ${errors.join("; ")}`);
	const other = requests.filter((u) => u !== url);
	expect(other.length === 0, `requests beyond the file: ${other}`);
	expect(info.lang === c.lang, `lang is '${info.lang}'`);
	expect(info.levels[0] === 1 && info.levels.filter((l) => l === 1)
	    .length === 1, "one h1, first");
	for (let i = 1; i < info.levels.length; i++)
		expect(info.levels[i] <= info.levels[i - 1] + 1,
		    `heading h${info.levels[i]} follows h${info.levels[i - 1]}`);
	const dup = info.ids.filter((id, i) => info.ids.indexOf(id) !== i);
	expect(dup.length === 0, `duplicate ids: ${[...new Set(dup)]}`);
	for (const t of info.tables)
		expect(t.caption && t.scoped, "a table without caption or " +
		    "without scope on its header cells");

	if (assessments.length > 1 || c.files.length > 1) {
		// A name that repeats comes with its file, so that headings
		// (and the landmarks they name) differ.
		const count = (n) => assessments.filter((a) =>
		    a.service.name === n).length;
		const want = assessments.map((a, k) => [`#svc-${k + 1}`,
		    xmlText(count(a.service.name) > 1 ?
		    `${a.service.name} (${a.file})` : a.service.name)]);
		expect(JSON.stringify(info.links) === JSON.stringify(want),
		    `${c.name}: overview links ${JSON.stringify(info.links)}`);
		expect(JSON.stringify(info.services) === JSON.stringify(
		    want.map(([h, n]) => [h.slice(1), n])),
		    `${c.name}: sections ${JSON.stringify(info.services)}`);
	}
	// Inputs that could not be scored are listed by name.
	const bad = c.files.filter((f) => f.startsWith("tests/cli/data/bad") ||
	    f.startsWith("tests/cli/data/syntax"));
	expect(JSON.stringify(info.notScored) === JSON.stringify(bad),
	    `${c.name}: not scored ${JSON.stringify(info.notScored)}`);
	if (json.summary) {
		// The portfolio statistics, principle by principle, then overall.
		const want = [...json.summary.principles, { ...json.summary.overall,
		    title: c.lang === "nl" ? "Totaal" : "Overall" }];
		expect(info.stats.length === want.length, `${c.name}: ` +
		    `${info.stats.length} rows of statistics`);
		want.forEach((p, i) => {
			const row = info.stats[i] || [];
			expect(row[0] === p.title && row[1] === shown(p.mean, c.lang) &&
			    row[2] === shown(p.median, c.lang) &&
			    row[3] === shown(p.min, c.lang), `${c.name}: statistics ` +
			    `${JSON.stringify(row)}, JSON says ${p.title} ${p.mean} ` +
			    `${p.median} ${p.min}`);
		});
	}
	// The page of a batch stays light: no radar per service.
	const charts = assessments.length > 1 || c.files.length > 1 ? 0 :
	    assessments.length;
	expect(info.sections.length === charts,
	    `${info.sections.length} charts for ${assessments.length} ` +
	    "assessments");
	assessments.forEach((a, k) => {
		const sec = info.sections[k];
		const where = `${c.name} ${a.file}`;
		if (!sec)
			return;
		expect(sec.role === "img", `${where}: chart role '${sec.role}'`);
		expect(sec.labelled.length === 2 &&
		    sec.labelled[1].includes(a.principles[0].title),
		    `${where}: chart not labelled by its title and description`);
		if (!expect(sec.axes.length === a.principles.length &&
		    sec.axes.length === 5, `${where}: ${sec.axes.length} axes`))
			return;
		a.principles.forEach((p, i) => checkAxis(sec, i, 5, p, c.lang,
		    where));
	});

	{
		// Every gate of every assessment is listed with its verdict.
		const src = fs.readFileSync(html, "utf8");
		const n = (re) => (src.match(re) || []).length;
		const gates = assessments.flatMap((a) => a.gates || []);
		const passed = gates.filter((g) => g.passed).length;
		expect(n(/<li><span class="band tone-good">/g) === passed &&
		    n(/<li><span class="band tone-low">/g) ===
		    gates.length - passed && n(/id="svc-\d+-gates"/g) ===
		    assessments.filter((a) => (a.gates || []).length > 0).length,
		    `${c.name}: gates listed do not match the JSON's ` +
		    `${gates.length}`);
		if (c.opts)
			expect(gates.length > 0, `${c.name}: no gates in the JSON`);
	}
	{
		// Every answer under a replaced id has its note, in order.
		const notes = await page.evaluate(() => [...document
		    .querySelectorAll("ul[aria-labelledby$='-notes'] li")]
		    .map((li) => li.textContent));
		const want = assessments.flatMap((a) => (a.replaced || [])
		    .map((v) => `${c.lang === "nl" ? "regel" : "line"} ` +
		    `${v.line}: ${v.note}`));
		expect(JSON.stringify(notes) === JSON.stringify(want),
		    `${c.name}: notes ${JSON.stringify(notes.slice(0, 2))}, ` +
		    `the JSON has ${want.length}`);
		if (c.name.startsWith("replaced"))
			expect(want.length > 0, `${c.name}: no notes in the JSON`);
	}

	const axe = async (label) => {
		// Evaluated, not added as a script: the page's policy allows
		// no script but its own.
		await page.evaluate(axeSource);
		const res = await page.evaluate(async () =>
		    await window.axe.run(document, { resultTypes:
		    ["violations"] }));
		for (const v of res.violations)
			fail(`${c.name} ${label}: axe ${v.id}: ${v.help} (` +
			    v.nodes.slice(0, 3).map((n) => n.target.join(" "))
			    .join(", ") + ")");
		return res.violations.length;
	};
	const nv = await axe("1280px");
	// A tall page on a busy machine takes its time.
	await page.screenshot({ path: path.join(outdir, `${c.name}.png`),
	    fullPage: !c.big, timeout: 120000 });

	// A phone, and 200% and 400% zoom: the same page in half and a
	// quarter the width.
	for (const width of [375, 640, 320]) {
		await page.setViewportSize({ width, height: 800 });
		const over = await page.evaluate(() =>
		    document.documentElement.scrollWidth -
		    document.documentElement.clientWidth);
		expect(over <= 0, `${c.name}: ${over}px of sideways scrolling ` +
		    `at ${width}px wide`);
	}
	await page.screenshot({ path: path.join(outdir,
	    `${c.name}-zoom400.png`) });
	await page.setViewportSize({ width: 640, height: 800 });
	if (!c.big)
		await axe("640px");

	// Print: the back links go, and a PDF comes out.
	await page.emulateMedia({ media: "print" });
	const back = await page.evaluate(() => [...document.querySelectorAll(
	    ".back")].every((e) => getComputedStyle(e).display === "none"));
	expect(back, `${c.name}: back links still shown in print`);
	if (!c.big) {
		const pdf = await page.pdf({ format: "A4" });
		expect(pdf.length > 10000, `${c.name}: PDF of ${pdf.length} ` +
		    "bytes");
	}
	await page.close();
	console.log(`  ${c.name}: ${assessments.length} assessment(s), ` +
	    `${info.sections.length * 5} axes checked, axe: ${nv} violations`);
}

// The site form: an index and a page per service.  Opens the index and
// two pages at 1280 and 375 px: no request leaves the page, no console
// error (a script the policy refused would log one), nothing scrolls
// sideways, axe finds nothing; then sorts and filters the services
// table through its own controls.
async function checkSite(ctx, files) {
	const dir = path.join(outdir, "site");
	fs.rmSync(dir, { recursive: true, force: true });
	run(["score", "-q", "-f", "html", "--lang", "en", "-o", dir + "/",
	    ...files]);
	const json = JSON.parse(run(["score", "-f", "json", "--lang", "en",
	    ...files]));
	const pages = fs.readFileSync(path.join(dir, ".aftoets-site"), "utf8")
	    .trim().split("\n").slice(1);
	expect(pages.length === files.length + 2, `site: ${pages.length} ` +
	    `files for ${files.length} services`);
	const open = ["index.html", pages[0], pages[files.length - 1]];
	const page = await ctx.newPage();
	const errors = [], requests = [];
	page.on("console", (m) => {
		if (m.type() === "error")
			errors.push(m.text());
	});
	page.on("pageerror", (e) => errors.push(String(e)));
	page.on("request", (r) => requests.push(r.url()));
	for (const name of open) {
		const url = pathToFileURL(path.join(dir, name)).href;
		for (const width of [1280, 375]) {
			requests.length = 0;
			await page.setViewportSize({ width, height: 900 });
			await page.goto(url, { waitUntil: "load" });
			const other = requests.filter((u) => u !== url);
			expect(other.length === 0, `site ${name}: requests ` +
			    `beyond the file: ${other}`);
			const over = await page.evaluate(() =>
			    document.documentElement.scrollWidth -
			    document.documentElement.clientWidth);
			expect(over <= 0, `site ${name}: ${over}px of sideways ` +
			    `scrolling at ${width}px`);
			await page.evaluate(axeSource);
			const res = await page.evaluate(async () =>
			    await window.axe.run(document, { resultTypes:
			    ["violations"] }));
			for (const v of res.violations)
				fail(`site ${name} ${width}px: axe ${v.id}: ` +
				    `${v.help} (` + v.nodes.slice(0, 3).map((n) =>
				    n.target.join(" ")).join(", ") + ")");
			await page.screenshot({ path: path.join(outdir,
			    `site-${name.replace(/\.html$/, "")}-${width}.png`) });
		}
	}
	expect(errors.length === 0, `site: console errors: ${errors.join("; ")}`);

	// Each row links to the page of its service, in input order.
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(pathToFileURL(path.join(dir, "index.html")).href,
	    { waitUntil: "load" });
	const hrefs = await page.evaluate(() => [...document.querySelectorAll(
	    "#services tbody th a")].map((a) => a.getAttribute("href")));
	expect(JSON.stringify(hrefs) === JSON.stringify(pages.slice(0,
	    files.length)), `site: the index links ${hrefs.slice(0, 3)}...`);

	// Sorting: the overall column, by its button, up and then down.
	const overall = async () => await page.evaluate(() => [...document
	    .querySelectorAll("#services tbody tr")].map((tr) =>
	    Number(tr.cells[2].dataset.v)));
	const want = json.assessments.map((a) => a.overall.score ?? -1);
	expect(JSON.stringify(await overall()) === JSON.stringify(want),
	    "site: the overall column does not match the JSON");
	const button = page.getByRole("button", { name: "Overall" });
	await button.click();
	const up = await overall();
	expect(JSON.stringify(up) === JSON.stringify([...want].sort((a, b) =>
	    a - b)), "site: sorting up did not order the overall scores");
	expect(await page.evaluate(() => document.querySelector(
	    "#services thead th:nth-child(3)").getAttribute("aria-sort")) ===
	    "ascending", "site: the sorted column is not marked");
	await button.click();
	expect(JSON.stringify(await overall()) === JSON.stringify([...up]
	    .reverse()) || (await overall())[0] === Math.max(...want),
	    "site: sorting down did not reverse the order");

	// Filtering: by band, significance and name, through the controls.
	const shown = async () => await page.evaluate(() => [...document
	    .querySelectorAll("#services tbody tr")].filter((tr) =>
	    !tr.hidden).length);
	const bands = json.assessments.map((a) => a.overall.band);
	const first = bands[0];
	const cat = JSON.parse(run(["criteria", "-f", "json"]));
	const idx = cat.bands.findIndex((b) => b.id === first);
	const label = idx < 0 ? undefined : String(idx);
	if (expect(label !== undefined, `site: no band option for ${first}`)) {
		await page.selectOption("#f-band", label);
		expect(await shown() === bands.filter((b) => b === first).length,
		    `site: the band filter shows ${await shown()}`);
		await page.selectOption("#f-band", "");
	}
	await page.selectOption("#f-sig", "y");
	expect(await shown() === json.assessments.filter((a) =>
	    a.significance.significant === true).length,
	    `site: the significance filter shows ${await shown()}`);
	await page.selectOption("#f-sig", "");
	const name = json.assessments[0].service.name;
	await page.fill("#f-name", name);
	expect(await shown() === json.assessments.filter((a) =>
	    a.service.name.toLowerCase().includes(name.toLowerCase())).length,
	    `site: the name filter shows ${await shown()}`);
	const status = await page.textContent("#shown");
	expect(status.startsWith(`${await shown()} of ${files.length}`),
	    `site: the status says '${status}'`);
	await page.fill("#f-name", "");
	expect(await shown() === files.length, "site: clearing the filter " +
	    "does not show every service");
	await page.close();
	console.log(`  site: ${files.length} services, ${open.length} pages ` +
	    "checked, sorting and filters work");
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), "aftoets-chromium-"));
let ctx;
try {
	ctx = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		args: ["--headless", "--no-sandbox", "--disable-gpu",
		    "--disable-quic", "--no-first-run",
		    "--disable-background-networking",
		    "--disable-component-update", "--disable-sync"],
	});
	for (const c of cases)
		await checkCase(ctx, c);
	// The first page of the site has notes on replaced ids.
	await checkSite(ctx, ["tests/fixtures/catalog-2022.1/weak.yaml",
	    ...cases.find((c) => c.name === "batch-50-en").files]);
} finally {
	if (ctx)
		await ctx.close();
	fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`browser: ${failures === 0 ? "passed" : `${failures} failed`}`);
process.exit(failures === 0 ? 0 : 1);
