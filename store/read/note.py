"""A line to tell the user about an input that went in: not a failure.

A reader yields it among its articles (a feed whose pages could not be
fetched, a WARC's skipped records) so it reaches the ingest summary in order
with the rest, without turning the exit status into "some inputs failed".
"""

from __future__ import annotations

from store.model import ReadProblem


class ReadNote(ReadProblem):
    """Printed as `note: where: reason`; the ingest counts it as a note, not a problem."""
