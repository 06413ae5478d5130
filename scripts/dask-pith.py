#!/usr/bin/env python3
"""Cleans a JSONL file on a Dask cluster: its lines cut into partitions, each partition piped
through one `pith --jsonl` process on a worker, the results gathered in partition order.

    python3 scripts/dask-pith.py --scheduler-file scheduler.json --partitions 8 in.jsonl > out.jsonl

What it relies on from pith: one output line per input line, in input order, bad records as
in-band error lines (exit 0), the same bytes however the input is split. The pith command is
`--pith` (default: `pith`), split on spaces. It prints to stderr which workers ran the partitions.
Used by __tests__/system/dask.test.ts against a scheduler and two workers on loopback.
"""

import argparse
import shlex
import subprocess
import sys

from dask.distributed import Client, get_worker


def clean_partition(lines: bytes, command: list) -> tuple:
    """One partition through one pith process; returns its output and the worker that ran it."""
    done = subprocess.run(command, input=lines, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return done.stdout, get_worker().address


def partitions(data: bytes, count: int) -> list:
    """`count` runs of whole lines, of about equal size."""
    lines = data.splitlines(keepends=True)
    size = -(-len(lines) // count)
    return [b"".join(lines[i : i + size]) for i in range(0, len(lines), size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("--scheduler-file", required=True)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--pith", default="pith")
    args = parser.parse_args()
    with open(args.input, "rb") as handle:
        parts = partitions(handle.read(), args.partitions)
    command = shlex.split(args.pith) + ["--jsonl"]
    with Client(scheduler_file=args.scheduler_file) as client:
        futures = client.map(clean_partition, parts, command=command, pure=False)
        results = client.gather(futures)
    for output, _ in results:
        sys.stdout.buffer.write(output)
    workers = sorted({worker for _, worker in results})
    print(f"dask-pith: {len(parts)} partitions on {len(workers)} workers: {' '.join(workers)}", file=sys.stderr)


if __name__ == "__main__":
    main()
