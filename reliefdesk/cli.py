"""The ``reliefdesk`` command line (contracts.md section 1).

Exit codes: 0 success, 1 a user error (one line on stderr saying what was
wrong and what to do, never a traceback), 2 bad usage. Every command calls
the same ``services`` the GUI uses; nothing here decides eligibility.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reliefdesk import __version__
from reliefdesk.model.errors import NotAvailableYet, UserError

FORMAT_CHOICES = ("auto", "il-text", "ca-doj-text", "ca-doj-bulk", "csv", "record-json")


class UsageError(Exception):
    """Bad usage of a command: exit 2."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write it as YYYY-MM-DD") from None


def _today() -> date:
    # The CLI is where "today" comes from; model/ and rules/ never read the clock.
    override = os.environ.get("RELIEFDESK_TODAY")
    return date.fromisoformat(override) if override else date.today()


def _dates(args: argparse.Namespace) -> tuple[date, date]:
    as_of = args.as_of or _today()
    return as_of, args.filing_date or as_of


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _passphrase_env() -> str | None:
    return os.environ.get("RELIEFDESK_PASSPHRASE")


def _service(name: str, what: str) -> Any:
    """Import ``reliefdesk.services.<name>``, or say the capability has not landed yet."""
    try:
        return importlib.import_module(f"reliefdesk.services.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"reliefdesk.services.{name}":
            raise NotAvailableYet(f"{what} is not available in this version yet") from None
        raise


# --------------------------------------------------------------------------
# Commands


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from reliefdesk.gui.app import run_app
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("reliefdesk"):
            raise NotAvailableYet("the desktop application is not available in this version yet") from None
        raise UserError(
            f"the desktop application needs {exc.name}: run `python3 dev.py run` to install it"
        ) from None
    code: int = run_app(
        db=args.db,
        screenshots=Path(args.screenshots) if getattr(args, "screenshots", None) else None,
        demo=getattr(args, "demo", False),
    )
    return code


def cmd_parse(args: argparse.Namespace) -> int:
    from reliefdesk.model import record_to_json
    from reliefdesk.services.analysis import read_record

    result = read_record(args.file, args.format)
    _out(record_to_json(result.record))
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from reliefdesk.services.analysis import analyze_record, load_answers, read_record

    as_of, filing = _dates(args)
    answers = load_answers(args.answers)
    result = read_record(args.file, args.format)
    analysis = analyze_record(result.record, as_of, filing, answers)
    _out(analysis.to_json())
    return 0


def cmd_petition(args: argparse.Namespace) -> int:
    packets = _service("packets", "petition packets")
    as_of, filing = _dates(args)
    written = packets.petition_from_file(
        args.file,
        Path(args.out),
        as_of=as_of,
        filing_date=filing,
        answers_path=args.answers,
        county=args.county,
        fmt=args.format,
    )
    for line in written.report_lines():
        _out(line)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    clients = _service("clients", "storing people in the database")
    person_id = clients.import_file(args.db, args.file, fmt=args.format, passphrase=_passphrase_env())
    _out(str(person_id))
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    batch = _service("batch", "bulk review")
    code: int = batch.run_from_args(args)
    return code


def cmd_db(args: argparse.Namespace) -> int:
    database = _service("database", "database commands")
    code: int = database.run_db_command(args, out=_out)
    return code


def cmd_demo(args: argparse.Namespace) -> int:
    demo = _service("demo", "demo data")
    code: int = demo.run_demo_command(args, out=_out)
    return code


# --------------------------------------------------------------------------
# Parser


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the database file (default: reliefdesk.sqlite in the user data folder, "
        "or $RELIEFDESK_DB)",
    )


def _add_dates(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-of", type=_iso_date, metavar="DATE", help="analyze as of DATE (default: today)")
    p.add_argument(
        "--filing-date", type=_iso_date, metavar="DATE", help="the date the petition will be filed (default: --as-of)"
    )
    p.add_argument("--answers", metavar="FILE", help="JSON object {question_id: answer}")


def _add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format", choices=FORMAT_CHOICES, default="auto", help="input format (default: detect from content)"
    )


Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reliefdesk",
        description="Criminal-record relief for clinics: read rap sheets, check eligibility, print petitions.",
    )
    parser.add_argument("--version", action="version", version=f"reliefdesk {__version__}")
    _add_db(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop application")
    _add_db(p)
    p.add_argument("--screenshots", metavar="DIR", help="tour every screen on a demo client, save PNGs, exit")
    p.add_argument("--demo", action="store_true", help="open on a demo database (created if missing)")
    p.set_defaults(handler=cmd_gui)

    p = sub.add_parser("parse", help="read a rap sheet and print the record JSON")
    p.add_argument("file", metavar="FILE")
    _add_format(p)
    _add_db(p)
    p.set_defaults(handler=cmd_parse)

    p = sub.add_parser("analyze", help="read a rap sheet or record JSON and print the analysis JSON")
    p.add_argument("file", metavar="FILE")
    _add_format(p)
    _add_dates(p)
    _add_db(p)
    p.set_defaults(handler=cmd_analyze)

    p = sub.add_parser("petition", help="write the filled petition packet (PDFs) and the client letter")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the PDFs into")
    _add_format(p)
    _add_dates(p)
    p.add_argument("--county", metavar="NAME", help="only the packet for this county")
    _add_db(p)
    p.set_defaults(handler=cmd_petition)

    p = sub.add_parser("import", help="parse a file and store the person in the database; prints the id")
    p.add_argument("file", metavar="FILE")
    _add_format(p)
    _add_db(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("batch", help="bulk review: thousands of records in, results and court documents out")
    p.add_argument("input", metavar="INPUT", help="a DOJ bulk file, an Illinois spreadsheet, or a folder of rap sheets")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="the output folder: results.csv, people.csv, errors.csv, summary.json, summary.pdf")  # fmt: skip
    p.add_argument("--jurisdiction", choices=("auto", "IL", "CA"), default="auto",
                   help="whose rules (default: auto, from the input: a DOJ file is CA, a spreadsheet IL)")  # fmt: skip
    p.add_argument("--as-of", type=_iso_date, metavar="DATE", help="review as of DATE, YYYY-MM-DD (default: today)")
    p.add_argument("--filing-date", type=_iso_date, metavar="DATE",
                   help="the date the motions will be filed; it chooses the rules (default: --as-of)")  # fmt: skip
    p.add_argument("--options", metavar="FILE", help="eligibility options JSON (Code for America bulk-tool format)")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes (default and at most: one per core)")
    p.add_argument("--mapping", metavar="FILE", help="column mapping JSON for spreadsheets")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run in DIR")
    p.add_argument("--packets", action="store_true", help="also write a packet per eligible person")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    _add_db(p)
    p.set_defaults(handler=cmd_batch)

    p = sub.add_parser("db", help="database maintenance: init, backup, restore, verify, export, import, purge")
    _add_db(p)
    dbsub = p.add_subparsers(dest="db_command", metavar="ACTION")
    q = dbsub.add_parser("init", help="create the database (encrypted when RELIEFDESK_PASSPHRASE or a prompt gives one)")
    q.add_argument("--no-passphrase", action="store_true", help="create an unencrypted database without asking")
    _add_db(q)
    q = dbsub.add_parser("backup", help="write a consistent copy of the database to OUT")
    q.add_argument("out", metavar="OUT")
    _add_db(q)
    q = dbsub.add_parser("restore", help="replace the database with the backup IN (the current one is backed up first)")
    q.add_argument("input", metavar="IN")
    _add_db(q)
    q = dbsub.add_parser("verify", help="check the database's integrity; exit 1 if damaged or the passphrase is wrong")
    _add_db(q)
    q = dbsub.add_parser("export", help="export clients to one file (encrypted with --encrypt)")
    q.add_argument("ids", metavar="ID", nargs="+", type=int)
    q.add_argument("--out", required=True, metavar="F")
    q.add_argument("--encrypt", action="store_true", help="encrypt the file with RELIEFDESK_EXPORT_PASSPHRASE or a prompt")
    _add_db(q)
    q = dbsub.add_parser("import", help="import clients from an export file, skipping ones already here")
    q.add_argument("input", metavar="F")
    _add_db(q)
    q = dbsub.add_parser("purge", help="delete clients untouched for more than DAYS days")
    q.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    q.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _add_db(q)
    q = dbsub.add_parser("passphrase", help="set, change or remove the passphrase (re-keys the file)")
    q.add_argument("--remove", action="store_true", help="remove encryption")
    _add_db(q)
    q = dbsub.add_parser("delete", help="delete one client for good (secure delete)")
    q.add_argument("ids", metavar="ID", nargs="+", type=int)
    _add_db(q)
    p.set_defaults(handler=cmd_db)

    p = sub.add_parser("demo", help="demo data: generate synthetic files, build a demo database")
    _add_db(p)
    dsub = p.add_subparsers(dest="demo_command", metavar="ACTION")
    q = dsub.add_parser("generate", help="write deterministic synthetic records")
    q.add_argument("--kind", required=True, choices=("ca-doj-bulk", "il-csv", "il-text"))
    q.add_argument("--people", type=int, required=True, metavar="N")
    q.add_argument("--seed", type=int, default=1, metavar="S")
    q.add_argument("--out", required=True, metavar="PATH")
    q = dsub.add_parser("db", help="build the demo database from resources/demo")
    _add_db(q)
    q.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_demo)

    parser.set_defaults(handler=cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    for attr in ("screenshots", "demo"):
        if not hasattr(args, attr):
            setattr(args, attr, None)
    if args.command == "db" and not args.db_command:
        parser.parse_args(["db", "--help"])
    if args.command == "demo" and not args.demo_command:
        parser.parse_args(["demo", "--help"])
    handler: Handler = args.handler
    try:
        return handler(args)
    except UsageError as exc:
        sys.stderr.write(f"reliefdesk: {exc}\n")
        return 2
    except UserError as exc:
        sys.stderr.write(f"reliefdesk: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("reliefdesk: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # Disk full, permission denied...: a user-fixable condition, not a bug.
        sys.stderr.write(f"reliefdesk: {exc.strerror or exc}: {exc.filename or ''}\n".replace(": \n", "\n"))
        return 1


def gui_main() -> int:
    """Entry point of the ``reliefdesk-gui`` script (no console window on Windows)."""
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app's spawned batch workers start here
    return main(["gui"])


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
