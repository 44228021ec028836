"""Everything below the screen: read, date, merge, persist and query articles."""

# (no `from __future__ import annotations` here: it would bind the name `annotations` in
# this package and shadow the store.annotations module for `from . import annotations`)


def version() -> str | None:
    """The installed distribution's version (None in a source tree never installed):
    `dateline --version`, and the User-Agent of URL reads. importlib.metadata is imported
    here, when asked, not on every start (it costs 20-60 ms: email, zipfile, socket...)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("dateline")
    except PackageNotFoundError:
        return None
