#!/usr/bin/env python3
"""Where each endpoint's server CPU goes: the JFR execution samples of its measured windows (BENCH_WINDOWS), each
sample put under the first layer found walking its stack from the top. Usage: profile.py recording.jfr windows"""
import json
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime

# (layer, a fragment of a frame's class or method); checked in order for each frame, innermost frame first
LAYERS = [
    ("json", "jakarta/json"), ("json", "org/eclipse/parsson"), ("json", "org/eclipse/yasson"),
    ("h2", "org/h2/"), ("postgres", "org/postgresql"),
    ("hibernate", "org/hibernate/"), ("jdbc-pool/tx", "com/ibm/ws/rsadapter"), ("jdbc-pool/tx", "com/ibm/ejs/j2c"),
    ("jdbc-pool/tx", "com/ibm/tx/"), ("jdbc-pool/tx", "com/ibm/ws/tx"),
    ("jms", "com/ibm/ws/sib"), ("jms", "com/ibm/ws/messaging"), ("jms", "activemq"),
    ("pbkdf2/crypto", "javax/crypto"), ("pbkdf2/crypto", "com/sun/crypto"), ("pbkdf2/crypto", "sun/security"),
    ("our code", "com/switchboard/"),
    ("validation", "hibernate/validator"),
    ("weld/cdi", "org/jboss/weld"), ("weld/cdi", "com/ibm/ws/cdi"),
    ("ejb container", "com/ibm/ejs/container"), ("ejb container", "com/ibm/ws/ejbcontainer"),
    ("resteasy", "org/jboss/resteasy"), ("resteasy", "io/openliberty/restfulWS"),
    ("security", "com/ibm/ws/security"), ("security", "com/ibm/ws/webcontainer/security"),
    ("servlet/http", "com/ibm/ws/webcontainer"), ("servlet/http", "com/ibm/ws/http"),
    ("servlet/http", "com/ibm/ws/genericbnf"), ("servlet/http", "com/ibm/io/async"), ("servlet/http", "com/ibm/ws/tcpchannel"),
    ("servlet/http", "com/ibm/ws/channelfw"),
    ("thread context", "com/ibm/ws/threadContext"), ("thread context", "com/ibm/ws/context"),
    ("thread context", "com/ibm/ws/concurrent"), ("executor", "com/ibm/ws/threading"),
    ("metrics", "microprofile/metrics"), ("metrics", "io/smallrye/metrics"),
]


def layer(frames):
    for f in frames:
        name = f["method"]["type"]["name"] + "." + f["method"]["name"]
        for label, fragment in LAYERS:
            if fragment in name:
                return label
    return "jdk/other"


def main(recording, windows_file):
    windows = []
    for line in open(windows_file):
        ident, start, end = line.rstrip("\n").split("\t")
        windows.append((ident, int(start), int(end)))
    raw = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", recording],
                         capture_output=True, text=True, check=True).stdout
    by_endpoint = defaultdict(Counter)
    for event in json.loads(raw)["recording"]["events"]:
        values = event["values"]
        at = datetime.fromisoformat(values["startTime"][:26].rstrip("Z") + "+00:00").timestamp() * 1000
        for ident, start, end in windows:
            if start <= at <= end:
                frames = values["stackTrace"]["frames"] if values.get("stackTrace") else []
                by_endpoint[ident][layer(frames)] += 1
                break
    print("where the CPU goes, share of each endpoint's samples (JFR, all rounds):")
    for ident, counts in by_endpoint.items():
        total = sum(counts.values())
        parts = ", ".join(f"{k} {100 * n / total:.0f}%" for k, n in counts.most_common(7))
        print(f"  {ident} ({total} samples): {parts}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
