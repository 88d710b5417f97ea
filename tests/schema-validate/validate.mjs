// Validates answers files (YAML) against a JSON Schema with ajv.
//   node validate.mjs SCHEMA.json FILE.yaml...            all must be valid
//   node validate.mjs --invalid SCHEMA.json FILE.yaml...  all must be invalid
// YAML is read as YAML 1.2 (the core schema), as editors' YAML language
// servers read it by default; UTF-8 with or without BOM and UTF-16 with
// BOM are accepted, like aftoets accepts them.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import YAML from "yaml";

const args = process.argv.slice(2);
const invalid = args[0] === "--invalid";
if (invalid)
	args.shift();
const [schemaFile, ...files] = args;
if (!schemaFile || files.length === 0) {
	console.error("usage: node validate.mjs [--invalid] SCHEMA.json FILE.yaml...");
	process.exit(2);
}

function text(file) {
	const b = readFileSync(file);
	if (b[0] === 0xff && b[1] === 0xfe)
		return b.subarray(2).toString("utf16le");
	if (b[0] === 0xfe && b[1] === 0xff) {
		const s = Buffer.from(b.subarray(2));
		s.swap16();
		return s.toString("utf16le");
	}
	return b.toString("utf8").replace(/^\uFEFF/, "");
}

// strict: the schema itself must use JSON Schema correctly.
const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
let bad = 0;
for (const file of files) {
	const doc = YAML.parse(text(file), { version: "1.2" });
	const ok = validate(doc);
	if (ok === !invalid) {
		console.log(`${invalid ? "invalid as expected" : "valid"}: ${file}`);
		continue;
	}
	bad++;
	console.log(`${invalid ? "unexpectedly valid" : "INVALID"}: ${file}`);
	for (const e of validate.errors ?? [])
		console.log(`  ${e.instancePath || "/"} ${e.message}`);
}
process.exit(bad === 0 ? 0 : 1);
