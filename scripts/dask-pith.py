#!/usr/bin/env python3
"""Cleans a JSONL file on a Dask cluster: its lines cut into partitions, each partition piped
through one `pith --jsonl` process on a worker, the results gathered in partition order.

    python3 scripts/dask-pith.py --scheduler-file scheduler.json --partitions 8 in.jsonl > out.jsonl

What it relies on from pith: one output line per input line, in input order, bad records as
in-band error lines (exit 0), the same bytes however the input is split. The pith command is
`--pith` (default: `pith`), split on spaces. It prints to stderr which workers ran the partitions.
Used by __tests__/system/dask.test.ts against a scheduler and two workers on loopback.

With --dedupe-lines it is the two-stage job of README "Repeated lines": each partition's line
counts (`pith line-hashes`, the map), their sum on a worker (numpy, as the Spark recipe sums them:
the reduce), written to --counts, then each partition cleaned with `--repeated-lines` that file
(which every worker must be able to read: here they share a machine).
"""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile

from dask.distributed import Client, get_worker


def clean_partition(lines: bytes, command: list) -> tuple:
    """One partition through one pith process; returns its output and the worker that ran it."""
    done = subprocess.run(command, input=lines, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return done.stdout, get_worker().address


def line_hashes(lines: bytes, command: list) -> bytes:
    """The map step: one partition's counts table."""
    return subprocess.run(command, input=lines, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True).stdout


def summed(tables: list) -> bytes:
    """The reduce step: the tables' cells added (clipped at 65,535) and their documents; the header as pith writes it."""
    import numpy as np

    header = np.frombuffer(tables[0], dtype="<u4", count=8, offset=0)
    depth, width_bits = int(header[3]), int(header[4])
    cells = sum(np.frombuffer(table, dtype="<u2", offset=32).astype(np.uint32) for table in tables)
    documents = 0
    for table in tables:
        low, high = np.frombuffer(table, dtype="<u4", count=2, offset=24)
        documents += int(low) + (int(high) << 32)
    words = np.array([1, depth, width_bits, 2, documents & 0xFFFFFFFF, documents >> 32], dtype="<u4")
    return b"PITHLINE" + words.tobytes() + np.minimum(cells, 0xFFFF).astype("<u2").tobytes()


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
    parser.add_argument("--dedupe-lines", action="store_true", help="two stages: count, sum, clean with the sum")
    parser.add_argument("--width-bits", default="22", help="the tables' width (pith line-hashes --width-bits)")
    parser.add_argument("--counts", help="--dedupe-lines: where the summed table goes (default: a temporary file)")
    args = parser.parse_args()
    with open(args.input, "rb") as handle:
        parts = partitions(handle.read(), args.partitions)
    pith = shlex.split(args.pith)
    command = pith + ["--jsonl"]
    with Client(scheduler_file=args.scheduler_file) as client:
        counts = None
        if args.dedupe_lines:
            hashing = pith + ["line-hashes", "--jsonl", "--width-bits", args.width_bits]
            tables = client.map(line_hashes, parts, command=hashing, pure=False)
            table = client.submit(summed, tables, pure=False).result()
            counts = args.counts or os.path.join(tempfile.mkdtemp(prefix="dask-pith-"), "counts.bin")
            with open(counts, "wb") as out:
                out.write(table)
            command += ["--repeated-lines", counts]
        futures = client.map(clean_partition, parts, command=command, pure=False)
        results = client.gather(futures)
        if counts and not args.counts:
            os.remove(counts)
            os.rmdir(os.path.dirname(counts))
    for output, _ in results:
        sys.stdout.buffer.write(output)
    workers = sorted({worker for _, worker in results})
    print(f"dask-pith: {len(parts)} partitions on {len(workers)} workers: {' '.join(workers)}", file=sys.stderr)


if __name__ == "__main__":
    main()
