"""Unit tests of the pure browser modules (grading, storage, import files), run in real Chromium.

The JavaScript tests live in tests/js/*.test.js; this file serves them next to the modules under
test and fails with the name and message of every JavaScript test that failed.
"""

from __future__ import annotations

import shutil

import pytest

from tests.support.paths import REPO as REPO_ROOT
from tests.support.server import SiteServer

SUITES = sorted(path.name.removesuffix(".test.js") for path in (REPO_ROOT / "tests" / "js").glob("*.test.js"))


@pytest.fixture(scope="module")
def units_url(tmp_path_factory):
    """The modules at <url>assets/kb/ and the tests at <url>tests/, as the site serves them."""
    root = tmp_path_factory.mktemp("js-units")
    shutil.copytree(REPO_ROOT / "overrides" / "assets" / "kb", root / "assets" / "kb")
    shutil.copytree(REPO_ROOT / "tests" / "js", root / "tests")
    with SiteServer(root) as server:
        yield server.url


def test_every_pure_module_has_a_suite():
    assert {"grade", "storage", "exchange", "answer-key", "answering"} <= set(SUITES)


@pytest.mark.parametrize("suite", SUITES)
def test_javascript_suite_passes(page, units_url, suite):
    page.goto(f"{units_url}tests/run.html?suite={suite}")
    page.wait_for_function("Array.isArray(window.__kbTestResults)", timeout=10_000)
    results = page.evaluate("window.__kbTestResults")
    failures = [f"{result['name']}: {result['error']}" for result in results if not result["ok"]]
    assert results, f"suite {suite} ran no tests"
    assert failures == [], "\n".join(failures)
    assert page.watch.page_errors == []


NORMALISATION_SAMPLES = [
    "ＡＢＣ１２３",
    "销售不跟踪，到头一场空。",
    "“行动 承诺”！",
    "a+b=c $5 ¥6 © ™ 😀",
    "\u3000全角\u00a0空格\t\n\u2028",
    "a\u001cb\u0085c\ufeffd\u200be",
    "İSTANBUL ΟΔΟΣ Straße",
    "＿下划线・中点〇〜～",
    "e\u0301 é ﬁ ½ ①",
    "1.5 15 -5 5- 1/2 +5% 3:30 2024-12-05 #3 C++ C# a.b .5 5. １．５ ٣.٥ 1..5 a-b",
]


def test_fill_in_normalisation_is_the_same_in_python_and_javascript(page, units_url):
    from kb.quiz.normalise import normalise_answer as normalise

    page.goto(f"{units_url}tests/run.html?suite=grade")
    page.wait_for_function("Array.isArray(window.__kbTestResults)")
    in_browser = page.evaluate(
        "async samples => { const m = await import('../assets/kb/grade/normalise.js');"
        " return samples.map(m.normaliseBlank); }",
        NORMALISATION_SAMPLES,
    )
    assert in_browser == [normalise(sample) for sample in NORMALISATION_SAMPLES]


def test_fill_in_normalisation_agrees_on_every_assigned_bmp_character_beside_digits_and_letters(page, units_url):
    """Each character the build's Unicode assigns, between two digits and between two letters."""
    import unicodedata

    from kb.quiz.normalise import normalise_answer as normalise

    chars = [chr(code) for code in range(0x10000) if unicodedata.category(chr(code)) not in ("Cn", "Cs")]
    samples = [f"1{char}5" for char in chars] + [f"a{char}b" for char in chars]
    page.goto(f"{units_url}tests/run.html?suite=grade")
    page.wait_for_function("Array.isArray(window.__kbTestResults)")
    in_browser = page.evaluate(
        "async samples => { const m = await import('../assets/kb/grade/normalise.js');"
        " return samples.map(m.normaliseBlank); }",
        samples,
    )
    differ = [sample for sample, seen in zip(samples, in_browser, strict=True) if seen != normalise(sample)]
    assert differ == []
