"""manifest.json beside article files: the metadata a plain text copy lost.

Format (as in seeds/manifest.json):
    {"articles": [{"file": "000_x.txt", "outlet": "AP", "title": null,
                   "published": "2016-03-26", "url": null}, ...]}
A broken manifest is reported once and its files are still read, without it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from store.model import RawArticle, ReadProblem

from .dates import BadDate, normalise_date
from .decode import NotText, decode_bytes
from .files import Unreadable, read_bytes

MANIFEST_NAME = "manifest.json"
_MANIFEST_LIMIT = 16 * 1024 * 1024


@dataclass
class Manifest:
    entries: dict[str, dict] = field(default_factory=dict)   # normalised file path -> entry
    problems: list[ReadProblem] = field(default_factory=list)

    def lists(self, file_path: str) -> bool:
        return _key(file_path) in self.entries

    def apply(self, raw: RawArticle, file_path: str) -> None:
        """The manifest's values win: the user wrote them for this file."""
        entry = self.entries.get(_key(file_path))
        if not entry:
            return
        for name in ("title", "outlet", "url"):
            value = entry.get(name)
            if isinstance(value, str) and value.strip():
                setattr(raw, name, value.strip())
        if entry.get("published"):
            raw.published = entry["published"]
            raw.published_from = "manifest"


def _key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def load_manifest(folder: str, shown: str) -> Manifest | None:
    """The manifest in `folder`, or None when there is none; `shown` is how to name it."""
    path = os.path.join(folder, MANIFEST_NAME)
    if not os.path.isfile(path):
        return None
    manifest = Manifest()
    try:
        doc = json.loads(decode_bytes(read_bytes(path, _MANIFEST_LIMIT)).text)
    except (Unreadable, NotText) as e:
        manifest.problems.append(ReadProblem(shown, f"manifest not read: {e}"))
        return manifest
    except json.JSONDecodeError as e:
        manifest.problems.append(ReadProblem(
            shown, f"manifest is not JSON ({e.msg}, line {e.lineno}); files read without it"))
        return manifest
    articles = doc.get("articles") if isinstance(doc, dict) else None
    if not isinstance(articles, list):
        manifest.problems.append(ReadProblem(
            shown, "manifest has no \"articles\" list; files read without it"))
        return manifest
    for i, entry in enumerate(articles, 1):
        where = f"{shown}: article {i}"
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            manifest.problems.append(ReadProblem(where, "needs a \"file\" name; skipped"))
            continue
        clean = {k: v for k, v in entry.items() if k in ("file", "title", "outlet", "url")}
        for k in ("title", "outlet", "url"):
            if clean.get(k) is not None and not isinstance(clean[k], str):
                manifest.problems.append(ReadProblem(where, f"'{k}' must be a string; ignored"))
                clean.pop(k)
        if entry.get("published") is not None:
            try:
                clean["published"] = normalise_date(entry["published"])
            except BadDate as e:
                manifest.problems.append(ReadProblem(
                    f"{where} ({entry['file']})", f"{e}; stored without it"))
        manifest.entries[_key(os.path.join(folder, entry["file"]))] = clean
    return manifest
