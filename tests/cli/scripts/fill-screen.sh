#!/bin/sh
# aftoets fill fits a screen.  The catalog's notice opens the session,
# whole and wrapped to the screen's width (80 and 50 columns).  On a
# pseudo-terminal of 80x24, the screen as it stands when the level is
# asked (the last 24 rows of what was written, long lines wrapped at 80
# columns) holds the criterion's id,
# the start of its text and the prompt, for the first, a middle and the
# last criterion of the default catalog; '?' shows the practice of each
# level and asks again, with the criterion still on the screen.  On a
# terminal of 80x60 the levels in practice are shown at once.  Piped
# output keeps the short form: each criterion at most 20 lines from its
# heading to its prompt, a whole session under 1,000 lines, no example
# answer; --guide shows all the guidance for every criterion.
set -u
fail() { echo "fill-screen.sh: $*" >&2; exit 1; }
command -v python3 >/dev/null 2>&1 || fail "python3 is missing"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/svc.yaml" <<'EOF'
service:
  name: Bewonerskaart
  organisation: Gemeente Heidevoorde
  type: nieuw
  budget_eur: 120000
  users: 8000
  assessed_on: 2026-11-28
  assessor: S. Claes
EOF
cp "$tmp/svc.yaml" "$tmp/a.yaml"
cp "$tmp/svc.yaml" "$tmp/b.yaml"
$WRAP "$AFTOETS" criteria --lang en -f json >"$tmp/criteria.json" ||
    fail "criteria -f json"

python3 - "$AFTOETS" "$tmp" <<'PYEOF' || fail "the terminal session failed"
import fcntl, json, os, pty, re, select, signal, struct, sys, termios, time

aftoets, tmp = sys.argv[1], sys.argv[2]
signal.alarm(240)       # the whole test, whatever happens
crit = [c for p in json.load(open(tmp + "/criteria.json"))["principles"]
        for c in p["criteria"]]
SGR = re.compile(rb"\x1b\[[0-9;]*m")


class Screen:
    """aftoets fill on a pseudo-terminal of rows x cols."""

    def __init__(self, rows, cols, *args):
        self.rows, self.cols = rows, cols
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ,
                        struct.pack("HHHH", rows, cols, 0, 0))
            os.environ["TERM"] = "xterm"
            for k in ("NO_COLOR", "LINES", "COLUMNS"):
                os.environ.pop(k, None)
            os.execv(aftoets, [aftoets, "fill", "--color", "auto"] +
                     list(args))
        self.out = b""      # everything written so far
        self.mark = 0       # where the next expect() looks from

    def plain(self):
        """What was written, without its colours."""
        return SGR.sub(b"", self.out).decode(errors="replace")

    def expect(self, text, timeout=20):
        end = time.monotonic() + timeout
        while self.plain().find(text, self.mark) < 0:
            left = end - time.monotonic()
            if left <= 0:
                sys.exit("no %r within %ds; got:\n%s" % (
                    text, timeout, self.plain()[self.mark:]))
            if select.select([self.fd], [], [], left)[0]:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    data = b""
                if not data:
                    sys.exit("output ended before %r" % text)
                self.out += data
        self.mark = self.plain().find(text, self.mark) + len(text)

    def prompt(self, cid):
        """Waits until the level prompt of cid is shown whole."""
        self.expect("Level %s (" % cid)
        self.expect("q = stop): ")
        if self.plain()[self.mark:].strip():
            sys.exit("more after the prompt of %s" % cid)

    def screen(self):
        """The rows on the screen now: the last ones written, wrapped."""
        text = self.plain()
        if "\x1b" in text:
            sys.exit("a control sequence other than colour: %r" %
                     text[text.index("\x1b"):][:20])
        rows = []
        for line in text.replace("\r", "").split("\n"):
            rows += [line[i:i + self.cols]
                     for i in range(0, max(len(line), 1), self.cols)]
        return rows[-self.rows:]

    def send(self, line):
        os.write(self.fd, line.encode() + b"\r")

    def status(self, timeout=20):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return st
            try:
                if select.select([self.fd], [], [], 0.05)[0]:
                    os.read(self.fd, 65536)
            except OSError:
                time.sleep(0.05)
        os.kill(self.pid, signal.SIGKILL)
        sys.exit("aftoets did not end within %ds" % timeout)


