"""The expiry scheduler: one task, deadlines in order, the earliest deadline per grant wins, clean stop."""

from __future__ import annotations

import asyncio

from phigate_operator.grant_expiry import ExpiryScheduler


async def test_fires_in_deadline_order_with_ms_precision_and_stops_cleanly():
    loop = asyncio.get_running_loop()
    fired: list[tuple[str, float]] = []
    done = asyncio.Event()

    async def fire(ns: str, name: str) -> None:
        fired.append((name, loop.time()))
        if len(fired) == 3:
            done.set()

    sched = ExpiryScheduler(fire)
    sched.schedule("ns", "early", 0.01)  # before start: ignored (the resume handler re-arms)
    assert sched.pending() == 0
    sched.start()
    t0 = loop.time()
    sched.schedule("ns", "late", 0.30)
    sched.schedule("ns", "mid", 0.15)
    sched.schedule("ns", "mid", 0.50)  # a later deadline for the same grant does not postpone it
    sched.schedule("ns", "now", -5)  # overdue: at once
    assert sched.pending() == 3
    await asyncio.wait_for(done.wait(), 5)
    assert [n for n, _ in fired] == ["now", "mid", "late"]
    offsets = {n: t - t0 for n, t in fired}
    # lower bounds exact; upper bounds leave room for a loaded CI machine
    assert offsets["now"] < 0.2 and 0.15 <= offsets["mid"] < 0.4 and 0.30 <= offsets["late"] < 0.55
    sched.schedule("ns", "never", 60)
    t1 = loop.time()
    await sched.stop()
    assert loop.time() - t1 < 0.5 and len(fired) == 3
