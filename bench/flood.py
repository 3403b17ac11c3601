#!/usr/bin/env python3
"""Progress flood: does one learner sending a flood of progress reports slow the others?

Starts the service (SQLite and/or a throwaway PostgreSQL cluster, as bench/load.py does)
and runs two phases of equal length with the same honest learners: each reports a
5-second span every 2 s and reads its enrolment every 2 s. In the second phase one more
learner sends `--reports` progress reports (100,000 by default) as fast as
`--concurrency` connections allow, for at most `--max-seconds`. The honest learners'
p50/p99 in both phases, their ratio, the flood's answers by status and the rows left in
the database go to bench/results/flood-DATE.md.

    python3 bench/flood.py [--binary target/release/belehrung] [--backends sqlite,postgres]
"""
import argparse
import asyncio
import collections
import datetime
import json
import multiprocessing
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile
import time

import aiohttp

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from load import Postgres, Recorder, Service, learner_body, percentile  # noqa: E402


async def enrol(session, base, n):
    async with session.post(f"{base}/api/v1/enrolments", json=learner_body(n)) as response:
        assert response.status == 201, await response.text()
        return await response.json()


async def honest(session, base, learner, recorder, seconds, offset):
    """A player: a 5-second span every 2 s, and the enrolment read every 2 s."""
    await asyncio.sleep(offset)
    position = 0.0
    headers = {"authorization": f"Bearer {learner['token']}"}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        await recorder.call(session, "POST", f"{base}/api/v1/enrolments/{learner['id']}/progress",
                            json={"lesson": "warum", "from_s": position, "to_s": position + 5}, headers=headers)
        position = (position + 5) % 100
        await recorder.call(session, "GET", f"{base}/api/v1/enrolments/{learner['id']}", headers=headers)
        await asyncio.sleep(2)


async def flood(session, base, learner, reports, concurrency, max_seconds):
    """As many reports as fast as the connections allow; answers counted by status."""
    statuses = collections.Counter()
    headers = {"authorization": f"Bearer {learner['token']}"}
    url = f"{base}/api/v1/enrolments/{learner['id']}/progress"
    left = [reports]
    deadline = time.monotonic() + max_seconds

    async def worker(k):
        while left[0] > 0 and time.monotonic() < deadline:
            left[0] -= 1
            n = left[0]
            # Scattered spans, so a store that keeps every report grows with each one.
            start = (n * 7 + k) % 90
            try:
                async with session.post(url, json={"lesson": "warum", "from_s": start, "to_s": start + 0.5},
                                        headers=headers) as response:
                    await response.read()
                    statuses[response.status] += 1
            except aiohttp.ClientError:
                statuses["error"] += 1

    started = time.monotonic()
    await asyncio.gather(*[worker(k) for k in range(concurrency)])
    return statuses, time.monotonic() - started


def flood_process(base, learner, reports, concurrency, max_seconds, results):
    """The flood in a process of its own: its event loop, busy with the flood, must not
    delay the honest learners' requests and so inflate what is measured for them."""
    async def run():
        connector = aiohttp.TCPConnector(limit=concurrency + 4)
        async with aiohttp.ClientSession(connector=connector) as session:
            return await flood(session, base, learner, reports, concurrency, max_seconds)
    statuses, seconds = asyncio.run(run())
    results.put((dict(statuses), seconds))


async def scenario(base, learners, seconds, reports, concurrency, max_seconds):
    connector = aiohttp.TCPConnector(limit=learners + concurrency + 8)
    async with aiohttp.ClientSession(connector=connector) as session:
        honest_learners = [await enrol(session, base, n) for n in range(learners)]
        hostile = await enrol(session, base, learners)

        quiet = Recorder()
        await asyncio.gather(*[honest(session, base, l, quiet, seconds, 2 * i / learners)
                               for i, l in enumerate(honest_learners)])

        loud = Recorder()
        spawn = multiprocessing.get_context("spawn")
        results = spawn.Queue()
        flooding = spawn.Process(
            target=flood_process, args=(base, hostile, reports, concurrency, max_seconds, results))
        flooding.start()
        # The honest learners are measured while the flood runs (it starts first).
        await asyncio.sleep(1)
        await asyncio.gather(*[honest(session, base, l, loud, seconds, 2 * i / learners)
                               for i, l in enumerate(honest_learners)])
        statuses, flood_seconds = await asyncio.get_running_loop().run_in_executor(None, results.get)
        statuses = collections.Counter(statuses)
        flooding.join()
    return quiet, loud, statuses, flood_seconds


def rows_left(url):
    """Rows of the watch tables after the run (SQLite only; the table names of both forms)."""
    if not url.startswith("sqlite://"):
        return None
    db = sqlite3.connect(url.removeprefix("sqlite://"))
    counts = {}
    for table in ("watch_coverage", "watch_spans"):
        try:
            counts[table] = db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        except sqlite3.OperationalError:
            pass
    db.close()
    return counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=str(pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release/belehrung"))
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--learners", type=int, default=40)
    parser.add_argument("--seconds", type=int, default=30, help="length of each phase")
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--max-seconds", type=int, default=300, help="the flood stops after this long")
    args = parser.parse_args()
    lines = [f"# Progress flood, {datetime.date.today()} ({os.cpu_count()} cores, load generator on the same machine)", "",
             f"Binary: `{pathlib.Path(args.binary).relative_to(ROOT) if pathlib.Path(args.binary).is_relative_to(ROOT) else args.binary}`; "
             f"{args.learners} honest learners (a report and a status read every 2 s each), {args.seconds} s per phase; "
             f"the flood: up to {args.reports} reports over {args.concurrency} connections, at most {args.max_seconds} s.", "",
             "| backend | honest p50 ms, quiet | p99 ms, quiet | p50 ms, flood | p99 ms, flood | p99 ratio | honest errors | flood answers | flood req/s | watch rows after |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for backend in args.backends.split(","):
        pg = Postgres() if backend == "postgres" else None
        scratch = tempfile.TemporaryDirectory()
        url = pg.url if pg else f"sqlite://{scratch.name}/flood.db"
        service = Service(args.binary, url, "0.95")
        try:
            quiet, loud, statuses, flood_seconds = asyncio.run(
                scenario(service.base, args.learners, args.seconds, args.reports, args.concurrency, args.max_seconds))
        finally:
            service.stop()
        rows = rows_left(url)
        if pg:
            pg.stop()
        scratch.cleanup()
        q50, q99 = percentile(quiet.latencies, 50), percentile(quiet.latencies, 99)
        l50, l99 = percentile(loud.latencies, 50), percentile(loud.latencies, 99)
        answers = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0])))
        sent = sum(statuses.values())
        lines.append(f"| {backend} | {q50:.1f} | {q99:.1f} | {l50:.1f} | {l99:.1f} | {l99 / q99:.2f} | "
                     f"{quiet.errors} / {loud.errors} | {answers} | {sent / flood_seconds:.0f} | "
                     f"{json.dumps(rows) if rows is not None else '-'} |")
    table = "\n".join(lines)
    print(table)
    out = ROOT / "bench/results" / f"flood-{datetime.date.today()}.md"
    out.write_text(table + "\n")


if __name__ == "__main__":
    main()
