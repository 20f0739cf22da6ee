"""people.json is rewritten only when a paper changes who is known by which names.

A month's minutes mostly name the people of the month before: adding them must not
rebuild and rewrite the archive's table of names, and must still index each person
under every name the archive knows for them.
"""

from __future__ import annotations

import json
from pathlib import Path

from indexer.index.manifest import Manifest
from indexer.index.search import SearchIndex, search
from indexer.index.store import index_paths
from indexer.records import Person, from_dict
from tests.test_reindex_kit import index_is_consistent, meeting, read_made_up, write_paper


def _meeting(date: str, *people: Person, word: str = "budget") -> dict:
    names = " and ".join(p.aliases[0] if p.aliases else p.name for p in people)
    record = meeting(date, [("1", "Finance", f"{names} presented the {word}.")], people=list(people))
    record["items"][0]["people"] = [p.name for p in people]
    return record


def _hits(index_dir: Path, **filters: str) -> list[str]:
    index = SearchIndex(index_dir)
    try:
        return sorted(f"{h.doc}#{h.item}" for h in search(index, "", **filters).hits)
    finally:
        index.close()


def test_a_paper_naming_only_known_people_leaves_people_json_as_it_was(tmp_path: Path) -> None:
    papers, index_dir = tmp_path / "papers", tmp_path / "index"
    nunn, clerk = Person(name="Michael Nunn", aliases=["Mike Nunn"]), Person(name="Ann Clerk")
    write_paper(papers, "jan.txt", _meeting("2022-01-01", nunn, clerk))
    index_paths([papers], index_dir, read=read_made_up)
    before = (index_dir / "people.json").stat()

    write_paper(papers, "feb.txt", _meeting("2022-02-01", Person(name="Michael Nunn"), clerk, word="audit"))
    index_paths([papers], index_dir, read=read_made_up)
    after = (index_dir / "people.json").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    # The new paper is still found under the name the archive learnt from another paper.
    assert _hits(index_dir, person="Mike Nunn") == ["feb#1", "jan#1"]
    index_is_consistent(index_dir)


def test_a_paper_naming_someone_new_or_a_new_alias_rewrites_people_json(tmp_path: Path) -> None:
    papers, index_dir = tmp_path / "papers", tmp_path / "index"
    write_paper(papers, "jan.txt", _meeting("2022-01-01", Person(name="Michael Nunn")))
    index_paths([papers], index_dir, read=read_made_up)
    write_paper(papers, "feb.txt", _meeting("2022-02-01", Person(name="Michael Nunn", aliases=["M Nunn"])))
    index_paths([papers], index_dir, read=read_made_up)
    assert json.loads((index_dir / "people.json").read_text()) == {"Michael Nunn": ["M Nunn"]}
    write_paper(papers, "mar.txt", _meeting("2022-03-01", Person(name="Ruth Ward")))
    index_paths([papers], index_dir, read=read_made_up)
    assert json.loads((index_dir / "people.json").read_text()) == {"Michael Nunn": ["M Nunn"], "Ruth Ward": []}
    (papers / "feb.txt").unlink()  # the alias goes with the only paper that used it
    index_paths([papers], index_dir, read=read_made_up)
    assert json.loads((index_dir / "people.json").read_text()) == {"Michael Nunn": [], "Ruth Ward": []}
    index_is_consistent(index_dir)


def test_a_missing_people_json_is_written_again_by_the_next_run(tmp_path: Path) -> None:
    papers, index_dir = tmp_path / "papers", tmp_path / "index"
    write_paper(papers, "jan.txt", _meeting("2022-01-01", Person(name="Michael Nunn")))
    index_paths([papers], index_dir, read=read_made_up)
    (index_dir / "people.json").unlink()
    write_paper(papers, "feb.txt", _meeting("2022-02-01", Person(name="Michael Nunn")))
    index_paths([papers], index_dir, read=read_made_up)
    assert json.loads((index_dir / "people.json").read_text()) == {"Michael Nunn": []}


def test_the_aliases_read_name_by_name_are_the_alias_table() -> None:
    manifest = Manifest()
    for n, person in enumerate(
        [
            Person(name="Michael Nunn", aliases=["Mike Nunn"]),
            Person(name="Michael Nunn", aliases=["M Nunn"]),
            Person(name="Ann Clerk"),
        ]
    ):
        record = from_dict(dict(_meeting(f"2022-0{n + 1}-01", person), source=f"/p/{n}.pdf", sha256=f"{n}"))
        manifest.count_people(record, +1)
    assert dict(manifest.aliases()) == manifest.alias_table()
    assert manifest.aliases().get("Michael Nunn") == ["M Nunn", "Mike Nunn"]
    assert manifest.aliases().get("Nobody", []) == []
