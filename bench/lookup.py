#!/usr/bin/env python3
"""Load run: certificate lookups beside /health, against the release build on the
embedded database, with wrk. Prints a table (and writes it to bench/results/) with each
scenario's throughput as a ratio of /health measured in the same run.

    python3 bench/lookup.py [--seconds 10] [--connections 32]
"""
import argparse
import datetime
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent


def call(base, method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None


def certify(base):
    """One learner through the whole instruction (watch ratio 0): returns the code."""
    quiz = tomllib.loads((ROOT / "content/courses/ifsg43/de/quiz.toml").read_text())
    right = {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in quiz["questions"]}
    enrolment = call(base, "POST", "/api/v1/enrolments", {"tenant": "musterstadt", "course": "ifsg43", "language": "de",
                                                          "given_name": "Erika", "family_name": "Mustermann", "birth_date": "1990-01-01"})
    eid, token = enrolment["id"], enrolment["token"]
    attempt = call(base, "POST", f"/api/v1/enrolments/{eid}/quiz", {}, token)
    answers = {q["id"]: right[q["id"]] for q in attempt["questions"]}
    call(base, "POST", f"/api/v1/enrolments/{eid}/quiz/{attempt['attempt']}", {"answers": answers}, token)
    return call(base, "POST", f"/api/v1/enrolments/{eid}/declaration", {"no_known_obstacles": True}, token)["code"]


def wrk(url, seconds, connections):
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    def latency(p):
        m = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, latency(50), latency(99), int(errors.group(1)) if errors else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    binary = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release/belehrung"
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, BELEHRUNG_BIND="127.0.0.1:0", BELEHRUNG_DATABASE_URL=f"sqlite://{data}/bench.db",
                   BELEHRUNG_DATA_DIR=data, BELEHRUNG_REQUIRED_WATCH_RATIO="0", BELEHRUNG_LOOKUP_RATE_PER_MINUTE="100000000",
                   BELEHRUNG_LOOKUP_BURST="100000000", RUST_LOG="warn")
        server = subprocess.Popen([binary, "serve"], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        try:
            base = re.search(r"(http://\S+)", server.stdout.readline()).group(1)
            code = certify(base)
            scenarios = [("/health (baseline)", "/health"), ("lookup, existing code", f"/api/v1/certificates/{code}"),
                         ("lookup, unknown code", "/api/v1/certificates/0000-0000-0000-0000"), ("verify page", f"/v/{code}")]
            rows = [(name, *wrk(base + path, args.seconds, args.connections)) for name, path in scenarios]
        finally:
            server.terminate()
            server.wait()
    baseline = rows[0][1]
    lines = [f"# Lookup load run, {datetime.date.today()} ({os.cpu_count()} cores, wrk -t2 -c{args.connections} -d{args.seconds}s, SQLite)", "",
             "| scenario | req/s | ratio to /health | p50 ms | p99 ms | non-2xx |", "|---|---|---|---|---|---|"]
    for name, rps, p50, p99, errors in rows:
        lines.append(f"| {name} | {rps:.0f} | {rps / baseline:.2f} | {p50:.2f} | {p99:.2f} | {errors} |")
    table = "\n".join(lines)
    print(table)
    out = ROOT / "bench/results" / f"lookup-{datetime.date.today()}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table + "\n")


if __name__ == "__main__":
    main()