def start_of(text, n=6):
    """The first n words of a text, as its first line on screen has them."""
    return " ".join(text.split()[:n])


def in_view(s, c, what):
    """The heading, the start of the text and the prompt of c on screen."""
    rows = s.screen()
    shown = "\n".join(rows)
    if not re.search(r"^\[\d+/%d\] %s " % (len(crit), re.escape(c["id"])),
                     shown, re.M):
        sys.exit("%s: %s is not on the screen:\n%s" % (what, c["id"], shown))
    if "  " + start_of(c["text"]) not in shown:
        sys.exit("%s: the text of %s is not on the screen:\n%s" %
                 (what, c["id"], shown))
    if not rows[-1].startswith("Level %s (" % c["id"]):
        sys.exit("%s: the prompt is not the last row:\n%s" % (what, shown))
    return shown


def opening(s, width):
    """The catalog's notice first, whole, and no line past the edge."""
    text = s.plain().replace("\r", "")
    head = text[:text.index("[1/%d] " % len(crit))]
    lines = head.split("\n")
    long = [l for l in lines if len(l) > width]
    if long:
        sys.exit("%dx: the opening has lines over %d columns:\n%s" %
                 (width, width, "\n".join(long)))
    told = " ".join(head.split("\n\n")[0].split())
    if told != " ".join(notice.split()) or len(lines) < 3:
        sys.exit("%dx: the notice is not said first, whole:\n%s" %
                 (width, head))


notice = json.load(open(tmp + "/criteria.json"))["catalog"]["notice"]
# A narrow terminal: the notice wraps to its width.
s = Screen(24, 50, "--lang", "en", tmp + "/b.yaml")
s.prompt(crit[0]["id"])
opening(s, 50)
s.send("q")
s.expect("Full report")
s.status()

# 80x24: every criterion in view when asked; '?' on the first, a middle
# and the last; the motivation of many lines shown by its first line.
first, middle, last = 0, len(crit) // 2, len(crit) - 1
s = Screen(24, 80, "--lang", "en", tmp + "/a.yaml")
for i, c in enumerate(crit):
    s.prompt(c["id"])
    what = "80x24 [%d/%d]" % (i + 1, len(crit))
    in_view(s, c, what)
    if i == first:
        opening(s, 80)
    if i in (first, middle, last):
        s.send("?")
        s.prompt(c["id"])
        shown = in_view(s, c, what + " after ?")
        told = s.plain().split("Level %s (" % c["id"])[-2]
        for p in c["practice"]:
            if start_of(p["text"], 4) not in told:
                sys.exit("%s: '?' did not show the practice %r" %
                         (what, p["text"]))
        # The last level in practice is just above the question.
        if start_of(c["practice"][-1]["text"], 4) not in shown:
            sys.exit("%s: the practice is not on the screen after '?':\n%s"
                     % (what, shown))
    if i == first:
        s.send("mostly")
        s.expect("Motivation")
        s.send("")
        s.expect("Planned actions")
        s.send("")
    else:
        s.send("")
        s.expect("Motivation")
        s.send("")
        s.expect("Planned actions")
        s.send("")
s.expect("Full report")
st = s.status()
if not os.WIFEXITED(st) or os.WEXITSTATUS(st) != 0:
    sys.exit("exit status %r after the last criterion" % st)
if not re.search(r"^  %s:( |\n    level: )grotendeels\n" % crit[0]["id"],
                 open(tmp + "/a.yaml").read(), re.M):
    sys.exit("the answer given on the terminal was not saved")

