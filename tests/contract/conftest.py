"""The case count of each contract test, checked where it cannot depend on which tests ran before."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest


class Cases(Counter[str]):
    """What one test ran: cases by operation label, and any other kind a module counts (``"multipart x"``)."""

    def operations(self) -> dict[str, int]:
        return {label: n for label, n in self.items() if label.split(" ", 1)[0] in ("GET", "POST", "PUT", "DELETE")}


@pytest.fixture
def cases(request: pytest.FixtureRequest) -> Iterator[Cases]:
    """Counts the cases of one operation's test (schemathesis makes one test per operation) from a fresh mock.

    The mock starts clean (issued tokens kept, as the schema's auth caches them), so an operation meets the same
    state whichever tests ran before it, in this process or another. At teardown the operation must have run the
    module's ``EXAMPLES_PER_OPERATION`` cases at least: a silent drop in generated cases fails here. A module may
    check more of its counts in a ``check_cases(label, cases)`` of its own.
    """
    request.module.app.reset(keep_auth=True)
    counted = Cases()
    yield counted
    operations = counted.operations()
    assert len(operations) == 1, f"one operation per test, not {sorted(operations)}"
    ((label, count),) = operations.items()
    minimum = request.module.EXAMPLES_PER_OPERATION
    assert count >= minimum, f"{label}: {count} cases, fewer than {minimum}"
    check_cases = getattr(request.module, "check_cases", None)  # a module's own counts
    if check_cases is not None:
        check_cases(label, counted)
