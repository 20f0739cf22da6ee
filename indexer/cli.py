"""The command line: thin shells over library functions that parse arguments and print."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import click

from indexer.errors import IndexBusy, UnreadablePaper
from indexer.index.store import DEFAULT_INDEX

EXIT_SOME_FAILED = 3
EXIT_BUSY = 4
EXIT_WRITE_FAILED = 5
EXIT_NO_CLUSTER = 6
WAIT_FOREVER = 3600.0
# Test hook: the name of a re-index step (see store.py) at which `index` kills itself.
KILL_HOOK = "MINUTED_TEST_KILL_AT"


def _index_dir(value: str | None) -> Path:
    return Path(value or os.environ.get("MINUTED_INDEX") or DEFAULT_INDEX)


index_option = click.option(
    "--index", "index_dir", default=None, help="Index folder (default $MINUTED_INDEX or var/index)."
)


@click.group()
def main() -> None:
    """Minuted: search board papers — who committed to what, and when."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@index_option
@click.option("--full", is_flag=True, help="Re-read every paper, not only new and changed ones.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes reading papers.")
@click.option(
    "--wait",
    type=click.FloatRange(0),
    default=0.0,
    is_flag=False,
    flag_value=WAIT_FOREVER,
    metavar="[SECONDS]",
    help="If another re-index of this index is running, wait for it (up to SECONDS; no value: an hour).",
)
@click.option(
    "--follow-links",
    is_flag=True,
    help="Index papers that links lead to outside the folders given (refused by default).",
)
@click.option(
    "--cluster",
    metavar="tcp://HOST:PORT",
    help="Read papers on the workers of this Dask scheduler (the index is written here).",
)
def index(
    paths: tuple[Path, ...],
    index_dir: str | None,
    full: bool,
    workers: int,
    wait: float,
    follow_links: bool,
    cluster: str | None,
) -> None:
    """Index new and changed papers under PATHS (default corpus/); drop removed ones.

    Unchanged papers are skipped (by size and mtime, then sha256). A run that was killed
    is finished or undone first; searches keep working throughout.

    \b
    Exit status:
      0  every paper indexed
      2  bad arguments
      3  some papers failed (each listed on stderr with a reason)
      4  another re-index of this index is running (and --wait, if given, ran out)
      5  the index could not be written (disk full, I/O error): the previous index is kept
      6  --cluster named a Dask scheduler that did not answer
    """
    from indexer.index.cluster import ClusterUnavailable
    from indexer.index.papers import printable
    from indexer.index.store import find_papers, index_paths

    roots = list(paths) or [Path("corpus")]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    total = len(find_papers(roots, follow_links))
    show = sys.stderr.isatty()
    with click.progressbar(length=total, label="indexing", file=sys.stderr) if show else _NoBar() as bar:
        try:
            summary = index_paths(
                roots,
                _index_dir(index_dir),
                full=full,
                workers=workers,
                progress=lambda _s: bar.update(1),
                wait=wait,
                checkpoint=_kill_hook(os.environ.get(KILL_HOOK)),
                follow_links=follow_links,
                cluster=cluster,
            )
        except ClusterUnavailable as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_NO_CLUSTER)
        except IndexBusy as exc:
            click.echo(f"error: {exc}; try again when it finishes, or pass --wait [SECONDS]", err=True)
            sys.exit(EXIT_BUSY)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            click.echo(
                f"error: could not write the index ({reason}): the previous index is kept; "
                "fix that (free some space) and run again",
                err=True,
            )
            sys.exit(EXIT_WRITE_FAILED)
    for notice in summary.notices:
        click.echo(f"note: {notice}", err=True)
    if summary.recovered:
        click.echo("note: finished the re-index that was interrupted last time", err=True)
    for source, warning in summary.warnings:
        click.echo(f"warning: {printable(source)}: {warning}", err=True)
    for source, reason in summary.failed:
        click.echo(f"failed: {printable(source)}: {reason}", err=True)
    click.echo(summary.line())
    if summary.failed:
        sys.exit(EXIT_SOME_FAILED)


