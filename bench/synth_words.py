"""The vocabulary of the synthetic archive: councils, names, topics, places and phrasings.

Kept apart from the generator so the shape of a paper (synth_text) and its words can be
read separately. Topics carry several key phrases each so queries find a realistic spread
of hits: a few very common words ("report", "budget"), many rarer ones.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CouncilSpec:
    """One publishing organisation and the layout its clerks use."""

    name: str
    short: str
    style: str  # moderngov | numbered | runon | table | actions
    member_title: str
    bodies: tuple[str, ...]
    venues: tuple[str, ...]


COUNCILS: tuple[CouncilSpec, ...] = (
    CouncilSpec(
        "Northshire County Council",
        "northshire",
        "moderngov",
        "County Councillor",
        ("Corporate Parenting Board", "Cabinet", "Health and Wellbeing Board", "Audit and Governance Committee"),
        ("Committee Room 'C' - The Duke of Lancaster Room, County Hall", "Cabinet Room 'B', County Hall"),
    ),
    CouncilSpec(
        "Eastbridge Borough Council",
        "eastbridge",
        "numbered",
        "Councillor",
        ("Planning Committee", "Licensing Committee", "Overview and Scrutiny Committee", "Executive"),
        ("the Council Chamber, Eastbridge Town Hall", "Committee Room 1, Civic Centre"),
    ),
    CouncilSpec(
        "Marford Town Council",
        "marford",
        "runon",
        "Councillor",
        ("Full Council", "Finance and General Purposes Committee", "Amenities Committee"),
        ("the Guildhall, Market Place, Marford", "Marford Community Centre"),
    ),
    CouncilSpec(
        "Westvale NHS Foundation Trust",
        "westvale",
        "table",
        "Dr",
        ("Board of Directors", "Quality Committee", "People Committee"),
        ("the Boardroom, Westvale General Hospital", "Seminar Room 3, Education Centre"),
    ),
    CouncilSpec(
        "Kingsmere Fire and Rescue Authority",
        "kingsmere",
        "actions",
        "Councillor",
        ("Fire Authority", "Resources Committee", "Performance Board"),
        ("the Conference Room, Fire Service Headquarters", "Training Centre, Kingsmere"),
    ),
    CouncilSpec(
        "Southdale District Council",
        "southdale",
        "moderngov",
        "Councillor",
        ("Cabinet", "Community Services Committee", "Standards Committee"),
        ("Council Chamber, Southdale House", "Meeting Room 2, Southdale House"),
    ),
)

GIVEN = (
    "Ian Stephen David Jayne Julie Barbara Brendan Caroline Audrey Amanda Roxanne Judith Umer Jane Kirsty "
    "Sam Maureen Cathy Michael Sharon Tracy Nicola Terri Lynda Andrew Priya Mohammed Aisha Gareth Rhian Fiona "
    "Graham Helen Colin Deborah Martin Sarah Paul Rachel Simon Claire Anthony Karen Richard Louise Peter Joanne "
    "Robert Emma Mark Hannah Neil Lucy Kevin Alison Gary Ruth Chris Joan Philip Sian Imran Nadia Tom Yvonne "
    "Raj Ellen Owen Bethan Keith Margaret"
).split()

SURNAMES = (
    "Brown Clarke Foxcroft Rear Gibson Bath Lee Waldron Swann Mansfield McAllister Young Leyland Gault Khonat "
    "Hylton Gorton Huddleston Trengove Nunn Hubber Barrow Smith Bamford Crossland Pearson Patel Jones Ahmed "
    "Hughes Evans Williams Taylor Davies Wilson Thompson Robinson Walker Wright Green Hall Wood Harris Martin "
    "Jackson Lewis Turner Hill Moore Cooper Ward Morris King Baker Harrison Morgan Allen Bell Kelly Shaw Mason "
    "Hussain Carter Kaur Begum Dixon Hunt Holmes Palmer Mills Barnes Knight Lloyd Butler Russell Fletcher "
    "Stevens Hart Gill Reid O'Brien Chapman Ellis Singh Doyle Webb Rowe Burton Fox Armstrong Brennan Walsh Nolan"
).split()

OFFICER_ROLES = (
    "Chief Executive",
    "Director of Children's Services",
    "Head of Finance",
    "Senior Manager",
    "Democratic Services Officer",
    "Monitoring Officer",
    "Head of Planning",
    "Director of Public Health",
    "Head of Housing",
    "Chief Fire Officer",
    "Head of Internal Audit",
    "Environmental Services Manager",
    "Town Clerk",
    "Director of Nursing",
    "Head of Highways",
)

PARTNERS = (
    "Northshire Constabulary",
    "Clinical Commissioning Groups",
    "Barnardo's",
    "National Youth Advocacy Service",
    "Citizens Advice",
    "Westvale NHS Foundation Trust",
    "the Environment Agency",
    "Homes England",
)

PLACES = (
    "Brookfield",
    "Hollins Green",
    "Marsh Lane",
    "Upper Stoke",
    "Kingsway",
    "Riverside",
    "St Mary's",
    "Oakwood",
    "Castle",
    "Northgate",
    "Ashby",
    "Fairfield",
    "Moorside",
    "Priory",
    "Westfield",
    "Hillcrest",
    "Abbey",
    "Longford",
    "Church Ward",
    "Eastgate",
    "Park Ward",
    "Millbrook",
)

# (title, key phrases): the first phrase names the topic; later ones colour the text.
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Police call-outs to children's homes",
        ("police call-outs", "children's homes", "missing from care", "criminalisation"),
    ),
    ("Revenue Budget Monitoring", ("revenue budget", "overspend", "reserves", "savings targets")),
    ("Highways Maintenance Programme", ("pothole repairs", "highways maintenance", "resurfacing", "gritting routes")),
    ("Library Service Review", ("library opening hours", "mobile library", "volunteers", "book fund")),
    ("Flood Risk Management", ("flood defences", "surface water flooding", "drainage", "gully cleaning")),
    ("Adult Social Care Charging Policy", ("care charges", "home care", "direct payments", "financial assessments")),
    (
        "Climate Emergency Action Plan",
        ("carbon emissions", "climate emergency", "electric vehicle charging", "tree planting"),
    ),
    ("Housing Allocations Policy", ("housing register", "temporary accommodation", "homelessness", "social housing")),
    (
        "Care Leavers Accommodation",
        ("care leavers", "supported accommodation", "housing protocol", "personal advisers"),
    ),
    ("Home to School Transport", ("school transport", "SEND transport", "bus passes", "route planning")),
    (
        "Fire Safety Inspections",
        ("fire safety inspections", "high-rise buildings", "sprinkler systems", "enforcement notices"),
    ),
    (
        "Pension Fund Investment Strategy",
        ("pension fund", "investment strategy", "actuarial valuation", "fund managers"),
    ),
    ("Internal Audit Progress Report", ("internal audit", "audit opinion", "risk register", "counter-fraud")),
    (
        "Planning Application - Land off Mill Lane",
        ("planning application", "affordable housing", "highway access", "neighbour objections"),
    ),
    ("Licensing Policy Review", ("licensing policy", "taxi licences", "late-night levy", "premises licences")),
    ("Mental Health Services", ("mental health", "crisis care", "waiting times", "community services")),
    ("Workforce and Recruitment", ("recruitment", "agency staff", "staff turnover", "apprenticeships")),
    ("Waste and Recycling Contract", ("recycling rates", "garden waste", "fly-tipping", "waste contract")),
    ("Parks and Open Spaces", ("play areas", "allotments", "grass cutting", "park wardens")),
    ("Town Centre Regeneration", ("town centre", "regeneration", "empty shops", "market stalls")),
    ("Public Health Annual Report", ("public health", "smoking cessation", "obesity", "life expectancy")),
    ("Community Safety Partnership", ("anti-social behaviour", "community safety", "CCTV", "knife crime")),
    ("Fostering and Adoption", ("foster carers", "adoption", "placement stability", "kinship care")),
    ("Youth Services", ("youth clubs", "youth workers", "detached youth work", "summer activities")),
    ("Corporate Risk Register", ("corporate risk register", "cyber security", "business continuity", "risk appetite")),
    ("Treasury Management Strategy", ("treasury management", "borrowing", "interest rates", "capital financing")),
    ("Council Tax and Business Rates", ("council tax", "business rates", "collection rates", "discretionary relief")),
    ("Road Safety", ("road safety", "speed limits", "20mph zones", "school crossing patrols")),
    ("Digital Strategy", ("digital services", "broadband", "website", "customer contact")),
    ("Cemeteries and Crematorium", ("cemetery", "burial fees", "memorial safety", "crematorium")),
    ("Patient Safety and Quality", ("patient safety", "infection control", "serious incidents", "clinical audit")),
    (
        "Emergency Response Times",
        ("response times", "on-call firefighters", "appliance availability", "emergency calls"),
    ),
    ("Special Educational Needs", ("special educational needs", "EHC plans", "tribunal appeals", "specialist places")),
    ("Leisure Centres", ("leisure centres", "swimming pools", "memberships", "energy costs")),
    ("Car Parking Charges", ("car parking", "parking charges", "resident permits", "parking enforcement")),
    ("Cost of Living Support", ("cost of living", "household support fund", "food banks", "warm spaces")),
    ("Air Quality", ("air quality", "nitrogen dioxide", "clean air zone", "monitoring stations")),
    ("Tourism and Events", ("tourism", "events programme", "visitor numbers", "festival")),
    ("Community Assets and Grants", ("village hall", "community asset transfer", "community grants", "hall bookings")),
    ("Safeguarding Adults", ("safeguarding adults", "domestic abuse", "modern slavery", "self-neglect")),
)

NARRATIVE = (
    "{officer} presented the report on {kw}, which set out progress since the last meeting.",
    "The report noted that {kw} in {place} had {trend} by {pct} per cent compared with {year}.",
    "Members asked about {kw2} and the effect on residents in {place}.",
    "In response to a question from {member}, {officer} explained that {kw} was being reviewed with {org}.",
    "It was noted that {num} cases of {kw} had been recorded in the last quarter.",
    "{member} welcomed the work on {kw} but raised concerns about {kw2} in {place}.",
    "The {body} discussed the funding available for {kw} in {fy}, and the pressure on {kw2}.",
    "Discussion took place regarding {kw2} and the role of {org} in improving outcomes.",
    "A resident of {place} asked about {kw}; the Chair thanked them for the question.",
    "The budget for {kw} was £{money}k against a forecast of £{money2}k, a variance of {pct} per cent.",
    "{officer} reported that the call-outs and complaints about {kw2} had {trend} since {month} {year}.",
    "Members commented that {kw} remained a priority for the {body} and for partners such as {org}.",
    "Concern was expressed that the current arrangements for {kw2} were not sustainable beyond {fy}.",
    "{member} asked whether the data on {kw} could be broken down by ward, including {place}.",
)

ACTIONS = (
    "provide a breakdown of {kw} by ward",
    "circulate the {kw} report to all members",
    "write to {org} about {kw2}",
    "arrange a briefing on {kw} for members",
    "bring a further report on {kw} to a future meeting",
    "review the {kw2} figures for {place}",
    "meet with {org} to discuss {kw}",
    "update the action plan on {kw2}",
)

COMMITMENT_FORMS = (
    "{actor} would {action}{due}.",
    "It was agreed that {actor} would {action}{due}.",
    "{actor} agreed to {action}{due}.",
)

RESOLUTIONS = (
    "the report be noted.",
    "the update on {kw} be noted and a further report be brought to a future meeting.",
    "the {body} approve the {kw} plan for {fy}.",
    "the recommendations set out in the report on {kw2} be approved.",
    "the {body} support the proposals for {kw} in {place}.",
    "officers continue to work with {org} on {kw2}.",
)

TRENDS = ("risen", "fallen", "increased", "decreased", "remained broadly stable")
MONTHS = ("January February March April May June July August September October November December").split()
TIMES = ("10.00 am", "2.00 pm", "6.00 pm", "7.00 pm", "7.30 pm", "9.30 am")
