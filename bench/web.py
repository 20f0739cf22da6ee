"""Figure 3 (and the serving half of figure 5): /search under 8 concurrent clients.

The production server is started as users start it, ``python -m indexer serve`` (waitress)
in a subprocess on 127.0.0.1 and a free port. Client threads keep one HTTP/1.1 connection
each, as browsers do, and walk the query mix from different starting points. Every loop
is bounded by a request count and a deadline. The server's peak resident memory is read
from /proc before it is stopped, and the CPU time its processes spent serving the timed
requests (steadier than requests/s on a shared machine: the load generator and anything
else running share the same cores).

The warm-up runs the mix from as many connections as the timed run, so every serving process
has opened the index and read the catalogue before the clock starts (one connection
warmed one process, and the other paid its first-request costs inside the timed run).

Phase: ``python -m bench.web INDEX MIX.json`` prints JSON figures.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.process import ROOT, emit, python, tree_vm_hwm_mb
from bench.queries import percentile

HOST = "127.0.0.1"
FILTER_PARAMS = {"person": "person", "meeting": "meeting", "org": "org", "type": "type", "from": "from", "to": "to"}


def tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a live process and its live children have used so far."""
    members = [pid]
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if int((entry / "stat").read_text(encoding="ascii").rsplit(") ", 1)[1].split()[1]) == pid:
                members.append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    total = 0
    for member in members:
        try:
            fields = Path(f"/proc/{member}/stat").read_text(encoding="ascii").rsplit(") ", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def search_paths(mix: list[dict]) -> list[str]:
    """The query mix as /search URLs, the way the search form submits them."""
    paths = []
    for q in mix:
        params = {"q": q["text"]} | {FILTER_PARAMS[k]: v for k, v in q["filters"].items() if k in FILTER_PARAMS}
        paths.append("/search?" + urlencode(params))
    return paths


def start_server(index_dir: Path, port: int, log: Path) -> subprocess.Popen:
    handle = log.open("w")
    return subprocess.Popen(
        [python(), "-m", "indexer", "serve", "--index", str(index_dir), "--host", HOST, "--port", str(port)],
        cwd=ROOT,
        stdout=handle,
        stderr=subprocess.STDOUT,
    )


def wait_until_up(port: int, server: subprocess.Popen, timeout: float = 60.0) -> float:
    """Seconds until the server answers; raises if it dies or never answers."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if server.poll() is not None:
            raise RuntimeError(f"server exited with {server.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return time.monotonic() - started
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server did not answer within {timeout:.0f} s")


def get(conn: http.client.HTTPConnection, path: str) -> int:
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    return response.status


def load(port: int, paths: list[str], clients: int, max_requests: int, max_seconds: float) -> dict[str, float]:
    """``clients`` threads share ``max_requests`` requests until done or the deadline passes."""
    lock = threading.Lock()
    issued = 0
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + max_seconds

    def client(offset: int) -> None:
        nonlocal issued, errors
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        n = offset
        while time.monotonic() < deadline:
            with lock:
                if issued >= max_requests:
                    break
                issued += 1
            path = paths[n % len(paths)]
            n += 1
            started = time.perf_counter()
            try:
                status = get(conn, path)
            except (OSError, http.client.HTTPException):
                status = 0
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=60)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors += status != 200
        conn.close()

    threads = [threading.Thread(target=client, args=(k * len(paths) // clients,)) for k in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max_seconds + 90)
    wall = time.perf_counter() - started
    return {
        "web_clients": clients,
        "web_requests": len(latencies),
        "web_errors": errors,
        "web_rps": len(latencies) / wall if wall else 0.0,
        "web_p50_ms": round(percentile(latencies, 0.5), 1),
        "web_p95_ms": round(percentile(latencies, 0.95), 1),
    }


def run(index_dir: Path, mix: list[dict], clients: int, max_requests: int, max_seconds: float) -> dict[str, float]:
    port = free_port()
    server = start_server(index_dir, port, index_dir.parent / "serve.log")
    try:
        figures: dict[str, float] = {"serve_start_s": round(wait_until_up(port, server), 2)}
        paths = search_paths(mix)
        started = time.perf_counter()
        warm = load(port, paths, clients, max(len(paths), 4 * clients), max_seconds)  # opens the index, fills caches
        figures["web_warmup_s"] = round(time.perf_counter() - started, 2)
        figures["web_warmup_errors"] = warm["web_errors"]
        cpu = tree_cpu_s(server.pid)
        figures.update(load(port, paths, clients, max_requests, max_seconds))
        served = tree_cpu_s(server.pid) - cpu
        figures["web_server_cpu_ms"] = round(1000 * served / max(1, figures["web_requests"]), 2)
        # `serve` runs one process per core under a watching parent: their peaks added up.
        figures["serve_peak_rss_mb"] = tree_vm_hwm_mb(server.pid) or float("nan")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.web", description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("mix", type=Path, help="the query mix written by bench.queries")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=480)
    parser.add_argument("--seconds", type=float, default=90.0)
    args = parser.parse_args(argv)
    mix = json.loads(args.mix.read_text(encoding="utf-8"))
    emit(run(args.index, mix, args.clients, args.requests, args.seconds))


if __name__ == "__main__":
    main()
