#!/usr/bin/env python3
"""Lookup latency when cached answers expire: one code asked by 32 connections at once,
on SQLite and PostgreSQL, with the answer cache off (0 s), at its default (1 s) and long
(60 s). The tail (p99) shows what a wave of misses costs; /health in the same run is
the baseline. Prints a table and writes it to bench/results/.

    python3 bench/lookup_tail.py [--seconds 6] [--backends sqlite,postgres] [--binary PATH --label NAME]

With --binary, another build (an earlier commit's, say) is measured under --label, and
its table is added to the same day's results file.
"""
import argparse
import datetime
import os
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from load import Postgres, ROOT, Service  # noqa: E402
from lookup import certify, wrk  # noqa: E402

CACHE_SECONDS = ["0", "1", "60"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=6)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--binary")
    parser.add_argument("--label", default="this build")
    args = parser.parse_args()
    binary = pathlib.Path(args.binary) if args.binary else pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release/belehrung"
    rows = []
    for backend in args.backends.split(","):
        pg = Postgres() if backend == "postgres" else None
        scratch = tempfile.TemporaryDirectory()
        url = pg.url if pg else f"sqlite://{scratch.name}/bench.db"
        try:
            for seconds in CACHE_SECONDS:
                os.environ["BELEHRUNG_LOOKUP_CACHE_SECONDS"] = seconds
                service = Service(binary, url, "0")
                try:
                    code = certify(service.base)
                    health = wrk(service.base + "/health", args.seconds, 32)
                    existing = wrk(service.base + f"/api/v1/certificates/{code}", args.seconds, 32)
                    unknown = wrk(service.base + "/api/v1/certificates/0000-0000-0000-0000", args.seconds, 32)
                finally:
                    service.stop()
                rows.append((backend, seconds, health, existing, unknown))
        finally:
            if pg:
                pg.stop()
            scratch.cleanup()
    lines = [
        f"## Lookup tail, {args.label}, {datetime.date.today()} (2 cores, wrk -t2 -c32 -d{args.seconds}s, one code)",
        "",
        "| backend | cache s | /health req/s | existing req/s (ratio) | existing p50 / p99 ms | unknown req/s (ratio) | unknown p50 / p99 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for backend, seconds, health, existing, unknown in rows:
        lines.append(
            f"| {backend} | {seconds} | {health[0]:.0f} | {existing[0]:.0f} ({existing[0] / health[0]:.2f}) | "
            f"{existing[1]} / {existing[2]} | {unknown[0]:.0f} ({unknown[0] / health[0]:.2f}) | {unknown[1]} / {unknown[2]} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    out = ROOT / "bench/results" / f"lookup-tail-{datetime.date.today()}.md"
    with out.open("a") as results:
        results.write(text + "\n")


if __name__ == "__main__":
    main()
