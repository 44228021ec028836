"""Faults: a killed ingest, two ingests at once, a reader beside a writer."""

import random
import signal
import subprocess
import sys
import time

from store.db import open_store

INGEST = "import sys; from tui.cli import main; sys.exit(main())"

STORY = ("Rebels {verb} the town of {town} on {day}, officials said.\n"
         "The army said it had retaken {town} in May 2015 after heavy fighting.\n"
         "Talks on {town} are expected to resume on 3 April 2016, diplomats said.\n")


def make_corpus(folder, n):
    rng = random.Random(7)
    towns = ["Palmyra", "Homs", "Aleppo", "Sadad", "Maheen", "Qaryatain", "Douma", "Idlib"]
    verbs = ["shelled", "entered", "left", "surrounded", "attacked"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    folder.mkdir()
    for i in range(n):
        body = "".join(STORY.format(verb=rng.choice(verbs), town=rng.choice(towns),
                                    day=rng.choice(days)) for _ in range(12))
        (folder / f"a{i:03d}.txt").write_text(f"Story number {i}.\n{body}")


def consistent(path):
    """Every row of the store agrees with every other: no half article anywhere."""
    s = open_store(path)
    c = s.conn
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert c.execute("SELECT count(*) FROM mentions m LEFT JOIN articles a "
                     "ON a.id = m.article_id WHERE a.id IS NULL").fetchone()[0] == 0
    assert c.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                     "(SELECT 1 FROM mentions m WHERE m.article_id = a.id)").fetchone()[0] == 0
    assert c.execute(
        "SELECT count(*) FROM events e WHERE n_mentions != "
        "(SELECT count(*) FROM mentions m WHERE m.event_id = e.id) OR n_sources != "
        "(SELECT count(DISTINCT article_id) FROM mentions m WHERE m.event_id = e.id)"
    ).fetchone()[0] == 0
    recount = dict(c.execute("SELECT substr(start, 1, 7), count(*) FROM events GROUP BY 1"))
    assert dict(c.execute("SELECT period, n FROM period_counts WHERE zoom = 'month'")) == recount
    n = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    s.close()
    return n


def test_sigkill_at_random_moments_never_leaves_half_an_article(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 60)
    db = tmp_path / "k.db"
    argv = [sys.executable, "-c", INGEST, "ingest", str(corpus), "--db", str(db),
            "--published", "2016-03-26"]
    rng = random.Random(11)
    stored = []
    for _ in range(8):
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 2.5))
        p.send_signal(signal.SIGKILL)
        p.wait()
        if db.exists():
            stored.append(consistent(db))
    assert stored == sorted(stored)  # kills never lose what was stored before
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert consistent(db) == 60


def test_two_ingests_at_once_wait_for_each_other(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    make_corpus(a, 15)
    make_corpus(b, 15)
    for f in b.iterdir():  # different content so both sets are stored
        f.write_text(f.read_text().replace("Rebels", "Militants"))
    db = tmp_path / "two.db"
    procs = [subprocess.Popen([sys.executable, "-c", INGEST, "ingest", str(d), "--db", str(db),
                               "--published", "2016-03-26"], stderr=subprocess.PIPE, text=True)
             for d in (a, b)]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert not any("locked" in e for e in errs)
    assert consistent(db) == 30


def test_reader_sees_new_events_after_a_write(tmp_path):
    db = tmp_path / "live.db"
    reader = open_store(db)
    version = reader.data_version()
    f = tmp_path / "x.txt"
    f.write_text("Fighting resumed on 3 March 2016.\n")
    r = subprocess.run([sys.executable, "-c", INGEST, "ingest", str(f), "--db", str(db)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert reader.data_version() != version
    assert reader.conn.execute("SELECT count(*) FROM events").fetchone()[0] >= 1
