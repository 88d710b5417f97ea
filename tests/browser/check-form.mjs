// Opens the form of `aftoets form` in headless Chromium and checks it:
// generated answer sets filled in through the page's controls give live
// scores equal to `aftoets score -f json` of the saved file, which equals
// the same answers written by hand; the saved file validates; a reload
// restores the draft; --from then saving unchanged gives no difference in
// `aftoets compare` and keeps unknown keys and obsolete answers; a hostile
// --from file runs no script and injects no element; the page makes no
// request; axe-core finds no violation at 1280 px and 375 px; nothing
// scrolls sideways at 375 px; the money strings of tests/unit/test_money.c
// get the same verdicts in the page; the catalog's notice is shown near
// the top, as text, and not for a catalog without one.
//
// usage: node check-form.mjs AFTOETS OUTDIR
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const top = path.resolve(here, "../..");
const [aftoets, outdir] = process.argv.slice(2).map((p) => path.resolve(p));
if (!aftoets || !outdir) {
	console.error("usage: node check-form.mjs AFTOETS OUTDIR");
	process.exit(2);
}
fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });
const axeSource = fs.readFileSync(
    path.join(here, "node_modules/axe-core/axe.min.js"), "utf8");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const NSETS = Number(process.env.FORM_SETS || 50);
const started = Date.now();

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

function run(args) {
	const r = spawnSync(aftoets, args, { cwd: top, encoding: "utf8",
	    env: { ...process.env, LC_ALL: "C.UTF-8", NO_COLOR: "1",
	    AFTOETS_LANG: "en" } });
	if (r.error)
		throw new Error(`aftoets ${args.join(" ")}: ${r.error.message}`);
	return r;
}

function form(name, args) {
	const file = path.join(outdir, name);
	const r = run(["form", "-o", file, ...args]);
	if (r.status !== 0)
		throw new Error(`aftoets form ${args.join(" ")}: ${r.stderr}`);
	return file;
}

