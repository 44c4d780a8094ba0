"""Training report (one activity) and certificates of participation with verification codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk import __version__
from hrdesk.domain.choices import (
    ACTIVITY_KIND,
    PARTICIPATION_ROLE,
    PRIVACY_LEVEL,
    SEX,
    STAKEHOLDER_CATEGORY,
)
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.privacy import Privacy
from hrdesk.domain.progress import Progress, ensure
from hrdesk.i18n import DEFAULT_LANGUAGE, _
from hrdesk.safety.atomic import atomic_path
from hrdesk.services import certificates
from hrdesk.services.certificates import resolve_activity
from hrdesk.storage import models as m
from hrdesk.storage.database import Database

from . import charts, fonts
from .figures import pseudonym
from .fmt import Fmt
from .fonts import para
from .pdf_base import (
    GREY,
    LIGHT,
    UN_BLUE,
    WIDTH,
    PageInfo,
    ReportDoc,
    data_table,
    numbered_canvas,
    styles,
)
from .scope import PRIVACY_FULL
from .service import Steps

A, P, Q, OFF = m.Activity, m.Participant, m.Participation, m.Office


# -- data -------------------------------------------------------------------------------

def training_data(s: Session, activity: m.Activity) -> dict[str, Any]:
    """The activity, its office, its live participations (with the person) and averages (SQL)."""
    office = s.get(OFF, activity.origin_office_id)
    rows = s.execute(
        select(Q.uuid, Q.role, Q.days_attended, Q.pre_score, Q.post_score, Q.certificate_number,
               Q.certificate_date, P.uuid, P.full_name, P.sex, P.stakeholder_category, P.organisation, P.country)
        .join(P, P.id == Q.participant_id)
        .where(Q.activity_id == activity.id, Q.deleted_at.is_(None), P.deleted_at.is_(None))
        .order_by(P.full_name, P.id)).all()
    names = ("uuid", "role", "days_attended", "pre_score", "post_score", "certificate_number", "certificate_date",
             "participant_uuid", "full_name", "sex", "stakeholder_category", "organisation", "country")
    people = [dict(zip(names, r, strict=True)) for r in rows]
    live = (Q.activity_id == activity.id, Q.deleted_at.is_(None), Q.role == "participant",
            P.deleted_at.is_(None))
    avg = s.execute(select(func.count(Q.id), func.avg(Q.pre_score), func.avg(Q.post_score),
                           func.avg(Q.post_score - Q.pre_score), func.count(Q.post_score - Q.pre_score),
                           func.avg(Q.days_attended))
                    .join(P, P.id == Q.participant_id).where(*live)).one()
    by_sex = dict(s.execute(select(P.sex, func.count(Q.id)).join(P, P.id == Q.participant_id)
                            .where(*live).group_by(P.sex)).all())
    days = ((activity.end_date or activity.start_date) - activity.start_date).days + 1
    return {
        "activity": {c: getattr(activity, c) for c in (
            "uuid", "title", "kind", "start_date", "end_date", "country", "location", "narrative", "outcome",
            "training_hours", "methodology", "funding_source")},
        "partners": sorted(p.partner for p in activity.partners),
        "office": {"code": office.code, "name": office.name} if office else {"code": "", "name": ""},
        "participants": [p for p in people if p["role"] == "participant"],
        "others": [p for p in people if p["role"] != "participant"],
        "count": avg[0], "avg_pre": avg[1], "avg_post": avg[2], "avg_improvement": avg[3], "with_both": avg[4],
        "avg_days": avg[5], "days": days, "by_sex": by_sex,
    }


# -- training report ----------------------------------------------------------------------

def build_training_report(db: Database, activity_id: str, path: Path | str, *, privacy: str = PRIVACY_FULL,
                          language: str = DEFAULT_LANGUAGE, progress: Progress | None = None) -> Path:
    """Write the PDF report of one training (atomic: a cancel through ``progress`` or a
    failure leaves no file)."""
    progress = ensure(progress)
    progress.update(0, 1, _("Counting…"))
    tr = Fmt(language)
    st = styles()
    with db.read_session() as s:
        data = training_data(s, resolve_activity(s, activity_id))
    a, office = data["activity"], data["office"]
    show_names = Privacy.of(privacy).shows_names
    story: list[Any] = [Paragraph(para(office["name"]), st["cover_meta"]),
                        Paragraph(para(tr("Training report")), st["h1"]),
                        Paragraph(para(a["title"]), st["cover_sub"]), Spacer(1, 6)]
    facts = [[tr("Kind of activity"), tr.label(ACTIVITY_KIND, a["kind"])],
             [tr("Dates"), tr.dates(a["start_date"], a["end_date"])],
             [tr("Place"), ", ".join(x for x in (a["location"], tr.country(a["country"])) if x)]]
    if a["training_hours"]:
        facts.append([tr("Training hours"), _hours(tr, a["training_hours"])])
    if a["methodology"]:
        facts.append([tr("Methodology"), a["methodology"]])
    if data["partners"]:
        facts.append([tr("Partner organisations"), ", ".join(data["partners"])])
    if a["funding_source"]:
        facts.append([tr("Funding source"), a["funding_source"]])
    staff = data["others"]
    if staff:
        if show_names:
            people = [tr("{name} ({role})").format(name=p["full_name"],
                                                   role=tr.label(PARTICIPATION_ROLE, p["role"])) for p in staff]
            facts.append([tr("Facilitators and speakers"), "; ".join(people)])
        else:
            facts.append([tr("Facilitators and speakers"), tr.num(len(staff))])
    facts.append([tr("Privacy"), tr.label(PRIVACY_LEVEL, privacy)])
    t = Table([[Paragraph(para(k), st["h3"]), Paragraph(para(v), st["left"])] for k, v in facts],
              colWidths=[WIDTH * 0.3, WIDTH * 0.7])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT)]))
    story += [t, Spacer(1, 10)]
    # results
    n = data["count"]
    women = data["by_sex"].get("female", 0)
    story.append(Paragraph(para(tr("Participation and results")), st["h2"]))
    summary = [[tr("Participants"), tr.num(n)],
               [tr("Women"), tr.num(women)], [tr("Men"), tr.num(data["by_sex"].get("male", 0))],
               [tr("Average days attended"), tr("{days} of {total}").format(
                   days=tr.dec(data["avg_days"]), total=tr.num(data["days"]))],
               [tr("Average pre-test score"), tr.dec(data["avg_pre"])],
               [tr("Average post-test score"), tr.dec(data["avg_post"])],
               [tr("Average improvement"), tr.dec(data["avg_improvement"])],
               [tr("Participants with both scores"), tr.num(data["with_both"])]]
    with_chart = data["avg_pre"] is not None and data["avg_post"] is not None
    table = data_table(st, [tr("Figure"), tr("Value")], summary, [4, 1.5], numeric={1},
                       width=WIDTH * 0.56 if with_chart else 0)
    if with_chart:
        chart = charts.bar_chart(tr("Average scores before and after"), [tr("Pre-test"), tr("Post-test")],
                                 [round(data["avg_pre"], 1), round(data["avg_post"], 1)], WIDTH * 0.38, 150)
        box = Table([[table, chart]], colWidths=[WIDTH * 0.6, WIDTH * 0.4])
        box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(box)
    else:
        story.append(table)
    for label, text in ((tr("Description"), a["narrative"]), (tr("Outcome / results"), a["outcome"])):
        if text:
            story += [Paragraph(para(label), st["h2"]), Paragraph(para(text), st["body"])]
    if Privacy.of(privacy).lists_people and data["participants"]:
        story.append(Paragraph(para(tr("Participants")), st["h2"]))
        header = [tr("Name") if show_names else tr("Code"), tr("Sex"), tr("Stakeholder category")]
        widths = [3.2, 1.1, 2.2]
        if show_names:
            header.append(tr("Organisation"))
            widths.append(2.8)
        header += [tr("Days attended"), tr("Pre-test"), tr("Post-test"), tr("Improvement")]
        widths += [1, 0.9, 0.9, 1]
        rows = []
        for p in data["participants"]:
            improvement = (p["post_score"] - p["pre_score"]
                           if p["pre_score"] is not None and p["post_score"] is not None else None)
            row = [p["full_name"] if show_names else pseudonym(p["participant_uuid"]), tr.label(SEX, p["sex"]),
                   tr.label(STAKEHOLDER_CATEGORY, p["stakeholder_category"])]
            if show_names:
                row.append(p["organisation"] or "")
            row += [tr.dec(p["days_attended"]), tr.dec(p["pre_score"]), tr.dec(p["post_score"]), tr.dec(improvement)]
            rows.append(row)
        k = len(header)
        rows.append([tr("Average"), *[""] * (k - 5), tr.dec(data["avg_days"]), tr.dec(data["avg_pre"]),
                     tr.dec(data["avg_post"]), tr.dec(data["avg_improvement"])])
        story.append(data_table(st, header, rows, widths, numeric=set(range(k - 4, k)), total_row=True))
    period = tr.dates(a["start_date"], a["end_date"])
    info = PageInfo(left=office["name"], right=period,
                    footer_left=tr("Generated with HRDesk on {date}").format(date=tr.date(dt.date.today())),
                    page_text=lambda page, total: tr("Page {page} of {total}").format(page=page, total=total),
                    personal_data=tr("CONTAINS PERSONAL DATA – handle confidentially, do not forward")
                    if show_names else "", first_page_plain=False)
    steps = Steps(progress, expected=len(story), every=1)
    with atomic_path(path) as tmp:
        doc = ReportDoc(str(tmp), title=tr("Training report – {title}").format(title=a["title"]),
                        author=office["name"], subject=a["title"], creator=f"HRDesk {__version__}", lang=tr.lang,
                        check=steps)
        doc.build(story, canvasmaker=numbered_canvas(info))
        progress.check()  # the file is renamed into place only if not cancelled
    progress.finish(_("Done."))
    return Path(path)


# -- certificates -----------------------------------------------------------------------

def build_certificates(db: Database, activity_id: str, path: Path | str, *, language: str = DEFAULT_LANGUAGE,
                       progress: Progress | None = None) -> Path:
    """One landscape page per participant.  Missing numbers are issued in the transaction
    that draws the file: a cancel through ``progress`` or a failure stores no number and
    leaves no file."""
    progress = ensure(progress)
    tr = Fmt(language)
    fonts.register()

    def draw(s: Session, activity: m.Activity) -> None:
        data = training_data(s, activity)
        people = data["participants"]
        if not people:
            raise HRDeskError(_("This activity has no participants: there is no certificate to make."))
        a, office = data["activity"], data["office"]
        size = landscape(A4)
        c = Canvas(str(tmp), pagesize=size, pageCompression=1)
        c.setTitle(tr("Certificates of participation – {title}").format(title=a["title"]))
        c.setAuthor(office["name"])
        c.setSubject(a["title"])
        c.setCreator(f"HRDesk {__version__}")
        for i, p in enumerate(people):
            progress.update(i, len(people), _("Writing the certificates…"))
            _certificate_page(c, tr, size, a, office, p)
            c.showPage()
        c.save()
        progress.check()  # the last moment a cancel still stores nothing

    with atomic_path(path) as tmp:
        certificates.issue(db, activity_id, then=draw)
    progress.finish(_("Done."))
    return Path(path)


def _centred(c: Canvas, text: str, style: ParagraphStyle, y: float, width: float, page_w: float) -> float:
    p = Paragraph(para(text), style)
    _w, h = p.wrap(width, 400)
    p.drawOn(c, (page_w - width) / 2, y - h)
    return y - h


def _certificate_page(c: Canvas, tr: Fmt, size, a: dict[str, Any], office: dict[str, Any], p: dict[str, Any]) -> None:
    w, h = size
    c.setStrokeColor(UN_BLUE)
    c.setLineWidth(3)
    c.rect(1.2 * cm, 1.2 * cm, w - 2.4 * cm, h - 2.4 * cm)
    c.setLineWidth(0.8)
    c.rect(1.5 * cm, 1.5 * cm, w - 3 * cm, h - 3 * cm)
    base = ParagraphStyle("c", fontName=fonts.SANS, fontSize=13, leading=18, alignment=TA_CENTER)
    office_st = ParagraphStyle("o", parent=base, fontSize=11, textColor=GREY)
    title_st = ParagraphStyle("t", parent=base, fontName=fonts.SANS_BOLD, fontSize=28, leading=34, textColor=UN_BLUE)
    name_st = ParagraphStyle("n", parent=base, fontName=fonts.SANS_BOLD, fontSize=24, leading=30)
    course_st = ParagraphStyle("k", parent=base, fontName=fonts.SANS_BOLD, fontSize=15, leading=20)
    inner = w - 7 * cm
    y = h - 2.8 * cm
    y = _centred(c, office["name"], office_st, y, inner, w) - 0.9 * cm
    y = _centred(c, tr("Certificate of participation"), title_st, y, inner, w) - 0.8 * cm
    y = _centred(c, tr("This is to certify that"), base, y, inner, w) - 0.4 * cm
    y = _centred(c, p["full_name"], name_st, y, inner, w) - 0.4 * cm
    y = _centred(c, _took_part(tr, a["kind"]), base, y, inner, w) - 0.3 * cm
    y = _centred(c, tr("“{title}”").format(title=a["title"]), course_st, y, inner, w) - 0.3 * cm
    place = ", ".join(x for x in (a["location"], tr.country(a["country"])) if x)
    line = tr("held in {place} ({dates}).").format(place=place, dates=tr.dates(a["start_date"], a["end_date"])) \
        if place else tr("held on {dates}.").format(dates=tr.dates(a["start_date"], a["end_date"]))
    y = _centred(c, line, base, y, inner, w)
    if a["training_hours"]:
        _centred(c, tr("Training hours: {hours}").format(hours=_hours(tr, a["training_hours"])), base, y - 0.2 * cm,
                 inner, w)
    # signature
    sx = w - 10.5 * cm
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.line(sx, 4.1 * cm, sx + 7 * cm, 4.1 * cm)
    c.setFont(fonts.SANS, 9)
    c.setFillColor(GREY)
    c.drawCentredString(sx + 3.5 * cm, 3.6 * cm, tr("Head of Office"))
    c.drawCentredString(sx + 3.5 * cm, 3.15 * cm, tr("Date of issue: {date}").format(
        date=tr.date(p["certificate_date"])))
    # verification
    code = p["certificate_number"]
    qr = QrCodeWidget(f"HRDesk certificate {code}")
    x0, y0, x1, y1 = qr.getBounds()
    side = 2.6 * cm
    d = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    d.add(qr)
    d.drawOn(c, 2.6 * cm, 2.5 * cm)
    c.setFillColor(UN_BLUE)
    c.setFont(fonts.SANS_BOLD, 10)
    c.drawString(5.5 * cm, 4.0 * cm, tr("Verification code: {code}").format(code=code))
    c.setFillColor(GREY)
    c.setFont(fonts.SANS, 8)
    c.drawString(5.5 * cm, 3.5 * cm, tr("To verify: hrdesk verify {code}").format(code=code))
    c.drawString(5.5 * cm, 3.1 * cm, tr("or ask {office}.").format(office=office["name"]))
    c.setFillColor("black")


def _took_part(tr: Fmt, kind: str) -> str:
    if kind == "training":
        return tr("took part in the training")
    if kind == "workshop":
        return tr("took part in the workshop")
    if kind == "seminar":
        return tr("took part in the seminar")
    if kind == "consultation":
        return tr("took part in the consultation")
    return tr("took part in the activity")


def _hours(tr: Fmt, hours: float) -> str:
    return tr.num(hours) if float(hours).is_integer() else tr.dec(hours)
