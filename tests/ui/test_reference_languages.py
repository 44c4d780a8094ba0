"""Reference data in the interface's language: SDG target texts in the SDG picker, countries
sorted by their localised names (collation: "Îles Marshall" among the I's in French)."""

from __future__ import annotations

from hrdesk.reference import sdg
from hrdesk.ui.i18n import switch_language
from hrdesk.ui.widgets.country_picker import CountryPicker
from hrdesk.ui.widgets.sdg_picker import SdgPicker


def _target_item(picker: SdgPicker, code: str):
    return picker._targets[code]


def test_sdg_picker_and_country_list_speak_french(qtbot, qapp):
    switch_language(qapp, "fr")
    try:
        picker = SdgPicker()
        qtbot.addWidget(picker)
        assert _target_item(picker, "16.3").text(0) == "16.3  " + sdg.target_text("16.3", "fr")
        assert _target_item(picker, "16.3").text(0).startswith("16.3  Promouvoir l’état de droit")
        countries = CountryPicker()
        qtbot.addWidget(countries)
        names = [countries.itemText(i) for i in range(countries.count())]
        # among the I's (after "Hongrie", before "Inde"), not after "Zimbabwe"
        assert names.index("Hongrie") < names.index("Îles Marshall") < names.index("Inde") < names.index("Zimbabwe")
    finally:
        switch_language(qapp, "en")
    picker = SdgPicker()
    qtbot.addWidget(picker)
    assert _target_item(picker, "16.3").text(0).startswith("16.3  Promote the rule of law")
