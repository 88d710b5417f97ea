// Checks workbooks made by `aftoets score -f xlsx` with a real spreadsheet
// program: LibreOffice (headless) converts every sheet to CSV, and the
// numbers it reads must equal `aftoets score -f json` for the same answers:
// service data, principle and overall scores, every criterion's weight,
// points, score and gain, and which criteria are strengths and points of
// attention.  With several inputs, the portfolio sheet and one sheet per
// service with a valid, unique name; a batch beyond --sheets N has N
// service sheets, says how many were left out, and its portfolio rows
// read as `aftoets score -f csv` gives them.  Needs only node and soffice.
//
// usage: node check-xlsx.mjs AFTOETS OUTDIR
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeBatch } from "./batch.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const top = path.resolve(here, "../..");
const [aftoets, outdir] = process.argv.slice(2).map((p) => path.resolve(p));
if (!aftoets || !outdir) {
	console.error("usage: node check-xlsx.mjs AFTOETS OUTDIR");
	process.exit(2);
}
fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });

let failures = 0, checked = 0;
function expect(cond, what) {
	checked++;
	if (!cond) {
		failures++;
		console.log(`  FAIL ${what}`);
	}
	return cond;
}

function run(args, okCodes = [0]) {
	const r = spawnSync(aftoets, args, { cwd: top, encoding: "utf8",
	    env: { ...process.env, LC_ALL: "C.UTF-8" } });
	if (!okCodes.includes(r.status))
		throw new Error(`aftoets ${args.join(" ")}: exit ${r.status}\n` +
		    r.stderr);
	return r.stdout;
}

// Converts every sheet of book to CSV; returns { sheet name: rows }.
function sheets(book) {
	const dir = path.join(outdir, path.basename(book, ".xlsx"));
	fs.mkdirSync(dir, { recursive: true });
	// Comma, double quote, UTF-8, from line 1, values as stored (not as
	// shown), all sheets (-1): each to BASE-SHEETNAME.csv.
	const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false," +
	    "true,false,false,false,-1";
	const r = spawnSync("soffice", ["--headless", "--norestore",
	    `-env:UserInstallation=file://${path.join(outdir, "profile")}`,
	    "--convert-to", filter, "--outdir", dir, book],
	    { encoding: "utf8" });
	if (r.status !== 0)
		throw new Error(`soffice failed: ${r.stderr}`);
	const out = {};
	// soffice reports each sheet it writes, in workbook order.
	for (const m of (r.stdout + r.stderr).matchAll(
	    /Writing sheet (.*) -> (.*\.csv)/g))
		out[m[1]] = parseCsv(fs.readFileSync(m[2], "utf8"));
	return out;
}

function parseCsv(text) {
	const rows = [];
	let row = [], cell = "", q = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (q) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"')
				q = false;
			else
				cell += c;
		} else if (c === '"')
			q = true;
		else if (c === ",") {
			row.push(cell);
			cell = "";
		} else if (c === "\n") {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = "";
		} else if (c !== "\r")
			cell += c;
	}
	if (cell !== "" || row.length)
		rows.push([...row, cell]);
	return rows;
}

// A cell that should hold the number want (or be empty for null).
function same(cell, want) {
	if (want === null || want === undefined)
		return cell === undefined || cell === "";
	return cell !== undefined && cell !== "" &&
	    Math.abs(Number(cell) - want) < 1e-9;
}

const cat = {};
for (const lang of ["nl", "en"])
	cat[lang] = JSON.parse(run(["criteria", "-f", "json", "--lang", lang]));
const words = {
	nl: { total: "Totaal", budget: "Budget", users: "Doelpubliek",
	    answered: "Beantwoord", all: "Totaal criteria",
	    strength: "sterk punt", attention: "aandachtspunt", id: "Id" },
	en: { total: "Overall", budget: "Budget", users: "Target audience",
	    answered: "Answered", all: "Criteria in all",
	    strength: "strength", attention: "point of attention", id: "Id" },
};

function rowOf(rows, first, from = 0) {
	return rows.findIndex((r, i) => i >= from && r[0] === first);
}

