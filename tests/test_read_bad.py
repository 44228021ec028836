"""Bad input from issue 8: each gives one line naming the file and the reason; the rest goes in."""

from __future__ import annotations

import codecs
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.model import RawArticle, ReadProblem
from store.read import read_inputs

TEXT = "Le café a rouvert vendredi — «enfin», dit-elle. Œuvre ™ coûte 5 €.\n"


def one(path, **kw):
    items = list(read_inputs([str(path)], **kw))
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf\n"])
def test_empty_or_blank_file(tmp_path, content):
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    prob = one(f)
    assert isinstance(prob, ReadProblem) and prob.reason == "empty file"
    assert prob.where == str(f)


def test_random_bytes_named_txt_are_refused_as_binary(tmp_path):
    f = tmp_path / "noise.txt"
    f.write_bytes(random.Random(8).randbytes(4000))
    prob = one(f)
    assert isinstance(prob, ReadProblem)
    assert prob.reason.startswith("looks binary (") and prob.reason.endswith("), not text")


@pytest.mark.parametrize("magic,kind", [(b"PK\x03\x04", "ZIP"), (b"\x89PNG\r\n\x1a\n", "PNG")])
def test_known_binary_formats_are_named(tmp_path, magic, kind):
    f = tmp_path / "file.md"
    f.write_bytes(magic + b"rest of the file " * 20)
    assert one(f).reason == f"looks binary ({kind}), not text"


@pytest.mark.parametrize("codec,label", [
    ("utf-16", "utf-16"),         # with BOM, little endian on this machine
    ("utf-16-be", "utf-16"),
    ("utf-32", "utf-32"),
])
def test_unicode_with_a_bom_is_decoded_and_says_which(tmp_path, codec, label):
    f = tmp_path / "u.txt"
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    f.write_bytes(bom + TEXT.encode(codec))
    art = one(f)
    assert isinstance(art, RawArticle)
    assert art.text == TEXT and art.encoding == label


def test_utf8_bom_is_stripped_and_not_reported(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(codecs.BOM_UTF8 + TEXT.encode())
    art = one(f)
    assert art.text == TEXT and art.encoding is None


def test_cp1252_is_decoded_as_cp1252(tmp_path):
    f = tmp_path / "win.txt"
    f.write_bytes(TEXT.encode("cp1252"))          # curly quotes, euro, ™, Œ live in 0x80-0x9f
    art = one(f)
    assert art.text == TEXT and art.encoding == "cp1252"


def test_latin1_is_decoded_as_latin1(tmp_path):
    text = "Die Straße in Köln wurde am Montag geöffnet. Preis: 5 ¤, ½ Stunde.\n"
    f = tmp_path / "latin.txt"
    f.write_bytes(text.encode("latin-1"))
    art = one(f)
    assert art.text == text and art.encoding == "latin-1"


def test_over_the_size_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"word " * 2_600_000)            # 12.4 MB
    prob = one(f, size_limit=10 * 1024 * 1024)
    assert prob.reason == "12.4 MB is over the 10 MB limit (raise it with --max-size)"
    assert isinstance(one(f, size_limit=20 * 1024 * 1024), RawArticle)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_gives_the_os_reason(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text("x")
    f.chmod(0)
    assert one(f).reason == "Permission denied"


def test_a_bad_file_in_a_folder_does_not_stop_the_others(tmp_path):
    (tmp_path / "a.txt").write_text("first")
    (tmp_path / "b.html").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "c.jsonl").write_text('{"text": "third"}\nnot json\n')
    (tmp_path / "d.txt").write_text("")
    items = list(read_inputs([str(tmp_path)]))
    assert [i.text for i in items if isinstance(i, RawArticle)] == ["first", "third"]
    assert [str(i) for i in items if isinstance(i, ReadProblem)] == [
        f"{tmp_path / 'b.html'}: looks binary (PDF), not text",
        f"{tmp_path / 'c.jsonl'}:2: not JSON: expecting value at column 1",
        f"{tmp_path / 'd.txt'}: empty file",
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), ext=st.sampled_from([".txt", ".md", ".json", ".jsonl",
                                                           ".html"]))
