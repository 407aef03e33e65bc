#!/usr/bin/env python3
"""Checks and normalises Sources/Parley/Resources/leaders.tsv in place.

    python3 scripts/check_leaders.py Sources/Parley/Resources/leaders.tsv [MORE.tsv ...]

Rows of any further files are added to the first. Every row must have the eight columns of
actors.tsv, a person kind, a country code from countries.tsv, GOV or MIL, and YYYY-MM-DD or - dates
in order; a bad row is reported with its file and line and left out. People actors.tsv already
lists are left out (its rows win). An alias is removed when two people share it, when it names a
country, capital, nationality or place Parley knows, or when it is a short all-capitals initialism
(ambiguous with organisations). Rows are sorted by country, then start date. Running it twice
changes nothing.
"""
import collections
import os
import re
import sys

HEADER = """# Heads of state and government of every country, 1975 to 2026, and the foreign ministers of the larger powers.
# Compiled by hand from public facts about office holders. Checked and normalised by
# `python3 scripts/check_leaders.py Sources/Parley/Resources/leaders.tsv` (aliases two people share, or that name
# a country or a place, are removed). Same columns as actors.tsv, whose rows win when both name one person.
# name\taliases\tkind\tcountry\tsector\trole\tfrom\tto
"""


def main(paths):
    res = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "Parley", "Resources")
    codes, known = set(), set()
    for line in open(os.path.join(res, "countries.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        codes.add(f[0])
        for x in [f[1], f[4]] + f[2].split("|") + f[3].split("|"):
            if x and x != "-":
                known.add(x.lower())
    listed = set()
    for line in open(os.path.join(res, "actors.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(f) < 2:
            continue
        listed.update(x.lower() for x in [f[0]] + f[1].split("|") if x != "-")
    places = {x.strip().lower() for x in open(os.path.join(res, "placenames.txt"), encoding="utf-8") if not x.startswith("#")}

    date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    rows, problems = [], 0
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            f = [x.strip() for x in line.split("\t")]

            def bad(why):
                nonlocal problems
                problems += 1
                print(f"{path}:{n}: {why}; row left out", file=sys.stderr)

            if len(f) != 8:
                bad(f"expected 8 tab-separated columns, found {len(f)}")
            elif f[2] != "person" or f[3] not in codes or f[4] not in ("GOV", "MIL"):
                bad(f"kind {f[2]!r}, country {f[3]!r} or sector {f[4]!r} is not person, a countries.tsv code and GOV or MIL")
            elif not all(d == "-" or date.match(d) for d in f[6:8]) or ("-" not in f[6:8] and f[7] < f[6]):
                bad(f"dates {f[6]} to {f[7]} are not YYYY-MM-DD or -, in order")
            elif f[0].lower() not in listed:
                rows.append(f)

    owners = collections.defaultdict(set)
    for f in rows:
        for a in [f[0]] + f[1].split("|"):
            if a and a != "-":
                owners[a.lower()].add(f[0])
    out, seen = [], set()
    for f in rows:
        aliases = []
        for a in (x.strip() for x in f[1].split("|")):
            k = a.lower()
            if not a or a == "-" or k == f[0].lower() or a in aliases:
                continue
            one_word = " " not in a
            if len(owners[k]) > 1 or k in listed or k in known or (one_word and k in places) or (one_word and len(a) < 4 and a.isupper()):
                continue
            aliases.append(a)
        f = f[:1] + ["|".join(aliases) or "-"] + f[2:]
        if tuple(f) not in seen:
            seen.add(tuple(f))
            out.append(f)
    out.sort(key=lambda f: (f[3], f[6] if f[6] != "-" else "", f[0], f[5]))
    with open(paths[0], "w", encoding="utf-8") as o:
        o.write(HEADER)
        for f in out:
            o.write("\t".join(f) + "\n")
    print(f"{paths[0]}: {len(out)} rows, {len({f[0] for f in out})} people, {len({f[3] for f in out})} countries; {problems} rows left out")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: check_leaders.py LEADERS.tsv [MORE.tsv ...]")
    sys.exit(main(sys.argv[1:]))
