"""How the analyst's layer looks: an event with a mark and a note (markup in the note
stays literal), the timeline of a hidden-events query, and an event the analyst merged
(its details and both events' sources in one)."""

from __future__ import annotations

from test_snapshots import settle
from test_tui_fixture import TODAY, build_store

from store import annotations
from store.browse import Browser
from tui.app import DatelineApp


def annotated(query: str = "") -> DatelineApp:
    store = build_store()
    first, second = (r.id for r in Browser(store).first(2))
    with store.write() as conn:
        annotations.edit(conn, first, note="Check the [b]AP[/b] figure\nagainst Reuters",
                         marked=True)
        annotations.edit(conn, second, hidden=True)
    return DatelineApp(store, query, today=TODAY)


async def on_first_event(pilot) -> None:
    await settle(pilot)
    await pilot.press("g")  # the app opens on the newest article's day: go to the marked one
    await settle(pilot)


def test_event_with_a_note(snap_compare):
    assert snap_compare(annotated(), terminal_size=(100, 30), run_before=on_first_event)


def test_hidden_events_query(snap_compare):
    assert snap_compare(annotated("is:hidden"), terminal_size=(100, 30), run_before=settle)


def merged() -> DatelineApp:
    """The May 2015 event with the August one merged into it, by the analyst."""
    from store import regroup

    store = build_store()
    first, second = (r.id for r in Browser(store).first(2))
    with store.write() as conn:
        regroup.merge(conn, first, [second])
    return DatelineApp(store, "", today=TODAY)


def test_merged_event_details(snap_compare):
    assert snap_compare(merged(), terminal_size=(100, 30), run_before=on_first_event)
