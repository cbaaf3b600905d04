"""Progress for long work: a bar on a terminal, quiet structured log lines otherwise (cron).

Library functions take a ``Reporter``; the CLI picks the right one. ``Reporter()`` itself is
silent, for tests and library users who do not want output.
"""

from __future__ import annotations

import logging
import sys
import time

log = logging.getLogger("predikat")


class Reporter:
    """Silent by default."""

    def start(self, label: str, total: int | None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def stop(self) -> None:
        pass

    def warn(self, item: str, reason: str) -> None:
        log.warning("%s: %s", item, reason)

    def info(self, message: str) -> None:
        log.info(message)


class LogReporter(Reporter):
    """One log line at the start, every ``every`` seconds, and at the end: for cron and systemd."""

    def __init__(self, every: float = 30.0) -> None:
        self.every = every
        self.label = ""
        self.total: int | None = None
        self.done = 0
        self.last = 0.0

    def start(self, label: str, total: int | None) -> None:
        self.label, self.total, self.done, self.last = label, total, 0, time.monotonic()
        log.info("%s: started%s", label, f" ({total} items)" if total is not None else "")

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            log.info("%s: %d%s done", self.label, self.done, f"/{self.total}" if self.total else "")

    def stop(self) -> None:
        log.info("%s: finished, %d items", self.label, self.done)


class RichReporter(Reporter):
    """A progress bar on stderr (rich)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.console = Console(stderr=True)
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=self.console, transient=True)
        self.task = None

    def start(self, label: str, total: int | None) -> None:
        self.progress.start()
        self.task = self.progress.add_task(label, total=total)

    def advance(self, n: int = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, n)

    def stop(self) -> None:
        if self.task is not None:
            self.progress.remove_task(self.task)
            self.task = None
        self.progress.stop()

    def warn(self, item: str, reason: str) -> None:
        self.console.print(f"[yellow]skipped[/yellow] {item}: {reason}", highlight=False, markup=True)


def reporter_for_terminal(quiet: bool = False) -> Reporter:
    if quiet:
        return LogReporter(every=3600)
    return RichReporter() if sys.stderr.isatty() else LogReporter()
