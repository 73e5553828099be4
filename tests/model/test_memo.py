"""Bounded memo of the bulk paths: same answers, bounded memory."""

from __future__ import annotations

from reliefdesk.model.memo import remembered


def test_one_argument_results_are_remembered_up_to_the_limit() -> None:
    calls: list[str] = []

    @remembered(3)
    def upper(text: str) -> str:
        """Upper case."""
        calls.append(text)
        return text.upper()

    assert [upper(t) for t in "abcab"] == list("ABCAB")
    assert calls == ["a", "b", "c"]
    assert [upper(t) for t in "dd"] == ["D", "D"] and calls[-2:] == ["d", "d"]  # past the limit: computed, not kept
    assert len(upper.memo) == 3  # type: ignore[attr-defined]
    assert upper.__doc__ == "Upper case." and upper.__name__ == "upper"


def test_several_arguments_are_one_key() -> None:
    calls: list[tuple[int, int]] = []

    @remembered(10)
    def add(a: int, b: int) -> int:
        calls.append((a, b))
        return a + b

    assert (add(1, 2), add(2, 1), add(1, 2)) == (3, 3, 3)
    assert calls == [(1, 2), (2, 1)]
