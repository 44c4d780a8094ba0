"""Narrative paragraphs in the style of the High Commissioner's reports, assembled from
activities' figures and texts.

Each sentence is a whole-sentence template with named placeholders, translated as a unit
(``tr(...)``, ``tr.ngettext(...)``), so that French and Spanish can order words and agree
gender and number freely.  Numbers, dates, lists and country names are formatted by
:class:`~hrdesk.reports.fmt.Fmt` (Babel, pycountry).
"""

from __future__ import annotations

from typing import Any

from hrdesk.domain.choices import STAKEHOLDER_CATEGORY
from hrdesk.reference.mechanisms import MECHANISM

from .figures import ReportFigures
from .fmt import Fmt


def _when(tr: Fmt, a: dict[str, Any]) -> str:
    dates = tr.dates(a["start_date"], a["end_date"])
    if a.get("location"):
        return tr("{dates}, {place}").format(dates=dates, place=a["location"])
    return dates


def lead_sentence(tr: Fmt, a: dict[str, Any], first: bool = True) -> str:
    """First sentence of an activity's paragraph: what the Office did, where and when.
    The first paragraph on a country names it ("In Guinea, the Office …"); the next ones
    continue ("The Office also …")."""
    t = _lead_in_country(tr, a) if first else _lead_also(tr, a)
    n = a["participants"] or 0
    return t.format(country=tr.country(a["country"]), title=a["title"], when=_when(tr, a), n=tr.num(n))


def _lead_in_country(tr: Fmt, a: dict[str, Any]) -> str:
    n, kind = a["participants"] or 0, a["kind"]
    if kind == "training":
        if n:
            return tr.ngettext("In {country}, the Office trained {n} participant on “{title}” ({when}).",
                               "In {country}, the Office trained {n} participants on “{title}” ({when}).", n)
        return tr("In {country}, the Office held the training “{title}” ({when}).")
    if kind == "workshop":
        if n:
            return tr.ngettext(
                "In {country}, the Office held a workshop on “{title}” with {n} participant ({when}).",
                "In {country}, the Office held a workshop on “{title}” with {n} participants ({when}).", n)
        return tr("In {country}, the Office held a workshop on “{title}” ({when}).")
    if kind == "seminar":
        if n:
            return tr.ngettext(
                "In {country}, the Office organised a seminar on “{title}” for {n} participant ({when}).",
                "In {country}, the Office organised a seminar on “{title}” for {n} participants ({when}).", n)
        return tr("In {country}, the Office organised a seminar on “{title}” ({when}).")
    if kind == "consultation":
        if n:
            return tr.ngettext(
                "In {country}, the Office held a consultation, “{title}”, with {n} participant ({when}).",
                "In {country}, the Office held a consultation, “{title}”, with {n} participants ({when}).", n)
        return tr("In {country}, the Office held a consultation, “{title}” ({when}).")
    if kind == "event":
        if n:
            return tr.ngettext(
                "In {country}, the Office organised the event “{title}”, attended by {n} participant ({when}).",
                "In {country}, the Office organised the event “{title}”, attended by {n} participants ({when}).", n)
        return tr("In {country}, the Office organised the event “{title}” ({when}).")
    if kind == "monitoring_mission":
        return tr("In {country}, the Office conducted a monitoring mission: “{title}” ({when}).")
    if kind == "technical_assistance":
        return tr("In {country}, the Office provided technical assistance and legal advice: “{title}” ({when}).")
    if kind == "advocacy_campaign":
        return tr("In {country}, the Office led the campaign “{title}” ({when}).")
    if kind == "publication":
        return tr("In {country}, the Office published “{title}” ({when}).")
    return tr("In {country}, the Office carried out the activity “{title}” ({when}).")


def _lead_also(tr: Fmt, a: dict[str, Any]) -> str:
    n, kind = a["participants"] or 0, a["kind"]
    if kind == "training":
        if n:
            return tr.ngettext("The Office also trained {n} participant on “{title}” ({when}).",
                               "The Office also trained {n} participants on “{title}” ({when}).", n)
        return tr("The Office also held the training “{title}” ({when}).")
    if kind == "workshop":
        if n:
            return tr.ngettext("The Office also held a workshop on “{title}” with {n} participant ({when}).",
                               "The Office also held a workshop on “{title}” with {n} participants ({when}).", n)
        return tr("The Office also held a workshop on “{title}” ({when}).")
    if kind == "seminar":
        if n:
            return tr.ngettext("The Office also organised a seminar on “{title}” for {n} participant ({when}).",
                               "The Office also organised a seminar on “{title}” for {n} participants ({when}).", n)
        return tr("The Office also organised a seminar on “{title}” ({when}).")
    if kind == "consultation":
        if n:
            return tr.ngettext("The Office also held a consultation, “{title}”, with {n} participant ({when}).",
                               "The Office also held a consultation, “{title}”, with {n} participants ({when}).", n)
        return tr("The Office also held a consultation, “{title}” ({when}).")
    if kind == "event":
        if n:
            return tr.ngettext(
                "The Office also organised the event “{title}”, attended by {n} participant ({when}).",
                "The Office also organised the event “{title}”, attended by {n} participants ({when}).", n)
        return tr("The Office also organised the event “{title}” ({when}).")
    if kind == "monitoring_mission":
        return tr("The Office also conducted a monitoring mission: “{title}” ({when}).")
    if kind == "technical_assistance":
        return tr("The Office also provided technical assistance and legal advice: “{title}” ({when}).")
    if kind == "advocacy_campaign":
        return tr("The Office also led the campaign “{title}” ({when}).")
    if kind == "publication":
        return tr("The Office also published “{title}” ({when}).")
    return tr("The Office also carried out the activity “{title}” ({when}).")


