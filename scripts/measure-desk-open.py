#!/usr/bin/env python3
"""Process start to the first page of the queue, and resident memory once the last page of the whole
queue is on screen: the desk-opening rows of docs/performance.md. Needs $DISPLAY (e.g. Xvfb :77).
usage: scripts/measure-desk-open.py DESK DB [runs]"""
import subprocess, sys, time, re
desk, db = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
for i in range(runs):
    t0 = time.monotonic()
    p = subprocess.Popen([desk, '--db', db, '--lang', 'en', '--screenshot', '/tmp/desk-open.png', '--screenshot-of', 'queue-end'],
                         stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    first = last = rss = None
    for line in p.stderr:
        now = (time.monotonic() - t0) * 1000
        if 'first page after' in line and first is None:
            first = now
        m = re.search(r'last page shown after (\d+) ms; resident memory (\d+) KiB', line)
        if m:
            last, rss = now, int(m.group(2))
    p.wait()
    print(f'run {i+1}: start to first page {first:.0f} ms; last page reported at {last:.0f} ms, resident {rss/1024:.0f} MiB; exit {p.returncode}, total {(time.monotonic()-t0)*1000:.0f} ms', flush=True)
