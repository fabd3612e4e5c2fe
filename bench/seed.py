"""``python -m bench.seed --items N``: migrate, seed the demo, generate the dataset.

Run by the runner in its own process with DJANGO_SETTINGS_MODULE set to
cms.settings.bench and DATABASE_URL pointing at the bench database. A bench
database remembers what it holds in the one-row table ``bench_dataset``: a
database already seeded with N items is reused as it is (seeding 10,000 items
is the slow part of a run); one holding another size is refused.
"""

import argparse
import os
import sys
import time

MARKER_TABLE = "bench_dataset"


def read_marker(connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", [MARKER_TABLE])
        if cursor.fetchone()[0] is None:
            return None
        cursor.execute(f"SELECT items, seconds FROM {MARKER_TABLE}")  # noqa: S608
        return cursor.fetchone()


def write_marker(connection, items, seconds):
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {MARKER_TABLE} "
            "(items integer, seconds double precision, seeded_at timestamptz)"
        )
        cursor.execute(f"DELETE FROM {MARKER_TABLE}")  # noqa: S608
        cursor.execute(
            f"INSERT INTO {MARKER_TABLE} VALUES (%s, %s, now())",  # noqa: S608
            [items, seconds],
        )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, required=True)
    parser.add_argument(
        "--no-demo",
        action="store_true",
        help="a minimal site instead of seed_demo (minutes faster; for tests)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    marker = read_marker(connection)
    if marker is not None and marker[0] != args.items:
        print(
            f"This bench database holds {marker[0]} items, not {args.items}: "
            "use another database (each size has its own).",
            file=sys.stderr,
        )
        return 2
    started = time.monotonic()
    # Also on a reused database: a migration added since it was seeded
    # (an index, a trigger) must be in place before it is measured.
    call_command("migrate", verbosity=0, interactive=False)
    print(f"migrate: {time.monotonic() - started:.0f} s")
    if marker is not None:
        print(f"bench dataset: reusing {marker[0]} items (seeded in {marker[1]:.0f} s)")
        return 0
    demo_started = time.monotonic()
    if args.no_demo:
        from bench import scaffold

        scaffold.build()
        print(f"minimal site: {time.monotonic() - demo_started:.0f} s")
    else:
        call_command("seed_demo", verbosity=0)
        print(f"seed_demo: {time.monotonic() - demo_started:.0f} s")
    from bench.dataset import seed

    seconds = seed(args.items, report=lambda line: print(line, flush=True))
    write_marker(connection, args.items, seconds)
    print(f"bench dataset: {args.items} items seeded in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
