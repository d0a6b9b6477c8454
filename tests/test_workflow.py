"""The publishing workflow and the repository's other YAML configs are valid, and the checks can fail.

GitHub does not run a workflow that does not parse; nothing else would tell us, so these tests do.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support.paths import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
GITHUB_YAML = sorted((REPO / ".github").rglob("*.y*ml"))
PAGES_WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
DEPENDABOT = REPO / ".github" / "dependabot.yml"
PRE_COMMIT_CONFIG = REPO / ".pre-commit-config.yaml"
BIN = Path(sys.executable).parent
OLD_LINE_30 = "      - name: Build (strict: broken links, anchors or quiz banks fail here)\n"
PINNED_USE = re.compile(r"^\s*(?:-\s+)?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def check_jsonschema(schema: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    """Run check-jsonschema with one of its built-in (vendored, offline) schemas."""
    command = [str(BIN / "check-jsonschema"), "--builtin-schema", schema, *map(str, paths)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def build_job_steps() -> list[dict]:
    """The steps of the workflow job that builds the site."""
    return yaml.safe_load(PAGES_WORKFLOW.read_text(encoding="utf-8"))["jobs"]["build"]["steps"]


def test_there_is_a_pages_workflow():
    assert PAGES_WORKFLOW in WORKFLOWS


@pytest.mark.parametrize("path", [*GITHUB_YAML, PRE_COMMIT_CONFIG], ids=lambda p: p.name)
def test_every_github_and_pre_commit_config_parses_as_yaml(path):
    assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict)


def test_every_workflow_matches_the_github_workflow_schema():
    result = check_jsonschema("vendor.github-workflows", *WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dependabot_config_matches_its_schema():
    result = check_jsonschema("vendor.dependabot", DEPENDABOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pre_commit_config_passes_pre_commits_own_validation():
    result = subprocess.run(
        [str(BIN / "pre-commit"), "validate-config", str(PRE_COMMIT_CONFIG)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_old_unquoted_colon_in_a_step_name_is_refused(tmp_path):
    text = PAGES_WORKFLOW.read_text(encoding="utf-8")
    quoted = '      - name: "Build (strict: broken links, anchors or quiz banks fail here)"\n'
    assert quoted in text
    broken = tmp_path / "pages.yml"
    broken.write_text(text.replace(quoted, OLD_LINE_30), encoding="utf-8")
    result = check_jsonschema("vendor.github-workflows", broken)
    assert result.returncode != 0
    assert "mapping values are not allowed here" in result.stdout + result.stderr


def test_a_workflow_that_parses_but_breaks_the_schema_is_refused(tmp_path):
    workflow = yaml.safe_load(PAGES_WORKFLOW.read_text(encoding="utf-8"))
    del workflow["jobs"]["build"]["runs-on"]
    broken = tmp_path / "pages.yml"
    broken.write_text(yaml.safe_dump(workflow, allow_unicode=True), encoding="utf-8")
    result = check_jsonschema("vendor.github-workflows", broken)
    assert result.returncode != 0
    assert "runs-on" in result.stdout


def test_every_action_is_pinned_by_full_commit_sha_with_its_version():
    for path in WORKFLOWS:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if "uses:" in line:
                assert PINNED_USE.match(line), f"{path.name}:{number}: pin by SHA with '# vX.Y.Z': {line.strip()}"


def test_the_build_job_installs_the_build_requirements_only():
    commands = " ".join(step.get("run", "") for step in build_job_steps())
    assert "-r requirements-build.txt" in commands
    assert "requirements-test.txt" not in commands
    assert "pytest" not in commands and "playwright" not in commands


def test_the_build_job_checks_out_full_history_for_last_updated_dates():
    checkout = next(step for step in build_job_steps() if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0


def test_the_build_is_strict():
    commands = " ".join(step.get("run", "") for step in build_job_steps())
    assert "mkdocs build --strict" in commands


def requirement_lines(path: Path) -> list[str]:
    """The requirement lines of a requirements file, without comments and blank lines."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


@pytest.mark.parametrize("name", ["requirements-build.txt", "requirements-test.txt"])
def test_every_requirement_is_pinned_exactly(name):
    for line in requirement_lines(REPO / name):
        if line != "-r requirements-build.txt":
            assert re.fullmatch(r"[A-Za-z0-9._-]+==[A-Za-z0-9.+-]+", line), f"{name}: pin with ==: {line}"


def test_the_build_set_has_no_test_tools_and_the_test_set_includes_it():
    build = {line.split("==")[0].lower() for line in requirement_lines(REPO / "requirements-build.txt")}
    assert not build & {"pytest", "playwright", "hypothesis", "ruff", "mypy", "pre-commit", "pre_commit"}
    assert "-r requirements-build.txt" in requirement_lines(REPO / "requirements-test.txt")


GITHUB_CONTEXT = {
    "github.server_url": "https://github.com",
    "github.repository": "acme/onboarding",
    "github.event.repository.default_branch": "trunk",
    "steps.pages.outputs.base_url": "https://acme.github.io/onboarding",
}


def build_step_environment(context: dict[str, str]) -> dict[str, str]:
    """The build step's env: mapping with GitHub's expressions filled in from ``context``."""
    (step,) = [step for step in build_job_steps() if "mkdocs build" in step.get("run", "")]
    expression = re.compile(r"\$\{\{\s*([\w.]+)\s*\}\}")
    return {name: expression.sub(lambda match: context[match.group(1)], value) for name, value in step["env"].items()}


def test_a_pages_build_links_the_repository_it_runs_in_without_editing_mkdocs_yml(monkeypatch):
    from mkdocs.config import load_config

    for name, value in build_step_environment(GITHUB_CONTEXT).items():
        monkeypatch.setenv(name, value)
    config = load_config(str(REPO / "mkdocs.yml"))
    assert config.repo_url == "https://github.com/acme/onboarding"
    assert config.repo_name == "acme/onboarding"
    assert config.edit_uri == "edit/trunk/docs/"


def test_a_local_preview_keeps_the_placeholder_repository(monkeypatch):
    from mkdocs.config import load_config

    for name in ("REPO_URL", "REPO_NAME", "EDIT_URI"):
        monkeypatch.delenv(name, raising=False)
    config = load_config(str(REPO / "mkdocs.yml"))
    assert config.repo_url == "https://github.com/example-org/sales-kb"


def test_the_built_site_is_checked_after_the_build_and_nothing_is_restored_before_it():
    runs = [step.get("run", "") for step in build_job_steps()]
    build = next(index for index, run in enumerate(runs) if "mkdocs build --strict" in run)
    check = next(index for index, run in enumerate(runs) if "scripts/kb.py check-site site/" in run)
    assert check > build
    assert not any("actions/cache@" in step.get("uses", "") for step in build_job_steps())
