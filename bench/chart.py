"""The PNG chart, drawn with Pillow (no plotting library to install).

Top: the ratio to the baseline of every URL, one bar per mode, with the
issue's targets 0.05, 0.30 and 0.60 as dotted lines. Bottom, when
runs of several dataset sizes exist (bench/results/latest-*.json): the median
p50 latency of each group of URLs against the dataset size, cache off (else warm).
"""

import statistics

from PIL import Image, ImageDraw

COLOURS = {"warm": (40, 110, 180), "off": (220, 120, 40)}
GROUP_COLOURS = {
    "list": (40, 110, 180),
    "detail": (50, 150, 80),
    "page": (200, 60, 60),
    "search": (130, 80, 170),
    "304": (120, 120, 120),
    "resolve": (200, 160, 30),
}
WIDTH = 1000
ROW = 16
LEFT = 210


def draw(result, sizes, path):
    labels = list(dict.fromkeys(row["label"] for row in result["rows"]))
    modes = list(result["modes"])
    bars_height = 60 + len(labels) * (ROW * len(modes) + 6)
    lines_height = 330 if len(sizes) > 1 else 0
    image = Image.new("RGB", (WIDTH, bars_height + lines_height + 20), "white")
    pen = ImageDraw.Draw(image)
    _bars(pen, result, labels, modes)
    if lines_height:
        _latency(pen, sizes, top=bars_height + 10)
    image.save(path)
    return path


def _bars(pen, result, labels, modes):
    pen.text(
        (10, 10),
        f"ratio to baseline, {result['items']} items ({result['generator']}); "
        + ", ".join(f"{mode}" for mode in modes),
        fill="black",
    )
    for index, mode in enumerate(modes):
        pen.rectangle(
            [WIDTH - 160 + index * 70, 10, WIDTH - 150 + index * 70, 20],
            fill=COLOURS.get(mode, "black"),
        )
        pen.text((WIDTH - 145 + index * 70, 10), mode, fill="black")
    ratios = {(row["label"], row["mode"]): row["ratio"] for row in result["rows"]}
    scale_max = max([0.7, *ratios.values()]) * 1.12  # room for the figure
    span = WIDTH - LEFT - 20

    def x(value):
        return LEFT + span * min(value, scale_max) / scale_max

    top = 40
    bottom = top + len(labels) * (ROW * len(modes) + 6)
    for mark in (0.05, 0.30, 0.60):
        for y in range(top, bottom, 6):
            pen.line([x(mark), y, x(mark), y + 2], fill=(160, 160, 160))
        pen.text((x(mark) - 10, bottom + 2), f"{mark:.2f}", fill=(90, 90, 90))
    y = top
    for label in labels:
        pen.text((10, y + 2), label, fill="black")
        for mode in modes:
            value = ratios.get((label, mode))
            if value is not None:
                pen.rectangle(
                    [LEFT, y, x(value), y + ROW - 3], fill=COLOURS.get(mode, "black")
                )
                pen.text((x(value) + 4, y + 1), f"{value:.3f}", fill="black")
            y += ROW
        y += 6


def _latency(pen, sizes, top):
    items = sorted(sizes)
    # Cache off when measured: a warm cache hides how the work grows.
    mode = "off" if all("off" in sizes[size]["modes"] for size in items) else "warm"
    pen.text(
        (10, top),
        f"median p50 latency (ms) by dataset size, cache {mode}",
        fill="black",
    )
    series = {}
    for size in items:
        by_group = {}
        for row in sizes[size]["rows"]:
            if row["mode"] != mode:
                continue
            by_group.setdefault(row["group"], []).append(row["p50_ms"])
        for group, values in by_group.items():
            series.setdefault(group, {})[size] = statistics.median(values)
    peak = (
        max((v for points in series.values() for v in points.values()), default=1) or 1
    )
    left, right, chart_top, chart_bottom = 80, WIDTH - 150, top + 30, top + 290
    pen.line([left, chart_bottom, right, chart_bottom], fill="black")
    pen.line([left, chart_top, left, chart_bottom], fill="black")
    pen.text((10, chart_top), f"{peak:.0f} ms", fill="black")

    def point(position, value):
        x = left + (right - left) * (position / max(1, len(items) - 1))
        return x, chart_bottom - (chart_bottom - chart_top) * value / peak

    for position, size in enumerate(items):
        x, _y = point(position, 0)
        pen.text((x - 15, chart_bottom + 5), f"{size} items", fill="black")
    for index, (group, points) in enumerate(sorted(series.items())):
        colour = GROUP_COLOURS.get(group, (0, 0, 0))
        coords = [
            point(items.index(size), value) for size, value in sorted(points.items())
        ]
        if len(coords) > 1:
            pen.line(coords, fill=colour, width=2)
        for x, y in coords:
            pen.ellipse([x - 3, y - 3, x + 3, y + 3], fill=colour)
        pen.text((right + 15, chart_top + index * 16), group, fill=colour)
