"""A bounded loopback load test of `baoku serve`: concurrent clients for a fixed time, search and article
views, requests per second and latency percentiles, errors counted. It prints figures; it is no test.

    python -m bench.web_load [--db demo/demo.db] [--clients 20] [--seconds 30]

Without --db it builds a small archive from examples/ in a temporary folder. The server runs on 127.0.0.1
only, and every client stops after --seconds (and at most --max-requests requests in all).
"""
from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUERIES = ("老街", "港", "调研", "青川", "\"城市书房\"", "市委 OR 市政府", "治理 -河道")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_archive(folder: Path) -> Path:
    db = folder / "load.db"
    subprocess.run([sys.executable, "-m", "baoku.cli", "ingest", str(REPO / "examples"), "--db", str(db),
                    "--workers", "1"], check=True, capture_output=True)
    return db


def wait_up(port: int, seconds: float = 30.0) -> None:
    end = time.time() + seconds
    while time.time() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("bench.web_load: the server did not start")


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read()


def client(port: int, paths: list[str], stop: float, budget: list[int], lock: threading.Lock,
           out: dict[str, list[float]], errors: list[str]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    k = 0
    while time.time() < stop:
        with lock:
            if budget[0] <= 0:
                break
            budget[0] -= 1
        path = paths[k % len(paths)]
        k += 1
        kind = "search" if path.startswith("/search") else "article"
        t = time.perf_counter()
        try:
            status, _ = get(conn, path)
        except (OSError, http.client.HTTPException) as e:
            errors.append(f"{path}: {type(e).__name__}")
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            continue
        out.setdefault(kind, []).append(time.perf_counter() - t)
        if status >= 400:
            errors.append(f"{path}: HTTP {status}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.web_load", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="an archive (default: one built from examples/ in a temporary folder)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--max-requests", type=int, default=200_000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as td:
        db = Path(args.db) if args.db else build_archive(Path(td))
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "baoku.cli", "serve", "--db", str(db), "--host",
                                   "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            wait_up(port)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            status, body = get(conn, "/api/search?q=" + "%E9%9D%92" + "&limit=50")
            ids = [h["id"] for h in json.loads(body).get("hits", [])] if status == 200 else []
            from urllib.parse import quote
            paths = [f"/search?q={quote(q)}" for q in QUERIES] + [f"/articles/{i}" for i in ids[:20]]
            out: dict[str, list[float]] = {}
            errors: list[str] = []
            lock, budget = threading.Lock(), [args.max_requests]
            stop = time.time() + args.seconds
            t0 = time.perf_counter()
            threads = [threading.Thread(target=client, args=(port, paths[i % len(paths):] + paths[:i % len(paths)],
                                                             stop, budget, lock, out, errors))
                       for i in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t0
        finally:
            server.terminate()
            server.wait(timeout=10)
    total = sum(len(v) for v in out.values())
    print(f"{args.clients} clients, {wall:.1f} s, {total} requests, {total / wall:.1f} requests/s, "
          f"{len(errors)} errors")
    for kind, lat in sorted(out.items()):
        lat = sorted(lat)
        p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))]
        print(f"  {kind:8s} {len(lat):6d} requests  p50 {statistics.median(lat) * 1000:7.1f} ms  "
              f"p95 {p95 * 1000:7.1f} ms")
    for e in errors[:5]:
        print("  error:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
