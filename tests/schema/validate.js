// Validates aftoets json and jsonl output against the JSON Schema in
// docs/aftoets-score.schema.json, with Ajv (draft-07).
//
//   node validate.js SCHEMA FILE...
//
// A FILE ending in .jsonl is checked line by line.  Before the files,
// the schema must reject a few broken documents, so that a schema that
// accepts anything cannot pass.  Exits 1 on the first kind of failure,
// after reporting every problem found.
"use strict";

const fs = require("fs");
const Ajv = require("ajv");

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
	console.error("usage: node validate.js SCHEMA FILE...");
	process.exit(2);
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
let failed = false;
let checked = 0;

function check(doc, where) {
	checked++;
	if (validate(doc))
		return true;
	failed = true;
	for (const e of validate.errors)
		console.log(`${where}: ${e.instancePath || "/"} ${e.message}`);
	return false;
}

for (const file of files) {
	const text = fs.readFileSync(file, "utf8");
	if (file.endsWith(".jsonl")) {
		const lines = text.split("\n");
		if (lines.pop() !== "")
			console.log(`${file}: does not end in a newline`), failed = true;
		lines.forEach((l, i) => check(JSON.parse(l), `${file}:${i + 1}`));
	} else
		check(JSON.parse(text), file);
}

// Broken copies of the first document must be rejected.
const firstText = fs.readFileSync(files[0], "utf8");
const first = JSON.parse(files[0].endsWith(".jsonl") ?
    firstText.split("\n")[0] : firstText);
const one = first.assessments ? first.assessments[0] : first;
const broken = {
	"overall missing": (d) => { delete d.overall; },
	"score above 100": (d) => { d.principles[0].score = 100.5; },
	"unknown status": (d) => { d.principles[0].criteria[0].status = "maybe"; },
	"nvt with a level": (d) => {
		Object.assign(d.principles[0].criteria[0], { status: "nvt", level: "volledig", score: null, gain: null });
	},
	"an extra field": (d) => { d.colour = "red"; },
	"principle gate without its id": (d) => {
		d.gates = [{ gate: "fail-under-principle", principle: null, threshold: 50, actual: 40, passed: false, missed_by: 10 }];
	},
	"an uncounted replaced id without its status": (d) => {
		d.replaced = [{ id: "SD-G4", successor: "BT-G7", counted: false, status: "counted", earlier: null, line: 21, column: 3, note: "n" }];
	},
	"an earlier answer without its id": (d) => {
		d.replaced = [{ id: "BT-G5", successor: "BT-G7", counted: false, status: "earlier_answer", earlier: null, line: 73, column: 3, note: "n" }];
	},
	"an empty list of replaced ids": (d) => { d.replaced = []; },
	"passed gate that missed": (d) => {
		d.gates = [{ gate: "fail-under", principle: null, threshold: 50, actual: 40, passed: true, missed_by: 10 }];
	},
};
for (const [what, spoil] of Object.entries(broken)) {
	const d = JSON.parse(JSON.stringify(one));
	spoil(d);
	if (validate(d)) {
		console.log(`the schema accepts a document with ${what}`);
		failed = true;
	}
}

if (failed)
	process.exit(1);
console.log(`schema: ${checked} documents valid, ${Object.keys(broken).length} broken ones rejected`);
