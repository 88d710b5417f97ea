#!/bin/sh
# aftoets fill on a real terminal (a pseudo-terminal from Python's pty
# module): the service prompt, the significance, the criterion with its
# text and scale, colour with --color auto, the score of a principle, and
# the summary after q; then a terminal closed halfway (SIGHUP, exit
# 129) keeps every completed answer.  Every line that piped input would
# end the run with (fill.sh) is, on a terminal, answered with the reason
# and the same question again.  Every read has a deadline.
set -u
fail() { echo "fill-pty.sh: $*" >&2; exit 1; }
command -v python3 >/dev/null 2>&1 || fail "python3 is missing"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/a.yaml" <<'EOF'
service:
  name: Bewonerskaart
  organisation: Gemeente Heidevoorde
  type: nieuw
  budget_eur: 120000
  assessed_on: 2026-11-28
  assessor: S. Claes
EOF
cp "$tmp/a.yaml" "$tmp/b.yaml"
grep -v budget_eur "$tmp/a.yaml" >"$tmp/c.yaml"
cp "$tmp/a.yaml" "$tmp/d.yaml"

python3 - "$AFTOETS" "$tmp" <<'PYEOF' || fail "the terminal session failed"
import os, pty, select, signal, sys, time, tty

aftoets, tmp = sys.argv[1], sys.argv[2]
signal.alarm(120)       # the whole test, whatever happens


def start(*args, cbreak=False):
    pid, fd = pty.fork()
    if pid == 0:
        if cbreak:
            # No line editing: a line longer than the terminal's own
            # line buffer (4096 bytes on Linux) reaches aftoets whole.
            tty.setcbreak(0)
        os.environ["TERM"] = "xterm"
        os.environ.pop("NO_COLOR", None)
        os.execv(aftoets, [aftoets, "fill"] + list(args))
    return pid, fd


class Term:
    def __init__(self, *args, cbreak=False):
        self.pid, self.fd = start(*args, cbreak=cbreak)
        self.seen = b""

    def expect(self, text, timeout=20):
        want = text.encode()
        end = time.monotonic() + timeout
        while want not in self.seen:
            left = end - time.monotonic()
            if left <= 0:
                sys.exit("no %r within %ds; got:\n%s" %
                         (text, timeout, self.seen.decode(errors="replace")))
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                try:
                    data = os.read(self.fd, 4096)
                except OSError:
                    data = b""
                if not data:
                    sys.exit("output ended before %r:\n%s" %
                             (text, self.seen.decode(errors="replace")))
                self.seen += data
        # What comes next is looked for after this point.
        i = self.seen.index(want) + len(want)
        self.before, self.seen = self.seen[:i], self.seen[i:]
        return self.before

    def send(self, line):
        data = (line if isinstance(line, bytes) else line.encode()) + b"\r"
        while data:
            data = data[os.write(self.fd, data):]

    def refused(self, line, why, again):
        """Sends a line that is refused: the reason, the question again."""
        self.send(line)
        self.expect("  ! ")
        self.expect(why)
        self.expect(again)

    def status(self, timeout=20):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return st
            try:         # keep the terminal drained
                if select.select([self.fd], [], [], 0.05)[0]:
                    os.read(self.fd, 4096)
            except OSError:
                time.sleep(0.05)
        os.kill(self.pid, signal.SIGKILL)
        sys.exit("aftoets did not end within %ds" % timeout)


# A session: the missing users, significance, one answer, q, the summary.
t = Term("--lang", "en", "--color", "auto", "--principle", "datagedreven",
         tmp + "/a.yaml")
t.expect("Size of the target audience (number of users)")
t.send("150000")
out = t.expect("the assessment is mandatory")
t.expect("DG-G1")
out = t.expect("Level DG-G1")
if b"\x1b[" not in out:
    sys.exit("no colour on the terminal")
if (b"The user is not asked for data" not in out or
        b"Current answer" not in out or b"Scale" not in out):
    sys.exit("the criterion is not shown:\n" + out.decode())
t.expect("q = stop)")
t.send("mostly")
t.expect("Motivation")
t.send("Prefilled from the register.")
t.expect("Planned actions")
t.send("")
t.expect("Level DG-G2")
t.send("q")
t.expect("Overall")
t.expect("Completeness")
t.expect("1 of 43 criteria answered")
t.expect("Full report")
t.expect("aftoets score --lang en " + tmp + "/a.yaml")
st = t.status()
if not os.WIFEXITED(st) or os.WEXITSTATUS(st) != 0:
    sys.exit("exit status %r after q" % st)
text = open(tmp + "/a.yaml").read()
if "  users: 150000\n" not in text or "    level: grotendeels\n" not in text:
    sys.exit("the answers are not in the file:\n" + text)

# A terminal closed halfway: the completed answer stays, exit 129.
t = Term("--color", "never", tmp + "/b.yaml")
t.expect("Omvang van het doelpubliek (aantal gebruikers)")
t.send("")
t.expect("Niveau SD-G1")
t.send("volledig")
t.expect("Motivatie")
t.send("Alles online.")
t.expect("Geplande acties")
t.send("")
out = t.expect("Niveau SD-G2")
if b"\x1b[" in out:
    sys.exit("colour with --color never")
