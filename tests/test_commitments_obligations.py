"""The duties an order or scheme lays on a charity's trustees are their commitments; what it
forbids them is not."""

from __future__ import annotations

from pathlib import Path

from tests.test_commitments import commitments_in

ORDER = """The trustees must obtain the prior written approval of the Commissioners before making any amendment which would have the effect of:

(1) enabling them to spend permanent endowment;

(2) changing the name of the charity.

The trustees must not make any amendment which would alter the purposes of the charity.

The trustees must: (1) prepare a written memorandum of each amendment that they make; (2) send to the Commissioners a certified copy of the memorandum within three months of the meeting; and (3) retain the memorandum as part of the governing document.

Signed on behalf of the Commissioners.
"""


def _duties(tmp_path: Path) -> list[str]:
    return [c.action for c in commitments_in(tmp_path, ORDER) if c.actor == "trustees"]


def test_a_duty_with_its_list_of_cases_is_one_commitment(tmp_path: Path) -> None:
    (approval,) = [d for d in _duties(tmp_path) if d.startswith("obtain")]
    assert "spend permanent endowment" in approval and "name of the charity" in approval


def test_each_numbered_duty_after_must_is_a_commitment_of_its_own(tmp_path: Path) -> None:
    duties = _duties(tmp_path)
    assert "prepare a written memorandum of each amendment that they make" in duties
    assert any(d.startswith("send to the Commissioners a certified copy") for d in duties)
    assert "retain the memorandum as part of the governing document" in duties


def test_what_the_trustees_must_not_do_is_no_commitment(tmp_path: Path) -> None:
    assert not any("alter the purposes" in d for d in _duties(tmp_path))
