"""First run: a short wizard — the office, then the user — that configures the database."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from hrdesk.domain.errors import ValidationError
from hrdesk.services import offices, settings
from hrdesk.storage.database import Database
from hrdesk.ui.icons import app_icon
from hrdesk.ui.widgets.office_form import OfficeForm


class _OfficePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Welcome to HRDesk"))
        self.setSubTitle(self.tr("Tell HRDesk which office this computer works for. "
                                 "You can change this later in Settings."))
        layout = QVBoxLayout(self)
        self.form = OfficeForm(self)
        layout.addWidget(self.form)
        self.general = QLabel(self)
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        layout.addWidget(self.general)

    def validatePage(self) -> bool:
        return self.wiz.finish_configuration()


class FirstRunWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.office: dict | None = None
        self.setWindowTitle(self.tr("HRDesk — first run"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.page = _OfficePage(self)
        self.addPage(self.page)
        self.form.set_values({"kind": "country_office"}, "", "en")
        self.resize(640, 520)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start using HRDesk"))

    @property
    def form(self) -> OfficeForm:
        return self.page.form

    def finish_configuration(self) -> bool:
        values = self.form.values()
        problems = self.form.problems()
        try:
            if problems:
                raise ValidationError(problems)
            self.office = offices.configure(self.db, values, self.form.user_name())
            settings.put(self.db, settings.LANGUAGE, self.form.language_code())
        except ValidationError as exc:
            others = self.form.show_problems(exc.problems)
            self.page.general.setText("\n".join(str(p) for p in others))
            return False
        return True
