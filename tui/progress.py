"""The ingest progress bar: on stderr, only for a terminal and a large input."""

from __future__ import annotations

import sys

THRESHOLD = 20  # inputs; fewer finish before a bar would be worth drawing


class ProgressBar:
    def __init__(self, inputs: list[str], stream=None):
        self.inputs = inputs
        self.stream = stream or sys.stderr
        self._progress = None
        self._task = None

    def __enter__(self) -> ProgressBar:
        if not self.stream.isatty():
            return self
        from store.read import count_inputs

        total = count_inputs(self.inputs)
        if total < THRESHOLD:
            return self
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._progress = Progress("ingest", BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), console=Console(file=self.stream),
                                  transient=True)
        self._progress.start()
        self._task = self._progress.add_task("ingest", total=total)
        return self

    def update(self, done: int, label: str = "") -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=done)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
