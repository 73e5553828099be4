"""The fast constructors of the bulk paths make exactly the objects the classes make."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest

from reliefdesk import model
from reliefdesk.model import Case, Charge, ChargeResult, Disposition, Level, Reason, Relief, Sentence, Status
from reliefdesk.model.construct import maker

FROZEN = [
    cls for cls in vars(model).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
]  # fmt: skip


def test_every_frozen_model_class_is_covered() -> None:
    assert {Charge, Case, Sentence, ChargeResult, Reason} <= set(FROZEN)


@pytest.mark.parametrize("cls", FROZEN, ids=lambda c: c.__name__)
def test_defaults_are_the_classes_own(cls: type) -> None:
    required = {f.name: None for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}  # fmt: skip
    fast, slow = maker(cls)(**required), cls(**required)
    assert fast == slow
    assert type(fast) is cls
    assert list(vars(fast).items()) == list(vars(slow).items())  # the same fields, in declaration order
    assert repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.extra = {}  # type: ignore[attr-defined]


def test_a_full_charge_and_its_factories() -> None:
    values = dict(statute="11359(b) HS", statute_raw="11359(B)HS", description="POSSESS FOR SALE",
                  level=Level.FELONY, offense_date=date(2010, 1, 2), disposition=Disposition.CONVICTED,
                  disposition_raw="CONVICTED", disposition_date=date(2010, 3, 4),
                  sentence=Sentence(start=date(2010, 3, 4), end=date(2011, 3, 4), raw="PROBATION 12 M"),
                  section="11359", code="HS", extra={"line": 7})  # fmt: skip
    make = maker(Charge)
    assert make(**values) == Charge(**values)
    assert vars(make(**values)) == vars(Charge(**values))
    a, b = make(), make()
    assert a.extra == {} and a.extra is not b.extra  # default_factory: a new dict each time


def test_wrong_fields_fail_as_the_class_fails() -> None:
    with pytest.raises(TypeError, match="unexpected keyword"):
        maker(Charge)(statue="11357")
    with pytest.raises(TypeError, match="missing"):
        maker(ChargeResult)(case_number=None, charge_index=0, statute=None, relief=Relief.NONE)
    with pytest.raises(TypeError):
        maker(Charge)("11357")  # keywords only


def test_classes_it_would_shortchange_are_refused() -> None:
    @dataclasses.dataclass(frozen=True)
    class Checked:
        n: int

        def __post_init__(self) -> None:
            if self.n < 0:
                raise ValueError

    with pytest.raises(TypeError, match="__post_init__"):
        maker(Checked)
    with pytest.raises(TypeError):
        maker(int)
    assert maker(ChargeResult)(case_number="1", charge_index=0, statute=None, relief=Relief.NONE,
                               status=Status.NOT_ELIGIBLE).extra == {}  # fmt: skip
