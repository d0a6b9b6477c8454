"""What the README says about publishing, versions and CI matches the files that do it."""

from __future__ import annotations

import re

from tests.support.paths import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
WORKFLOW = (REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
BUILD_REQUIREMENTS = (REPO / "requirements-build.txt").read_text(encoding="utf-8")


def section(title: str) -> str:
    """One `## ` section of the README, heading included."""
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else len(README)]


def pinned(package: str) -> str:
    """The version requirements-build.txt pins for a package."""
    return re.search(rf"^{re.escape(package)}==(\S+)$", BUILD_REQUIREMENTS, re.MULTILINE).group(1)


def test_the_publishing_steps_are_in_order():
    steps = section("发布到 GitHub Pages")
    order = ["fork", "git push", "Settings → Pages", "GitHub Actions", "Run workflow", "build 和 deploy"]
    positions = [steps.index(step) for step in order]
    assert positions == sorted(positions)


def test_every_action_version_in_the_workflow_is_the_one_the_readme_names():
    versions = re.findall(r"uses: actions/([\w-]+)@[0-9a-f]{40} # (v[\d.]+)", WORKFLOW)
    expected = {"checkout", "setup-python", "configure-pages", "upload-pages-artifact", "deploy-pages"}
    assert {action for action, _version in versions} == expected
    for action, version in versions:
        assert f"{action} {version}" in section("发布到 GitHub Pages"), action


def test_the_readme_names_the_pinned_mkdocs_and_material_versions():
    stack = f"MkDocs {pinned('mkdocs')} + Material for MkDocs {pinned('mkdocs-material')}"
    assert stack in README
    assert pinned("mkdocs").startswith("1.")  # MkDocs 2.0 is incompatible (README says so)
    assert "MkDocs 2.0 不兼容" in README


def test_the_preview_command_uses_the_venvs_mkdocs():
    assert "SITE_URL=https://你的组织.github.io/你的仓库/ .venv/bin/mkdocs build --strict" in README
    assert not re.search(r"(?m)^SITE_URL=\S+ mkdocs ", README)


def test_the_ci_section_names_every_package_ci_installs():
    ci_script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    packages = re.findall(r"missing\+=\(([\w.-]+)\)", ci_script)
    assert {"chromium", "fonts-noto-cjk", "python3-venv"} <= set(packages)
    for package in packages:
        assert f"`{package}`" in section("CI"), package


def test_the_repository_settings_the_readme_tells_you_to_change_exist():
    mkdocs_yml = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    for key in ["site_name", "repo_url", "repo_name", "edit_uri", "timezone"]:
        assert re.search(rf"^\s*{key}:", mkdocs_yml, re.MULTILINE), key
        assert f"`{key}`" in section("发布到 GitHub Pages"), key
