"""Fetching many hosts at once, one request at a time per host, with a delay between them.

Worker threads fetch; the caller's thread consumes results in order of arrival and may submit
follow-up tasks (article links found in a feed). Nothing but fetching happens in the workers,
so parsing, extraction and the warehouse stay single-threaded.

    scheduler = HostScheduler(fetch, concurrency=8, delay_for=lambda host: 1.0)
    scheduler.submit(Task(url, host, payload))
    for task, result in scheduler.results():
        scheduler.submit(*follow_ups(task, result))
        scheduler.done(task)

The delay is start-to-start: with a 1 s delay a host sees at most one request per second.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class Task:
    url: str
    host: str
    payload: Any = None  # the caller's own data (what kind of item, which source...)
    result: Any = field(default=None, repr=False)


class HostScheduler:
    def __init__(self, fetch: Callable[[Task], Any], concurrency: int, delay_for: Callable[[str], float],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.fetch = fetch
        self.concurrency = max(1, concurrency)
        self.delay_for = delay_for
        self.clock = clock
        self._cond = threading.Condition()
        self._queues: dict[str, deque[Task]] = {}
        self._busy: set[str] = set()
        self._next_at: dict[str, float] = {}
        self._outstanding = 0  # submitted and not yet marked done by the consumer
        self._results: queue.Queue = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._stopping = False

    def submit(self, *tasks: Task) -> None:
        with self._cond:
            for task in tasks:
                self._queues.setdefault(task.host, deque()).append(task)
                self._outstanding += 1
            self._cond.notify_all()
        self._ensure_workers()

    def done(self, task: Task) -> None:
        """The consumer has handled ``task``'s result (and submitted its follow-ups)."""
        with self._cond:
            self._outstanding -= 1
            self._cond.notify_all()
        if self._idle():
            self._results.put(None)  # wake the consumer: maybe everything is finished

    def results(self):
        """Yields (task, result) until every submitted task is fetched and marked done."""
        while True:
            if self._idle():
                self.stop()
                return
            item = self._results.get()
            if item is None:
                continue
            yield item

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads = []
        self._stopping = False

    def _idle(self) -> bool:
        with self._cond:
            return self._outstanding == 0

    def _ensure_workers(self) -> None:
        alive = [t for t in self._threads if t.is_alive()]
        self._threads = alive
        while len(self._threads) < self.concurrency:
            thread = threading.Thread(target=self._work, name=f"predikat-fetch-{len(self._threads)}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def _pick(self) -> tuple[Task | None, float | None]:
        """A task from an idle host whose delay has passed, or how long to wait for one."""
        now = self.clock()
        wait = None
        for host, tasks in self._queues.items():
            if not tasks or host in self._busy:
                continue
            ready_at = self._next_at.get(host, 0.0)
            if ready_at <= now:
                self._busy.add(host)
                self._next_at[host] = now + self.delay_for(host)
                return tasks.popleft(), None
            wait = ready_at - now if wait is None else min(wait, ready_at - now)
        return None, wait

    def _work(self) -> None:
        while True:
            with self._cond:
                while True:
                    if self._stopping:
                        return
                    task, wait = self._pick()
                    if task is not None:
                        break
                    self._cond.wait(timeout=wait if wait is not None else 0.5)
            try:
                result = self.fetch(task)
            except Exception as error:  # a bug in one fetch must not stall the run
                result = error
            with self._cond:
                self._busy.discard(task.host)
                self._cond.notify_all()
            self._results.put((task, result))
