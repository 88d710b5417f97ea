#!/usr/bin/env python3
"""Reads the symbols of the program's objects (nm) and fails when two
source files depend on each other, directly or around a loop, or when a
layer depends on a layer above it.

usage: check-deps.py OBJECT|DIR ...

A file depends on another when its object uses a symbol (a function or
a variable) that the other's object defines.  Every strongly connected
group of more than one file is a circle; each is printed with the
symbols that tie it.  The layers, from the bottom: util, yaml, load,
core (the objects of src/ itself), report, cli; a file may depend on
its own layer and those below it, and each dependency upwards is
printed.  The library (every layer but cli) prints nothing and never
ends the program: an object of it that uses exit, abort, stdout,
stderr, printf and the like is printed too.  Any of these makes the
exit code 1.  Exit 0 prints the number of files and dependencies read."""
import os
import subprocess
import sys


def objects(args):
    for top in args:
        if not os.path.isdir(top):
            yield top
            continue
        for root, _, files in os.walk(top):
            for f in sorted(files):
                if f.endswith(".o"):
                    yield os.path.join(root, f)


def symbols(path):
    out = subprocess.run(["nm", "-P", "--no-sort", path], check=True,
                         capture_output=True, text=True).stdout
    defined, used = set(), set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        name, kind = parts[0], parts[1]
        if kind == "U":
            used.add(name)
        elif kind in "TDBRCVWGS" and kind.isupper():
            defined.add(name)
    return defined, used


LAYERS = ["util", "yaml", "load", "core", "report", "cli"]
# Objects made from generated sources, and the layer they belong to.
GENERATED = {"catalog_static.o": "load", "catalog_data.o": "load"}


def layer(path):
    """The layer of an object under BUILD/lib or BUILD/cli, or None."""
    parts = os.path.normpath(path).split(os.sep)
    if "cli" in parts[:-1]:
        return "cli"
    if "lib" not in parts[:-1]:
        return None
    below = parts[len(parts) - 1 - parts[::-1].index("lib"):]
    if len(below) == 3 and below[1] == "web":
        return "report"         # page code compiled in (src/web/)
    if len(below) == 2:
        return GENERATED.get(below[1], "core")
    return below[1] if below[1] in LAYERS else None


# What only the program may use: the library returns a status instead.
PROGRAM_ONLY = {"exit", "_exit", "_Exit", "abort", "quick_exit", "stdout",
                "stderr", "printf", "vprintf", "puts", "putchar", "perror"}


def program_only(uses):
    out = []
    for o in sorted(uses):
        la = layer(o)
        bad = sorted(uses[o] & PROGRAM_ONLY)
        if la is not None and la != "cli" and bad:
            out.append("  %s (%s): %s" % (o, la, ", ".join(bad)))
    return out


def upwards(edges, why):
    out = []
    for a in sorted(edges):
        for b in sorted(edges[a]):
            la, lb = layer(a), layer(b)
            if la is None or lb is None:
                continue
            if LAYERS.index(lb) > LAYERS.index(la):
                out.append("  %s (%s) -> %s (%s): %s" % (
                    a, la, b, lb, ", ".join(sorted(why[(a, b)])[:4])))
    return out


def circles(nodes, edges):
    """Tarjan's strongly connected components, without recursion."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on.add(start)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(edges[w]))))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def main(argv):
    if len(argv) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    objs = list(objects(argv[1:]))
    if not objs:
        print("check-deps: no objects under " + " ".join(argv[1:]),
              file=sys.stderr)
        return 2
    owner, uses = {}, {}
    for o in objs:
        name = os.path.relpath(o)
        defined, used = symbols(o)
        uses[name] = used
        for s in defined:
            owner.setdefault(s, name)
    edges = {n: set() for n in uses}
    why = {}
    for n, used in uses.items():
        for s in used:
            d = owner.get(s)
            if d is not None and d != n:
                edges[n].add(d)
                why.setdefault((n, d), []).append(s)
    found = circles(sorted(edges), edges)
    up = upwards(edges, why)
    prints = program_only(uses)
    if prints:
        print("check-deps: error: the library prints or exits in %d files:"
              % len(prints))
        print("\n".join(prints))
    if not found and not up and not prints:
        print("check-deps: %d files, %d dependencies, no circle, "
              "no layer above its own, no print or exit in the library" %
              (len(edges), sum(len(e) for e in edges.values())))
        return 0
    if up:
        print("check-deps: error: %d dependencies on a higher layer "
              "(%s, from the bottom):" % (len(up), ", ".join(LAYERS)))
        print("\n".join(up))
    for comp in found:
        print("check-deps: error: a circle of %d files:" % len(comp))
        members = set(comp)
        for a in comp:
            for b in sorted(edges[a] & members):
                names = sorted(why[(a, b)])
                more = "" if len(names) <= 4 else ", and %d more" % (
                    len(names) - 4)
                print("  %s -> %s: %s%s" % (a, b, ", ".join(names[:4]),
                                            more))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
