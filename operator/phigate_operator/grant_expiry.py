"""One asyncio task that ends grants at their expiresAt: a heap of deadlines, woken when one is added.

Precision is the event loop's timer (about a millisecond); the callback re-reads the grant, so a
deadline that fires early or twice is harmless. Deadlines live in memory only: after a restart the
resume handler re-arms them (and ends overdue grants at once).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger("phigate.operator.grants")


class ExpiryScheduler:
    def __init__(
        self,
        fire: Callable[[str, str], Awaitable[None]],
        fire_batch: Callable[[list[tuple[str, str]]], Awaitable[None]] | None = None,
    ) -> None:
        """`fire_batch`, when given, receives every grant due in one wake-up at once (an expiry pass can
        then share work between the grants of a namespace); otherwise `fire` runs once per grant."""
        self._fire = fire
        self._fire_batch = fire_batch
        self._heap: list[tuple[float, str, str]] = []
        self._due: dict[tuple[str, str], float] = {}
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._inflight: set[asyncio.Task[None]] = set()

    def start(self) -> None:
        self._wakeup = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="phigate-grant-expiry")

    async def stop(self) -> None:
        tasks = [t for t in [self._task, *self._inflight] if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._task = None

    def schedule(self, namespace: str, name: str, seconds: float) -> None:
        """Fire at now + seconds (<= 0: at once); an earlier pending deadline for the grant wins."""
        if self._wakeup is None:
            return  # not started (e.g. a webhook-only process): the resume handler re-arms later
        loop = asyncio.get_running_loop()
        key = (namespace, name)
        deadline = loop.time() + max(0.0, seconds)
        current = self._due.get(key)
        if current is not None and current <= deadline:
            return
        self._due[key] = deadline
        heapq.heappush(self._heap, (deadline, namespace, name))
        self._wakeup.set()

    def pending(self) -> int:
        return len(self._due)

    def _spawn(self, coro: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._inflight.add(task)
        task.add_done_callback(self._inflight.discard)

    async def _run(self) -> None:
        assert self._wakeup is not None
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            due: list[tuple[str, str]] = []
            while self._heap and self._heap[0][0] <= now:
                deadline, namespace, name = heapq.heappop(self._heap)
                if self._due.get((namespace, name)) != deadline:
                    continue  # superseded by an earlier deadline
                del self._due[(namespace, name)]
                due.append((namespace, name))
            if due and self._fire_batch is not None:
                self._spawn(self._fire_batch(due))
            else:
                for namespace, name in due:
                    self._spawn(self._fire(namespace, name))
            timeout = self._heap[0][0] - now if self._heap else None
            self._wakeup.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), timeout)
