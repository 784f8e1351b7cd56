#!/usr/bin/env python3
"""Runs a command several times; prints the median wall time (s) and the peak RSS (KiB).

Usage: time_runs.py RUNS CLEAN_DIR [--walls FILE] -- COMMAND...

With --walls, every run's wall time is also appended to FILE (one per line), so that
runs made in several rounds can be pooled.

Before each run CLEAN_DIR is deleted (untimed), so that a run does not pay for removing
the previous run's files. Wall time is measured around fork/exec/wait with a monotonic
clock (time(1) rounds to 10 ms); peak RSS is the child's, from wait4.
"""
import os
import shutil
import statistics
import sys
import time


def main() -> None:
    runs, clean, *rest = sys.argv[1:]
    walls_file = None
    if rest[0] == "--walls":
        walls_file, rest = rest[1], rest[2:]
    separator, *command = rest
    assert separator == "--", __doc__
    walls, peaks = [], []
    for _ in range(int(runs)):
        shutil.rmtree(clean, ignore_errors=True)
        time.sleep(0.05)
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
            os.execvp(command[0], command)
        _, status, usage = os.wait4(pid, 0)
        walls.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"command failed: {' '.join(command)}")
        peaks.append(usage.ru_maxrss)
    if walls_file:
        with open(walls_file, "a") as out:
            out.writelines(f"{wall}\n" for wall in walls)
    print(f"{statistics.median(walls):.3f} {max(peaks)}")


if __name__ == "__main__":
    main()
