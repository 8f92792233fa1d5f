"""Regenerate the vendor clients in ``generated/`` from ``specs/``, and tell what changed for their users.

    python scripts/regenerate.py                 # regenerate what changed
    python scripts/regenerate.py gatum           # one vendor (if its inputs changed)
    python scripts/regenerate.py --force         # everything, changed or not
    python scripts/regenerate.py --check         # fail if generated/ is not what the specs produce

A package is regenerated only when its inputs changed: the spec, its codegen config, the pinned generator and ruff
versions, and this script and the differ. Their fingerprint is kept in a stamp file inside the package.

Generation runs in a temporary folder beside ``generated/`` and replaces the package only when it fully succeeded
(no error, no warning), so a failure leaves ``generated/`` as it was. Specs are generated in parallel by a pool of
worker processes that import the generator once.

When a spec differs from its last committed version, the API changes are classified (``scripts/specdiff.py``), the
package version in ``specs/<vendor>.codegen.yaml`` becomes the committed version bumped by semver, and an entry is
put on top of the committed ``CHANGELOG.md`` of the package. Both are derived from the committed state, so running
regenerate twice gives the same result.
"""

# A thin launcher: the work is in regeneration.py, which Python caches compiled (a script run directly is compiled
# anew each time, a cost a no-op run should not pay).
from regeneration import main

if __name__ == "__main__":
    raise SystemExit(main())
