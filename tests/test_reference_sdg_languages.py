"""SDG target and indicator texts in French and Spanish: every code of sdg.json has its
official text in both languages (copied into resources/data/, never read from elsewhere)."""

from __future__ import annotations

import pytest

from hrdesk.reference import sdg


def _codes() -> tuple[list[str], list[str]]:
    targets = [t.code for g in sdg.goals() for t in g.targets]
    indicators = [c for g in sdg.goals() for t in g.targets for c, _text in t.indicators]
    return targets, indicators


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_target_and_indicator_has_a_text_in_the_language(language):
    targets, indicators = _codes()
    assert len(targets) == 169 and len(indicators) == 248
    have_targets, have_indicators = sdg.translated_codes(language)
    assert [c for c in targets if c not in have_targets] == []
    assert [c for c in indicators if c not in have_indicators] == []
    english = {t.code: t.text for g in sdg.goals() for t in g.targets}
    for code in targets:
        text = sdg.target_text(code, language)
        assert text.strip() and text != english[code], code
    for code in indicators:
        assert sdg.indicator_text(code, language).strip(), code


def test_texts_are_the_official_ones():
    assert sdg.target_text("16.3", "fr").startswith("Promouvoir l’état de droit")
    assert sdg.target_text("16.3", "es").startswith("Promover el estado de derecho")
    assert sdg.target_text("16.3", "en").startswith("Promote the rule of law")
    assert sdg.indicator_text("16.3.1", "fr").startswith("Proportion des personnes victimes de violences")
    assert "a) que posee documentación" in sdg.indicator_text("1.4.2", "es")  # quoted YAML unfolded
    assert sdg.target_text("99.9", "fr") == ""


def test_texts_are_shipped_with_the_application():
    from hrdesk import paths
    for language in ("fr", "es"):
        assert paths.resource("data", f"sdg-texts-{language}.json").is_file()


def test_texts_are_in_composed_form():
    import unicodedata
    for language in ("fr", "es"):
        for code in sdg.target_codes():
            text = sdg.target_text(code, language)
            assert unicodedata.normalize("NFC", text) == text, code
