"""The README's promises: its example bank is valid, its commands are the ones CI runs."""

from __future__ import annotations

import re

from kb.content.sections import scan_docs
from kb.quiz.catalog import load_catalog
from kb.quiz.types import TYPES
from tests.support.paths import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_the_trainers_guide_example_bank_is_valid(tmp_path):
    example = re.search(r"```yaml\n(.*?)```", README, re.S).group(1)
    bank = tmp_path / "readme-example.yml"
    bank.write_text(example, encoding="utf-8")
    catalog = load_catalog([bank], scan_docs(REPO / "docs"))
    assert catalog.errors == []
    assert {item.kind for item in catalog.banks[0].items} == {"single", "true_false"}


def test_ci_runs_exactly_the_readme_test_command():
    command = "bash scripts/test.sh"
    assert f"{command}    # 全部测试" in README
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.strip().splitlines()[-1] == command


def test_the_readme_names_the_serve_command_and_the_system_packages():
    assert "bash scripts/serve.sh" in README
    assert "sudo apt-get install python3-venv chromium" in README


def test_the_trainers_guide_shows_every_registered_type():
    first, others = re.findall(r"```yaml\n(.*?)```", README, re.S)[:2]  # valid: here and in test_quiz_item_types
    type_lines = "\n".join(re.findall(r"^    type: .*$", first + others, re.M))
    missing = [kind for kind in TYPES if not re.search(rf"\b{kind}\b", type_lines)]
    assert missing == [], "every registered type is shown on a type: line of the trainers' guide"