def _kill_hook(step: str | None) -> Callable[[str], None] | None:
    """For the kill tests: ``MINUTED_TEST_KILL_AT=<step>`` kills this process at that step."""
    if not step:
        return None

    def checkpoint(name: str) -> None:
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)

    return checkpoint


class _NoBar:
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        return None


@main.command()
@click.argument("query", default="")
@click.option("--person", help="Any name the person goes by: Mike Nunn finds Michael Nunn.")
@click.option("--meeting", help="Meeting label (body and date) or document id.")
@click.option("--org", help="Organisation.")
@click.option("--type", "type_", type=click.Choice(["item", "commitment", "decision"]))
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Meetings on or after this day.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Meetings on or before this day.")
@click.option("--outcome", help="Vote outcome: carried, lost …")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--limit", type=click.IntRange(1, 200), default=10, show_default=True)
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@index_option
def search(
    query: str,
    person,
    meeting,
    org,
    type_,
    date_from,
    date_to,
    outcome,
    sort,
    limit: int,
    page: int,
    as_json: bool,
    index_dir,
) -> None:  # noqa: ANN001, PLR0913
    """Search the index; an empty QUERY with filters lists everything they match, newest first.

    \b
    QUERY syntax:
      police call-outs       every word (any spelling: call-outs, call outs, callouts)
      "police call-outs"     the words together, in that order
      budget OR precept      either word; also AND, NOT, and (brackets)
      person:"Mike Nunn"     passages naming that person by any of their names
      title:gift             words in an agenda item's title
    A query that cannot be read as syntax is searched as plain words.
    """
    from indexer.index.search import search as run_search

    result = run_search(
        _open(index_dir),
        query,
        person=person,
        meeting=meeting,
        org=org,
        type=type_,
        date_from=date_from,
        date_to=date_to,
        outcome=outcome,
        limit=limit,
        page=page,
        sort=sort,
    )
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        return
    click.echo(f"{result.total} results")
    for hit in result.hits:
        where = f"{hit.body}, {hit.meeting_date or 'undated'}, item {hit.item or '-'}, page {hit.page}"
        click.echo(f"- [{hit.type}] {hit.title}\n  {where}  ({hit.doc})")


@main.command()
@click.option("--person")
@click.option("--meeting")
@click.option("--json", "as_json", is_flag=True)
@index_option
def commitments(person: str | None, meeting: str | None, as_json: bool, index_dir: str | None) -> None:
    """Who committed to what, and when."""
    from indexer.index.search import list_commitments

    result = list_commitments(_open(index_dir), person=person, meeting=meeting)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        return
    for hit in result.hits:
        due = f" (due {hit.due})" if hit.due else ""
        click.echo(f"{hit.meeting_date}  {hit.body}  item {hit.item or '-'}: {hit.actor} — {hit.action}{due}")


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON (the default).")
def extract(file: Path, as_json: bool) -> None:
    """Read one paper and print its MeetingRecord/DecisionRecord; no index involved."""
    from indexer.pipeline import read_paper
    from indexer.records import to_dict

    try:
        record, _pages = read_paper(file)
    except UnreadablePaper as exc:
        click.echo(f"error: {exc.path}: {exc.reason}", err=True)
        sys.exit(EXIT_SOME_FAILED)
    click.echo(json.dumps(to_dict(record), ensure_ascii=False, indent=1))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int, help="Threads in each serving process.")
@click.option(
    "--processes", type=click.IntRange(1, 32), default=None, help="Serving processes (default: one per core, up to 4)."
)
@index_option
def serve(host: str, port: int, threads: int, processes: int | None, index_dir: str | None) -> None:
    """Serve the web app with a production WSGI server (waitress)."""
    from webapp import create_app
    from webapp.server import default_processes
    from webapp.server import serve as serve_app

    folder = str(_index_dir(index_dir))
    processes = processes or default_processes()
    click.echo(f"Minuted on http://{host}:{port}/ (index {folder}, {processes} processes)")
    serve_app(lambda: create_app({"INDEX_DIR": folder}), host, port, threads, processes)


def _open(index_dir: str | None):  # noqa: ANN202
    from indexer.index.search import SearchIndex

    try:
        return SearchIndex(_index_dir(index_dir))
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
