#!/usr/bin/env python3
"""The load harness: starts the release build on the embedded database and on a
throwaway PostgreSQL cluster and drives it through realistic scenarios, each beside its
baseline measured in the same run:

  1. certificate lookups (existing and unknown codes)     baseline: /health (wrk)
  2. 1,000 learners reporting progress every 5 s           (asyncio + aiohttp)
  3. whole instructions, enrolment to PDF, back to back     (examples/instruction_load.rs)
  4. video range requests                                   baseline: nginx, same file (wrk)

Writes a table (throughput, p50/p99, errors, RSS idle and peak) to bench/results/ and
prints it. Run through `bench/run`, which builds the release and installs wrk and nginx.

    python3 bench/load.py [--seconds 15] [--backends sqlite,postgres]
"""
import argparse
import asyncio
import datetime
import os
import pathlib
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib

import aiohttp

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from lookup import certify, wrk  # noqa: E402

VIDEO = ROOT / "content/courses/ifsg43/de/videos/warum.mp4"
RANGE = "bytes=1000000-1999999"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid, field):
    text = pathlib.Path(f"/proc/{pid}/status").read_text()
    return int(re.search(rf"{field}:\s+(\d+) kB", text).group(1))


class Postgres:
    """A throwaway cluster with the server's default durability settings."""

    def __init__(self):
        bins = sorted(pathlib.Path("/usr/lib/postgresql").glob("*/bin/initdb"))
        if not bins:
            sys.exit("PostgreSQL server binaries are needed: apt-get install postgresql")
        self.bin = bins[-1].parent
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="belehrung-bench-pg-"))
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        self.port = free_port()
        self.run("initdb", "-D", str(self.dir / "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=200"
        self.run("pg_ctl", "-D", str(self.dir / "data"), "-l", str(self.dir / "log"), "-w", "-o", options, "start")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, tool, *args):
        command = [str(self.bin / tool), *args]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self):
        self.run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


