"""The run's outputs: the printed table, the JSON files and the issue's targets."""

import json
import statistics
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parent / "results"

# (what, target, mode, groups, label filter, kind of check) from issue 9.
RATIO_TARGETS = (
    ("API detail, cache warm", 0.30, "warm", ("detail",), None),
    ("API list of 20, cache warm", 0.30, "warm", ("list",), None),
    ("304 revalidation", 0.60, "warm", ("304",), None),
    ("rendered exhibit or story page, cache warm", 0.25, "warm", ("page",), "index"),
    ("API detail, cache off", 0.06, "off", ("detail",), None),
    ("API list of 20, cache off", 0.05, "off", ("list",), None),
)


def aggregate(samples):
    """Medians over rounds of one URL's measures."""
    return {
        name: round(statistics.median(sample[name] for sample in samples), 3)
        for name in ("rps", "p50_ms", "p99_ms", "ratio", "baseline_rps")
    }


def check_targets(result, others):
    """[{what, target, value, pass}] for every row of the issue's table;
    ``pass`` is None when this run cannot tell (e.g. one dataset size only)."""
    rows = result["rows"]
    checks = []
    for what, target, mode, groups, exclude in RATIO_TARGETS:
        ratios = [
            row["ratio"]
            for row in rows
            if row["mode"] == mode
            and row["group"] in groups
            and not (exclude and exclude in row["label"])
        ]
        value = min(ratios) if ratios else None
        checks.append(
            _check(
                f"{what} (worst row)",
                f">= {target}",
                value,
                value is not None and value >= target,
            )
        )
    small, large = others.get(100), others.get(10000)
    growth = None
    if small and large:
        growths = [
            row["p50_ms"] / base["p50_ms"]
            for row in large["rows"]
            for base in small["rows"]
            if (row["label"], row["mode"]) == (base["label"], base["mode"])
            and base["p50_ms"]
        ]
        growth = round(max(growths), 2) if growths else None
    checks.append(
        _check(
            "p50 latency growth 100 -> 10,000 items (worst row)",
            "<= 1.5x",
            growth,
            growth is not None and growth <= 1.5,
        )
    )
    search = None
    if large:
        values = [row["p50_ms"] for row in large["rows"] if row["group"] == "search"]
        search = max(values) if values else None
    checks.append(
        _check(
            "search p50 at 10,000 items (ms)",
            "< 100",
            search,
            search is not None and search < 100,
        )
    )
    memory = [mb for mode in result["modes"].values() for mb in mode["memory_mb"]]
    peak = max(memory) if memory else None
    checks.append(
        _check(
            "memory per worker (MB, peak)",
            "< 250",
            peak,
            peak is not None and peak < 250,
        )
    )
    return checks


def _check(what, target, value, passed):
    return {
        "what": what,
        "target": target,
        "value": value,
        "pass": passed if value is not None else None,
    }


def load_latest():
    """{items: result} of the latest run of every dataset size."""
    found = {}
    for path in RESULTS_DIR.glob("latest-*.json"):
        data = json.loads(path.read_text())
        found[data["items"]] = data
    return found


def write(result):
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    stamped = RESULTS_DIR / f"{result['items']}-{result['timestamp']}.json"
    stamped.write_text(text)
    (RESULTS_DIR / f"latest-{result['items']}.json").write_text(text)
    return stamped


def table(result):
    lines = [
        f"make bench: {result['items']} items x 4 languages (generated in "
        f"{result.get('seed_seconds')} s), {result['generator']}, "
        f"{result['connections']} connections, {result['duration']} s x "
        f"{result['rounds']} rounds, {result.get('cpus')} CPUs, load average "
        f"{result.get('load_average')}",
        f"{'url':<26} {'mode':<5} {'rps':>8} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7} {'queries':>7} {'status':>6}",
    ]
    for mode, data in result["modes"].items():
        base = data["baseline"]
        lines.append(
            f"{'baseline':<26} {mode:<5} {base['rps']:>8.1f} {base['p50_ms']:>8.1f} {base['p99_ms']:>8.1f} {1:>7.3f} {'':>7} {'200':>6}"
        )
    for row in result["rows"]:
        status = str(row["status"]) + ("" if row["status"] == row["expect"] else "!")
        lines.append(
            f"{row['label']:<26} {row['mode']:<5} {row['rps']:>8.1f} {row['p50_ms']:>8.1f} "
            f"{row['p99_ms']:>8.1f} {row['ratio']:>7.3f} {row['queries']!s:>7} {status:>6}"
        )
    memory = ", ".join(
        f"{mode}: {data['memory_mb']}" for mode, data in result["modes"].items()
    )
    lines.append(f"peak memory per worker (MB): {memory}")
    lines.append("")
    lines.append(f"{'target (issue 9)':<58} {'goal':>8} {'value':>8}  result")
    for check in result["targets"]:
        verdict = {True: "pass", False: "FAIL", None: "n/a"}[check["pass"]]
        value = "-" if check["value"] is None else f"{check['value']}"
        lines.append(f"{check['what']:<58} {check['target']:>8} {value:>8}  {verdict}")
    return "\n".join(lines)
