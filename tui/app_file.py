"""The store's file on disk: deleted, replaced or made read-only under the running app,
and `r` reopening the file now at that path.

SQLite keeps reading the file it opened, so what is shown stays; the user only
needs to hear once, in one line, that the file changed, and a way back. Kept apart
from following the store (tui/app_follow.py), which polls for new rows in the same
file. `DatelineApp` mixes it in.
"""

from __future__ import annotations

from typing import Any

from .app_count import TROUBLE_SECONDS
from .keyview import Reasons, SearchBrowser
from .tally import Tally

GONE = ("deleted", "replaced")   # the open file is no longer the one at the path

NOTICES = {
    "deleted": "{path} was deleted: showing what was open; r reopens it if it comes back",
    "replaced": "{path} was replaced by another file: showing what was open; "
                "r reopens the new one",
    "read-only": "{path} is now read-only: browsing goes on, changes are off",
}


class FileWatch:
    """Notices of the store's file and its reopening; needs the app's state."""

    store: Any
    today: Any
    follow: bool
    tally: Any
    reasons: Any
    arrived: int
    _file_state: str | None = None   # the store's file: deleted, replaced, read-only

    def _watch_file(self) -> bool:
        """Say once, in one line, when the store's file is deleted, replaced or made
        read-only under the app: what is shown stays (SQLite still reads the file it
        opened) and r reopens the file at that path. True while the file is gone or other."""
        state = self.store.changed_on_disk()
        if state != self._file_state:
            self._file_state = state
            if state in NOTICES:
                self.notify(NOTICES[state].format(path=self.store.path), severity="warning",
                            markup=False, timeout=TROUBLE_SECONDS)
        return state in GONE

    def _file_gone(self) -> bool:
        return self._file_state in GONE

    def _reopen(self) -> bool:
        """Open the file now at the store's path in place of the one that went away."""
        from store.db import StoreError, open_store

        try:
            store = open_store(self.store.path, create=False)
        except (StoreError, OSError) as e:
            self.notify(str(e), severity="error", markup=False, timeout=TROUBLE_SECONDS)
            return False
        if self.tally is not None:
            self.tally.interrupt()
            self.tally.close()
        self.store = store
        self.tally = Tally(self.store, self.today)
        self.reasons = Reasons(self.tally, self.today)
        self._file_state = None
        # another file: nothing has "arrived" yet
        self._start_following(SearchBrowser(store, "", self.today) if self.follow else None)
        self.notify(f"reopened {store.path}", markup=False)
        return True