def reach_sentence(tr: Fmt, a: dict[str, Any]) -> str:
    n, places = a.get("reach_total") or 0, a.get("reach_localities") or 0
    if not n:
        return ""
    if places == 1:
        t = tr.ngettext("It reached {n} person in one locality.", "It reached {n} people in one locality.", n)
    elif places > 1:
        t = tr.ngettext("It reached {n} person in {places} localities.",
                        "It reached {n} people in {places} localities.", n)
    else:
        t = tr.ngettext("It reached {n} person.", "It reached {n} people.", n)
    sentence = t.format(n=tr.num(n), places=tr.num(places))
    women = a.get("reach_women") or 0
    if women:
        sentence += " " + tr("Women made up {share} of the people reached.").format(share=tr.pct(women / n))
    return sentence


def _group_label(tr: Fmt, code: str) -> str:
    label = tr.label(STAKEHOLDER_CATEGORY, code)
    words = label.split()
    if words and len(words[0]) > 1 and words[0][1:].islower():
        return label[0].lower() + label[1:]
    return label


def participants_sentence(tr: Fmt, a: dict[str, Any], categories: dict[str, int]) -> str:
    n = a["participants"] or 0
    if not n:
        return ""
    parts = [tr("Women made up {share} of the participants.").format(share=tr.pct((a["women"] or 0) / n))]
    top = [c for c, k in sorted(categories.items(), key=lambda kv: (-kv[1], kv[0] or "")) if c and c != "other"][:3]
    if top:
        parts.append(tr("They came mainly from the following groups: {groups}.").format(
            groups=tr.join([_group_label(tr, c) for c in top])))
    return " ".join(parts)


def recommendation_label(tr: Fmt, rec: dict[str, Any]) -> str:
    """``A/HRC/43/11, para. 120.3`` (the mechanism's name when there is no symbol)."""
    symbol = rec.get("symbol") or rec.get("body") or tr.label(MECHANISM, rec["mechanism"])
    if rec.get("paragraph"):
        return tr("{symbol}, para. {paragraph}").format(symbol=symbol, paragraph=rec["paragraph"])
    return symbol


def recommendation_note(tr: Fmt, rec: dict[str, Any]) -> str:
    mechanism = tr.label(MECHANISM, rec["mechanism"])
    symbol = rec.get("symbol") or rec.get("body") or mechanism
    if rec.get("paragraph"):
        return tr("{mechanism}: {symbol}, para. {paragraph}.").format(
            symbol=symbol, paragraph=rec["paragraph"], mechanism=mechanism)
    return tr("{mechanism}: {symbol}.").format(symbol=symbol, mechanism=mechanism)


def introduction(tr: Fmt, f: ReportFigures) -> list[str]:
    """Opening sentences with the period's headline figures (one paragraph)."""
    k = f.key
    scope = f.scope
    sentences = [tr.ngettext(
        "During the period under review ({period}), the Office carried out {n} activity.",
        "During the period under review ({period}), the Office carried out {n} activities.",
        k["activities"]).format(period=tr.period(scope.date_from, scope.date_to), n=tr.num(k["activities"]))]
    sentences.append(tr.ngettext("They took place in or covered {n} country.",
                                 "They took place in or covered {n} countries.",
                                 k["countries"]).format(n=tr.num(k["countries"])))
    if k["participants"]:
        sentences.append(tr.ngettext(
            "In total, {n} person took part in them, counted once however many activities they attended.",
            "In total, {n} people took part in them, counted once however many activities they attended.",
            k["participants"]).format(n=tr.num(k["participants"])))
    if k["reach"]:
        sentences.append(tr.ngettext("Campaigns and public events reached a further {n} person.",
                                     "Campaigns and public events reached a further {n} people.",
                                     k["reach"]).format(n=tr.num(k["reach"])))
    if k["recommendations"]:
        sentences.append(tr.ngettext(
            "The activities addressed {n} recommendation of the international human rights mechanisms.",
            "The activities addressed {n} recommendations of the international human rights mechanisms.",
            k["recommendations"]).format(n=tr.num(k["recommendations"])))
    return sentences