// The overview block and the criteria table of one assessment; crit is
// the sheet with the criteria (the same sheet with several inputs).
function checkAssessment(a, over, crit, lang, where) {
	const w = words[lang];
	const fact = (label) => over[rowOf(over, label)]?.[1];
	expect(same(fact(w.budget), a.service.budget_eur) ||
	    (a.service.budget_eur === null && fact(w.budget) !== ""),
	    `${where}: budget ${fact(w.budget)}`);
	expect(same(fact(w.users), a.service.users) ||
	    (a.service.users === null && fact(w.users) !== ""),
	    `${where}: users ${fact(w.users)}`);
	expect(same(fact(w.answered), a.completeness.answered),
	    `${where}: answered ${fact(w.answered)}`);
	expect(same(fact(w.all), a.completeness.total),
	    `${where}: total ${fact(w.all)}`);
	for (const p of a.principles) {
		const r = over[rowOf(over, p.title)];
		if (!expect(r, `${where}: no row for ${p.title}`))
			continue;
		expect(same(r[1], p.score) && same(r[2], p.user_score) &&
		    same(r[3], p.inclusion_score), `${where}: ${p.id} reads ` +
		    `${r.slice(1, 4)}, JSON says ${p.score}, ${p.user_score}, ` +
		    `${p.inclusion_score}`);
	}
	const t = over[rowOf(over, w.total)];
	expect(t && same(t[1], a.overall.score), `${where}: overall ` +
	    `${t?.[1]}, JSON says ${a.overall.score}`);

	const head = crit.findIndex((r) => r[1] === w.id);
	const byId = new Map(crit.slice(head + 1).filter((r) => r[1])
	    .map((r) => [r[1], r]));
	const points = new Map(cat[lang].scale.levels.map((l) =>
	    [l.id, l.points]));
	let n = 0;
	for (const p of a.principles)
		for (const c of p.criteria) {
			const r = byId.get(c.id);
			n++;
			if (!expect(r, `${where}: no row for ${c.id}`))
				continue;
			const pts = c.level === null ? null : points.get(c.level);
			const max = c.status === "nvt" ? null : 4;
			expect(same(r[3], c.weight) && same(r[5], pts) &&
			    same(r[6], max) && same(r[7], c.score) &&
			    same(r[8], c.gain), `${where}: ${c.id} reads ` +
			    `${r.slice(3, 9)}, JSON says ${c.weight}, ${pts}, ` +
			    `${max}, ${c.score}, ${c.gain}`);
			const want = p.strengths.includes(c.id) ? w.strength :
			    p.attention.includes(c.id) ? w.attention : "";
			expect(r[9] === want, `${where}: ${c.id} outcome ` +
			    `'${r[9]}', expected '${want}'`);
		}
	expect(byId.size === n, `${where}: ${byId.size} criteria rows, ` +
	    `expected ${n}`);
}

function checkSingle(name, file, lang) {
	const book = path.join(outdir, `${name}.xlsx`);
	run(["score", "-f", "xlsx", "-o", book, "--lang", lang, file]);
	const a = JSON.parse(run(["score", "-f", "json", "--lang", lang,
	    file]));
	const s = sheets(book);
	const names = Object.keys(s);
	const want = lang === "nl" ? ["Overzicht", "Criteria"] :
	    ["Overview", "Criteria"];
	if (!expect(JSON.stringify(names) === JSON.stringify(want),
	    `${name}: sheets ${names}`))
		return;
	checkAssessment(a, s[want[0]], s[want[1]], lang, name);
	console.log(`  ${name}: ${names.length} sheets`);
}

// The gates block of an overview sheet: a verdict row per gate of the JSON.
function checkGates(name, file, lang, opts) {
	const book = path.join(outdir, `${name}.xlsx`);
	run(["score", "-f", "xlsx", "-o", book, "--lang", lang, ...opts, file],
	    [0, 1]);
	const a = JSON.parse(run(["score", "-f", "json", "--lang", lang,
	    ...opts, file], [0, 1]));
	const ov = Object.values(sheets(book))[0];
	const at = ov.findIndex((r) => r[0] === (lang === "nl" ? "Drempels" :
	    "Gates"));
	if (!expect(at >= 0 && a.gates.length > 0, `${name}: no gates block`))
		return;
	const words = lang === "nl" ? ["gehaald", "niet gehaald"] :
	    ["passed", "failed"];
	a.gates.forEach((g, i) => {
		const r = ov[at + 1 + i] || [];
		expect(r[0] === words[g.passed ? 0 : 1] && r[1] !== "",
		    `${name}: gate ${i + 1} reads '${r[0]}' '${r[1]}', JSON ` +
		    `says passed=${g.passed}`);
	});
	console.log(`  ${name}: ${a.gates.length} gates`);
}

