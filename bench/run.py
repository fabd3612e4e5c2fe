"""``python -m bench``: the whole benchmark (see docs/performance.md).

1. the bench database (embedded PostgreSQL or DATABASE_URL, bench.database),
   migrated and seeded once per size (bench.seed);
2. per mode ("warm": response cache on and warmed; "off": RESPONSE_CACHE=off),
   gunicorn with 2 sync workers (bench.server), the URL list (bench.targets),
   one checked request per URL (status, X-Bench-Queries), a warm-up, then
   ROUNDS rounds in which every URL is loaded right after the baseline view;
3. medians over rounds, the table, JSON and PNG (bench.report, bench.chart).

gunicorn and the embedded server are stopped whatever happens. The exit
status is 1 when a URL did not answer as expected.
"""

import argparse
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from bench import chart, load, report, targets
from bench.database import Database
from bench.server import BASE_DIR, Gunicorn, get

MODES = {"warm": "on", "off": "off"}


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Benchmark the museum under gunicorn."
    )
    parser.add_argument("--items", type=int, default=int(os.environ.get("ITEMS", 100)))
    parser.add_argument(
        "--duration", type=float, default=float(os.environ.get("DURATION", 5))
    )
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("ROUNDS", 3)))
    parser.add_argument(
        "--modes",
        default=os.environ.get("MODES", "warm,off"),
        help="comma-separated: warm, off",
    )
    parser.add_argument(
        "--connections", type=int, default=int(os.environ.get("CONNECTIONS", 8))
    )
    parser.add_argument(
        "--no-demo",
        action="store_true",
        help="a minimal site instead of seed_demo (tests)",
    )
    parser.add_argument("--results-dir", type=Path, default=report.RESULTS_DIR)
    parser.add_argument(
        "--generator",
        choices=("auto", "wrk", "python"),
        default=os.environ.get("GENERATOR", "auto"),
        help="load generator: wrk when installed (auto), or the Python client",
    )
    args = parser.parse_args(argv)
    args.modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    unknown = set(args.modes) - set(MODES)
    if unknown:
        parser.error(f"unknown mode(s) {', '.join(sorted(unknown))}: use warm, off")
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    report.RESULTS_DIR = args.results_dir
    load.choose(args.generator)
    # A SIGTERM (CI, make interrupted) unwinds like Ctrl-C, through the
    # finally blocks that stop gunicorn and the embedded server.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    database = Database(args.items, os.environ.get("DATABASE_URL"))
    try:
        return _run(args, database)
    finally:
        database.close()


def _run(args, database):
    name = urlsplit(database.url).path.lstrip("/")
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="cms.settings.bench",
        DATABASE_URL=database.url,
        BENCH_MEDIA_ROOT=os.environ.get("BENCH_MEDIA_ROOT")
        or str(BASE_DIR / ".data" / "bench-media" / name),
        PYTHONPATH=str(BASE_DIR),
        PYTHONUNBUFFERED="1",
    )
    started = time.monotonic()
    seed = [sys.executable, "-m", "bench.seed", "--items", str(args.items)]
    subprocess.run(
        seed + (["--no-demo"] if args.no_demo else []),
        env=env,
        cwd=BASE_DIR,
        check=True,
    )
    result = {
        "items": args.items,
        "timestamp": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"),
        "generator": load.generator_name(),
        "duration": args.duration,
        "rounds": args.rounds,
        "connections": args.connections,
        "workers": 2,
        "database": name,
        "setup_seconds": round(time.monotonic() - started, 1),
        "seed_seconds": database.seed_seconds(),
        "cpus": os.cpu_count(),
        "load_average": [round(value, 2) for value in os.getloadavg()],
        "modes": {},
        "rows": [],
    }
    failures = []
    args.results_dir.mkdir(parents=True, exist_ok=True)
    for mode in args.modes:
        env["RESPONSE_CACHE"] = MODES[mode]
        server = Gunicorn(env, args.results_dir / f"gunicorn-{args.items}-{mode}.log")
        try:
            server.start()
            _measure_mode(args, server, mode, result, failures)
        finally:
            server.stop()
    result["targets"] = report.check_targets(
        result, {**report.load_latest(), args.items: result}
    )
    result["failures"] = failures
    path = report.write(result)
    png = chart.draw(
        result, report.load_latest(), args.results_dir / f"latest-{args.items}.png"
    )
    print(report.table(result))
    print(f"\nJSON: {path}\nchart: {png}")
    if failures:
        print("\nFAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


def _measure_mode(args, server, mode, result, failures):
    urls = targets.discover(server.base)
    checked = {}
    for target in [targets.BASELINE, *urls]:
        status, _headers, _body = get(server.base + target.path, target.headers)
        if status != target.expect:
            failures.append(
                f"{mode}: {target.label} answered {status}, not {target.expect}"
            )
    print(
        f"[{mode}] {len(urls)} URLs answer as expected"
        if not failures
        else f"[{mode}] {failures}",
        flush=True,
    )
    for target in urls:  # warm-up (fills the cache of both workers), then the
        for _ in range(6):  # status and query count of one request as loaded
            get(server.base + target.path, target.headers)
        status, headers, _body = get(server.base + target.path, target.headers)
        checked[target.label] = (status, headers.get("X-Bench-Queries"))
    samples = {target.label: [] for target in urls}
    baselines = []
    for round_number in range(args.rounds):
        for target in urls:
            base = _load(args, server, targets.BASELINE)
            measure = _load(args, server, target)
            baselines.append(base)
            samples[target.label].append(
                {
                    **vars(measure),
                    "baseline_rps": base.rps,
                    "ratio": measure.rps / base.rps if base.rps else 0.0,
                }
            )
        print(f"[{mode}] round {round_number + 1}/{args.rounds} done", flush=True)
    result["modes"][mode] = {
        "baseline": report.aggregate(
            [{**vars(b), "ratio": 1.0, "baseline_rps": b.rps} for b in baselines]
        ),
        "memory_mb": server.peak_memory_mb(),
    }
    for target in urls:
        rounds = samples[target.label]
        errors = sum(sample["errors"] for sample in rounds)
        if errors:
            failures.append(
                f"{mode}: {target.label} had {errors} unexpected answers under load"
            )
        result["rows"].append(
            {
                "label": target.label,
                "mode": mode,
                "group": target.group,
                "path": target.path,
                "expect": target.expect,
                "status": checked[target.label][0],
                "queries": _int(checked[target.label][1]),
                **report.aggregate(rounds),
                "errors": errors,
                "samples": rounds,
            }
        )


def _load(args, server, target):
    measure = load.measure(
        server.base + target.path,
        seconds=args.duration,
        connections=args.connections,
        headers=target.headers,
        expect=target.expect,
    )
    # The load generator stops, but requests it left queued are still being
    # served: wait for them (a request answered after the queue is empty), so
    # that a slow URL does not eat into the next baseline measure.
    for _ in range(2):
        get(f"{server.base}{targets.BASELINE.path}", timeout=120)
    return measure


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
