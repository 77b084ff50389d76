#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The ScaleLab benchmark topology written in SimPy, as a peer to measure the engine against.

Debian 12 packages SimPy 2.3.1 (python3-simpy), whose module is `SimPy` with the classic
process API (`yield hold / request / release`); that is the SimPy used here.

The model is the one in core/sim/simulation.cpp, step for step:
  clients --(10 ms)--> load balancer: round robin over the web servers, in file order
  lb --(1 ms)--> web server: a free worker, else a FIFO queue of at most `queue`, else dropped
  the worker serves for service_ms, then calls the database over its link (1 ms); the
  database has its own workers and bounded FIFO queue; its answer comes back (1 ms) and only
  then is the web worker released; the answer then travels web -> lb -> clients.
  A drop at the database travels back to the web server, which then answers the client.
  A request slower than the client timeout (10 s) counts as a timeout, as in ScaleLab.
Like ScaleLab, the last hops back to the client are pure latency and are added to the end
time instead of being waited for, and the web service time and the hop to the database are
one wait. Arrivals are Poisson; each request draws a user, an op (read/write mix) and a
Zipf-popular key, as ScaleLab's workload does (they do not change the path here).

Parameters are read from the topology file, so both sides always simulate the same thing.
"""

import argparse
import bisect
import json
import math
import random
import resource
import sys
import time

from SimPy.Simulation import Process, Resource, Simulation, hold, release, request


def load_topology(path, rate_override=None):
    with open(path, encoding="utf-8") as f:
        topo = json.load(f)
    nodes = {n["id"]: n for n in topo["nodes"]}
    links = topo["links"]
    clients = [n for n in topo["nodes"] if n["type"] == "clients"]
    if len(clients) != 1:
        sys.exit("millions_simpy.py: expected exactly one clients node")
    client = clients[0]
    entry = next(l for l in links if l["from"] == client["id"])
    lb = nodes[entry["to"]]
    if lb["type"] != "load_balancer" or lb.get("algorithm", "round_robin") != "round_robin":
        sys.exit("millions_simpy.py: expected clients -> round-robin load_balancer")
    pool = [l for l in links if l["from"] == lb["id"] and nodes[l["to"]]["type"] == "web_server"]
    webs = []
    for link in pool:
        web = nodes[link["to"]]
        db_links = [l for l in links if l["from"] == web["id"] and nodes[l["to"]]["type"] == "database"]
        db_link = db_links[0]
        webs.append({
            "id": web["id"],
            "concurrency": web.get("concurrency", 50),
            "service_ms": web.get("service_ms", 20.0),
            "queue": web.get("queue", 100),
            "lb_latency_ms": link.get("latency_ms", 1.0),
            "db": db_link["to"],
            "db_latency_ms": db_link.get("latency_ms", 1.0),
        })
    dbs = {}
    for w in webs:
        d = nodes[w["db"]]
        dbs[d["id"]] = {"concurrency": d.get("concurrency", 50), "service_ms": d.get("service_ms", 20.0),
                        "queue": d.get("queue", 100)}
    mix = client.get("mix", {"read": 0.8, "write": 0.1, "static": 0.1})
    if mix.get("static", 0.0) > 0:
        sys.exit("millions_simpy.py: static requests (CDN / object storage) are not modelled here")
    return {
        "rate_rps": rate_override if rate_override else client.get("rate_rps", 100.0),
        "users": client.get("users", 1000),
        "read": mix.get("read", 0.8),
        "keys": client.get("keys", 1000),
        "zipf_s": client.get("zipf_s", 0.99),
        "timeout_ms": client.get("timeout_ms", 10000.0),
        "entry_latency_ms": entry.get("latency_ms", 1.0),
        "webs": webs,
        "dbs": dbs,
    }


class Model:
    """Shared state: resources, the round-robin cursor, and the tallies."""

    def __init__(self, sim, params, rng):
        self.sim = sim
        self.p = params
        self.rng = rng
        self.dbs = {name: (Resource(capacity=d["concurrency"], sim=sim, name=name), d)
                    for name, d in params["dbs"].items()}
        self.webs = []
        for w in params["webs"]:
            res = Resource(capacity=w["concurrency"], sim=sim, name=w["id"])
            db_res, db = self.dbs[w["db"]]
            self.webs.append((res, w, db_res, db))
        self.rr = 0
        # Zipf CDF over keys, drawn by bisection (ScaleLab draws a key per request too).
        s = params["zipf_s"]
        acc, cdf = 0.0, []
        for k in range(params["keys"]):
            acc += 1.0 / (k + 1) ** s
            cdf.append(acc)
        self.zipf_cdf = [c / acc for c in cdf]
        self.issued = 0
        self.ok = self.timeout = self.dropped = self.writes = 0
        self.latency_sum = 0.0
        self.latencies = None

    def finish(self, start, end, dropped):
        latency = end - start
        if dropped:
            self.dropped += 1
        elif latency > self.p["timeout_ms"]:
            self.timeout += 1
        else:
            self.ok += 1
            self.latency_sum += latency
            if self.latencies is not None:
                self.latencies.append(latency)


class RequestProcess(Process):
    def run(self, m, start):
        sim = m.sim
        # clients -> load balancer
        yield hold, self, m.p["entry_latency_ms"]
        web, w, db, d = m.webs[m.rr]
        m.rr = (m.rr + 1) % len(m.webs)
        back_to_client = m.p["entry_latency_ms"] + w["lb_latency_ms"]
        # load balancer -> web server
        yield hold, self, w["lb_latency_ms"]
        if web.n == 0 and len(web.waitQ) >= w["queue"]:
            m.finish(start, sim.now() + back_to_client, True)
            return
        yield request, self, web
        # service, then the call to the database (the worker stays held)
        yield hold, self, w["service_ms"] + w["db_latency_ms"]
        if db.n == 0 and len(db.waitQ) >= d["queue"]:
            yield hold, self, w["db_latency_ms"]   # the refusal travels back to the web server
            yield release, self, web
            m.finish(start, sim.now() + back_to_client, True)
            return
        yield request, self, db
        yield hold, self, d["service_ms"]
        yield release, self, db
        yield hold, self, w["db_latency_ms"]        # the answer travels back to the web server
        yield release, self, web
        m.finish(start, sim.now() + back_to_client, False)


class Arrivals(Process):
    def run(self, m, duration_ms):
        rng = m.rng
        mean_gap_ms = 1000.0 / m.p["rate_rps"]
        users, read, cdf = m.p["users"], m.p["read"], m.zipf_cdf
        sim = m.sim
        clock = 0.0
        while True:
            clock += rng.expovariate(1.0 / mean_gap_ms)
            if clock >= duration_ms:
                return
            yield hold, self, clock - sim.now()
            rng.randrange(users)                             # user (and so its IP)
            if rng.random() >= read:                         # op
                m.writes += 1
            bisect.bisect_right(cdf, rng.random())           # key
            m.issued += 1
            req = RequestProcess(name="r", sim=sim)
            sim.activate(req, req.run(m, sim.now()))


def percentile(sorted_values, q):
    if not sorted_values:
        return 0.0
    i = min(len(sorted_values) - 1, max(0, math.ceil(q * len(sorted_values)) - 1))
    return sorted_values[i]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("topology")
    ap.add_argument("--requests", type=float, default=100000, help="about this many requests (default 100000)")
    ap.add_argument("--rate", type=float, help="override the clients' rate_rps")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--percentiles", action="store_true", help="keep every latency for p50/p95/p99")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    params = load_topology(args.topology, args.rate)
    duration_ms = args.requests / params["rate_rps"] * 1000.0
    sim = Simulation()
    m = Model(sim, params, random.Random(args.seed))
    if args.percentiles:
        m.latencies = []
    arrivals = Arrivals(name="arrivals", sim=sim)
    sim.activate(arrivals, arrivals.run(m, duration_ms))

    t0 = time.perf_counter()
    sim.simulate(until=1e18)      # until the event list is empty: every request has ended
    wall = time.perf_counter() - t0

    finished = m.ok + m.timeout + m.dropped
    mean = m.latency_sum / m.ok if m.ok else 0.0
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    result = {
        "simpy": "SimPy " + __import__("SimPy").__version__,
        "python": sys.version.split()[0],
        "optimize": sys.flags.optimize,
        "rate_rps": params["rate_rps"],
        "duration_s": duration_ms / 1000.0,
        "requests": m.issued,
        "finished": finished,
        "ok": m.ok, "timeout": m.timeout, "dropped": m.dropped,
        "mean_ms": mean,
        "wall_s": wall,
        "requests_per_s": m.issued / wall,
        "peak_rss_mib": peak_mib,
    }
    if m.latencies is not None:
        m.latencies.sort()
        for q in (50, 95, 99):
            result["p%d_ms" % q] = percentile(m.latencies, q / 100.0)
    print("SimPy peer   %s on Python %s%s" % (result["simpy"], result["python"],
                                             " -O" if sys.flags.optimize else ""))
    print("  workload   %.0f requests/s for %.3f simulated s, seed %d" % (params["rate_rps"], duration_ms / 1000.0, args.seed))
    print("  requests   %d issued, %d ended (ok %d, timeout %d, dropped %d)"
          % (m.issued, finished, m.ok, m.timeout, m.dropped))
    line = "  latency    mean %.3f ms" % mean
    if m.latencies is not None:
        line += ", p50 %.3f ms, p95 %.3f ms, p99 %.3f ms" % (result["p50_ms"], result["p95_ms"], result["p99_ms"])
    print(line)
    print("  wall       %.3f s, %.0f requests/s, peak RSS %.1f MiB" % (wall, result["requests_per_s"], peak_mib))
    if args.json:
        print("JSON " + json.dumps(result))
    if finished != m.issued:
        sys.exit("millions_simpy.py: %d requests never ended" % (m.issued - finished))


if __name__ == "__main__":
    main()
