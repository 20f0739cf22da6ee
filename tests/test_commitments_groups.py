"""Groups that take work on: a task-and-finish group named with "and", an office in a
bracketed aside after a marked action."""

from __future__ import annotations

from pathlib import Path

from tests.test_commitments import commitments_in


def test_a_task_and_finish_group_will_is_the_groups_promise(tmp_path: Path) -> None:
    body = "Action: A task and finish group will pull together proposals for a work programme by the next meeting.\n"
    found = {c.actor: c for c in commitments_in(tmp_path, body)}
    assert "Task and finish group" in found, found
    assert found["Task and finish group"].action.startswith("pull together proposals")


def test_an_office_in_a_bracketed_aside_takes_the_whole_aside(tmp_path: Path) -> None:
    body = (
        "Action: A task and finish group will draft the programme "
        "(Secretariat to set up calls for the sub-group: Raj, Nikki, Mary).\n"
    )
    found = {c.actor: c for c in commitments_in(tmp_path, body)}
    assert "Secretariat" in found, found
    assert found["Secretariat"].action.startswith("set up calls for the sub-group")
    assert "Nikki" in found["Secretariat"].action  # the aside runs to its bracket


def test_the_first_of_two_teams_joined_by_or_acts(tmp_path: Path) -> None:
    body = "The Support team or the Finance team will check every proposal before the Board meets.\n"
    actors = [c.actor for c in commitments_in(tmp_path, body)]
    assert actors == ["Support team"], actors
