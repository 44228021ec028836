"""Multi-row inserts (store/rows.py) must write exactly what one insert a row writes."""

import sqlite3

import pytest

from store.rows import insert


def _table(conn):
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, n INTEGER NOT NULL)")
    conn.execute("CREATE TABLE fired (k TEXT)")
    conn.execute("CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN "
                 "INSERT INTO fired VALUES (new.k); END")


def _rows(n):
    # repeated keys on purpose: OR IGNORE must keep the first, as row-by-row does
    return [(f"key{i % max(1, n - 3)}", i) for i in range(n)]


@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 8, 9, 31, 32, 33, 64, 65, 100])
@pytest.mark.parametrize("cap", [1, 4, 32, 256])
def test_same_rows_ids_and_trigger_as_one_insert_a_row(n, cap):
    one, many = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    for conn in (one, many):
        _table(conn)
    head = "INSERT OR IGNORE INTO t (k, n)"
    one.executemany(head + " VALUES (?, ?)", _rows(n))
    insert(many, head, _rows(n), cap=cap)
    for sql in ("SELECT id, k, n FROM t ORDER BY id", "SELECT rowid, k FROM fired ORDER BY rowid"):
        assert many.execute(sql).fetchall() == one.execute(sql).fetchall()
    assert many.execute("SELECT count(*) FROM fired").fetchone()[0] == len({k for k, _ in _rows(n)})


def test_a_constraint_failure_leaves_none_of_the_statement_and_the_earlier_chunks():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    _table(conn)
    rows = [("a", 1), ("b", 2), ("c", None), ("d", 4)]  # the third breaks NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        insert(conn, "INSERT INTO t (k, n)", rows, cap=4)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0  # one statement: all or none


def test_wide_rows_stay_under_the_oldest_parameter_limit():
    conn = sqlite3.connect(":memory:")
    cols = [f"c{i}" for i in range(40)]
    conn.execute(f"CREATE TABLE w ({', '.join(cols)})")
    bound = []

    class Spy:
        def execute(self, sql, params):
            bound.append(len(params))
            return conn.execute(sql, params)

    insert(Spy(), f"INSERT INTO w ({', '.join(cols)})", [tuple(range(40))] * 100, cap=256)
    assert conn.execute("SELECT count(*) FROM w").fetchone()[0] == 100
    assert sum(bound) == 4000 and max(bound) <= 999 and len(bound) < 100
