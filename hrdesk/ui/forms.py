"""Load the Qt Designer files of ``forms/`` at run time into an existing widget.

``load_form("record_editor.ui", self)`` builds the form's children *into* ``self`` (a
QDialog or QMainWindow of the same class as the form's root) and sets each named child as
an attribute of ``self`` — the same result as ``Ui_X().setupUi(self)`` without generated code.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from hrdesk import paths


class _IntoLoader(QUiLoader):
    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self._base = base

    def createWidget(self, class_name, parent=None, name=""):
        if parent is None and self._base is not None:
            return self._base
        widget = super().createWidget(class_name, parent, name)
        if name:
            setattr(self._base, name, widget)
        return widget

    def createLayout(self, class_name, parent=None, name=""):
        layout = super().createLayout(class_name, parent, name)
        if name:
            setattr(self._base, name, layout)
        return layout

    def createAction(self, parent=None, name=""):
        action = super().createAction(parent, name)
        if name:
            setattr(self._base, name, action)
        return action


def load_form(filename: str, base: QWidget) -> QWidget:
    """Build ``forms/<filename>`` into ``base``; returns ``base``."""
    path = paths.forms_dir() / filename
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(str(path))
    try:
        loader = _IntoLoader(base)
        loader.setTranslationEnabled(True)  # strings go through QCoreApplication.translate
        widget = loader.load(file, None)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot load {path}: {loader.errorString()}")
    return base
