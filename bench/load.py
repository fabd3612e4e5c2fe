"""Load generators: wrk when it is installed, else a small Python client.

Both return the same ``Measure`` for one URL over a fixed duration with a
fixed number of connections, so the runner does not care which ran. wrk
(Debian package ``wrk``, ``make bench-deps``) is the better one: written in C,
it leaves the two cores to gunicorn. The Python client runs requests in
threads (http.client, one connection each, reopened when gunicorn's sync
workers close it); it gives the same columns but steals CPU from the server,
so its ratios are lower than wrk's and the two should not be compared.
"""

import http.client
import re
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class Measure:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int  # status other than the expected one, or a socket error


_CHOICE = {"name": "auto"}


def choose(name):
    """``auto`` (wrk when on PATH), ``wrk`` or ``python``."""
    if name == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: make bench-deps, or GENERATOR=python")
    _CHOICE["name"] = name


def generator_name():
    if _CHOICE["name"] != "auto":
        return _CHOICE["name"]
    return "wrk" if shutil.which("wrk") else "python"


def measure(url, *, seconds, connections, headers=None, expect=200):
    if generator_name() == "wrk":
        return _wrk(url, seconds, connections, headers or {}, expect)
    return _python(url, seconds, connections, headers or {}, expect)


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * _UNITS[unit]


def _wrk(url, seconds, connections, headers, expect):
    command = [
        "wrk",
        f"-t{min(2, connections)}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--latency",
        "--timeout",
        "30s",  # a slow answer is a latency, not an error
        url,
    ]
    for name, value in headers.items():
        command[1:1] = ["-H", f"{name}: {value}"]
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=seconds + 30
    ).stdout
    percentiles = dict(re.findall(r"^\s+(50|99)(?:\.000)?%\s+(\S+)", output, re.M))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    errors = int(bad.group(1)) if bad else 0
    if socket_errors:
        errors += sum(int(n) for n in re.findall(r"\d+", socket_errors.group(1)))
    # wrk counts a 200 as success where a 304 is expected: the runner checks
    # the status of one request itself before loading.
    return Measure(
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p50_ms=_ms(percentiles["50"]),
        p99_ms=_ms(percentiles["99"]),
        requests=requests,
        errors=errors,
    )


def _python(url, seconds, connections, headers, expect):
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    deadline = time.monotonic() + seconds
    latencies = []
    errors = [0]
    lock = threading.Lock()

    def worker():
        mine, failed = [], 0
        connection = None
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(
                        parts.hostname, parts.port, timeout=30
                    )
                connection.request("GET", target, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status != expect:
                    failed += 1
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException):
                failed += 1
                connection = None
            mine.append((time.perf_counter() - started) * 1000)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies.sort()

    def percentile(share):
        if not latencies:
            return 0.0
        return latencies[min(len(latencies) - 1, int(share * len(latencies)))]

    return Measure(
        rps=len(latencies) / elapsed if elapsed else 0.0,
        p50_ms=percentile(0.50),
        p99_ms=percentile(0.99),
        requests=len(latencies),
        errors=errors[0],
    )
