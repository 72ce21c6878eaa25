"""The thin Dask layer: apply a plain function to a stream of work items on Dask workers (a local cluster,
or any scheduler by address), keeping only a few items in flight so memory stays bounded whatever the
corpus size. With one worker, or a single item, it runs in this process and Dask is not started at all.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any


def available_cores() -> int:
    """The cores this process may use (respects CPU affinity, e.g. in containers and batch jobs)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def run_all(
    fn: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    workers: int = 1,
    scheduler: str | None = None,
    in_flight: int | None = None,
    on_start: Callable[[str], None] | None = None,
) -> Iterator[Any]:
    """Yield ``fn(item)`` for every item, in the order they finish.

    ``scheduler`` (an address such as ``tcp://host:8786``) uses an existing Dask cluster; otherwise
    ``workers`` > 1 starts a local cluster of that many single-threaded worker processes. At most
    ``in_flight`` items (default: twice the number of workers) are submitted at a time, and the next is
    read from ``items`` only when one finishes. ``on_start`` is told where the work runs.
    """
    items = iter(items)
    head = list(islice(items, 2))
    if scheduler is None and (workers <= 1 or len(head) < 2):
        if on_start:
            on_start("in this process")
        yield from map(fn, chain(head, items))
        return

    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        where = f"Dask cluster at {scheduler} ({n_workers} worker{'s' * (n_workers != 1)})"
    else:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
        n_workers = workers
        where = f"local Dask cluster, {workers} worker processes"
    if on_start:
        on_start(where)
    try:
        queue = chain(head, items)
        running = as_completed()
        for item in islice(queue, in_flight or 2 * n_workers):
            running.add(client.submit(fn, item, pure=False, retries=2))
        for future in running:
            result = future.result()
            future.release()
            for item in islice(queue, 1):
                running.add(client.submit(fn, item, pure=False, retries=2))
            yield result
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
