"""The status line's prompt (tui/prompt.py): editing keys and the line it draws."""

from __future__ import annotations

from rich.style import Style

from tui.prompt import CANCEL, SUBMIT, Prompt

PLAIN = {"typed": Style(), "cursor": Style(reverse=True), "hint": Style(dim=True),
         "problem": Style(bold=True)}


def typed(prompt: Prompt, text: str) -> Prompt:
    for ch in text:
        prompt.key(ch, ch)
    return prompt


def test_readline_keys_edit_the_text_at_the_cursor():
    p = typed(Prompt("go to date:"), "march 2016")
    assert (p.text, p.cursor) == ("march 2016", 10)
    p.key("ctrl+w", None)
    assert (p.text, p.cursor) == ("march ", 6)
    p.key("home", None)
    typed(p, "in ")
    assert p.text == "in march "
    p.key("end", None)
    p.key("left", None)
    p.key("backspace", None)
    assert (p.text, p.cursor) == ("in marc ", 7)
    p.key("ctrl+u", None)
    assert (p.text, p.cursor) == (" ", 0)
    p.key("delete", None)
    assert p.text == ""


def test_enter_submits_escape_cancels_and_other_keys_are_left_to_the_app():
    p = typed(Prompt("go to date:"), "2015")
    assert p.key("enter", "\r") == SUBMIT
    assert p.key("escape", None) == CANCEL
    assert p.key("pagedown", None) is None and p.text == "2015"
    assert Prompt("x").key("backspace", None) == CANCEL  # vim: an empty line is left


def test_a_problem_shows_until_the_text_changes():
    p = typed(Prompt("go to date:"), "blorp")
    p.problem = "not a date I can read"
    assert p.line(60, **PLAIN).plain.rstrip() == "go to date: blorp   not a date I can read"
    p.key("left", None)  # moving is not mending
    assert p.problem
    p.key("backspace", None)
    assert not p.problem


def test_the_keys_show_at_the_right_once_typing_hides_the_placeholder_where_they_fit():
    p = Prompt("go to date:", "last May · Enter goes", keys="Enter goes")
    assert p.line(60, **PLAIN).plain == "go to date:  last May · Enter goes"
    typed(p, "last Ma")
    line = p.line(60, **PLAIN).plain
    assert line.startswith("go to date: last Ma ") and line.endswith("Enter goes")
    assert len(line) == 59  # one cell spare at the right edge, as the status keeps
    assert "Enter" not in p.line(30, **PLAIN).plain  # no room: the typed text comes first
    p.problem = "not a date I can read"
    assert p.line(60, **PLAIN).plain.rstrip().endswith("not a date I can read")


def test_a_long_text_scrolls_so_the_cursor_and_the_problem_show():
    p = typed(Prompt("go to date:"), "the third tuesday of the month after the storm")
    p.problem = "not a date I can read"
    line = p.line(50, **PLAIN)
    assert len(line.plain) <= 50
    assert line.plain.startswith("go to date: …") and line.plain.endswith("not a date I can read")
    assert "storm" in line.plain  # the cursor is at the end: the end shows
    cursor = [s for s in line.spans if s.style == PLAIN["cursor"]]
    assert len(cursor) == 1
    p.key("home", None)
    line = p.line(50, **PLAIN)
    assert line.plain.startswith("go to date: the third") and "…  not a date" in line.plain


def test_pasted_text_keeps_its_first_line_and_no_control_characters():
    p = Prompt("go to date:")
    p.insert("last\x1b[31m May\nand more")
    assert p.text == "last[31m May"
