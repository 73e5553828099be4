"""Settings of the California rules: which sections are dismissed or reduced,
whether disqualifiers count only when prior, and the bulk tools' extra relief.

Volunteers get the defaults (california.md). A district attorney's bulk review
passes Code for America's options file (:meth:`CaOptions.from_eligibility_options`),
and any setting can come through the answers mapping under a ``ca.`` key
(:data:`OPTION_KEYS`), so the CLI's ``--answers`` file can carry them too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from reliefdesk.model import UserError


class OptionsError(UserError, ValueError):
    """A settings value that is not what its key expects."""


#: answers key -> (CaOptions field, what it means). Documented in docs/california.md.
OPTION_KEYS: dict[str, tuple[str, str]] = {
    "ca.dismiss_sections": ("dismiss_sections", "comma list of sections dismissed and sealed (default 11357)"),
    "ca.reduce_sections": ("reduce_sections", "comma list of sections reduced (default 11358,11359,11360)"),
    "ca.prior_only": ("prior_only", "true: a disqualifier counts only if before the conviction (default true)"),
    "ca.misdemeanor_dismiss": (
        "misdemeanor_dismiss", "true: a misdemeanor of a reduce section is dismissed, as the bulk practice does (default true)",
    ),
    "ca.under21_at_conviction": ("under21_at_conviction", "true: dismiss when the person was under 21 at conviction"),
    "ca.age_threshold": ("age_threshold", "dismiss when the person is at least this old on the as-of date (0: off)"),
    "ca.years_since_conviction_threshold": (
        "years_since_conviction_threshold", "dismiss when the person has had no conviction for this many years (0: off)",
    ),
    "ca.deceased_dismiss": ("deceased_dismiss", "true: dismiss the convictions of a deceased person instead of skipping"),
    "ca.only_prop64_dismiss": ("only_prop64_dismiss", "true: dismiss when every conviction on the record is HS 11357-11360"),
}


@dataclass(frozen=True)
class CaOptions:
    dismiss_sections: tuple[str, ...] = ("11357",)
    reduce_sections: tuple[str, ...] = ("11358", "11359", "11360")
    prior_only: bool = True
    misdemeanor_dismiss: bool = True
    # additionalRelief of the bulk tools (all off for a volunteer's single review).
    under21_at_conviction: bool = False
    age_threshold: int = 0
    years_since_conviction_threshold: int = 0
    deceased_dismiss: bool = False
    only_prop64_dismiss: bool = False
    #: The volunteer's answers to questions (question id -> answer).
    answers: Mapping[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def from_answers(cls, answers: Mapping[str, str] | None) -> CaOptions:
        """Defaults, overridden by any ``ca.`` keys in ``answers``."""
        answers = dict(answers or {})
        values: dict[str, Any] = {}
        kinds = {f.name: f.type for f in fields(cls)}
        for key, (name, _) in OPTION_KEYS.items():
            if key not in answers:
                continue
            raw = str(answers[key]).strip()
            kind = str(kinds[name])
            if "tuple" in kind:
                values[name] = tuple(s.strip().upper() for s in raw.split(",") if s.strip())
            elif "bool" in kind:
                if raw.lower() not in ("true", "false", "yes", "no", "1", "0"):
                    raise OptionsError(f"setting {key} is {raw!r}: write true or false")
                values[name] = raw.lower() in ("true", "yes", "1")
            else:
                try:
                    values[name] = int(raw)
                except ValueError:
                    raise OptionsError(f"setting {key} is {raw!r}: write a whole number") from None
        return cls(**values, answers=answers)

    @classmethod
    def from_eligibility_options(cls, data: Mapping[str, Any], answers: Mapping[str, str] | None = None) -> CaOptions:
        """Code for America's ``eligibility_options.json`` (baselineEligibility, additionalRelief)."""
        if not isinstance(data, Mapping):
            raise OptionsError("the eligibility options file must be a JSON object")
        base = data.get("baselineEligibility") or {}
        extra = data.get("additionalRelief") or {}
        if not isinstance(base, Mapping) or not isinstance(extra, Mapping):
            raise OptionsError("baselineEligibility and additionalRelief must be JSON objects")

        def sections(key: str, default: tuple[str, ...]) -> tuple[str, ...]:
            value = base.get(key)
            if value is None:
                return default
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise OptionsError(f"baselineEligibility.{key} must be a list of code sections")
            return tuple(v.strip().upper() for v in value)

        def number(key: str) -> int:
            value = extra.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise OptionsError(f"additionalRelief.{key} must be a number")
            return int(value)

        def flag(key: str) -> bool:
            value = extra.get(key, False)
            if not isinstance(value, bool):
                raise OptionsError(f"additionalRelief.{key} must be true or false")
            return value

        opts = cls(
            dismiss_sections=sections("dismiss", ()),
            reduce_sections=sections("reduce", ()),
            under21_at_conviction=flag("subjectUnder21AtConviction"),
            age_threshold=number("subjectAgeThreshold"),
            years_since_conviction_threshold=number("yearsSinceConvictionThreshold"),
            deceased_dismiss=flag("subjectIsDeceased"),
            only_prop64_dismiss=flag("subjectHasOnlyProp64Charges"),
        )
        if answers:
            over = CaOptions.from_answers(answers)
            changed = {k: getattr(over, OPTION_KEYS[k][0]) for k in OPTION_KEYS if k in answers}
            opts = replace(opts, **{OPTION_KEYS[k][0]: v for k, v in changed.items()}, answers=dict(answers))
        return opts
