"""Getting a link out of the terminal: OSC 52 copy everywhere, a browser only locally.

Over SSH a browser would open on the server (or nowhere), so `o` opens one
only when a local display exists; `y` always works because OSC 52 travels
through the terminal to the user's own clipboard.
"""

from __future__ import annotations

import os
import sys
import webbrowser
from pathlib import Path
from typing import Any

from .text import clean


def target(url: str | None, path: str | None) -> str | None:
    """What to copy or open: the URL, else the file path made absolute."""
    if url:
        return url
    if path:
        return str(Path(path).expanduser().resolve())
    return None


def has_local_display(environ: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True when a browser would open in front of the user (not on a remote server)."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    if env.get("SSH_CONNECTION") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return False
    return plat == "darwin" or bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def _target_or_say(app: Any, url: str | None, path: str | None) -> str | None:
    """The target, or None after saying in one line that there is none."""
    link = target(url, path)
    if link is None:
        app.notify("This source has neither a URL nor a file path.", severity="warning")
    return link


def copy_link(app: Any, url: str | None, path: str | None) -> bool:
    """Copy through the terminal with OSC 52 (App.copy_to_clipboard writes the sequence)."""
    link = _target_or_say(app, url, path)
    if link is None:
        return False
    app.copy_to_clipboard(link)
    app.notify(f"Copied {clean(link)} (OSC 52)", markup=False)
    return True


def open_link(app: Any, url: str | None, path: str | None) -> bool:
    """Open in a browser when a local display exists; otherwise say so and suggest y."""
    link = _target_or_say(app, url, path)
    if link is None:
        return False
    if not has_local_display():
        app.notify("No local display here (over SSH?): press y to copy the link instead.",
                   severity="warning")
        return False
    uri = link if url else Path(link).as_uri()
    try:
        opened = webbrowser.open(uri)
    except webbrowser.Error:
        opened = False
    if not opened:
        app.notify("Could not start a browser: press y to copy the link instead.",
                   severity="warning")
    return opened