// The notes of an overview sheet: a row per answer under a replaced id,
// its line and note as the JSON gives them, after the label.
function checkNotes(name, file, lang) {
	const book = path.join(outdir, `${name}.xlsx`);
	run(["score", "-q", "-f", "xlsx", "-o", book, "--lang", lang, file]);
	const a = JSON.parse(run(["score", "-q", "-f", "json", "--lang", lang,
	    file]));
	const ov = Object.values(sheets(book))[0];
	const at = ov.findIndex((r) => r[0] === (lang === "nl" ?
	    "Opmerkingen" : "Notes"));
	if (!expect(at >= 0 && (a.replaced || []).length > 0,
	    `${name}: no notes block`))
		return;
	const word = lang === "nl" ? "regel" : "line";
	a.replaced.forEach((v, i) => {
		const r = ov[at + i] || [];
		expect(r[1] === `${word} ${v.line}: ${v.note}`,
		    `${name}: note ${i + 1} reads '${r[1]}'`);
	});
	console.log(`  ${name}: ${a.replaced.length} notes`);
}

function checkMulti(name, files, lang, codes = [0]) {
	const book = path.join(outdir, `${name}.xlsx`);
	run(["score", "-f", "xlsx", "-o", book, "--lang", lang, ...files],
	    codes);
	const json = JSON.parse(run(["score", "-f", "json", "--lang", lang,
	    ...files], codes));
	const s = sheets(book);
	const names = Object.keys(s);
	const as = json.assessments;
	if (!expect(names.length === as.length + 1, `${name}: ${names.length} ` +
	    `sheets for ${as.length} assessments`))
		return;
	expect(names[0] === (lang === "nl" ? "Portfolio" : "Portfolio"),
	    `${name}: first sheet '${names[0]}'`);
	const lower = names.map((n) => n.toLowerCase());
	expect(new Set(lower).size === names.length, `${name}: sheet names ` +
	    "not unique");
	for (const n of names)
		expect([...n].length <= 31 && !/[[\]:*?/\\]/.test(n) &&
		    !n.startsWith("'") && !n.endsWith("'") && n.trim() === n,
		    `${name}: invalid sheet name '${n}'`);
	const pf = s[names[0]];
	const head = pf.findIndex((r) => r[0] === (lang === "nl" ? "Dienst" :
	    "Service"));
	as.forEach((a, k) => {
		const r = pf[head + 1 + k];
		const where = `${name} ${path.basename(a.file)}`;
		if (!expect(r && r[0] === a.service.name, `${where}: portfolio ` +
		    `row ${k} is '${r?.[0]}'`))
			return;
		expect(same(r[3], a.overall.score), `${where}: portfolio ` +
		    `overall ${r[3]}`);
		a.principles.forEach((p, i) => expect(same(r[5 + i], p.score),
		    `${where}: portfolio ${p.id} ${r[5 + i]}, JSON ${p.score}`));
		expect(same(r[5 + a.principles.length], a.completeness.answered),
		    `${where}: portfolio answered`);
		const sheet = s[names[k + 1]];
		expect(sheet[0][0].endsWith(a.service.name), `${where}: sheet ` +
		    `'${names[k + 1]}' starts with '${sheet[0][0]}'`);
		checkAssessment(a, sheet, sheet, lang, where);
	});
	// The portfolio summary below the table: statistics and bands.
	const sum = json.summary;
	const mean = lang === "nl" ? "Gemiddeld" : "Mean";
	const st = pf.findIndex((r) => r[1] === mean);
	const wantStats = [...sum.principles, sum.overall];
	if (expect(st > head, `${name}: no statistics in the portfolio`))
		wantStats.forEach((p, i) => {
			const r = pf[st + 1 + i] || [];
			expect(same(r[1], p.mean) && same(r[2], p.median) &&
			    same(r[3], p.min) && r[4] === (p.min_service ?? ""),
			    `${name}: statistics row ` +
			    `${r}, JSON says ${p.mean} ${p.median} ${p.min} ` +
			    `${p.min_service}`);
		});
	const bh = pf.findIndex((r, i) => i > st && r[0] === "Band");
	if (expect(bh > st, `${name}: no band counts in the portfolio`))
		cat[lang].bands.forEach((b, i) => {
			const r = pf[bh + 1 + i] || [];
			expect(r[0] === b.label && same(r[1], sum.bands[b.id]),
			    `${name}: band row ${r}, JSON says ${sum.bands[b.id]}`);
		});
	const failed = (json.summary.failed ?? []).map((f) => f.file);
	for (const f of failed)
		expect(pf.some((r) => r[0] === f), `${name}: failed input ${f} ` +
		    "not listed");
	console.log(`  ${name}: ${names.length} sheets, ${as.length} ` +
	    `assessments, ${failed.length} not scored`);
}

