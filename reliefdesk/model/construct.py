"""Fast constructors for the frozen model classes, for the bulk paths.

A frozen dataclass sets each field in ``__init__`` through
``object.__setattr__`` (so that its own ``__setattr__`` can refuse later
changes); for a 15-field :class:`~reliefdesk.model.Charge` that is about
three times the cost of giving the instance its ``__dict__`` at once. Bulk
review builds hundreds of thousands of charges, so its readers use
:func:`maker` instead of the class. The object made is the same in every
respect (same type, same fields in the same order, equal, as frozen
afterwards): the constructor is generated from the class's fields, as
``dataclasses`` generates ``__init__``, with the same keyword names and
defaults (``default_factory`` called once per object), so an unknown or
missing field raises TypeError as the class does. Tests compare both ways
for every model class. The model classes have no ``__post_init__``;
:func:`maker` refuses a class that has one, whose checks it would skip.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def maker(cls: type[T]) -> Callable[..., T]:
    """A keyword-only constructor equivalent to ``cls(**values)`` for a frozen dataclass without ``__post_init__``."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__") or hasattr(cls, "__slots__"):
        raise TypeError(f"{cls.__name__}: only a dataclass with a __dict__ and no __post_init__ can be built this way")
    fields = dataclasses.fields(cls)
    scope: dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__, "_cls": cls,
                             "_MISSING": dataclasses.MISSING}  # fmt: skip
    params, items = [], []
    for i, f in enumerate(fields):
        if f.default is not dataclasses.MISSING:
            scope[f"_d{i}"] = f.default
            params.append(f"{f.name}=_d{i}")
            items.append(f"{f.name!r}: {f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_f{i}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            items.append(f"{f.name!r}: _f{i}() if {f.name} is _MISSING else {f.name}")
        else:
            params.append(f.name)
            items.append(f"{f.name!r}: {f.name}")
    source = (
        f"def make(*, {', '.join(params)}):\n"
        "    obj = _new(_cls)\n"
        f"    _set(obj, '__dict__', {{{', '.join(items)}}})\n"
        "    return obj\n"
    )
    exec(source, scope)  # generated from the class's own field names, as dataclasses generates __init__
    make: Callable[..., T] = scope["make"]
    make.__qualname__ = make.__name__ = f"make_{cls.__name__}"
    make.__doc__ = f"{cls.__name__}(**values) without the per-field cost of a frozen __init__."
    return make
