"""Checks that each sensitivity chart of a sweep report draws what the sweep file says.

Usage: test_cli_report_sweep_check.py SWEEP.h5 CHART_DIRECTORY

For every design and output, the chart's rows are the factors in the order of their rank, and
every bar end, whisker end, point and reference line sits where the file's value puts it on one
linear scale: the positions of all of them (and of the labelled ticks) fit one straight line
x = a + b value within a fraction of a pixel. Hover texts carry the values as printed. Prints
"ok" or raises.
"""
import math
import re
import sys
import xml.etree.ElementTree as ET

import h5py
import numpy as np

NS = {"s": "http://www.w3.org/2000/svg"}


def strings(ds):
    return [v.decode() if isinstance(v, bytes) else v for v in ds[()]]


def tick_value(text):
    """A tick label back to its number: '9.7%', '0.5 pts', '1,234', '£1.2m', '0.25', '-0.5'."""
    t = text.replace(",", "").replace("£", "").replace("+", "")
    scale = 1.0
    if t.endswith(" pts"):  # an effect on a rate, in percentage points
        t, scale = t[:-4], 0.01
    elif t.endswith("%"):
        t, scale = t[:-1], 0.01
    elif t.endswith("m"):
        t, scale = t[:-1], 1e6
    return float(t) * scale


def path_numbers(d):
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", d)]


class Line:
    """Pairs of (value, pixel) that must all lie on one straight line."""

    def __init__(self, name):
        self.name, self.pairs, self.ticks = name, [], []

    def add(self, value, pixel, what):
        if value is not None and math.isfinite(value):
            self.pairs.append((float(value), float(pixel), what))

    def check(self):
        values = np.array([p[0] for p in self.pairs])
        pixels = np.array([p[1] for p in self.pairs])
        assert len(self.pairs) >= 3 and np.ptp(values) > 0, (self.name, self.pairs)
        slope, intercept = np.polyfit(values, pixels, 1)
        residual = np.abs(intercept + slope * values - pixels)
        worst = int(np.argmax(residual))
        # Coordinates are printed to 0.1 px, so each is within 0.05 px of exact.
        assert residual[worst] < 0.15, (self.name, self.pairs[worst], residual[worst])
        for label, pixel in self.ticks:
            assert abs(intercept + slope * tick_value(label) - pixel) < 0.15, (
                self.name, "tick", label, pixel)
        return slope


def rows(svg):
    return svg.findall(".//s:g[@class='factor']", NS)


def label(g):
    return g.find("s:text[@class='factor-label']", NS).text


def bar_ends(g, css):
    r = g.find(f"s:rect[@class='bar {css}']", NS)
    x, w = float(r.get("x")), float(r.get("width"))
    return x, x + w, r.find("s:title", NS).text


def whisker_ends(g, css):
    p = g.find(f"s:path[@class='whisker {css}']", NS)
    if p is None:
        return None
    n = path_numbers(p.get("d"))
    return n[0], n[6]  # M x0,y V.. M x0,y H x1 ...


def x_ticks(svg, css="x-tick"):
    out = []
    for t in svg.findall(f".//s:text[@class='{css}']", NS):
        out.append((t.text, float(t.get("x") if css == "x-tick" else t.get("y")) - (0 if css == "x-tick" else 4)))
    return out


def main(h5_path, charts):
    f5 = h5py.File(h5_path, "r")
    factors = strings(f5["factors/factor"])
    outputs = strings(f5["outputs/output"])
    designs = strings_attr(f5.attrs["designs"])
    assert set(designs) >= {"oat", "morris", "sobol", "lhs"}, designs
    checked = 0
    for d in designs:
        m = f5[f"designs/{d}/measures"]
        for o, out in enumerate(outputs):
            svg = ET.parse(f"{charts}/chart-sweep-{d}-{out}.svg").getroot()
            order = list(np.argsort(m["rank"][o, :], kind="stable"))
            assert [label(g) for g in rows(svg)] == [factors[i] for i in order], (d, out)
            line = Line(f"{d}/{out}")
            line.ticks = x_ticks(svg)
            for row, i in enumerate(order):
                g = rows(svg)[row]
                if d == "oat":
                    base = m["baseline"][o]
                    for end in ("low", "high"):
                        at = m[f"{end}_end"][o, i]
                        x0, x1, hover = bar_ends(g, f"{end}-end")
                        lo, hi = sorted([base, at])
                        line.add(lo, x0, f"{end} bar left")
                        line.add(hi, x1, f"{end} bar right")
                        e, el, eh = (m[f"{end}_effect{s}"][o, i] for s in ("", "_low", "_high"))
                        w = whisker_ends(g, f"{end}-end")
                        if math.isfinite(el):
                            line.add(at + el - e, w[0], f"{end} whisker low")
                            line.add(at + eh - e, w[1], f"{end} whisker high")
                        assert factors[i] + f" at the {end} end" in hover, hover
                elif d == "morris":
                    c = g.find("s:circle[@class='factor-point']", NS)
                    line.add(m["mu_star"][o, i], float(c.get("cx")), "mu*")
                    w = whisker_ends(g, "mu-star")
                    line.add(m["mu_star_low"][o, i], w[0], "mu* low")
                    line.add(m["mu_star_high"][o, i], w[1], "mu* high")
                    hover = c.find("s:title", NS).text
                    assert hover.startswith(factors[i] + ": mu* "), hover
                else:
                    series = (["first_order", "total_order"] if d == "sobol" else
                              ["src"] if "src" in m else ["main_effect_share"])
                    for k, name in enumerate(series):
                        v = m[name][o, i]
                        x0, x1, hover = bar_ends(g, f"series-{k}")
                        lo, hi = sorted([0.0, v])
                        line.add(lo, x0, f"{name} bar left")
                        line.add(hi, x1, f"{name} bar right")
                        w = whisker_ends(g, f"series-{k}")
                        line.add(m[f"{name}_low"][o, i], w[0], f"{name} low")
                        line.add(m[f"{name}_high"][o, i], w[1], f"{name} high")
                        assert f" {v:.3g}; " in hover, (hover, v)
            if d == "oat":
                b = svg.find(".//s:line[@class='baseline']", NS)
                line.add(m["baseline"][o], float(b.get("x1")), "baseline")
            assert line.check() > 0
            if d == "morris":  # sigma on a vertical scale of its own (pixels grow downwards)
                vertical = Line(f"{d}/{out} sigma")
                vertical.ticks = x_ticks(svg, "y-tick")
                for row, i in enumerate(order):
                    c = rows(svg)[row].find("s:circle[@class='factor-point']", NS)
                    vertical.add(m["sigma"][o, i], float(c.get("cy")), "sigma")
                vertical.pairs += [(tick_value(t), p, "tick") for t, p in vertical.ticks]
                vertical.ticks = []
                assert vertical.check() < 0
            checked += 1
    assert checked == len(designs) * len(outputs)
    print("ok")


def strings_attr(a):
    return [v.decode() if isinstance(v, bytes) else str(v) for v in a]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
