"""Form definitions: every shipped file loads, versions are chosen by date, bad files say why."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from reliefdesk import paths
from reliefdesk.documents.forms import BLOCK_TYPES, FormError, available_forms, load_form, read_form_file
from reliefdesk.documents.letter import letter_form
from reliefdesk.documents.template import fill, lookup, truthy

SUITE = {
    "IL-EXP-SEAL-REQUEST": "06/2026", "IL-EXP-SEAL-CASELIST": "06/2026", "IL-EXP-SEAL-ORDER": "06/2026",
    "IL-CXP-MOTION": "03/2022", "IL-CXP-ADDITIONAL": "03/2022", "IL-CXP-NOTICE": "03/2022",
    "IL-CXP-ORDER": "03/2022",
}


def test_every_shipped_form_loads_with_id_and_version() -> None:
    forms = {f.id: f.version for f in available_forms()}
    for form_id, version in SUITE.items():
        assert forms.get(form_id) == version


def test_continuations_name_forms_that_exist() -> None:
    ids = {f.id for f in available_forms()}
    for f in available_forms():
        for b in f.iter_blocks():
            if b.get("continued_in"):
                assert b["continued_in"] in ids, (f.id, b["continued_in"])


def test_clerk_and_court_places_are_marked() -> None:
    request = load_form("IL-EXP-SEAL-REQUEST")
    caption = next(b for b in request.iter_blocks() if b["type"] == "caption")
    assert caption["case_number"]["owner"] == "clerk"
    order = load_form("IL-EXP-SEAL-ORDER")
    assert [b.get("owner") for b in order.iter_blocks() if b["type"] == "box"] == ["court", "court"]


def test_version_is_chosen_by_filing_date(tmp_path: Path) -> None:
    src = (paths.forms_dir() / "il" / "expunge-seal-request-2026-06.toml").read_text(encoding="utf-8")
    old = src.replace('version = "06/2026"', 'version = "01/2025"').replace(
        'effective = "2026-06-01"', 'effective = "2025-01-01"')
    (tmp_path / "new.toml").write_text(src, encoding="utf-8")
    (tmp_path / "old.toml").write_text(old, encoding="utf-8")
    assert load_form("IL-EXP-SEAL-REQUEST", on=date(2026, 3, 1), folder=tmp_path).version == "01/2025"
    assert load_form("IL-EXP-SEAL-REQUEST", on=date(2026, 7, 1), folder=tmp_path).version == "06/2026"
    assert load_form("IL-EXP-SEAL-REQUEST", folder=tmp_path).version == "06/2026"
    assert load_form("IL-EXP-SEAL-REQUEST@01/2025", folder=tmp_path).version == "01/2025"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('schema = "x"', "schema should be"),
        ('schema = "reliefdesk.form/1"\nid = "X"\nversion = "1"\ntitle = "T"', "no [[block]]"),
        ('schema = "reliefdesk.form/1"\nid = "X"\nversion = "1"\ntitle = "T"\n[[block]]\ntype = "poem"', "unknown type 'poem'"),
        ('schema = "reliefdesk.form/1"\nid = "X"\nversion = "1"\ntitle = "T"\n[[block]]\ntype = "table"', "needs 'columns'"),
        ('schema = "reliefdesk.form/1"\nid = "X"\nversion = "1"\ntitle = "T"\n[[block]]\ntype = "text"\ntext = "a"\nowner = "judge"',
         "owner 'judge'"),
        ("id = ", "not valid TOML"),
    ],
)
def test_a_broken_definition_names_the_file_and_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormError) as err:
        read_form_file(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_unknown_form_id_is_a_user_error() -> None:
    with pytest.raises(FormError, match="no form definition 'NOPE'"):
        load_form("NOPE")


def test_readme_documents_every_block_type() -> None:
    readme = (paths.forms_dir() / "README.md").read_text(encoding="utf-8")
    for kind in BLOCK_TYPES:
        assert re.search(rf"`{kind}`", readme), f"forms/README.md does not document block type {kind!r}"


def test_letter_is_a_form_definition_with_words() -> None:
    form = letter_form("en")
    assert form.id == "CLIENT-LETTER"
    assert set(form.get("words")["relief"]) >= {"vacate_expunge", "expunge", "seal"}
    assert letter_form("xx").get("language") == "en"  # unknown language falls back to English


def test_template_lookup_and_fill() -> None:
    ctx = {"person": {"name": "A & B"}, "rows": [{"n": "1"}], "flag": True, "off": False}
    assert lookup(ctx, "person.name") == "A & B"
    assert lookup(ctx, "rows.0.n") == "1"
    assert lookup(ctx, "missing.path") is None
    assert fill("Name: {person.name}", ctx) == "Name: A &amp; B"
    assert fill("Name: {person.name}", ctx, markup=False) == "Name: A & B"
    assert fill("{nothing}", ctx) == ""
    assert truthy(ctx, "flag") and not truthy(ctx, "off") and truthy(ctx, "!off")
