"""At build time the lint's findings are shown as warnings; they do not stop `mkdocs build --strict`."""

from __future__ import annotations

from tests.support.paths import FIXTURES
from tests.support.site import build_site, write_config

NAV = [{"首页": "index.md"}, {"专题": ["topics/sample.md", "topics/other.md"]}, {"自测": ["quizzes/index.md"]}]


def test_a_build_warns_about_each_finding_with_file_line_item_and_what_to_change(tmp_path):
    config = write_config(tmp_path, docs_dir=FIXTURES / "docs", banks_dir=FIXTURES / "lint" / "cli", nav=NAV)
    result = build_site(tmp_path / "site", config_file=config, strict=True)
    assert result.ok, result.output
    # Paths are shown relative to the folder of mkdocs.yml; this config lives in tmp_path.
    assert (
        f"出题提示（kb.py lint）：{FIXTURES.resolve().as_posix()}/lint/cli/long-key.yml:3: [close-01] 答案 17 字，最长的错误选项只有 10 字"
        "（1.70 倍，上限 1.3 倍）。请把答案里的限定和理由移到 explanation，或把错误选项写得一样具体。 [key-length]"
    ) in result.output
    assert "[open-01]" not in result.output  # excepted with a reason
