"""Settings for the whole suite."""

from __future__ import annotations

from hypothesis.internal.conjecture import providers
from hypothesis.internal.constants_ast import Constants

# Hypothesis (6.131 and later) mixes constants it reads from the project's own modules (overlays/, mocks/, scripts/)
# into what it generates, adding them as those modules get imported. A seeded fuzz or state machine then depends on
# the text of every such module and on the order of imports, not only on its seed: an edit anywhere in the project,
# or a test module importing one more mock, changes what every seeded run generates. Turned off, so that a seed
# means one run. (Private API; hypothesis is pinned in the test group.)
providers._get_local_constants = Constants
