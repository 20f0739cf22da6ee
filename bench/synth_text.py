"""What one synthetic meeting says: who came, which items, what was resolved and promised.

The plan is layout-free; ``synth_layout`` prints it in its council's style and fills in
the text and pages of the ground-truth ``MeetingRecord``. Each meeting draws from its own
``random.Random`` seeded by (seed, number), so any paper can be rebuilt alone, in any
process, byte for byte.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from bench.synth_words import (
    ACTIONS,
    COMMITMENT_FORMS,
    COUNCILS,
    GIVEN,
    MONTHS,
    NARRATIVE,
    OFFICER_ROLES,
    PARTNERS,
    PLACES,
    RESOLUTIONS,
    SURNAMES,
    TIMES,
    TOPICS,
    TRENDS,
    CouncilSpec,
)
from indexer.records import AgendaItem, Attendance, Commitment, MeetingRecord, Person, Resolution

FIRST_DAY = date(2012, 1, 2)
SPAN_DAYS = 13 * 365


@dataclass
class Roster:
    members: list[Person]
    officers: list[Person]
    partners: list[Person]


@dataclass
class ItemPlan:
    number: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    resolutions: list[str] = field(default_factory=list)
    actions: list[tuple[str, str, str]] = field(default_factory=list)  # action table: action, owner, deadline


@dataclass
class PaperPlan:
    number: int
    council: CouncilSpec
    body: str
    day: date
    time: str
    venue: str
    present: list[Person]
    apologies: list[Person]
    items: list[ItemPlan]
    record: MeetingRecord

    @property
    def stem(self) -> str:
        body = "".join(w[0] for w in self.body.lower().replace("-", " ").split() if w[0].isalpha())
        return f"{self.council.short}-{body}-{self.day.isoformat()}-{self.number:05d}"


@lru_cache(maxsize=16)
def roster(seed: int, council_index: int) -> Roster:
    """The standing cast of one council: members, officers and partners, unique surnames."""
    council = COUNCILS[council_index]
    rng = random.Random(f"roster-{seed}-{council.short}")
    surnames = rng.sample(SURNAMES, 40)
    initials_only = council.style == "runon"  # town-council minutes print "A Smith" and nothing more

    def name(n: int) -> str:
        given = rng.choice(GIVEN)
        return f"{given[0]} {surnames[n]}" if initials_only else f"{given} {surnames[n]}"

    members = []
    for n in range(24):
        title = council.member_title
        role = None
        if council.style == "table":
            title = rng.choice(("Dr", "Mr", "Ms", "Mrs", "Professor"))
            role = "Chair" if n == 0 else rng.choice(("Non-Executive Director", "Executive Director", "Associate"))
        members.append(Person(name=name(n), title=title, role=role, organisation=council.name, group="Members"))
    roles = rng.sample(OFFICER_ROLES, 10)
    officers = [
        Person(name=name(24 + n), role=roles[n], organisation=council.name, group="Officers") for n in range(10)
    ]
    partners = [
        Person(name=name(34 + n), organisation=PARTNERS[(n + council_index) % len(PARTNERS)], group="Co-opted members")
        for n in range(6)
    ]
    return Roster(members, officers, partners)


def plan_paper(seed: int, number: int) -> PaperPlan:
    """The whole content of meeting ``number`` of the archive made with ``seed``."""
    rng = random.Random(seed * 1_000_003 + number)
    council_index = rng.randrange(len(COUNCILS))
    council = COUNCILS[council_index]
    cast = roster(seed, council_index)
    body = rng.choice(council.bodies)
    day = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
    day -= timedelta(days=max(0, day.weekday() - 3))  # meetings fall Monday to Thursday
    members = rng.sample(cast.members, rng.randint(5, 11))
    officers = rng.sample(cast.officers, rng.randint(2, 4))
    partners = rng.sample(cast.partners, rng.randint(0, 3)) if council.style in ("moderngov", "table") else []
    away = [m for m in cast.members if m not in members]
    apologies = rng.sample(away, rng.randint(0, 3))
    present = [*members, *officers, *partners]
    writer = _Writer(rng, council, body, day, members, officers, partners)
    record = MeetingRecord(
        source="",
        sha256="",
        organisation=council.name,
        body=body,
        meeting_date=day.isoformat(),
        meeting_time=rng.choice(TIMES),
        venue=rng.choice(council.venues),
    )
    items = writer.items(apologies, record)
    record.attendance = Attendance(present=[_copy(p) for p in present], apologies=[_copy(p) for p in apologies])
    record.people = [_copy(p) for p in [*present, *apologies]]
    record.organisations = sorted({council.name} | {o for i in record.items for o in i.organisations})
    return PaperPlan(
        number=number,
        council=council,
        body=body,
        day=day,
        time=record.meeting_time or "",
        venue=record.venue or "",
        present=present,
        apologies=apologies,
        items=items,
        record=record,
    )


def _copy(person: Person) -> Person:
    return Person(**{**person.__dict__, "aliases": list(person.aliases)})


class _Writer:
    """Writes the items of one meeting, recording the truth as it goes."""

    def __init__(self, rng: random.Random, council: CouncilSpec, body: str, day: date, members, officers, partners):  # noqa: ANN001
        self.rng, self.council, self.body, self.day = rng, council, body, day
        self.members, self.officers, self.partners = members, officers, partners

    def items(self, apologies: list[Person], record: MeetingRecord) -> list[ItemPlan]:
        rng = self.rng
        numbered = self.council.style == "numbered"
        start = rng.randint(1, 120)
        yy = self.day.year % 100
        titles = ["Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting"]
        topics = rng.sample(TOPICS, rng.randint(3, 9))
        titles += [t for t, _ in topics] + ["Date of Next Meeting"]
        plans: list[ItemPlan] = []
        for n, title in enumerate(titles):
            number = f"{start + n}/{yy:02d}" if numbered else str(n + 1)
            shown = title.upper() if numbered and n < 3 else title
            item = AgendaItem(number=number, title=shown)
            plan = ItemPlan(number=number, title=shown)
            mentioned: set[str] = set()
            if n == 0:
                self._apologies(plan, apologies, mentioned)
            elif n == 1:
                self._declarations(plan, mentioned)
            elif n == 2:
                previous = self.day - timedelta(days=rng.choice((28, 35, 42, 56, 91)))
                plan.resolutions.append(f"That the minutes of the meeting held on {_long(previous)} be confirmed.")
            elif title == "Date of Next Meeting":
                upcoming = self.day + timedelta(days=rng.choice((28, 35, 42, 56, 91)))
                record.next_meeting = upcoming.isoformat()
                plan.paragraphs.append(f"The next meeting would be held on {_long(upcoming)} at {rng.choice(TIMES)}.")
            else:
                self._topic(plan, topics[n - 3][1], item, record, mentioned)
            item.people = sorted(mentioned)
            item.resolutions = [Resolution(number=None, text=r, item=number) for r in plan.resolutions]
            record.items.append(item)
            plans.append(plan)
        return plans

    def _apologies(self, plan: ItemPlan, apologies: list[Person], mentioned: set[str]) -> None:
        if not apologies:
            plan.paragraphs.append("There were no apologies for absence.")
            return
        names = [self._formal(p) for p in apologies]
        listed = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
        plan.paragraphs.append(f"Apologies for absence were received from {listed}.")
        mentioned.update(p.name for p in apologies)

    def _declarations(self, plan: ItemPlan, mentioned: set[str]) -> None:
        if self.rng.random() < 0.7:
            plan.paragraphs.append("There were no declarations of interest.")
            return
        member = self.rng.choice(self.members)
        org = self.rng.choice(PARTNERS)
        plan.paragraphs.append(f"{self._formal(member)} declared a non-pecuniary interest as a trustee of {org}.")
        mentioned.add(member.name)

    def _topic(
        self, plan: ItemPlan, phrases: tuple[str, ...], item: AgendaItem, record: MeetingRecord, mentioned: set[str]
    ) -> None:
        rng = self.rng
        orgs: set[str] = set()
        for _ in range(rng.randint(1, 4)):
            sentences = [self._fill(rng.choice(NARRATIVE), phrases, mentioned, orgs) for _ in range(rng.randint(2, 4))]
            plan.paragraphs.append(" ".join(sentences))
        for _ in range(rng.choices((0, 1, 2), weights=(4, 4, 2))[0]):
            self._commitment(plan, phrases, item, record, mentioned, orgs)
        if rng.random() < 0.8:
            for _ in range(rng.randint(1, 3)):
                plan.resolutions.append("That " + self._fill(rng.choice(RESOLUTIONS), phrases, mentioned, orgs))
        item.organisations = sorted(orgs)

    def _commitment(
        self,
        plan: ItemPlan,
        phrases: tuple[str, ...],
        item: AgendaItem,
        record: MeetingRecord,
        mentioned: set[str],
        orgs: set[str],
    ) -> None:
        rng = self.rng
        person = rng.choice(self.officers) if rng.random() < 0.7 else rng.choice(self.members)
        action = self._fill(rng.choice(ACTIONS), phrases, mentioned, orgs)
        due = rng.choice(("", "", "the next meeting", "end", "date"))
        if due == "end":
            due = f"the end of {MONTHS[(self.day.month + 1) % 12]}"
        elif due == "date":
            due = _long(self.day + timedelta(days=rng.randint(20, 90)))
        due_text = f" by {due}" if due else ""
        style = self.council.style
        if style == "actions" and rng.random() < 0.6:
            plan.actions.append((action[:1].upper() + action[1:], person.name, due or "Ongoing"))
            sentence = f"{action} ({person.name})"
        elif style == "runon" and rng.random() < 0.6:
            sentence = f"ACTION: {person.name} to {action}{due_text}."
            plan.paragraphs.append(sentence)
        else:
            form = rng.choice(COMMITMENT_FORMS)
            sentence = form.format(actor=self._ref(person), action=action, due=due_text)
            sentence = sentence[:1].upper() + sentence[1:]
            plan.paragraphs[-1] += " " + sentence
        mentioned.add(person.name)
        record.commitments.append(
            Commitment(
                actor=person.name,
                action=action,
                item=item.number,
                meeting_date=self.day.isoformat(),
                due=due or None,
                source_sentence=sentence,
            )
        )

    def _fill(self, template: str, phrases: tuple[str, ...], mentioned: set[str], orgs: set[str]) -> str:
        rng = self.rng
        slots: dict[str, str] = {}
        if "{officer}" in template:
            officer = rng.choice(self.officers)
            slots["officer"] = self._ref(officer)
            mentioned.add(officer.name)
        if "{member}" in template:
            member = rng.choice(self.members)
            slots["member"] = self._ref(member)
            mentioned.add(member.name)
        if "{org}" in template:
            slots["org"] = rng.choice(PARTNERS)
            orgs.add(slots["org"].removeprefix("the "))
        year = self.day.year
        money = rng.randint(40, 9000)
        slots.update(
            kw=phrases[0] if rng.random() < 0.5 else rng.choice(phrases),
            kw2=rng.choice(phrases[1:]),
            place=rng.choice(PLACES),
            trend=rng.choice(TRENDS),
            pct=str(rng.randint(2, 40)),
            year=str(year - rng.randint(1, 3)),
            num=str(rng.randint(3, 400)),
            body=self.body,
            fy=f"{year}/{(year + 1) % 100:02d}",
            money=f"{money:,}",
            money2=f"{money + rng.randint(-30, 600):,}",
            month=rng.choice(MONTHS),
        )
        return template.format(**slots)

    def _ref(self, person: Person) -> str:
        """How the narrative names someone: officers by full name, members by title and surname."""
        if person.group == "Members" and person.title and self.rng.random() < 0.6:
            return f"{person.title} {person.name.split()[-1]}"
        return person.name if person.group != "Members" else self._formal(person)

    def _formal(self, person: Person) -> str:
        return f"{person.title} {person.name}" if person.title else person.name


def _long(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def long_date(day: date) -> str:
    """ "Tuesday 24 November 2020", as a paper's heading prints it."""
    return f"{day.strftime('%A')} {_long(day)}"
