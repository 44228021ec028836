"""The key line at the bottom: Textual's Footer, rebuilt only when its keys change.

Textual's Footer recomposes (removes and mounts a widget per key, then lays the
screen out again) whenever its screen's bindings are refreshed, which happens
each time a box such as go-to-date or search closes, although the keys shown
are the same. On a 1,000,000-event store that rebuild was most of the time from
Enter in the go-to-date box to the timeline's new place.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """A Footer that keeps its keys while what they show is unchanged."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple | None = None

    def _signature(self, screen: Screen) -> tuple:
        return tuple((binding.key, binding.action, binding.description, enabled, tooltip)
                     for (_node, binding, enabled, tooltip) in screen.active_bindings.values()
                     if binding.show)

    def bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen and screen.app.app_focus:
            shown = self._signature(screen)
            if shown == self._shown and self._bindings_ready:
                return
            self._shown = shown
        super().bindings_changed(screen)
