// Makes the screenshots shown in README.md, docs/reports.md and
// docs/form.md: the HTML report and the form of aftoets form in headless
// Chromium, and the workbook as LibreOffice prints it (xlsx -> PDF with
// soffice, PDF -> PNG with pdftoppm).
//
// usage: node screenshots.mjs AFTOETS IMGDIR
// SHOTS=form makes the form's picture alone (no LibreOffice needed).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const top = path.resolve(here, "../..");
const [aftoets, imgdir] = process.argv.slice(2).map((p) => path.resolve(p));
if (!aftoets || !imgdir) {
	console.error("usage: node screenshots.mjs AFTOETS IMGDIR");
	process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), "aftoets-shots-"));
const examples = ["docs/examples/strong.yaml", "docs/examples/weak.yaml",
    "docs/examples/small.yaml"];

function run(cmd, args) {
	const r = spawnSync(cmd, args, { cwd: top, encoding: "utf8" });
	if (r.status !== 0)
		throw new Error(`${cmd} ${args.join(" ")}: exit ${r.status}\n` +
		    r.stderr);
	return r.stdout;
}

async function html(ctx, name, files, height) {
	const file = path.join(work, `${name}.html`);
	fs.writeFileSync(file, run(aftoets, ["score", "-f", "html", "--lang",
	    "en", ...files]));
	const page = await ctx.newPage();
	await page.setViewportSize({ width: 1100, height });
	await page.goto(pathToFileURL(file).href);
	await page.screenshot({ path: path.join(imgdir, `${name}.png`) });
	await page.close();
}

// The form, started from an example, with its live scores.
async function formShot(ctx, name, from, height) {
	const file = path.join(work, `${name}.html`);
	fs.writeFileSync(file, run(aftoets, ["form", "--lang", "en", "--from",
	    from]));
	const page = await ctx.newPage();
	await page.setViewportSize({ width: 1100, height });
	await page.goto(pathToFileURL(file).href);
	await page.screenshot({ path: path.join(imgdir, `${name}.png`) });
	await page.close();
}

// Page `page` of the workbook as printed, cropped to x, y, w, h (pixels
// at 110 dpi).
function workbook(name, files, page, crop) {
	const book = path.join(work, `${name}.xlsx`);
	run(aftoets, ["score", "-f", "xlsx", "--lang", "en", "-o", book,
	    ...files]);
	run("soffice", ["--headless", "--norestore",
	    `-env:UserInstallation=${pathToFileURL(path.join(work, "lo"))}`,
	    "--convert-to", "pdf", "--outdir", work, book]);
	run("pdftoppm", ["-png", "-r", "110", "-f", String(page), "-l",
	    String(page), "-singlefile", "-x", String(crop[0]), "-y",
	    String(crop[1]), "-W", String(crop[2]), "-H", String(crop[3]),
	    book.replace(/\.xlsx$/, ".pdf"), path.join(imgdir, name)]);
}

fs.mkdirSync(imgdir, { recursive: true });
const profile = path.join(work, "chromium");
let ctx;
try {
	ctx = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
		headless: true,
		args: ["--headless", "--no-sandbox", "--disable-gpu",
		    "--disable-quic", "--no-first-run",
		    "--disable-background-networking",
		    "--disable-component-update", "--disable-sync"],
	});
	await formShot(ctx, "form", examples[2], 1300);
	if (process.env.SHOTS !== "form") {
		await html(ctx, "report-html", [examples[2]], 1500);
		await html(ctx, "report-html-portfolio", examples, 820);
		workbook("workbook-overview", [examples[2]], 1,
		    [60, 60, 1170, 400]);
		workbook("workbook-portfolio", examples, 1,
		    [60, 60, 1150, 100]);
	}
} finally {
	if (ctx)
		await ctx.close();
	fs.rmSync(work, { recursive: true, force: true });
}
for (const f of fs.readdirSync(imgdir).sort())
	console.log(`  ${path.join(path.relative(top, imgdir), f)}`);
