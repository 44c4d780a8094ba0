"""The Qt binding installed keeps Python's reference counts right.  PySide6 6.12.0 drops a
reference to ``None`` on every call that returns nothing; on Python 3.11, where ``None`` is
counted like any object, the app then dies ("Fatal Python error: none_dealloc") once its
~75,000 references are spent — a tour of the eight pages spends about 840.  pyproject.toml
keeps that release off Python 3.11; this test fails whatever binding would do it again."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


def test_qt_calls_returning_nothing_keep_nones_reference_count(qapp):
    label, timer, obj = QLabel("x"), QTimer(), QObject()
    calls = (lambda: label.setText("y"), label.update, lambda: timer.start(60_000), timer.stop,
             lambda: obj.setObjectName("o"), QCoreApplication.processEvents, QCoreApplication.sendPostedEvents)
    for call in calls:
        call()   # anything created once (caches, first-call state) is out of the count
    before = sys.getrefcount(None)
    for _ in range(500):
        for call in calls:
            call()
    # a few references may come or go with Python's own state; 3,500 calls losing one each
    # would leave 3,500 fewer
    assert abs(sys.getrefcount(None) - before) < 100, sys.getrefcount(None) - before
