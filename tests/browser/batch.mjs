// Writes a batch of answers files for the report checks: the same seed
// gives the same files.  Service names carry characters a sheet name may
// not hold and run past 31 characters; some repeat, so names must be made
// unique.  Answers cover every level, nvt and unanswered, and the notes
// hold quotes, markup characters and line breaks.
import fs from "node:fs";
import path from "node:path";

// A small linear congruential generator: deterministic, no dependencies.
function rng(seed) {
	let s = seed >>> 0;
	return (n) => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s % n;
	};
}

const names = [
	"Omgevingsloket",
	"Subsidie [erfgoed]: aanvraag/wijziging",
	"Premie * renovatie? ja\\nee",
	"'Geciteerde' dienst",
	"Een dienst met een bijzonder lange naam die niet in een tabblad past",
	"Loket Émile & Zoë <test>",
];

const levels = ["niet", "beperkt", "gedeeltelijk", "grotendeels",
    "volledig", "nvt", null];

function quote(s) {
	return JSON.stringify(s);	// a JSON string is a YAML scalar
}

// Writes n files into dir for the criterion ids given; returns their paths.
export function makeBatch(dir, n, ids, seed = 7) {
	const r = rng(seed);
	const files = [];
	fs.mkdirSync(dir, { recursive: true });
	for (let i = 1; i <= n; i++) {
		const name = `${names[i % names.length]}${i % 4 === 0 ? "" :
		    ` ${i}`}`;
		const lines = [
			"aftoets: 1",
			"service:",
			`  name: ${quote(name)}`,
			`  organisation: ${quote(`Bestuur ${r(9) + 1}`)}`,
			`  type: ${r(2) ? "nieuw" : "herwerking"}`,
		];
		if (r(5))
			lines.push(`  budget_eur: ${r(2000) * 1000 + r(2) * 50}`);
		if (r(5))
			lines.push(`  users: ${r(300000)}`);
		lines.push("answers:");
		for (const id of ids) {
			const lv = levels[r(levels.length)];
			if (lv === null)
				continue;
			if (r(4) === 0)
				lines.push(`  ${id}:`, `    level: ${lv}`,
				    `    motivation: ${quote(`Team "${i}" says: ` +
				    `a < b & c > d, 'quoted';\nsecond line.`)}`,
				    `    actions: ${quote(`Plan ${i}, step ${r(9)}`)}`);
			else
				lines.push(`  ${id}: ${lv}`);
		}
		const file = path.join(dir, `answers-${String(i).padStart(2,
		    "0")}.yaml`);
		fs.writeFileSync(file, lines.join("\n") + "\n");
		files.push(file);
	}
	return files;
}