// A batch of more services than --sheets allows: the portfolio keeps a
// row per service, equal to the csv report's, and only the first `limit`
// services have a sheet, the others being named as plain text.
function checkOverview(name, files, lang, limit) {
	const book = path.join(outdir, `${name}.xlsx`);
	run(["score", "-f", "xlsx", "-o", book, "--lang", lang, "--sheets",
	    String(limit), ...files]);
	const csv = parseCsv(run(["score", "-f", "csv", "--lang", lang,
	    ...files]));
	const col = Object.fromEntries(csv[0].map((h, i) => [h, i]));
	const rows = csv.slice(1).filter((r) => r.length > 1);
	const s = sheets(book);
	const names = Object.keys(s);
	expect(names.length === limit + 1, `${name}: ${names.length} sheets, ` +
	    `expected ${limit + 1}`);
	const pf = s[names[0]];
	const left = rows.length - limit;
	expect(pf[1] && pf[1][0].includes(String(limit)) &&
	    pf[1][0].includes(String(left)), `${name}: note '${pf[1]?.[0]}' ` +
	    `does not say ${left} left out`);
	const head = pf.findIndex((r) => r[0] === (lang === "nl" ? "Dienst" :
	    "Service"));
	const label = Object.fromEntries(cat[lang].bands.map((b) =>
	    [b.id, b.label]));
	const sig = { true: lang === "nl" ? "ja" : "yes",
	    false: lang === "nl" ? "nee" : "no",
	    "": lang === "nl" ? "onbekend" : "unknown" };
	const num = (v) => v === "" ? null : Number(v);
	const pids = cat[lang].principles.map((p) => p.id);
	let bad = 0;
	rows.forEach((c, k) => {
		const r = pf[head + 1 + k] || [];
		const ok = r[0] === c[col.service_name] &&
		    r[1] === c[col.organisation] &&
		    r[2] === sig[c[col.significant]] &&
		    same(r[3], num(c[col.overall_score])) &&
		    r[4] === (label[c[col.overall_band]] ?? r[4]) &&
		    pids.every((id, i) => same(r[5 + i],
		    num(c[col[`${id}_score`]]))) &&
		    same(r[5 + pids.length], num(c[col.answered])) &&
		    same(r[6 + pids.length], num(c[col.total])) &&
		    r[7 + pids.length] === c[col.file];
		if (!ok && bad++ < 5)
			expect(false, `${name}: row ${k} reads ${r}, csv says ${c}`);
		checked++;
	});
	expect(bad === 0, `${name}: ${bad} of ${rows.length} rows differ ` +
	    "from csv");
	expect(pf[head + 1 + rows.length]?.[0] !== rows[0]?.[col.service_name],
	    `${name}: more rows than services`);
	console.log(`  ${name}: ${rows.length} services, ${names.length - 1} ` +
	    `service sheets, ${left} left out`);
}

try {
	checkSingle("strong-nl", "docs/examples/strong.yaml", "nl");
	checkSingle("weak-en", "docs/examples/weak.yaml", "en");
	checkSingle("all-nvt-nl", "tests/cli/data/all-nvt.yaml", "nl");
	checkGates("gates-nl", "docs/examples/strong.yaml", "nl", ["--fail-under",
	    "90", "--fail-under-principle", "standaard-digitaal=10",
	    "--require-complete"]);
	checkGates("gates-en", "docs/examples/weak.yaml", "en", ["--fail-under",
	    "20"]);
	checkNotes("notes-nl", "tests/fixtures/catalog-2022.1/weak.yaml", "nl");
	checkNotes("notes-en", "tests/fixtures/catalog-2022.1/small.yaml", "en");
	checkMulti("examples-en", ["docs/examples/strong.yaml",
	    "docs/examples/weak.yaml", "docs/examples/small.yaml",
	    "tests/cli/data/all-nvt.yaml", "tests/cli/data/bad-answers.yaml"],
	    "en", [2]);
	const ids = cat.nl.principles.flatMap((p) => p.criteria.map(
	    (c) => c.id));
	const batch = makeBatch(path.join(outdir, "batch"), 50, ids);
	checkMulti("batch-50-nl", batch, "nl");
	const big = makeBatch(path.join(outdir, "batch-big"), 400, ids, 11);
	checkOverview("overview-400-en", big, "en", 25);
} catch (e) {
	console.log(`  FAIL ${e.message}`);
	failures++;
}
console.log(`xlsx: ${checked} checks, ${failures === 0 ? "passed" :
    `${failures} failed`}`);
process.exit(failures === 0 ? 0 : 1);
