"""The one exception a query can raise, so callers catch one thing."""

from __future__ import annotations


class QueryError(Exception):
    """A query that cannot be run, said in one line.

    `message` names the bad part ("unknown filter 'soruce:'; did you mean
    'source:'?"); `position` is the 0-based character offset in the query text
    where it starts (the app puts a caret there; messages say "column" 1-based).
    """

    def __init__(self, message: str, position: int = 0):
        super().__init__(message)
        self.message = message
        self.position = position

    def __str__(self) -> str:
        return self.message
