"""The build marker goes on a test that starts a process, found through the helpers it calls, and on no other.

The fast loop (``-m "not browser and not build and not bench"``) relies on it: a test marked
wrongly either slows the loop down or leaves it without a test it could run. The functions
classified here live in tests/fixtures/markers/samples.py, so these tests call none of them.
"""

from __future__ import annotations

from tests.conftest import _starts_processes
from tests.fixtures.markers import samples
from tests.support import cli


def test_a_function_that_starts_a_process_is_a_build():
    assert _starts_processes(samples.runs_python, {})


def test_a_function_calling_a_helper_that_starts_a_process_is_a_build():
    assert _starts_processes(samples.calls_a_helper_that_runs_python, {})
    assert _starts_processes(cli.run_kb_script, {})


def test_the_trainer_tool_run_in_process_is_not_a_build():
    assert not _starts_processes(samples.checks_a_bank_in_process, {})
    assert not _starts_processes(cli.run_kb, {})
