#!/usr/bin/env python3
"""Per-stage cost profile of a load-harness run from its JFR recording.

Usage: jfr_stages.py RECORDING.jfr [ARTICLES]

Runs the JDK's `jfr print --json` (JAVA_HOME/bin/jfr, else jfr on PATH) and prints
  1. CPU-seconds per thread group (jdk.ThreadCPULoad: each thread's share of the machine between two events,
     times the number of CPUs), and per article when ARTICLES is given;
  2. the share of execution samples (jdk.ExecutionSample, 300 frames deep) of the enrich and aggregate stream
     threads by stage, found from the frames on the stack.
"""
import collections
import datetime
import json
import os
import re
import subprocess
import sys


def jfr_json(recording, events, depth=None):
    jfr = os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "jfr")
    cmd = [jfr if os.path.exists(jfr) else "jfr", "print", "--json", "--events", events]
    if depth:
        cmd[2:2] = ["--stack-depth", str(depth)]
    return json.loads(subprocess.run(cmd + [recording], check=True, capture_output=True, text=True).stdout)


def ts(event):
    return datetime.datetime.fromisoformat(event["values"]["startTime"].replace("Z", "+00:00")).timestamp()


def thread_group(name):
    if "StreamThread" in name and "Global" not in name:
        return "enrich stream thread" if "enrich" in name else "aggregate stream thread"
    if "Compiler" in name:
        return "JIT compiler"
    if "Jetty" in name or "ingest" in name:
        return "ingest (HTTP, producer)"
    if "harness" in name or name == "main" or "HttpClient" in name:
        return "harness (senders, watcher)"
    if "GC" in name or "VM Thread" in name:
        return "GC and VM"
    return "broker and other threads"


STAGES = [("resolver", "ClaimResolver"), ("embedding", "Embedder"), ("extraction", "ArticleAnalyzer"),
          ("produce (serialize, send)", "StreamsProducer.send"), ("produce (serialize, send)", "RecordCollectorImpl.send"),
          ("punctuate", "punctuate"), ("commit, flush", "commit"), ("commit, flush", "flush"), ("poll, deserialize", "poll")]


def stage(names):
    joined = " ".join(names)
    for label, marker in STAGES:
        if marker in joined:
            return label
    return "process (stores, joins, other)"


def main():
    recording = sys.argv[1]
    articles = int(sys.argv[2]) if len(sys.argv) > 2 else None
    cpus = os.cpu_count() or 1
    load = sorted(jfr_json(recording, "jdk.ThreadCPULoad")["recording"]["events"], key=ts)
    last, groups = {}, collections.Counter()
    for e in load:
        thread = e["values"]["eventThread"]
        name = thread.get("javaName") or thread.get("osName") or "?"
        now, before = ts(e), last.get(name)
        last[name] = now
        if before is not None:
            groups[thread_group(name)] += (e["values"]["user"] + e["values"]["system"]) * cpus * (now - before)
    total = sum(groups.values())
    print("CPU by thread group (%d CPUs)" % cpus)
    for group, seconds in groups.most_common():
        per = "  %6.2f ms/article" % (1000 * seconds / articles) if articles else ""
        print("  %-28s %7.1f CPU-s %5.1f%%%s" % (group, seconds, 100 * seconds / total, per))
    samples = jfr_json(recording, "jdk.ExecutionSample", depth=300)["recording"]["events"]
    for service in ("enrich", "aggregate"):
        counts, n = collections.Counter(), 0
        for e in samples:
            name = (e["values"].get("sampledThread") or {}).get("javaName") or ""
            if service not in name or "StreamThread" not in name or "Global" in name:
                continue
            n += 1
            frames = e["values"]["stackTrace"]["frames"]
            counts[stage([f["method"]["type"]["name"].split("/")[-1] + "." + f["method"]["name"] for f in frames])] += 1
        print("%s stream thread, %d samples: %s" % (service, n, ", ".join(
            "%s %d%%" % (k, round(100 * v / max(1, n))) for k, v in counts.most_common())))


if __name__ == "__main__":
    main()
