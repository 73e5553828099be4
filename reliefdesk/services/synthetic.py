"""Deterministic synthetic records for demos, tests and benchmarks.

``generate(kind, people, seed, out)`` writes fictional people in one of three
shapes:

- ``ca-doj-bulk``: the California DOJ bulk research file (ca-doj.md section 2):
  95 columns, no header row, one row per count per event, rows of one subject
  together; arrests, court actions, the occasional PC 290 registration,
  deceased subject, super strike, 1203.4 set-aside and Prop 64 plea bargain;
- ``il-csv``: an Illinois intake spreadsheet with a header row, one row per
  charge (columns a clinic or prosecutor export would have);
- ``il-text``: a folder of Illinois State Police transcripts in the text layout
  of ``resources/demo``.

The same ``(kind, people, seed)`` always gives the same bytes. Names, ids and
numbers are invented; nothing here describes a real person.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reliefdesk.model.errors import UserError

KINDS = ("ca-doj-bulk", "il-csv", "il-text")

LAST = (
    "GARCIA", "SMITH", "NGUYEN", "JOHNSON", "LOPEZ", "WILLIAMS", "MARTINEZ", "BROWN", "KIM", "DAVIS",
    "HERNANDEZ", "MILLER", "CHEN", "WILSON", "RAMIREZ", "MOORE", "PATEL", "TAYLOR", "FLORES", "ANDERSON",
    "REYES", "THOMAS", "TRAN", "JACKSON", "CRUZ", "WHITE", "MORALES", "HARRIS", "ORTIZ", "CLARK",
    "GUTIERREZ", "LEWIS", "CHAVEZ", "ROBINSON", "WALKER", "CASTILLO", "YOUNG", "VARGAS", "ALLEN", "PARK",
)  # fmt: skip
FIRST = (
    "JAMES", "MARIA", "MICHAEL", "JENNIFER", "DAVID", "LINDA", "JOSE", "PATRICIA", "ROBERT", "ELIZABETH",
    "JOHN", "SUSAN", "CARLOS", "JESSICA", "WILLIAM", "SARAH", "DANIEL", "KAREN", "LUIS", "NANCY",
    "ANTHONY", "LISA", "KEVIN", "BETTY", "JUAN", "DOROTHY", "BRIAN", "SANDRA", "MARK", "ASHLEY",
)  # fmt: skip
INITIALS = "ABCDEFGHJKLMNPRST"

CA_COUNTIES = (
    ("LOS ANGELES", 30), ("SAN DIEGO", 10), ("ORANGE", 9), ("RIVERSIDE", 8), ("SAN BERNARDINO", 8),
    ("SANTA CLARA", 6), ("ALAMEDA", 5), ("SACRAMENTO", 5), ("CONTRA COSTA", 4), ("FRESNO", 4),
    ("SAN FRANCISCO", 3), ("KERN", 3), ("SAN JOAQUIN", 3), ("VENTURA", 3), ("HUMBOLDT", 1),
    ("MENDOCINO", 1), ("YOLO", 1), ("SONOMA", 2),
)  # fmt: skip

#: (OFFENSE_DESCR, OFFENSE_TOC, weight). Cannabis counts are common: DOJ research
#: files for Prop 64 review are pulled for people with a cannabis arrest.
CA_OFFENSES = (
    ("11357 HS-POSSESS MARIJUANA", "M", 9),
    ("11357(B) HS-POSSESS 28.5 GRAMS OR LESS MARIJUANA", "M", 5),
    ("11357(C)HS-POSSESS MARIJUANA OVER 28.5 GRAMS", "M", 3),
    ("11358 HS-CULTIVATE MARIJUANA", "F", 4),
    ("11359 HS-POSSESS MARIJUANA FOR SALE", "F", 7),
    ("11360(A) HS-TRANSPORT/SELL MARIJUANA", "F", 5),
    ("11360 HS-GIVE AWAY/TRANSPORT MARIJUANA", "F", 2),
    ("11350(A) HS-POSSESS NARCOTIC CONTROLLED SUBSTANCE", "F", 6),
    ("11364 HS-POSSESS CONTROLLED SUBSTANCE PARAPHERNALIA", "M", 4),
    ("11366 HS-OPEN/MAINTAIN PLACE:SELL/USE CONTROLLED SUBSTANCE", "F", 1),
    ("11377(A) HS-POSSESS CONTROLLED SUBSTANCE", "M", 4),
    ("32 PC-ACCESSORY", "F", 1),
    ("459 PC-BURGLARY", "F", 4),
    ("484(A) PC-THEFT OF PERSONAL PROPERTY", "M", 5),
    ("23152(A) VC-DUI ALCOHOL/DRUGS", "M", 6),
    ("14601.1(A) VC-DRIVE WHILE LICENSE SUSPENDED", "M", 4),
    ("242 PC-BATTERY", "M", 3),
    ("245(A)(1) PC-FORCE/ADW NOT FIREARM:GBI LIKELY", "F", 2),
    ("148(A)(1) PC-OBSTRUCT/RESIST PUBLIC OFFICER", "M", 3),
    ("10851(A) VC-TAKE VEHICLE W/O OWNER CONSENT", "F", 2),
    ("187 PC-MURDER", "F", 0.15),
    ("261(A)(2) PC-RAPE BY FORCE/FEAR", "F", 0.15),
    ("288(A) PC-LEWD OR LASCIV ACTS W/CHILD UNDER 14", "F", 0.1),
    ("SEE COMMENT FOR CHARGE", "F", 0.6),
)  # fmt: skip
LAST_EVENT = date(2025, 6, 30)
CA_COMMENT_CHARGES = ("11359 HS-POSSESS MARIJUANA FOR SALE", "11358 HS-CULTIVATE MARIJUANA")
CA_DISPOSITIONS = (
    ("CONVICTED-PROBATION", 30), ("CONVICTED-JAIL", 22), ("CONVICTED-PRISON", 5), ("CONVICTED-FINE", 8),
    ("DISMISSED", 18), ("ACQUITTED", 2), ("PROS REJ-LACK OF SUFF EVIDENCE", 4),
    ("CONV SET ASIDE & DISM PER 1203.4 PC", 3),
)  # fmt: skip


def generate(kind: str, people: int, seed: int, out: str | Path, *, bad_rows: int = 0) -> Path:
    """Write ``people`` synthetic people of ``kind`` to ``out`` and return the path written.

    ``bad_rows`` (ca-doj-bulk and il-csv only) adds that many damaged rows
    (wrong column count, bad date, unknown code) spread through the file, for
    testing error reporting.
    """
    if kind not in KINDS:
        raise UserError(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
    if people < 0:
        raise UserError("--people must be 0 or more")
    path = Path(out)
    if kind == "il-text":
        return _write_il_text(people, seed, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        if kind == "ca-doj-bulk":
            rows: Iterator[list[str]] = ca_doj_rows(people, seed)
        else:
            w.writerow(IL_CSV_HEADER)
            rows = il_csv_rows(people, seed)
        if bad_rows:
            rows = _with_bad_rows(rows, people, bad_rows, seed, kind)
        w.writerows(rows)
    return path


# --------------------------------------------------------------------------
# California DOJ bulk research file


def _weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([t[0] for t in table], weights=[t[1] for t in table])[0]


def _ymd(d: date) -> str:
    return d.strftime("%Y%m%d")


def ca_doj_rows(people: int, seed: int) -> Iterator[list[str]]:
    """The rows of a synthetic DOJ bulk file, person by person (95 columns each)."""
    rng = random.Random(f"ca-doj-bulk:{seed}")
    offenses = [(o[0], o[1]) for o in CA_OFFENSES]
    off_weights = [o[2] for o in CA_OFFENSES]
    disp_names = [d[0] for d in CA_DISPOSITIONS]
    disp_weights = [d[1] for d in CA_DISPOSITIONS]
    record_id = 0
    for i in range(people):
        subject_id = str(10_000_000 + i * 11 + rng.randrange(11))
        name = f"{rng.choice(LAST)},{rng.choice(FIRST)} {rng.choice(INITIALS)}"
        dob = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 62))
        gender = rng.choice("MF")
        cii = f"A{rng.randrange(10**8):08d}"
        fbi = f"{rng.randrange(10**6):06d}{rng.choice('ABCDEFG')}{rng.choice('HJKLMN')}{rng.randrange(10)}"
        person = [""] * 95
        person[1] = "ACTIVE"
        person[2] = subject_id
        person[4] = cii
        person[5] = name
        person[6] = gender
        person[7] = _ymd(dob)
        person[11] = cii
        person[12] = name
        person[13] = gender
        person[14] = _ymd(dob)
        person[19] = fbi
        person[21], person[22] = rng.choice((("W", "WHITE"), ("H", "HISPANIC"), ("B", "BLACK"), ("A", "ASIAN")))
        person[23], person[24] = rng.choice((("BRO", "BROWN"), ("BLU", "BLUE"), ("HAZ", "HAZEL")))
        person[25], person[26] = rng.choice((("BLK", "BLACK"), ("BRO", "BROWN"), ("BLN", "BLOND")))
        person[27] = str(rng.randrange(500, 605))
        person[28] = str(rng.randrange(110, 260))
        person[29] = "Y"
        person[31], person[32], person[33] = "CA", "CALIFORNIA", "S"
        person[94] = "EOR"
        county = _weighted(rng, CA_COUNTIES)
        n_cycles = 1 + min(int(rng.expovariate(0.8)), 7)
        # Cycles between age 18 and mid-2025, most of them before Prop 64 (2016-11-09).
        first = min(dob + timedelta(days=365 * 18 + rng.randrange(365 * 20)), LAST_EVENT - timedelta(days=400))
        window = max(30, min(365 * 25, (LAST_EVENT - first).days))
        cycle_dates = sorted(first + timedelta(days=rng.randrange(window)) for _ in range(n_cycles))
        deceased = rng.random() < 0.006
        registration = rng.random() < 0.01
        for c, arrest_date in enumerate(cycle_dates, start=1):
            if rng.random() < 0.2:
                county = _weighted(rng, CA_COUNTIES)
            n_counts = 1 + (rng.random() < 0.35) + (rng.random() < 0.1)
            counts = [offenses[k] for k in rng.choices(range(len(offenses)), weights=off_weights, k=n_counts)]
            if rng.random() < 0.05:
                # A plea bargain next to a cannabis count (california.md section 4).
                counts = [("11359 HS-POSSESS MARIJUANA FOR SALE", "F"), ("32 PC-ACCESSORY", "F")]
            events: list[tuple[str, date, list[tuple[str, str]]]] = [("ARREST/DETAINED/CITED", arrest_date, counts)]
            if rng.random() < 0.82:
                court = min(arrest_date + timedelta(days=rng.randrange(7, 240)), LAST_EVENT + timedelta(days=150))
                events.append(("COURT ACTION", court, counts))
            if registration and c == 1 and any(o[0].startswith(("261", "288")) for o in counts):
                events.append(("REGISTRATION", arrest_date + timedelta(days=300), [("290 PC-REGISTRATION OF SEX OFFENDER", "")]))
            case_no = f"{county[:2]}{arrest_date.year % 100:02d}{rng.randrange(10**6):06d}"
            for e, (kind, when, event_counts) in enumerate(events, start=1):
                for n, (offense, toc) in enumerate(event_counts, start=1):
                    record_id += 1
                    row = person.copy()
                    row[0] = str(record_id)
                    row[36] = f"{c:03d}"
                    row[37] = _ymd(arrest_date)
                    row[39] = f"{e:03d}"
                    row[40] = _ymd(when)
                    row[42] = kind
                    row[48] = county
                    row[47] = f"{CA_COUNTIES.index(next(x for x in CA_COUNTIES if x[0] == county)) + 1:02d}"
                    row[50] = f"{c:03d}{e:03d}{n:03d}000"
                    row[54] = offense
                    row[55] = toc
                    row[90] = str((when - dob).days // 365)
                    row[91] = "C"
                    if offense == "SEE COMMENT FOR CHARGE":
                        row[93] = rng.choice(CA_COMMENT_CHARGES)
                    if kind == "ARREST/DETAINED/CITED":
                        row[41], row[43], row[44] = "A", "PD", "POLICE DEPARTMENT"
                        row[46] = f"{county} PD"
                        row[72] = f"B{rng.randrange(10**7):07d}"
                    elif kind == "COURT ACTION":
                        row[41], row[43], row[44] = "C", "SC", "SUPERIOR COURT"
                        row[46] = f"CASC {county}"
                        row[52] = case_no
                        row[76] = case_no
                        _court_disposition(rng, row, toc, disp_names, disp_weights)
                    else:
                        row[41] = "R"
                        row[46] = f"{county} SO"
                    yield row
        if deceased:
            record_id += 1
            row = person.copy()
            row[0] = str(record_id)
            row[36] = f"{n_cycles + 1:03d}"
            row[40] = _ymd(cycle_dates[-1] + timedelta(days=400))
            row[42] = "DECEASED"
            row[48] = county
            row[50] = f"{n_cycles + 1:03d}001001000"
            yield row


def _court_disposition(
    rng: random.Random, row: list[str], toc: str, names: list[str], weights: Sequence[float]
) -> None:
    disp = rng.choices(names, weights=weights)[0]
    row[78] = "1"
    row[80] = disp
    row[79] = disp[:4]
    if not disp.startswith("CONV"):
        return
    level = toc
    if toc == "F" and rng.random() < 0.3:
        level = "M"  # wobbler convicted as a misdemeanor
    row[81], row[82] = {"F": ("F", "FELONY"), "M": ("M", "MISDEMEANOR"), "": ("", "")}.get(
        level, ("I", "INFRACTION")
    )
    if rng.random() < 0.05:
        row[81], row[82] = "", ""  # level left blank: read from OFFENSE_TOC
    kind = disp.split("-", 1)[1] if "-" in disp else "PROBATION"
    row[84] = "1"
    if kind == "PROBATION":
        row[85], row[86], row[87], row[88] = "P", "PROBATION", str(rng.choice((12, 18, 24, 36, 60))), "M"
    elif kind == "JAIL":
        row[85], row[86], row[87], row[88] = "J", "JAIL", str(rng.choice((2, 10, 30, 45, 90, 180, 365))), "D"
    elif kind == "PRISON":
        row[85], row[86], row[87], row[88] = "S", "PRISON", str(rng.choice((16, 2, 3, 4, 6))), "Y"
        if row[87] == "16":
            row[88] = "M"
    elif kind == "FINE":
        row[85], row[86] = "F", "FINE"
    row[89] = {"D": "DAYS", "M": "MONTHS", "Y": "YEARS"}.get(row[88], "")


# --------------------------------------------------------------------------
# Illinois spreadsheet

IL_CSV_HEADER = (
    "Person ID", "Last Name", "First Name", "Date of Birth", "Case Number", "County", "Arrest Date",
    "Statute", "Charge Description", "Class", "Disposition", "Disposition Date", "Sentence",
)  # fmt: skip
IL_COUNTIES = (
    ("Cook", 50), ("DuPage", 8), ("Lake", 6), ("Will", 6), ("Kane", 5), ("Winnebago", 4),
    ("Champaign", 4), ("Sangamon", 4), ("Peoria", 4), ("McLean", 3), ("St. Clair", 3), ("Madison", 3),
)  # fmt: skip
IL_CHARGES = (
    ("720 ILCS 550/4(a)", "POSS CANNABIS <2.5 GRAMS", "C", 8),
    ("720 ILCS 550/4(b)", "POSS CANNABIS 2.5-10 GRAMS", "B", 8),
    ("720 ILCS 550/4(c)", "POSS CANNABIS 10-30 GRAMS", "A", 10),
    ("720 ILCS 550/4(d)", "POSS CANNABIS 30-100 GRAMS", "4", 3),
    ("720 ILCS 550/5(a)", "MFG/DEL CANNABIS <2.5 GRAMS", "B", 2),
    ("720 ILCS 550/5(b)", "MFG/DEL CANNABIS 2.5-10 GRAMS", "A", 2),
    ("720 ILCS 550/5(c)", "MFG/DEL CANNABIS 10-30 GRAMS", "4", 2),
    ("720 ILCS 600/3.5(a)", "POSS DRUG PARAPHERNALIA", "A", 4),
    ("720 ILCS 570/402(c)", "POSS AMT CON SUB EXCEPT(A)/(D)", "4", 5),
    ("720 ILCS 5/16-25(a)(1)", "RETAIL THEFT <$300", "A", 6),
    ("720 ILCS 5/12-3(a)(2)", "BATTERY - MAKES PHYSICAL CONTACT", "A", 4),
    ("720 ILCS 5/21-3(a)(2)", "CRIMINAL TRESPASS TO LAND", "B", 3),
    ("625 ILCS 5/11-501(a)(2)", "DUI - UNDER INFLUENCE OF ALCOHOL", "A", 5),
    ("625 ILCS 5/6-303(a)", "DRIVING ON SUSPENDED LICENSE", "A", 4),
    ("720 ILCS 5/19-1(a)", "BURGLARY", "2", 2),
)  # fmt: skip
IL_DISPOSITIONS = (
    ("FINDING OF GUILTY", 30), ("PLEA OF GUILTY - FINDING OF GUILTY", 15), ("NOLLE PROSEQUI", 20),
    ("SUPERVISION SATISFACTORILY TERMINATED", 10), ("DISMISSED", 8), ("STRICKEN OFF WITH LEAVE TO REINSTATE", 5),
    ("FINDING OF NOT GUILTY", 4), ("RELEASED WITHOUT CHARGING", 5),
)  # fmt: skip


def _il_case_number(rng: random.Random, county: str, year: int, level: str) -> str:
    if county == "Cook":
        return f"{year % 100:02d}-{rng.choice('12345')}-{rng.randrange(10**6):06d}-01"
    return f"{year}{'CF' if level in '1234X' else 'CM'}{rng.randrange(10**6):06d}"


@dataclass(frozen=True)
class _ILCase:
    case_number: str
    county: str
    arrest: date
    charges: list[tuple[str, str, str, str, date, str]]  # statute, description, class, disposition, date, sentence


@dataclass(frozen=True)
class _ILPerson:
    id: str
    last: str
    first: str
    dob: date
    sid: str
    cases: list[_ILCase]


def _il_people(people: int, seed: int) -> Iterator[_ILPerson]:
    rng = random.Random(f"il:{seed}")
    charges = [c[:3] for c in IL_CHARGES]
    weights = [c[3] for c in IL_CHARGES]
    for i in range(people):
        dob = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 52))
        cases = []
        n_cases = 1 + min(int(rng.expovariate(0.9)), 5)
        for _ in range(n_cases):
            county = _weighted(rng, IL_COUNTIES)
            arrest = dob + timedelta(days=365 * 18 + rng.randrange(365 * 30))
            if arrest > date(2025, 12, 1):
                arrest = date(2025, 12, 1) - timedelta(days=rng.randrange(3000))
            n_charges = 1 + (rng.random() < 0.3)
            picked = [charges[k] for k in rng.choices(range(len(charges)), weights=weights, k=n_charges)]
            level = str(picked[0][2])
            rows = []
            for statute, descr, klass in picked:
                disp = _weighted(rng, IL_DISPOSITIONS)
                disp_date = arrest + timedelta(days=rng.randrange(20, 300))
                sentence = ""
                if "GUILTY" in disp and "NOT" not in disp:
                    sentence = rng.choice(
                        ("CONDITIONAL DISCHARGE 12 MOS", "PROBATION 24 MONTHS", "FINE $250", "IDOC 2 YRS", "")
                    )
                rows.append((str(statute), str(descr), str(klass), disp, disp_date, sentence))
            cases.append(_ILCase(_il_case_number(rng, county, arrest.year, level), county, arrest, rows))
        yield _ILPerson(f"P{i + 1:07d}", rng.choice(LAST).title(), rng.choice(FIRST).title(), dob,
                        f"IL{rng.randrange(10**8):08d}", cases)  # fmt: skip


def il_csv_rows(people: int, seed: int) -> Iterator[list[str]]:
    """Rows (without the header) of a synthetic Illinois intake spreadsheet."""
    for p in _il_people(people, seed):
        for case in p.cases:
            for statute, descr, klass, disp, disp_date, sentence in case.charges:
                yield [
                    p.id, p.last, p.first, p.dob.strftime("%m/%d/%Y"), case.case_number, case.county,
                    case.arrest.strftime("%m/%d/%Y"), statute, descr, klass, disp, disp_date.strftime("%m/%d/%Y"),
                    sentence,
                ]  # fmt: skip


_CLASS_WORDS = {"A": "A MISD", "B": "B MISD", "C": "C MISD", "X": "CLASS X"}


def _write_il_text(people: int, seed: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, p in enumerate(_il_people(people, seed), start=1):
        lines = [
            "ILLINOIS STATE POLICE",
            "DIVISION OF JUSTICE SERVICES - BUREAU OF IDENTIFICATION",
            "CRIMINAL HISTORY TRANSCRIPT (ACCESS AND REVIEW)",
            "RESPONSE DATE: 10/02/2026                                        PAGE 1 OF 1",
            "",
            f"SID: {p.sid}          FBI: {n:06d}KA{n % 10}",
            f"NAME: {p.last.upper()}, {p.first.upper()}",
            f"DOB: {p.dob.strftime('%m/%d/%Y')}   SEX: {'MF'[n % 2]}",
            "",
        ]
        for c, case in enumerate(p.cases, start=1):
            lines.append("-" * 70)
            lines.append(f"CYCLE {c:03d}   DCN: L{n:07d}            ARREST DATE: {case.arrest.strftime('%m/%d/%Y')}")
            lines.append(f"ARRESTING AGENCY: {case.county.upper()} COUNTY SHERIFF (IL0{c:02d}0000)")
            for k, (statute, descr, klass, disp, disp_date, sentence) in enumerate(case.charges, start=1):
                cls = _CLASS_WORDS.get(klass, f"CLASS {klass} FEL")
                lines.append(f"  CHARGE {k:02d}  {statute.upper()}  {descr}      CLASS: {cls}")
                lines.append(f"  COURT CASE: {case.case_number}     COURT: CIRCUIT COURT {case.county.upper()} COUNTY")
                lines.append(f"  DISPOSITION DATE: {disp_date.strftime('%m/%d/%Y')}   DISPOSITION: {disp}")
                if sentence:
                    lines.append(f"  SENTENCE: {sentence}")
        lines += ["-" * 70, "", "*** END OF TRANSCRIPT ***", ""]
        (folder / f"transcript_{n:06d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return folder


# --------------------------------------------------------------------------
# Damaged rows


def _with_bad_rows(
    rows: Iterator[list[str]], people: int, bad: int, seed: int, kind: str
) -> Iterator[list[str]]:
    """Insert ``bad`` damaged copies of rows: wrong column count, bad date, unknown code."""
    rng = random.Random(f"bad:{kind}:{seed}")
    every = max(1, (people * 4) // max(bad, 1))
    made = 0
    for n, row in enumerate(rows):
        yield row
        if made < bad and n % every == every - 1:
            broken = row.copy()
            flavour = made % 3
            if flavour == 0:
                broken = broken[: rng.randrange(5, len(broken) - 1)]
            elif flavour == 1:
                broken[14 if kind == "ca-doj-bulk" else 3] = "19XX13"
            else:
                if kind == "ca-doj-bulk":
                    broken[42] = "COURT ACTION"
                    broken[54], broken[93] = "", ""
                else:
                    broken[7] = ""
            made += 1
            yield broken
