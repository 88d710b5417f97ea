#!/bin/sh
# Untrusted text stays text.  The answers files of tests/cli/data-hostile/
# hold terminal escapes (CSI, OSC 8 links, OSC 52 clipboard writes, DCS),
# bidirectional overrides and isolates, every C0 and C1 control YAML lets
# through its escapes, formulas, HTML and Markdown payloads and ']]>' in
# every service field, motivation and action.  This script adds copies
# under file names holding control characters, a file with 64 KiB lines,
# files whose errors quote such text, and a catalog (--criteria) whose
# titles, labels, aliases and texts hold it.  Then it runs them through
# every format and command and reads each output with its reader:
#   terminal text (text, compare, criteria, validate, every stderr), json
#   and jsonl: valid UTF-8 with no control character but LF, no C1
#   control and no bidirectional control (with --color always, only the
#   program's own colour codes);
#   csv: Python's csv module; no cell starts like a formula;
#   markdown: cmark-gfm (when installed) renders no link, image or
#   element that the report of a plain file does not have;
#   junit: xmllint; html: Python's HTML parser, the same rule as markdown;
#   xlsx: no formula in any sheet, no string that starts like one.
set -eu
: "${AFTOETS:?}"
command -v xmllint >/dev/null || { echo "xmllint not found (libxml2-utils)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
if ! command -v cmark-gfm >/dev/null; then
	echo "note: cmark-gfm not found; markdown is checked without rendering"
fi
exec python3 - "$tmp" <<'EOF'
import csv, io, os, re, shlex, shutil, subprocess, sys, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

tmp = sys.argv[1]
aft = [*shlex.split(os.environ.get("WRAP", "")), os.environ["AFTOETS"]]
env = {k: v for k, v in os.environ.items()
       if k not in ("AFTOETS_LANG", "AFTOETS_CRITERIA", "NO_COLOR")}
env["LC_ALL"] = "C.UTF-8"
failures = []


def fail(what):
    failures.append(what)
    print("FAIL", what)


def run(args, codes=(0, 1)):
    p = subprocess.run(aft + args, capture_output=True, env=env, timeout=60)
    what = "aftoets " + " ".join(a if isinstance(a, str) else repr(a)
                                 for a in args[:4])
    if p.returncode not in codes:
        fail("%s: exit %d: %r" % (what, p.returncode, p.stderr[:300]))
    terminal(what + " (stderr)", p.stderr)
    return p.stdout


def yq(s):
    """s as a double-quoted YAML scalar, control characters escaped."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o < 0x100:
            out.append("\\x%02x" % o)
        else:
            out.append("\\u%04x" % o)
    return "".join(out) + '"'


BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
SGR = re.compile(rb"\x1b\[[0-9;]*m")


def bad_char(ch, allow):
    o = ord(ch)
    if ch in allow:
        return False
    return o < 0x20 or 0x7F <= o <= 0x9F


def terminal(what, data, allow="\n", bidi=True, colour=False):
    """No control character but those in allow; valid UTF-8."""
    if colour:
        data = SGR.sub(b"", data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("%s: not UTF-8: %s" % (what, e))
        return ""
    for i, ch in enumerate(text):
        if bad_char(ch, allow) or (bidi and ord(ch) in BIDI):
            fail("%s: raw U+%04X at %d: %r" % (what, ord(ch), i,
                                                text[max(0, i - 30):i + 5]))
            break
    return text


FORMULA = tuple("=+-@\t\r")


# The inputs.
here = "tests/cli/data-hostile"
hostile = sorted(os.path.join(here, f) for f in os.listdir(here))
weird = os.path.join(tmp, "kwaad\x1b[31m\x9b\u202e\n\ttab=1.yaml")
shutil.copy(hostile[0], weird)
long_name = os.path.join(tmp, "long.yaml")
words = ("woord \x1b[1m" * 6000)[:65536]
with open(long_name, "w", encoding="utf-8") as f:
    f.write("service:\n  name: %s\n  organisation: %s\nanswers:\n"
            "  SD-G1:\n    level: niet\n    motivation: %s\n"
            "    actions: %s\n" % (yq("=" + "A" * 65536 + "\x1b[2J"),
                                   yq(words), yq("-" + words),
                                   yq("@" + "B" * 65536)))
bad = os.path.join(tmp, "fout\x1b]8;;http:evil\x07.yaml")
with open(bad, "w", encoding="utf-8") as f:
    f.write("service:\n  name: x\n  %s: 1\nanswers:\n  %s: volledig\n"
            "  SD-G1: %s\n" % (yq("kleur\x1b[31m\u202e"),
                               yq("SD-G9\x1b]52;c;ZXZpbA==\x07"),
                               yq("volledig\x9b2J\u2066")))
inputs = hostile + [weird, long_name]
payload = open(hostile[0], encoding="utf-8").read()
m = re.search(r'name: (".*")', payload)
evil = m.group(1)[1:-1] if m else "x"

# A catalog with the same hostile text in what it shows.
cat = open("criteria/vlaanderen-2022.yaml", encoding="utf-8").read()
for old, new in [
        ("nl: Digitale dienstverleningsstrategie Vlaanderen (2022)",
         'nl: "T \\e[31m\\x9b\\u202e <b>x</b> [l](http://e.example)"'),
        ('version: "2022.2"', 'version: "2022\\e]52;c;eA==\\x07"'),
        ("label: {nl: Sterk, en: Strong}",
         'label: {nl: "=Sterk\\e[5m", en: "+Strong\\x9b1m\\u2067"}'),
        ("aliases: [limited]", 'aliases: [limited, "ja\\e[8m|`x`"]'),
        ("title: {nl: Standaard digitaal, en: Digital by default}",
         'title: {nl: "Standaard \\e[41m\\u202edigitaal",'
         ' en: "-Digital \\x85\\x9b2J"}'),
        ("nl: De volledige dienst kan online worden afgerond",
         'nl: "\\e]8;;http://e.example/\\e\\\\klik\\e]8;;\\e\\\\ \\x01\\x7f'
         ' <img src=x> www.e.example"\n          x-nl: De volledige'),
        ("en: The whole service can be completed online",
         'en: "@\\e[31mwhole \\u2066 https://e.example ]]>"\n'
         "          x-en: The whole")]:
    if old not in cat:
        fail("catalog: %r not found" % old)
    cat = cat.replace(old, new, 1)
cat = re.sub(r"\n +x-(nl|en): .*", "", cat)
catalog = os.path.join(tmp, "cat\x1b[7m.yaml")
with open(catalog, "w", encoding="utf-8") as f:
    f.write(cat)

# Terminal text, JSON and JSON Lines.
for lang in ("nl", "en"):
    for opts in ([], ["--details"], ["-j", "1"], ["--criteria", catalog],
                 ["--fail-under", "90", "--require-complete"]):
        out = run(["score", "--lang", lang, *opts, *inputs])
        terminal("text %s %s" % (lang, opts), out)
    out = run(["score", "--lang", lang, "--color", "always", *inputs])
    terminal("text --color always", out, colour=True)
for one in inputs:
    terminal("text " + repr(one), run(["score", "--details", one]))
for fmt in ("json", "jsonl"):
    out = run(["score", "-f", fmt, *inputs, bad], codes=(2,))
    terminal(fmt, out)
    import json
    docs = [json.loads(l) for l in out.decode().split("\n") if l] \
        if fmt == "jsonl" else [json.loads(out)]
    if "\\u001b[31mROOD" not in json.dumps(docs, ensure_ascii=False):
        fail("%s: the text did not come back as written" % fmt)
terminal("validate", run(["validate", *inputs]))
run(["validate", "--strict", *inputs, bad], codes=(2,))
err = subprocess.run(aft + ["validate", bad], capture_output=True,
                     env=env).stderr
if err.count(b"\n") != 4 or b"\x1b" in err:
    fail("validate: four messages on four lines expected: %r" % err)
for fmt in ("text", "markdown", "json"):
    out = run(["compare", "-f", fmt, hostile[0], weird])
    terminal("compare " + fmt, out, bidi=fmt != "markdown")
    out = run(["compare", "-f", fmt, long_name, hostile[1]])
    terminal("compare long " + fmt, out, bidi=fmt != "markdown")
    # Two folders: the hostile files against the copies under odd names.
    out = run(["compare", "-f", fmt, "tests/cli/data-hostile", tmp],
              codes=(0, 1, 2))
    terminal("compare folders " + fmt, out, bidi=fmt != "markdown")

# criteria with the hostile catalog.
for args in ([], ["SD-G1"], ["-f", "json"], ["--lang", "en"],
             ["--lang", "en", "SD-G1"]):
    terminal("criteria %s" % args,
             run(["criteria", "--criteria", catalog, *args]))
for args in (["--from", hostile[0]], ["--from", weird],
             ["--criteria", catalog], ["--criteria", catalog, "--lang", "en",
                                       "--from", long_name]):
    out = run(["init", *args])
    terminal("init %s" % args[:2], out)
    path = os.path.join(tmp, "init.yaml")
    with open(path, "wb") as f:
        f.write(out)
    if "--criteria" not in args:
        run(["validate", "-q", path])
md_cat = run(["criteria", "--criteria", catalog, "-f", "markdown"])
terminal("criteria markdown", md_cat, bidi=False)

# CSV.
out = run(["score", "-f", "csv", *inputs, bad], codes=(2,))
text = terminal("csv", out, allow="\n\r\t", bidi=False)
rows = list(csv.reader(io.StringIO(text, newline="")))
if len(rows) != len(inputs) + 1:
    fail("csv: %d rows for %d inputs" % (len(rows) - 1, len(inputs)))
for row in rows[1:]:
    for cell in row:
        if cell.startswith(FORMULA):
            fail("csv: a cell starts like a formula: %r" % cell[:40])
    if not row[1].startswith("'"):
        fail("csv: service name %r lost its quote" % row[1][:20])

# Markdown and HTML: no element the report of a plain file lacks.
class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()
        self.links = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for k, v in attrs:
            if k in ("href", "src") and v and not v.startswith("#"):
                self.links.append(v)


def tags(html):
    t = Tags()
    t.feed(html)
    return t


plain = ["docs/examples/strong.yaml", "docs/examples/weak.yaml",
         "tests/cli/data/bad-answers.yaml"]
cmark = shutil.which("cmark-gfm")


def render(md):
    return subprocess.run([cmark, "-e", "table", "-e", "autolink", "-e",
                           "strikethrough", "-e", "tagfilter"], input=md,
                          capture_output=True, check=True).stdout.decode()


def same_tags(what, got, want):
    g, w = tags(got), tags(want)
    extra = g.tags - w.tags
    if extra:
        fail("%s: elements from the input: %s" % (what, sorted(extra)))
    if g.links:
        fail("%s: links or images to %s" % (what, g.links[:3]))


md = run(["score", "-f", "markdown", *inputs, bad], codes=(2,))
terminal("markdown", md, bidi=False)
if cmark:
    ref = run(["score", "-f", "markdown", *plain], codes=(2,))
    same_tags("markdown", render(md), render(ref))
    same_tags("compare markdown", render(run(["compare", "-f", "markdown",
                                              hostile[0], weird])),
              render(run(["compare", "-f", "markdown", *plain[:2]])))
    same_tags("criteria markdown", render(md_cat),
              render(run(["criteria", "-f", "markdown"])))
    if "ROOD" not in render(md):
        fail("markdown: the hostile text is not shown")
html = run(["score", "-f", "html", *inputs, bad], codes=(2,))
terminal("html", html, allow="\n\t", bidi=False)
same_tags("html", html.decode(),
          run(["score", "-f", "html", *plain], codes=(2,)).decode())
for l in (b"<img", b"]]>"):
    if l in html:
        fail("html: raw %r" % l)
# The page's own script, once, at the end; no other.
if html.count(b"<script") != 1 or html.count(b"</script>") != 1:
    fail("html: %d script tags" % html.count(b"<script"))

# JUnit.
junit = os.path.join(tmp, "junit.xml")
with open(junit, "wb") as f:
    f.write(run(["score", "-f", "junit", *inputs, bad], codes=(2,)))
terminal("junit", open(junit, "rb").read(), allow="\n\t", bidi=False)
if subprocess.run(["xmllint", "--noout", junit]).returncode != 0:
    fail("junit: xmllint rejects it")
else:
    names = [s.get("name") for s in ET.parse(junit).getroot()]
    if len(set(names)) != len(names):
        fail("junit: two suites share a name")
    if not all(n.endswith(".yaml)") for n in names[:len(inputs)]):
        fail("junit: a suite without its file: %r" % names[0][:40])

# xlsx: strings only, none that starts like a formula.
for name, files in (("one", [hostile[0]]), ("many", inputs)):
    xlsx = os.path.join(tmp, name + ".xlsx")
    run(["score", "-f", "xlsx", "-o", xlsx, *files])
    with zipfile.ZipFile(xlsx) as z:
        for part in z.namelist():
            if not part.endswith(".xml"):
                continue
            data = z.read(part)
            if part.startswith("xl/worksheets/") and (
                    b"<f>" in data or b"<f " in data):
                fail("xlsx %s: a formula in %s" % (name, part))
            if part.startswith("xl/charts/"):
                continue
            root = ET.fromstring(data)
            for t in root.iter():
                if t.tag.endswith("}t") and t.text and \
                        t.text.startswith(FORMULA):
                    fail("xlsx %s: %s holds %r" % (name, part, t.text[:30]))
                    break
            if part == "xl/sharedStrings.xml" and b"ROOD" not in data:
                fail("xlsx %s: the hostile text is missing" % name)

print("%d problems" % len(failures))
sys.exit(1 if failures else 0)
EOF