class Service:
    def __init__(self, binary, database_url, watch_ratio):
        self.data = tempfile.TemporaryDirectory()
        env = dict(os.environ, BELEHRUNG_BIND="127.0.0.1:0", BELEHRUNG_DATABASE_URL=database_url,
                   BELEHRUNG_DATA_DIR=self.data.name, BELEHRUNG_REQUIRED_WATCH_RATIO=watch_ratio,
                   BELEHRUNG_LOOKUP_RATE_PER_MINUTE="100000000", BELEHRUNG_LOOKUP_BURST="100000000",
                   BELEHRUNG_ENROLMENT_RATE_PER_HOUR="100000000", BELEHRUNG_ENROLMENT_BURST="100000000",
                   BELEHRUNG_DATABASE_POOL_SIZE="16", RUST_LOG="error")
        self.process = subprocess.Popen([binary, "serve"], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        self.base = re.search(r"(http://\S+)", self.process.stdout.readline()).group(1)
        time.sleep(0.5)
        self.idle_rss = rss_kib(self.process.pid, "VmRSS")

    def peak_rss(self):
        return rss_kib(self.process.pid, "VmHWM")

    def stop(self):
        self.process.terminate()
        self.process.wait()
        self.data.cleanup()


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


class Recorder:
    def __init__(self):
        self.latencies = []
        self.errors = 0

    async def call(self, session, method, url, **kwargs):
        started = time.perf_counter()
        try:
            async with session.request(method, url, **kwargs) as response:
                body = await response.read()
                self.latencies.append((time.perf_counter() - started) * 1000)
                if response.status >= 400:
                    self.errors += 1
                    return None
                return body
        except aiohttp.ClientError:
            self.errors += 1
            return None


QUIZ = tomllib.loads((ROOT / "content/courses/ifsg43/de/quiz.toml").read_text())
RIGHT = {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in QUIZ["questions"]}


def learner_body(n):
    letters = "".join(chr(97 + (n // 26 ** i) % 26) for i in range(4))
    return {"tenant": "musterstadt", "course": "ifsg43", "language": "de", "given_name": "Lea" + letters,
            "family_name": "Last", "birth_date": "1990-01-01"}


async def progress_scenario(base, learners, seconds):
    """`learners` enrolled learners, each reporting a 5-second span every 5 s."""
    import json
    recorder = Recorder()
    connector = aiohttp.TCPConnector(limit=learners)
    async with aiohttp.ClientSession(connector=connector) as session:
        enrolled = []
        for chunk in range(0, learners, 50):
            batch = await asyncio.gather(*[recorder.call(session, "POST", f"{base}/api/v1/enrolments", json=learner_body(n))
                                           for n in range(chunk, min(learners, chunk + 50))])
            enrolled += [json.loads(b) for b in batch if b]
        recorder.latencies.clear()
        errors_before = recorder.errors

        async def report(learner, offset):
            await asyncio.sleep(offset)
            position = 0.0
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                await recorder.call(session, "POST", f"{base}/api/v1/enrolments/{learner['id']}/progress",
                                    json={"lesson": "warum", "from_s": position, "to_s": position + 5},
                                    headers={"authorization": f"Bearer {learner['token']}"})
                position += 5
                await asyncio.sleep(5)

        started = time.monotonic()
        await asyncio.gather(*[report(l, 5 * i / len(enrolled)) for i, l in enumerate(enrolled)])
        elapsed = time.monotonic() - started
    return {"requests": len(recorder.latencies), "rps": len(recorder.latencies) / elapsed,
            "p50": percentile(recorder.latencies, 50), "p99": percentile(recorder.latencies, 99),
            "errors": recorder.errors - errors_before, "learners": len(enrolled)}


def cpu_seconds(pid):
    """User and system CPU time the process has used so far."""
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def instruction_scenario(binary_dir, service, concurrency, seconds):
    """Learners doing the whole instruction back to back: enrolment, every lesson's
    progress, quiz, grading, declaration, PDF. Driven by `examples/instruction_load.rs`
    on one thread: a Python generator took a third of the service's CPU for itself.
    Also the service's CPU time per instruction, which does not depend on how much of
    the machine the generator takes."""
    import json
    before = cpu_seconds(service.process.pid)
    out = subprocess.run([str(binary_dir / "examples/instruction_load"), service.base, str(concurrency), str(seconds)],
                         capture_output=True, text=True, check=True).stdout
    used = cpu_seconds(service.process.pid) - before
    result = json.loads(out)
    result["cpu_ms"] = 1000 * used / max(result["instructions"], 1)
    return result


def wrk_range(url, seconds, connections=16):
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    script.write(f'wrk.headers["Range"] = "{RANGE}"\n')
    script.close()
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script.name, url],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    transfer = re.search(r"Transfer/sec:\s+([\d.]+)(\w+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, transfer.group(1) + transfer.group(2), int(errors.group(1)) if errors else 0


def nginx(seconds):
    """nginx from Debian serving the same video file: the baseline for range requests."""
    work = pathlib.Path(tempfile.mkdtemp(prefix="belehrung-bench-nginx-"))
    port = free_port()
    (work / "nginx.conf").write_text(f"""
worker_processes 2; daemon off; pid {work}/nginx.pid; error_log {work}/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; sendfile on; server {{ listen 127.0.0.1:{port}; root {VIDEO.parent}; }} }}
""")
    process = subprocess.Popen(["nginx", "-c", str(work / "nginx.conf"), "-p", str(work)])
    time.sleep(1)
    try:
        return wrk_range(f"http://127.0.0.1:{port}/{VIDEO.name}", seconds)
    finally:
        process.terminate()
        process.wait()
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--learners", type=int, default=1000)
    args = parser.parse_args()
    binary = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release/belehrung"
    rows = []
    notes = []
    for backend in args.backends.split(","):
        pg = Postgres() if backend == "postgres" else None
        scratch = tempfile.TemporaryDirectory()
        url = pg.url if pg else f"sqlite://{scratch.name}/bench.db"
        try:
            quick = Service(binary, url, "0")
            code = certify(quick.base)
            health = wrk(quick.base + "/health", args.seconds, 32)
            existing = wrk(quick.base + f"/api/v1/certificates/{code}", args.seconds, 32)
            unknown = wrk(quick.base + "/api/v1/certificates/0000-0000-0000-0000", args.seconds, 32)
            rows.append((backend, "/health (baseline)", f"{health[0]:.0f} req/s", "1.00", health[1], health[2], health[3]))
            rows.append((backend, "lookup, existing code", f"{existing[0]:.0f} req/s", f"{existing[0] / health[0]:.2f}", existing[1], existing[2], existing[3]))
            # Every answer is a 404 here, as it should be: not an error.
            rows.append((backend, "lookup, unknown code (404)", f"{unknown[0]:.0f} req/s", f"{unknown[0] / health[0]:.2f}", unknown[1], unknown[2], "-"))
            whole = instruction_scenario(binary.parent, quick, 32, args.seconds)
            rows.append((backend, "whole instruction, 32 at once", f"{whole['per_s']:.1f} instructions/s ({whole['rps']:.0f} req/s)",
                         f"{whole['rps'] / health[0]:.2f}", whole["p50"], whole["p99"], whole["errors"]))
            notes.append(f"{backend}: the service's CPU per instruction {whole['cpu_ms']:.1f} ms")
            if backend == "sqlite":
                served = wrk_range(quick.base + "/media/ifsg43/de/warum.mp4", args.seconds)
                baseline = nginx(args.seconds)
                rows.append(("-", "video, 1 MB range, nginx (baseline)", f"{baseline[0]:.0f} req/s ({baseline[1]})", "1.00", None, None, baseline[2]))
                rows.append((backend, "video, 1 MB range", f"{served[0]:.0f} req/s ({served[1]})", f"{served[0] / baseline[0]:.2f}", None, None, served[2]))
            notes.append(f"{backend}: RSS idle {quick.idle_rss / 1024:.1f} MB, peak {quick.peak_rss() / 1024:.1f} MB (lookups, instructions, video)")
            quick.stop()

            real = Service(binary, url.replace("bench.db", "bench-progress.db"), "0.95")
            progress = asyncio.run(progress_scenario(real.base, args.learners, max(args.seconds, 20)))
            rows.append((backend, f"{progress['learners']} learners, progress every 5 s", f"{progress['rps']:.0f} req/s",
                         "-", progress["p50"], progress["p99"], progress["errors"]))
            notes.append(f"{backend}: RSS idle {real.idle_rss / 1024:.1f} MB, peak {real.peak_rss() / 1024:.1f} MB ({progress['learners']} learners)")
            real.stop()
        finally:
            if pg:
                pg.stop()
            scratch.cleanup()

    def ms(value):
        return "-" if value is None else f"{value:.1f}"

    lines = [f"# Load run, {datetime.date.today()} ({os.cpu_count()} cores, load generator on the same machine, {args.seconds} s per scenario)", "",
             "| backend | scenario | throughput | ratio to baseline | p50 ms | p99 ms | errors |", "|---|---|---|---|---|---|---|"]
    lines += [f"| {b} | {s} | {t} | {r} | {ms(p50)} | {ms(p99)} | {e} |" for b, s, t, r, p50, p99, e in rows]
    lines += ["", *[f"- {n}" for n in notes]]
    table = "\n".join(lines)
    print(table)
    out = ROOT / "bench/results" / f"load-{datetime.date.today()}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table + "\n")


if __name__ == "__main__":
    main()