t.send("2")
t.expect("Motivatie")
os.close(t.fd)
st = t.status()
if not os.WIFEXITED(st) or os.WEXITSTATUS(st) != 129:
    sys.exit("exit status %r after the terminal closed" % st)
text = open(tmp + "/b.yaml").read()
if "    level: volledig\n    motivation: Alles online.\n" not in text:
    sys.exit("the completed answer is not in the file:\n" + text)
if "\n  SD-G2:\n\n" not in text:
    sys.exit("the unfinished answer was saved:\n" + text)

# Refused lines are asked again: the service fields, then the three lines
# of a criterion, each with a control character, bytes that are not
# UTF-8, a word or a number that is not accepted.
ESC, BAD = "\x1b]52;c;SGVsbG8=\x07 x", b"bad \xff"
t = Term("--lang", "en", "--color", "never", "--principle", "datagedreven",
         tmp + "/c.yaml")
t.expect("Budget in euros")
t.refused("-5", "budget '-5' must not be negative", "Budget in euros")
t.refused("1.25.0", "'1.25.0' is not an amount", "Budget in euros")
t.refused(ESC, "control character U+001B in the input", "Budget in euros")
t.refused(BAD, "invalid UTF-8 byte 0xFF in the input", "Budget in euros")
t.send("1000")
t.expect("Size of the target audience (number of users)")
t.refused("-5", "'users' must be a whole number of 0 or more, not '-5'",
          "Size of the target audience (number of users)")
t.refused("1.5", "not '1.5'", "Size of the target audience (number of users)")
t.send("10")
t.expect("Level DG-G1")
for line, why in (("maybe", "'maybe' is not a level; use one of"),
                  ("7", "'7' is not a level"),
                  (ESC, "control character U+001B in the input"),
                  (BAD, "invalid UTF-8 byte 0xFF in the input"),
                  ("b", "this is the first criterion")):
    t.refused(line, why, "Level DG-G1")
t.send("mostly")
t.expect("Motivation")
t.refused(ESC, "control character U+001B", "Motivation")
t.refused(BAD, "invalid UTF-8 byte 0xFF", "Motivation")
t.send("q")
t.expect("Planned actions")
t.refused(ESC, "control character U+001B", "Planned actions")
t.refused(BAD, "invalid UTF-8 byte 0xFF", "Planned actions")
t.send("later")
t.expect("Level DG-G2")
t.send("q")
t.expect("Full report")
st = t.status()
if not os.WIFEXITED(st) or os.WEXITSTATUS(st) != 0:
    sys.exit("exit status %r after refused lines on a terminal" % st)
text = open(tmp + "/c.yaml").read()
for want in ("  budget_eur: 1000\n", "  users: 10\n",
             "  DG-G1:\n    level: grotendeels\n    motivation: q\n"
             "    actions: later\n"):
    if want not in text:
        sys.exit("%r is not in the file:\n%s" % (want, text))

# Lines too long, without the terminal's line editing: the reason, and
# the same question again, at each of the three prompts.
LONG = "x" * 9000
t = Term("--lang", "en", "--color", "never", "--principle", "betrouwbaar",
         tmp + "/d.yaml", cbreak=True)
t.expect("Size of the target audience (number of users)")
t.refused(LONG, "line longer than 8192 bytes; type it again, shorter",
          "Size of the target audience (number of users)")
t.send("5")
t.expect("Level BT-G1")
t.refused(LONG, "line longer than 8192 bytes", "Level BT-G1")
t.send("nvt")
t.expect("Motivation")
t.refused(LONG, "line longer than 8192 bytes", "Motivation")
t.send("Intern.")
t.expect("Planned actions")
t.refused(LONG, "line longer than 8192 bytes", "Planned actions")
t.send("")
t.expect("Level BT-G2")
t.send("q")
st = t.status()
if not os.WIFEXITED(st) or os.WEXITSTATUS(st) != 0:
    sys.exit("exit status %r after long lines on a terminal" % st)
text = open(tmp + "/d.yaml").read()
if ("  users: 5\n" not in text or
        "  BT-G1:\n    level: nvt\n    motivation: Intern.\n" not in text):
    sys.exit("the answers are not in the file:\n" + text)
if "xxxx" in text:
    sys.exit("part of a long line was saved")
PYEOF
"$AFTOETS" validate "$tmp/a.yaml" >/dev/null 2>&1 || fail "a.yaml does not validate"
"$AFTOETS" validate "$tmp/b.yaml" >/dev/null 2>&1 || fail "b.yaml does not validate"
"$AFTOETS" validate "$tmp/c.yaml" >/dev/null 2>&1 || fail "c.yaml does not validate"
"$AFTOETS" validate "$tmp/d.yaml" >/dev/null 2>&1 || fail "d.yaml does not validate"
exit 0