# 80x60: the levels in practice are shown at once, the text and the
# prompt still in view; -q shows neither text nor practice.
c = crit[0]
s = Screen(60, 80, "--lang", "en", tmp + "/b.yaml")
s.prompt(c["id"])
shown = in_view(s, c, "80x60")
for p in c["practice"]:
    if start_of(p["text"], 4) not in shown:
        sys.exit("80x60: the practice %r is not on the screen:\n%s" %
                 (p["text"], shown))
s.send("q")
s.expect("Full report")
s.status()
s = Screen(60, 80, "--lang", "en", "-q", tmp + "/b.yaml")
s.prompt(c["id"])
shown = "\n".join(s.screen())
if start_of(c["text"]) in shown or "In practice" in shown:
    sys.exit("-q: more than the heading and the answer:\n" + shown)
s.send("q")
s.expect("Full report")
s.status()
PYEOF

# Piped: a whole session over the default catalog, the level of each
# criterion skipped, stays short.
n=$(python3 -c 'import json, sys
print(sum(len(p["criteria"]) for p in json.load(open(sys.argv[1]))["principles"]))' \
    "$tmp/criteria.json")
cp "$tmp/svc.yaml" "$tmp/c.yaml"
i=0
while [ $i -lt "$n" ]; do printf '\n\n\n'; i=$((i + 1)); done >"$tmp/skip.in"
$WRAP "$AFTOETS" fill --lang en "$tmp/c.yaml" <"$tmp/skip.in" >"$tmp/out" \
    2>"$tmp/err" || fail "piped: exit $?: $(cat "$tmp/err")"
lines=$(wc -l <"$tmp/out")
[ "$lines" -lt 1000 ] || fail "piped: $lines lines, not fewer than 1,000"
[ "$(grep -c '^\[[0-9]*/'"$n"'\] ' "$tmp/out")" = "$n" ] ||
    fail "piped: not $n criteria shown"
grep -q 'In practice' "$tmp/out" && fail "piped: the practice was shown"
grep -q '^  [A-Z][A-Z]-[A-Z][0-9]*: ' "$tmp/out" && fail "piped: an example answer"
# Each criterion from its heading to its level prompt: at most 20 lines.
awk -v max=20 '
    /^\[[0-9]+\/[0-9]+\] / { at = NR; id = $2 }
    /^Level [A-Z]/ && at { if (NR - at + 1 > max) { print id ": " NR - at + 1; bad = 1 } at = 0 }
    END { exit bad }' "$tmp/out" >"$tmp/long" ||
    fail "piped: criteria longer than 20 lines: $(cat "$tmp/long")"
# The text of every criterion is shown, and the scale.
python3 - "$tmp/criteria.json" "$tmp/out" <<'PYEOF' || fail "piped: not shown"
import json, sys
out = open(sys.argv[2]).read()
for p in json.load(open(sys.argv[1]))["principles"]:
    for c in p["criteria"]:
        if "  " + " ".join(c["text"].split()[:6]) not in out:
            sys.exit("the text of %s" % c["id"])
if out.count("\nScale: 0 niet (Not at all), 1 beperkt") != len(
        [c for p in json.load(open(sys.argv[1]))["principles"]
         for c in p["criteria"]]):
    sys.exit("the scale")
PYEOF

# --guide: all the guidance for every criterion, piped too.
cp "$tmp/svc.yaml" "$tmp/d.yaml"
$WRAP "$AFTOETS" fill --lang en --guide "$tmp/d.yaml" <"$tmp/skip.in" \
    >"$tmp/out" 2>"$tmp/err" || fail "--guide: exit $?: $(cat "$tmp/err")"
for h in 'Evidence' 'In practice' 'Examples of evidence' 'Common pitfall'; do
	[ "$(grep -cx "$h" "$tmp/out")" = "$n" ] ||
	    fail "--guide: '$h' not shown $n times"
done
exit 0
