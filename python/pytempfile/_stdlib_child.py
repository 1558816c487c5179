"""The child interpreter of ``python -m pytempfile --clients --stdlib``.

``python -m pytempfile._stdlib_child MODULE standard|pytempfile RESULT.json`` runs
``test.MODULE`` with unittest and writes every test's outcome (passed, failed, skipped).  In
``pytempfile`` mode, ``sys.modules['tempfile']`` is pytempfile before anything imports
tempfile (this module imports nothing that does: the run is refused if it was imported).
"""

import json
import sys
import unittest

PASS, FAIL, SKIP = "passed", "failed", "skipped"


class _Recorder(unittest.TestResult):
    """Per-test outcomes: passed, failed (failure, error, unexpected success) or skipped."""

    def __init__(self):
        super().__init__()
        self.outcomes = {}

    def _set(self, test, outcome):
        key = test.id() if hasattr(test, "id") else str(test)
        old = self.outcomes.get(key)
        if old == FAIL or (old == SKIP and outcome == PASS):
            return
        self.outcomes[key] = outcome

    def addSuccess(self, test):
        self._set(test, PASS)

    def addFailure(self, test, err):
        self._set(test, FAIL)

    def addError(self, test, err):
        self._set(test, FAIL)

    def addSkip(self, test, reason):
        self._set(test, SKIP)

    def addExpectedFailure(self, test, err):
        self._set(test, PASS)

    def addUnexpectedSuccess(self, test):
        self._set(test, FAIL)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._set(test, FAIL)


def main(module, mode, result_path):
    """Run ``test.<module>`` and write its outcomes to `result_path`."""
    if mode == "pytempfile":
        if "tempfile" in sys.modules:
            sys.stderr.write("tempfile was imported before the swap\n")
            return 3
        import pytempfile
        sys.modules["tempfile"] = pytempfile
    from test import support
    support.use_resources = []  # what `python -m test` does without -u
    suite = unittest.defaultTestLoader.loadTestsFromName("test." + module)
    result = _Recorder()
    suite.run(result)
    with open(result_path, "w") as f:
        json.dump({"outcomes": result.outcomes,
                   "tempfile": getattr(sys.modules.get("tempfile"), "__name__", None)}, f)
    return 0



if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
