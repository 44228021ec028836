"""Every key of the app as data: the bindings, footer, help screen and palette read this table.

Keeping the keys in one table (as harlequin does) means the help screen and
the command palette cannot drift from what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

from .keyview import KEY_RULE


@dataclass(frozen=True)
class Action:
    name: str          # the action method without "action_"
    keys: str          # comma-separated Textual key names
    description: str   # short: the footer and the palette title
    help: str          # one line for the help screen and the palette
    footer: bool = False
    key_display: str | None = None
    # priority: handled by the app before the focused widget sees the key, so keys typed
    # right after it (a burst over SSH) already reach the box it opens
    priority: bool = False


# The app-wide keys. Keys that only mean something on one screen live there.
ACTIONS: tuple[Action, ...] = (
    Action("cursor_down", "j,down", "down", "Next event", key_display="j/↓"),
    Action("cursor_up", "k,up", "up", "Previous event", key_display="k/↑"),
    Action("page_down", "pagedown,ctrl+f", "page down", "One screen of events down",
           key_display="PgDn"),
    Action("page_up", "pageup,ctrl+b", "page up", "One screen of events up",
           key_display="PgUp"),
    Action("first", "g,home", "first", "First event", key_display="g"),
    Action("last", "G,end", "last", "Last event", key_display="G"),
    Action("prev_period", "left_square_bracket", "prev period",
           "First event of the previous period at this zoom", key_display="["),
    Action("next_period", "right_square_bracket", "next period",
           "First event of the next period at this zoom", key_display="]"),
    Action("zoom_in", "z", "zoom in", "Group by a finer period (year → month → day)"),
    Action("zoom_out", "Z", "zoom out", "Group by a coarser period (day → month → year)"),
    Action("key_view", "K", "key dates", f"Only the key dates: {KEY_RULE}",
           footer=True),
    Action("goto_date", "t", "go to date", 'Go to a date: "2015-08", "March 2016", "last May"',
           footer=True, priority=True),
    Action("search", "slash", "search", "Search events (words and filters)", footer=True,
           key_display="/", priority=True),
    Action("clear_search", "escape", "clear search", "Clear the search: every event again",
           key_display="esc"),
    Action("next_match", "n", "next match", "Next match of the search"),
    Action("prev_match", "N", "prev match", "Previous match of the search"),
    Action("read", "enter", "read", "Open the source article in the reader", footer=True),
    Action("copy_link", "y", "copy link", "Copy the source's URL or path (OSC 52)",
           footer=True),
    Action("open_link", "o", "open", "Open the source in a browser (local display only)"),
    Action("refresh", "r", "refresh", "Reload the timeline (after new events arrive)"),
    # the analyst's layer (tui/annotate_flow.py)
    Action("mark", "m", "mark", "Mark (star) the event, or take the mark off (is:marked)", footer=True),
    Action("hide", "x", "hide", "Hide the event as wrong or junk, or show it again "
           "(is:hidden lists hidden events)", footer=True),
    Action("note", "a", "note", "Add or change the event's note, several lines (has:note)",
           footer=True),
    Action("edit_title", "e", "edit title", "Edit the event's title", footer=True),
    Action("redate", "D", "re-date", 'Re-date the event: "2016-03", "last Tuesday" (read '
           "against the article's date)", footer=True),
    Action("merge", "M", "merge", "Merge the marked events into this one (no marks: M here, "
           "M on the other)", footer=True),
    Action("split", "S", "split", "Split the source under the sources cursor out into an "
           "event of its own", footer=True),
    Action("undo", "u", "undo", "Undo the last mark, hide, note, title, date, merge or split "
           "(several levels)", footer=True),
    Action("help", "question_mark", "help", "All keys and search filters", footer=True,
           key_display="?"),
    Action("quit", "q", "quit", "Quit dateline", footer=True),
)

# Keys handled by Textual itself, listed so the help screen tells the whole story.
BUILTIN_KEYS: tuple[tuple[str, str], ...] = (
    ("tab / shift+tab", "Next / previous pane"),
    ("ctrl+p", "Command palette (all actions, theme switcher)"),
    ("esc", "Close a screen (reader, help), leave the go-to-date prompt"),
)

# Keys of the reader screen.
READER_ACTIONS: tuple[Action, ...] = (
    Action("next_phrase", "n", "next date", "Next dated phrase in the article", footer=True),
    Action("prev_phrase", "N", "prev date", "Previous dated phrase in the article",
           footer=True),
    Action("copy_link", "y", "copy link", "Copy the article's URL or path (OSC 52)",
           footer=True),
    Action("open_link", "o", "open", "Open the article in a browser (local display only)"),
    Action("close", "escape,q", "back", "Back to the timeline", footer=True,
           key_display="esc"),
)


def bindings(actions: tuple[Action, ...] = ACTIONS) -> list[Binding]:
    return [
        Binding(a.keys, a.name, a.description, show=a.footer, key_display=a.key_display,
                priority=a.priority)
        for a in actions
    ]


def display_keys(action: Action) -> str:
    """The keys as a person types them: 'j, down'."""
    if action.key_display:
        return action.key_display
    return ", ".join(action.keys.split(","))


def by_name(name: str) -> Action:
    for a in ACTIONS:
        if a.name == name:
            return a
    raise KeyError(name)
