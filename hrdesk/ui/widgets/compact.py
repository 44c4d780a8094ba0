"""Filter lists that never widen a page beyond a 1366-pixel screen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

FILTER_COMBO_CHARACTERS = 16   # what a filter list shows of its choice (the drop-down shows it whole)


def compact(combo: QComboBox, characters: int = FILTER_COMBO_CHARACTERS) -> QComboBox:
    """The box fits about ``characters`` characters whatever its longest label (long country
    or activity-kind names in French and Spanish made pages wider than the screen); its
    drop-down list is as wide as its longest label, so every choice reads whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    view = combo.view()
    view.setMinimumWidth(max(view.sizeHintForColumn(0) + 24, combo.minimumSizeHint().width()))
    return combo
