"""Reads a sweep's OUT.problem.txt as SALib's read_param_file does, then writes a design file as
`salib sample ... -o FILE` does, for `wfsim sweep --design-file`.

SALib guesses the file's delimiter with csv.Sniffer over its first 1024 bytes, reads the rows
with csv.DictReader (name, lower_bound, upper_bound, group, dist) and skips rows whose name
starts with '#'. Its samplers write the matrix with numpy.savetxt: space-separated, no header,
'%.8e' (the CLI's default precision of 8).

usage: salib_problem_check.py PROBLEM DESIGN_OUT NAME:LOWER:UPPER ...
Prints "ok", or what differs.
"""
import csv
import sys


def read_like_salib(path):
    with open(path, "r") as f:
        dialect = csv.Sniffer().sniff(f.read(1024))
        f.seek(0)
        rows = csv.DictReader(f, fieldnames=["name", "lower_bound", "upper_bound", "group", "dist"],
                              dialect=dialect)
        return [(r["name"], float(r["lower_bound"]), float(r["upper_bound"]))
                for r in rows if not r["name"].strip().startswith("#")]


def main():
    problem, design = sys.argv[1], sys.argv[2]
    expected = [(n, float(lo), float(hi)) for n, lo, hi in (a.split(":") for a in sys.argv[3:])]
    try:
        factors = read_like_salib(problem)
    except csv.Error as e:
        print(f"SALib cannot read {problem}: {e}")
        return
    if factors != expected:
        print(f"read {factors}, expected {expected}")
        return
    # Five points over each factor's range, the fractions rotated from factor to factor.
    fractions = [0.0, 0.25, 0.5, 0.75, 1.0]
    with open(design, "w") as out:
        for j in range(5):
            values = [lo + (hi - lo) * fractions[(j + i) % 5] for i, (_, lo, hi) in enumerate(factors)]
            out.write(" ".join("%.8e" % v for v in values) + "\n")
    print("ok")


main()