def test_arbitrary_bytes_never_raise(tmp_path, data, ext):
    f = tmp_path / f"fuzz{ext}"
    f.write_bytes(data)
    for item in read_inputs([str(f)]):
        assert isinstance(item, (RawArticle, ReadProblem))
        if isinstance(item, ReadProblem):
            assert item.reason and "\n" not in item.reason
            assert "could not be read" not in item.reason   # the last-resort guard never fires
        else:
            assert item.text.strip()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_with_a_text_name_is_refused_instead_of_hanging(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert one(fifo).reason == "not a regular file"


def test_hostile_names_and_metadata_come_out_printable_on_one_line(tmp_path):
    import json

    folder = tmp_path / "in"
    folder.mkdir()
    name = "evil\x1b[2Jname\nsecond.jsonl"
    record = {"text": "Body.", "outlet": "\x1b]0;pwned\x07AP\tNews", "title": "[bold red]T[/]",
              "published": "\x1b[31m" + "9" * 500}
    (folder / name).write_text(json.dumps(record) + "\n")
    prob, art = list(read_inputs([str(folder)]))
    assert "\x1b" not in str(prob) and "\n" not in str(prob) and len(str(prob)) < 300
    assert art.outlet == "AP News"
    assert art.title == "[bold red]T[/]"               # markup is text, kept literally
    assert art.path == str(folder / name)              # identity keeps the real name


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised_not_called_binary(tmp_path, codec):
    text = "Troops entered Palmyra on Sunday, officials said.\n" * 3
    f = tmp_path / "nobom.txt"
    f.write_bytes(text.encode(codec))
    art = one(f)
    assert art.text == text and art.encoding == f"{codec} (no BOM)"


@settings(max_examples=40, deadline=None)
@given(data=st.one_of(st.binary(max_size=2000),
                      st.integers(1, 50_000).map(lambda n: b"[" * n),
                      st.text(max_size=500).map(lambda t: ("{" + t).encode("utf-8", "replace"))))
def test_arbitrary_bytes_on_stdin_never_raise(data):
    import io

    for item in read_inputs(["-"], stdin=io.BytesIO(data)):
        assert isinstance(item, (RawArticle, ReadProblem))
        if isinstance(item, ReadProblem):
            assert "could not be read" not in item.reason


def test_a_scraped_folder_with_every_kind_of_bad_file():
    """What `dateline ingest mixed/` reads and reports, file by file, in sorted order."""
    from pathlib import Path

    folder = Path(__file__).parent / "fixtures" / "inputs" / "mixed"
    items = list(read_inputs([str(folder)]))
    got = [(Path(i.path).relative_to(folder).as_posix(), i.encoding, i.published)
           for i in items if isinstance(i, RawArticle)]
    assert got == [
        ("cp1252.md", "cp1252", None),
        ("latin1.txt", "latin-1", None),
        ("malformed.htm", None, None),
        ("sub/feed.jsonl", None, "2016-03-22"),
        ("sub/feed.jsonl", None, None),               # kept, its impossible date dropped
        ("sub/utf16.txt", "utf-16", None),
    ]
    problems = [str(i).replace(str(folder) + os.sep, "") for i in items
                if isinstance(i, ReadProblem)]
    assert problems == [
        "empty.txt: empty file",
        "noise.txt: looks binary (contains NUL bytes), not text",
        "report.html: looks binary (PDF), not text",
        "sub/feed.jsonl:2: not JSON: unterminated string starting at column 10",
        "sub/feed.jsonl:3: 'text' must be a string, not a list",
        "sub/feed.jsonl:4: published '2016-02-30' is not a date; stored without it",
    ]
    texts = {Path(i.path).name: i.text for i in items if isinstance(i, RawArticle)}
    assert "“temporary” closure would end on Friday –" in texts["cp1252.md"]
    assert "Die Brücke in Köln" in texts["latin1.txt"]
    assert texts["utf16.txt"] == "Les troupes sont entrées à Palmyre dimanche.\n"


def test_os_errors_while_reading_become_their_reason(tmp_path, monkeypatch):
    """The same path as a permission problem, for machines where tests run as root."""
    import builtins

    f = tmp_path / "locked.txt"
    f.write_text("x")
    real_open = builtins.open

    def refusing_open(path, *args, **kwargs):
        if str(path) == str(f):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    prob = one(f)
    assert isinstance(prob, ReadProblem) and prob.reason == "Permission denied"
