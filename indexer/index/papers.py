"""Which files under the folders a user names are papers, and which are problems to report.

Folders arrive from users' disks and shared drives: names that are not UTF-8, links that
dangle, loop or lead out of the folder, folders named "x.pdf", files nobody may read. Each
such entry is one problem line naming the file, never a traceback and never silence, and a
paper already indexed that cannot be read now keeps its place in the index (it is not
"gone", so nothing is lost).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from indexer.read.extract import SUPPORTED_SUFFIXES


@dataclass
class FoundPapers:
    papers: list[Path] = field(default_factory=list)  # absolute, links resolved: manifest keys
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path as found, reason)

    @property
    def problem_paths(self) -> set[str]:
        return {path for path, _reason in self.problems}


def printable(path: str | os.PathLike[str]) -> str:
    """A path as one safe line: undecodable bytes as \\xNN, control characters escaped, so a
    file named with a newline cannot forge a second line of the report."""
    raw = os.fsencode(os.fspath(path)).decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in raw)


def gather_papers(paths: list[Path], follow_links: bool = False) -> FoundPapers:
    """Every paper under ``paths`` and every entry that looks like one but cannot be read."""
    roots = [Path(os.path.abspath(p)) for p in paths]
    real_roots = [p.resolve() for p in roots if p.exists()]
    found = FoundPapers()
    for root in roots:
        if root.is_dir():
            for folder, dirs, files in os.walk(root, followlinks=follow_links):
                dirs.sort()
                for name in sorted(dirs + files):
                    candidate = Path(folder, name)
                    if name in dirs and not _looks_like_paper(name):
                        continue
                    _consider(candidate, real_roots, follow_links, found)
        else:
            _consider(root, real_roots, follow_links=True, found=found)
    seen: set[Path] = set()
    found.papers = [p for p in found.papers if not (p in seen or seen.add(p))]
    return found


def _looks_like_paper(name: str) -> bool:
    return Path(name).suffix.lower() in SUPPORTED_SUFFIXES and not name.startswith(".")


def _consider(path: Path, real_roots: list[Path], follow_links: bool, found: FoundPapers) -> None:
    if not _looks_like_paper(path.name):
        return
    problem = _problem(path, real_roots, follow_links)
    if problem:
        found.problems.append((str(path.parent.resolve() / path.name), problem))
        return
    target = path.resolve()
    # A followed link out of the folder is known by the link's own place, so that removing
    # the link removes the paper at the next re-index.
    inside = any(target.is_relative_to(r) for r in real_roots)
    found.papers.append(target if inside else path.parent.resolve() / path.name)


def _problem(path: Path, real_roots: list[Path], follow_links: bool) -> str | None:
    try:
        os.fsencode(str(path)).decode("utf-8")
    except UnicodeDecodeError:
        return "the file name is not valid UTF-8: rename it to index it"
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return "a link to nothing (its target is missing)" if path.is_symlink() else "vanished while being read"
    except (RuntimeError, OSError) as exc:
        if "loop" in str(exc).lower() or getattr(exc, "errno", None) == 40:
            return "a link that loops back on itself"
        return f"cannot be opened ({exc.strerror or type(exc).__name__})" if isinstance(exc, OSError) else str(exc)
    if path.is_symlink() and not follow_links and not any(target.is_relative_to(r) for r in real_roots):
        return "a link to a file outside the folders given (pass --follow-links to index it)"
    mode = target.stat().st_mode
    if stat.S_ISDIR(mode):
        return "a folder, not a paper"
    if not stat.S_ISREG(mode):
        return "not a regular file"
    if not os.access(target, os.R_OK):
        return "cannot be read (permission denied)"
    return None