// A deterministic generator (mulberry32), so a failure can be replayed.
function rng(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const catalog = JSON.parse(run(["criteria", "-f", "json"]).stdout);
const levelIds = catalog.scale.levels.map((l) => l.id);
const nvt = catalog.scale.not_applicable;
const criteria = catalog.principles.flatMap((p) => p.criteria.map((c) => c.id));

// Texts that YAML and HTML both have opinions about.
const texts = ["Plain text.", "yes", "no", "~", "null", "- a list?",
    "key: value # not a comment", "'single' and \"double\" quotes",
    "line one\nline two\n", "  leading spaces", "tab\there", "€ 750.000",
    "</script><b>bold</b>", "a & b < c > d", "\u202eevil bidi",
    "emoji \u{1f600} and caf\u00e9", "[x](javascript:alert(1))", "#hash",
    "@at `back` |pipe >fold", "123", "1.5e3", "true", "*alias &anchor !tag",
    "{flow: map}", "%percent"];
const budgets = ["", "750000", "500000", "500001", "\u20ac 750.000",
    "1.250.000,50", "1,250,000.50 EUR", "500.000 \u20ac", "1.250", "1,25",
    "0", "499999.99", "500000,01"];
const userCounts = ["", "120000", "100000", "100001", "0", "120.000",
    "1 000 000", "99999"];

function answerSet(k) {
	const r = rng(1000 + k), pick = (a) => a[Math.floor(r() * a.length)];
	const set = { service: {
		name: k % 7 === 0 ? pick(texts).trim() || "Name" :
		    `Dienst ${k} ${pick(["Loket", "Portaal", "Kaart"])}`,
		organisation: r() < 0.5 ? pick(texts) : "",
		contact: r() < 0.3 ? "team@example.org" : "",
		type: pick(["", "nieuw", "herwerking"]),
		budget_eur: pick(budgets),
		users: pick(userCounts),
		assessed_on: r() < 0.5 ? "2026-11-28" : "",
		assessor: r() < 0.3 ? pick(texts) : "",
	}, answers: {} };
	const pLevel = r();
	for (const id of criteria) {
		const x = r();
		const level = x < pLevel * 0.3 ? null : x > 0.93 ? nvt :
		    pick(levelIds);
		set.answers[id] = [level,
		    level === nvt || r() < 0.25 ? pick(texts) : "",
		    r() < 0.15 ? pick(texts) : ""];
	}
	return set;
}

// The same answers as a person would write them: JSON strings are YAML.
function byHand(set) {
	const q = (s) => JSON.stringify(s);
	let y = "service:\n";
	for (const [f, v] of Object.entries(set.service)) {
		if (v.trim() === "")
			continue;
		y += `  ${f}: ${q(v.trim())}\n`;
	}
	y += "answers:\n";
	for (const [id, [l, m, a]] of Object.entries(set.answers)) {
		y += `  ${id}:\n    level: ${l === null ? "" : l}\n`;
		if (m !== "")
			y += `    motivation: ${q(m)}\n`;
		if (a !== "")
			y += `    actions: ${q(a)}\n`;
	}
	return y;
}

// A budget written by hand in quotes is a money string; digits alone the
// form writes plain: both read the same, which the comparison checks.

async function fillReal(page, set) {
	for (const [f, v] of Object.entries(set.service)) {
		const sel = `[name="service.${f}"]`;
		if (f === "type")
			await page.selectOption(sel, v);
		else
			await page.fill(sel, v);
	}
	for (const [id, [l, m, a]] of Object.entries(set.answers)) {
		await page.check(`input[name="answers.${id}.level"]` +
		    `[value="${l === null ? "" : l}"]`);
		if (m !== "")
			await page.fill(`[name="answers.${id}.motivation"]`, m);
		if (a !== "")
			await page.fill(`[name="answers.${id}.actions"]`, a);
	}
}

// The same through the controls in one go: each value set on its control
// and announced with the events a person's typing or click gives.
async function fillFast(page, set) {
	await page.evaluate((s) => {
		// Typing gives input events; a click on a radio or a choice in
		// a list, change events.
		const fire = (e) => e.dispatchEvent(new Event(e.type === "radio" ||
		    e.tagName === "SELECT" ? "change" : "input",
		    { bubbles: true }));
		// Only what changes, as a person would touch only those.
		for (const [f, v] of Object.entries(s.service)) {
			const e = document.querySelector(`[name="service.${f}"]`);
			if (e.value !== v) {
				e.value = v;
				fire(e);
			}
		}
		for (const [id, [l, m, a]] of Object.entries(s.answers)) {
			const r = document.querySelector(
			    `input[name="answers.${id}.level"][value="${l ?? ""}"]`);
			if (!r.checked) {
				r.checked = true;
				fire(r);
			}
			for (const [k, v] of [["motivation", m], ["actions", a]]) {
				const e = document.querySelector(
				    `[name="answers.${id}.${k}"]`);
				if (e.value !== v) {
					e.value = v;
					fire(e);
				}
			}
		}
	}, set);
}

async function live(page) {
	return page.evaluate(() => {
		const v = (e) => e.getAttribute("data-value");
		const out = { overall: v(document.querySelector(
		    '[data-score-of="overall"]')), principles: {},
		    significance: document.querySelector("[data-significance]")
		    .getAttribute("data-significance") };
		for (const e of document.querySelectorAll("[data-score-of]")) {
			const id = e.getAttribute("data-score-of");
			if (id === "overall")
				continue;
			out.principles[id] = { score: v(e),
			    user: v(document.querySelector(
			    `[data-user-score-of="${id}"]`)),
			    inclusion: v(document.querySelector(
			    `[data-inclusion-score-of="${id}"]`)) };
		}
		return out;
	});
}

const num = (s) => s === "" ? null : Number(s);
const tri = (b) => b === true ? "yes" : b === false ? "no" : "unknown";

function scored(file) {
	const r = run(["score", "-f", "json", file]);
	if (!expect(r.status === 0 || r.status === 1,
	    `score ${file}: exit ${r.status}: ${r.stderr}`))
		return null;
	return JSON.parse(r.stdout);
}

// What two score documents must agree on.
function essence(j) {
	return JSON.stringify({ overall: j.overall,
	    significance: j.significance.significant,
	    completeness: j.completeness, principles: j.principles.map((p) =>
	    [p.id, p.score, p.user_score, p.inclusion_score, p.band,
	    p.criteria.map((c) => [c.id, c.status, c.level])]) });
}

function compareLive(label, l, j) {
	expect(num(l.overall) === j.overall.score,
	    `${label}: live overall ${l.overall}, score says ${j.overall.score}`);
	expect(l.significance === tri(j.significance.significant),
	    `${label}: live significance ${l.significance}, score says ` +
	    `${j.significance.significant}`);
	for (const p of j.principles) {
		const x = l.principles[p.id];
		expect(x && num(x.score) === p.score && num(x.user) ===
		    p.user_score && num(x.inclusion) === p.inclusion_score,
		    `${label}: ${p.id} live ${JSON.stringify(x)}, score says ` +
		    `${p.score}/${p.user_score}/${p.inclusion_score}`);
	}
}

async function save(page) {
	const [dl] = await Promise.all([page.waitForEvent("download"),
	    page.click('[data-action="save"]')]);
	const file = path.join(outdir, `saved-${dl.suggestedFilename()}`);
	await dl.saveAs(file);
	return { file, name: dl.suggestedFilename() };
}

async function open(ctx, file, watch) {
	const page = await ctx.newPage();
	const url = pathToFileURL(file).href;
	page.on("request", (r) => {
		const u = r.url();
		if (u !== url && !u.startsWith("blob:"))
			watch.requests.push(u);
	});
	page.on("console", (m) => {
		if (m.type() === "error")
			watch.errors.push(m.text());
	});
	page.on("pageerror", (e) => watch.errors.push(String(e)));
	page.on("dialog", async (d) => {
		watch.dialogs.push(d.message());
		await d.dismiss();
	});
	await page.goto(url);
	return page;
}

function watcher() {
	return { requests: [], errors: [], dialogs: [] };
}

function checkWatch(label, w) {
	expect(w.requests.length === 0, `${label}: requests ${w.requests}`);
	expect(w.errors.length === 0, `${label}: errors ${w.errors}`);
	expect(w.dialogs.length === 0, `${label}: dialogs ${w.dialogs}`);
}

async function axe(page, label) {
	await page.evaluate(axeSource);
	const res = await page.evaluate(async () => await window.axe.run(
	    document, { resultTypes: ["violations"] }));
	for (const v of res.violations)
		fail(`${label}: axe ${v.id}: ${v.help} (` + v.nodes.slice(0, 3)
		    .map((n) => n.target.join(" ")).join(", ") + ")");
	return res.violations.length;
}

async function sideways(page, width) {
	await page.setViewportSize({ width, height: 800 });
	return page.evaluate(() => document.documentElement.scrollWidth -
	    document.documentElement.clientWidth);
}

// The generated sets: the first typed and clicked one control at a
// time, the rest set on the controls in one go.
async function checkSets(ctx) {
	const file = form("form-nl.html", ["--lang", "nl"]);
	const size = fs.statSync(file).size;
	expect(size < 250 * 1024, `form of ${size} bytes, over 250 KB`);
	const w = watcher();
	const page = await open(ctx, file, w);
	let compared = 0;
	const t0 = Date.now();
	for (let k = 0; k < NSETS; k++) {
		const set = answerSet(k);
		await page.click('[data-action="clear-draft"]');
		if (k < 1)
			await fillReal(page, set);
		else
			await fillFast(page, set);
		const l = await live(page);
		if (k === 1) {
			// A reload restores the draft: the same values and scores.
			const before = await page.evaluate(() =>
			    window.aftoetsForm.yaml());
			await page.reload();
			const after = await page.evaluate(() =>
			    window.aftoetsForm.yaml());
			expect(before === after, "reload: the draft is not restored");
			const notice = await page.textContent(".notice");
			expect(/concept/i.test(notice), `reload: notice '${notice}'`);
			expect(JSON.stringify(await live(page)) === JSON.stringify(l),
			    "reload: live scores changed");
		}
		const { file: saved, name } = await save(page);
		expect(/^[a-z0-9][a-z0-9._-]*\.yaml$/.test(name),
		    `set ${k}: file name '${name}'`);
		const v = run(["validate", saved]);
		expect(v.status === 0, `set ${k}: saved file does not validate: ` +
		    v.stderr);
		const j = scored(saved);
		const handFile = path.join(outdir, `hand-${k}.yaml`);
		fs.writeFileSync(handFile, byHand(set));
		const h = scored(handFile);
		if (!j || !h)
			continue;
		compareLive(`set ${k}`, l, j);
		expect(essence(j) === essence(h), `set ${k}: the saved file ` +
		    "and the same answers by hand score differently");
		compared++;
		fs.rmSync(saved);
	}
	checkWatch("sets", w);
	await page.close();
	console.log(`  sets: ${compared} answer sets filled, saved and scored ` +
	    `(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

// A file with what the form does not edit: it must come back unchanged.
const keepYaml = `# a comment, which is not kept
aftoets: 1
catalog: vlaanderen-2022
service:
  name: Omgevingsloket   # trailing comment
  organisation: "Departement \\"Omgeving\\""
  type: Rework
  budget_eur: "\u20ac 750.000"
  users: "120.000"
  assessed_on: 2026-11-28
  colour: blue
answers:
  sd-g1: ja
  SD-G2: 3
  SD-I1:
    level: gedeeltelijk
    motivation: |
      Counter help exists in 12 of 20 offices.
      The others follow.
    actions: Roll out in 2027.
    owner: Team A
  BT-I2:
    level: N.V.T.
    motivation: No login at all.
  GC-G1:
extra:
  - one
  - {two: 2, three: [3, "3"]}
  - ""
obsolete:
  OLD-1:
    level: volledig
    motivation: Kept from an older catalog.
  OLD-2: nee
`;

function template(file) {
	// init --from writes back every value the file holds, in order.
	// Its comments name the file; the values are the other lines.
	const r = run(["init", "--from", file]);
	return r.stdout.split("\n").filter((l) => !/^\s*#/.test(l)).join("\n");
}

async function checkFrom(ctx) {
	const orig = path.join(outdir, "keep.yaml");
	fs.writeFileSync(orig, keepYaml);
	const file = form("form-from.html", ["--from", orig, "--lang", "en"]);
	const w = watcher();
	const page = await open(ctx, file, w);
	expect(await page.inputValue('[name="service.budget_eur"]') ===
	    "\u20ac 750.000", "--from: budget not shown as written");
	expect(await page.isChecked(
	    'input[name="answers.SD-G1.level"][value="volledig"]'),
	    "--from: SD-G1 'ja' not shown as volledig");
	expect(await page.inputValue('[name="answers.SD-I1.motivation"]') ===
	    "Counter help exists in 12 of 20 offices.\nThe others follow.\n",
	    "--from: motivation not as written");
	const j0 = scored(orig);
	compareLive("--from", await live(page), j0);
	const { file: saved } = await save(page);
	const c = run(["compare", "-f", "json", orig, saved]);
	const cj = c.status === 0 ? JSON.parse(c.stdout) : null;
	expect(cj && cj.summary.unchanged === criteria.length &&
	    cj.overall.delta === 0 && !cj.regression,
	    `--from: compare finds a difference (exit ${c.status}): ` +
	    (cj ? JSON.stringify(cj.summary) : c.stderr));
	const t0 = template(orig), t1 = template(saved);
	expect(t0 === t1, "--from: saved unchanged, but init --from of the " +
	    "two differs");
	const text = fs.readFileSync(saved, "utf8");
	for (const want of ["colour: blue", "extra:", "obsolete:", "OLD-1:",
	    "Kept from an older catalog.", "owner:", "sd-g1: ja"])
		expect(text.includes(want), `--from: '${want}' not kept`);
	const warn = (f) => run(["validate", f]).stderr.split("\n")
	    .map((s) => s.replace(/^[^:]*:\d+:\d+: /, "")).sort().join("\n");
	expect(warn(orig) === warn(saved), "--from: the warnings differ:\n" +
	    warn(orig) + "\n---\n" + warn(saved));

	// One answer changed: that change, and everything else kept.
	await page.check('input[name="answers.SD-G1.level"][value="niet"]');
	await page.fill('[name="answers.SD-G1.motivation"]', "Not yet.");
	const { file: saved2 } = await save(page);
	const c2 = JSON.parse(run(["compare", "-f", "json", orig, saved2])
	    .stdout || "{}");
	expect(c2.summary && c2.summary.unchanged === criteria.length - 1,
	    "--from: one change, compare says " + JSON.stringify(c2.summary));
	const text2 = fs.readFileSync(saved2, "utf8");
	expect(text2.includes("obsolete:") && text2.includes("colour: blue"),
	    "--from: an edit lost what the form does not edit");
	compareLive("--from edited", await live(page), scored(saved2));
	checkWatch("--from", w);
	await page.close();
	console.log("  --from: saved unchanged gives no difference; " +
	    "unknown keys and obsolete answers kept");
}

const hostileYaml = `service:
  name: "</script><script>window.pwned=1</script>\u202eevil"
  organisation: "<img src=x onerror=window.pwned=2>"
  contact: "javascript:window.pwned=3"
answers:
  SD-G1:
    level: ja
    motivation: "</textarea><img src=x onerror=window.pwned=4> [a](javascript:window.pwned=5) \u2028 \u2029 <!-- &amp;"
    actions: "<a href=\\"javascript:window.pwned=6\\">click</a>"
`;

async function checkHostile(ctx) {
	const orig = path.join(outdir, "hostile.yaml");
	fs.writeFileSync(orig, hostileYaml);
	const file = form("form-hostile.html", ["--from", orig]);
	const w = watcher();
	const page = await open(ctx, file, w);
	const r = await page.evaluate(() => ({
		pwned: window.pwned,
		img: document.querySelectorAll("img").length,
		scripts: document.querySelectorAll("script").length,
		js: document.querySelectorAll('[href^="javascript"]').length,
		b: document.querySelectorAll("b, a:not([href^='#'])").length,
		name: document.querySelector('[name="service.name"]').value,
		mot: document.querySelector('[name="answers.SD-G1.motivation"]')
		    .value,
	}));
	expect(r.pwned === undefined, `hostile: script ran (${r.pwned})`);
	expect(r.img === 0 && r.js === 0 && r.b === 0,
	    `hostile: elements injected: ${JSON.stringify(r)}`);
	expect(r.scripts === 2, `hostile: ${r.scripts} script elements`);
	expect(r.name === "</script><script>window.pwned=1</script>\u202eevil",
	    `hostile: name shown as '${r.name}'`);
	expect(r.mot.startsWith("</textarea><img src=x"),
	    `hostile: motivation shown as '${r.mot}'`);
	const { file: saved } = await save(page);
	const c = run(["compare", "-f", "json", orig, saved]);
	expect(c.status === 0 && JSON.parse(c.stdout).summary.unchanged ===
	    criteria.length, "hostile: saved unchanged differs");
	expect(template(orig) === template(saved),
	    "hostile: saved unchanged, but init --from of the two differs");
	checkWatch("hostile", w);
	await page.close();
	console.log("  hostile: no script ran, no element injected");
}

// The money strings of the C unit tests, read from their source.
function cString(lit) {
	const bytes = [];
	for (const part of lit.match(/"((?:[^"\\]|\\.)*)"/g)) {
		const s = part.slice(1, -1);
		for (let i = 0; i < s.length; i++) {
			if (s[i] === "\\" && s[i + 1] === "x") {
				bytes.push(parseInt(s.substr(i + 2, 2), 16));
				i += 3;
			} else if (s[i] === "\\") {
				bytes.push(s.charCodeAt(++i));
			} else
				bytes.push(...Buffer.from(s[i]));
		}
	}
	return Buffer.from(bytes).toString("utf8");
}

function moneyCases() {
	const src = fs.readFileSync(path.join(top, "tests/unit/test_money.c"),
	    "utf8");
	const ok = [], bad = [];
	const okRe = /^\s*\{ ((?:"(?:[^"\\]|\\.)*"\s*)+),\s*(\d+) \},/gm;
	for (const m of src.matchAll(okRe))
		ok.push([cString(m[1]), BigInt(m[2])]);
	const badBody = src.match(/test_money_rejected[\s\S]*?bad\[\] = \{([\s\S]*?)\};/)[1];
	for (const m of badBody.matchAll(/^\s*((?:"(?:[^"\\]|\\.)*"\s*)+),/gm))
		bad.push(cString(m[1]));
	return { ok, bad };
}

async function checkMoney(ctx) {
	const { ok, bad } = moneyCases();
	expect(ok.length >= 30 && bad.length >= 30,
	    `money: only ${ok.length} good and ${bad.length} bad cases read`);
	const file = form("form-money.html", ["--lang", "nl"]);
	const w = watcher();
	const page = await open(ctx, file, w);
	const got = await page.evaluate(([o, b]) => ({
		ok: o.map((s) => window.aftoetsForm.money(s)),
		bad: b.map((s) => window.aftoetsForm.money(s)),
	}), [ok.map((c) => c[0]), bad]);
	ok.forEach(([s, cents], i) => {
		const v = got.ok[i];
		expect(v !== null && BigInt(v) === cents,
		    `money: '${s}' gives ${v}, the C tests ${cents} cents`);
	});
	bad.forEach((s, i) => expect(got.bad[i] === null,
	    `money: '${s}' taken as ${got.bad[i]}, the C tests refuse it`));
	// Through the control: the verdict and the message.
	await page.fill('[name="service.users"]', "0");
	for (const [s, want] of [["\u20ac 750.000", "yes"], ["500.000", "no"],
	    ["500000", "no"], ["500000,01", "yes"], ["1.25.0", "unknown"],
	    ["-5", "unknown"], ["", "unknown"]]) {
		await page.fill('[name="service.budget_eur"]', s);
		const sig = await page.getAttribute("[data-significance]",
		    "data-significance");
		const msg = await page.textContent("#f-budget_eur-msg");
		expect(sig === want, `money: budget '${s}' gives ${sig}, not ${want}`);
		expect((want === "unknown" && s !== "") === (msg !== ""),
		    `money: budget '${s}' message '${msg}'`);
	}
	checkWatch("money", w);
	await page.close();
	console.log(`  money: ${ok.length} accepted and ${bad.length} refused ` +
	    "strings as in the C tests");
}

async function checkLayout(ctx) {
	const file = form("form-en.html", ["--lang", "en"]);
	const w = watcher();
	const page = await open(ctx, file, w);
	await page.setViewportSize({ width: 1280, height: 900 });
	expect(await page.$("[data-catalog-notice]") !== null,
	    "layout: the page axe checks has no catalog notice");
	let nv = await axe(page, "1280px");
	await page.screenshot({ path: path.join(outdir, "form-1280.png") });
	for (const width of [640, 375]) {
		const over = await sideways(page, width);
		expect(over <= 0, `layout: ${over}px sideways at ${width}px`);
	}
	nv += await axe(page, "375px");
	// The keyboard alone: tab reaches the first control, with a focus
	// ring, and space picks a level.
	await page.keyboard.press("Tab");
	const f = await page.evaluate(() => {
		const e = document.activeElement;
		return { tag: e.tagName, outline: getComputedStyle(e).outlineStyle };
	});
	expect(f.tag === "BUTTON" && f.outline !== "none",
	    `keyboard: first Tab reaches ${f.tag} with outline ${f.outline}`);
	await page.focus('input[name="answers.SD-G1.level"][value="niet"]');
	await page.keyboard.press("ArrowRight");
	expect(await page.isChecked(
	    'input[name="answers.SD-G1.level"][value="beperkt"]'),
	    "keyboard: arrow keys do not move through the levels");
	await page.emulateMedia({ media: "print" });
	const pr = await page.evaluate(() => ({
		tb: getComputedStyle(document.querySelector(".toolbar")).display,
		po: getComputedStyle(document.querySelector(".print-only"))
		    .display,
	}));
	expect(pr.tb === "none" && pr.po === "block",
	    `print: toolbar ${pr.tb}, answers ${pr.po}`);
	checkWatch("layout", w);
	await page.close();
	console.log(`  layout: axe ${nv} violations at 1280 and 375 px`);
}

// The catalog's notice: near the top, in the page's language, as text;
// none for a catalog without one.
async function showNotice(ctx, file) {
	const w = watcher();
	const page = await open(ctx, file, w);
	await page.setViewportSize({ width: 1280, height: 900 });
	const r = await page.evaluate(() => {
		const all = document.querySelectorAll("[data-catalog-notice]");
		const e = all[0];
		const box = e ? e.getBoundingClientRect() : null;
		return {
			n: all.length,
			text: e ? e.textContent : null,
			header: e ? e.parentElement.tagName : null,
			top: box ? box.top : null,
			height: box ? box.height : null,
			shown: e ? getComputedStyle(e).display : null,
			pwned: window.pwned,
			img: document.querySelectorAll("header img").length,
		};
	});
	checkWatch("notice", w);
	await page.close();
	return r;
}

async function checkNotice(ctx) {
	const src = fs.readFileSync(path.join(top,
	    "criteria/vlaanderen-2022.yaml"), "utf8");
	const block = /^  notice:\n(?: {4}.*\n| *\n)*?(?=(?:  )?\S)/m;
	expect(block.test(src), "notice: no notice block in the catalog");
	let shown = 0;
	for (const lang of ["nl", "en"]) {
		const want = JSON.parse(run(["criteria", "-f", "json", "--lang",
		    lang]).stdout).catalog.notice;
		const label = lang === "nl" ? "Let op: " : "Notice: ";
		const r = await showNotice(ctx, form(`form-notice-${lang}.html`,
		    ["--lang", lang]));
		expect(typeof want === "string" && want.length > 100,
		    `notice: criteria -f json --lang ${lang} has none`);
		expect(r.n === 1 && r.text === label + want,
		    `notice (${lang}): shown as ${JSON.stringify(r.text)}`);
		expect(r.header === "HEADER" && r.shown !== "none" &&
		    r.height > 20 && r.top >= 0 && r.top < 300,
		    `notice (${lang}): not near the top: ${JSON.stringify(r)}`);
		shown += r.n;
	}
	// A catalog without a notice shows none.
	const bare = path.join(outdir, "no-notice.yaml");
	fs.writeFileSync(bare, src.replace(block, ""));
	const r0 = await showNotice(ctx, form("form-no-notice.html",
	    ["--criteria", bare, "--lang", "en"]));
	expect(r0.n === 0, `notice: ${r0.n} shown for a catalog without one`);
	// A notice is text, never markup.
	const evil = "<img src=x onerror=window.pwned=7> &amp; </script>";
	const hostile = path.join(outdir, "hostile-notice.yaml");
	fs.writeFileSync(hostile, src.replace(block, "  notice:\n" +
	    `    nl: "${evil}"\n    en: "${evil}"\n`));
	const r1 = await showNotice(ctx, form("form-hostile-notice.html",
	    ["--criteria", hostile, "--lang", "en"]));
	expect(r1.n === 1 && r1.text === "Notice: " + evil && r1.img === 0 &&
	    r1.pwned === undefined,
	    `notice: hostile notice shown as ${JSON.stringify(r1)}`);
	console.log(`  notice: shown in nl and en (${shown}), none without ` +
	    "one, markup as text");
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), "aftoets-chromium-"));
let ctx;
try {
	ctx = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		acceptDownloads: true,
		args: ["--headless", "--no-sandbox", "--disable-gpu",
		    "--disable-quic", "--no-first-run",
		    "--disable-background-networking",
		    "--disable-component-update", "--disable-sync"],
	});
	await checkLayout(ctx);
	await checkNotice(ctx);
	await checkMoney(ctx);
	await checkFrom(ctx);
	await checkHostile(ctx);
	await checkSets(ctx);
} finally {
	if (ctx)
		await ctx.close();
	fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`form: ${failures === 0 ? "passed" : `${failures} failed`} in ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures === 0 ? 0 : 1);
