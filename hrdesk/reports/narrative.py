"""Narrative paragraphs in the style of the High Commissioner's reports, told from what the
office recorded: what was done (the title used as a description when it only restates the
kind of activity), with whom (partners), who took part (stakeholder groups with their
numbers) and from where (participants' countries, countries covered), why (mechanisms and
recommendations followed up) and with what outcome.  Activities of one country that share
a recommendation or a theme are told together in one paragraph.

Each sentence is a whole-sentence template with named placeholders, translated as a unit
(``tr(...)``, ``tr.ngettext(...)``), so that French and Spanish can order words and agree
gender and number freely.  Numbers, dates, lists and country names are formatted by
:class:`~hrdesk.reports.fmt.Fmt` (Babel, pycountry); "in <country>" by
:func:`hrdesk.reference.countries.name_in` (en Guinée, au Mali, aux Comores).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hrdesk.reference import countries
from hrdesk.reference.mechanisms import MECHANISM
from hrdesk.reference.themes import SEED_THEMES

from .figures import ReportFigures
from .fmt import Fmt

MAX_LISTED_COUNTRIES = 10  # more countries than this are said as a count
MAX_LISTED_GROUPS = 3  # the largest stakeholder groups of an activity, in words


def sentence(text: str | None) -> str:
    """An office's own text as a sentence of its own: trimmed, capitalised, punctuated."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…", ".»", ".”", ".\"")) else text + "."


def _lower_first(text: str) -> str:
    """``Workshop on …`` → ``workshop on …``, but ``UPR follow-up`` and ``COVID-19`` stay."""
    words = text.split()
    if words and len(words[0]) > 1 and words[0][1:].islower():
        return text[0].lower() + text[1:]
    if words and len(words[0]) == 1 and len(words) > 1:
        return text[0].lower() + text[1:]
    return text


def _when(tr: Fmt, a: dict[str, Any]) -> str:
    dates = tr.dates(a["start_date"], a["end_date"])
    if a.get("location"):
        return tr("{dates}, {place}").format(dates=dates, place=a["location"])
    return dates


def _in_country(tr: Fmt, code: str | None) -> str:
    text = countries.name_in(code, tr.lang)
    return text[:1].upper() + text[1:]


# -- what was done ------------------------------------------------------------------------

# Words that name a kind of activity at the start of a title, in each language, with the
# indefinite article the word takes ("un atelier", "una capacitación").  A title that starts
# with one of them (or, in English, ends with one: "Regional peer learning workshop") only
# restates the kind: it is told as a description ("held a workshop on …"), not quoted.
KIND_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("training of trainers", "a"), ("training course", "a"), ("training", "a"), ("workshop", "a"),
           ("seminar", "a"), ("webinar", "a"), ("consultation", "a"), ("monitoring mission", "a"),
           ("mission", "a"), ("campaign", "a"), ("forum", "a"), ("round table", "a"), ("roundtable", "a"),
           ("course", "a"), ("dialogue", "a"), ("meeting", "a"), ("conference", "a")),
    "fr": (("formation des formateurs", "une"), ("formation", "une"), ("atelier", "un"), ("séminaire", "un"),
           ("webinaire", "un"), ("consultation", "une"), ("mission de suivi", "une"),
           ("mission de monitoring", "une"), ("mission", "une"), ("campagne", "une"), ("forum", "un"),
           ("table ronde", "une"), ("cours", "un"), ("dialogue", "un"), ("réunion", "une"),
           ("conférence", "une"), ("session de formation", "une")),
    "es": (("formación de formadores", "una"), ("capacitación", "una"), ("formación", "una"), ("curso", "un"),
           ("taller", "un"), ("seminario", "un"), ("webinario", "un"), ("consulta", "una"),
           ("misión de monitoreo", "una"), ("misión de seguimiento", "una"), ("misión", "una"),
           ("campaña", "una"), ("foro", "un"), ("mesa redonda", "una"), ("diálogo", "un"),
           ("reunión", "una"), ("conferencia", "una")),
}
# A kind word tells the title's language only when followed by a word of that language
# ("Consultation on …" is English, "Consultation des magistrats …" French).
_LINKS = {
    "en": frozenset({"on", "of", "for", "with", "to", "in", "about", "and", "at", "against", ":", "–", "-"}),
    "fr": frozenset({"sur", "de", "des", "du", "d", "pour", "avec", "à", "au", "aux", "en", "et", "contre",
                     "relatif", "relative", "consacré", "consacrée", "national", "nationale", "régional",
                     "régionale", ":", "–", "-"}),
    "es": frozenset({"sobre", "de", "del", "para", "con", "en", "a", "al", "y", "contra", "nacional", "regional",
                     ":", "–", "-"}),
}
_ENDINGS_EN = ("workshop", "training", "seminar", "webinar", "consultation", "mission", "campaign", "forum",
               "round table", "roundtable", "course", "dialogue", "meeting", "conference")


def described_title(title: str | None, language: str) -> str | None:
    """The title as a description with its article (``a workshop on human rights-based
    investigation``, ``un atelier sur …``) when it only restates the kind of activity in the
    report's language; None when it must be quoted."""
    title = " ".join((title or "").split()).rstrip(".")
    if not title or title[0] in "“\"«'‘":
        return None
    lowered = title.casefold()
    for word, article in KIND_WORDS.get(language, ()):
        if lowered == word:
            return _with_article(_lower_first(title), article, language)
        if lowered.startswith(word + " "):
            following = lowered[len(word) + 1:].replace("’", "'").split("'")[0].split()[:1]
            if following and following[0] in _LINKS[language]:
                return _with_article(_lower_first(title), article, language)
            return None
    if language == "en":
        # "Regional peer learning workshop", "Regional workshop on …", "National consultation with …"
        words = lowered.split()
        for word in _ENDINGS_EN:
            n = len(word.split())
            for i in range(1, min(len(words) - n, 4) + 1):
                if " ".join(words[i:i + n]) == word and (
                        (i + n == len(words) and len(words) <= 8) or (i + n < len(words)
                                                                     and words[i + n] in _LINKS["en"])):
                    return _with_article(_lower_first(title), "a", language)
    return None


def _with_article(text: str, article: str, language: str) -> str:
    if language == "en":
        article = "an" if text[:1].casefold() in "aeio" else "a"
    return f"{article} {text}"


def _what(tr: Fmt, a: dict[str, Any]) -> str:
    """What the Office did, as a noun phrase: a description, or the kind with the quoted title."""
    described = described_title(a.get("title"), tr.lang)
    if described:
        return described
    title = " ".join((a.get("title") or "").split())
    kind = a["kind"]
    if not title:
        return {
            "training": tr("a training course"), "workshop": tr("a workshop"), "seminar": tr("a seminar"),
            "consultation": tr("a consultation"), "event": tr("an event"),
            "monitoring_mission": tr("a monitoring mission"),
            "technical_assistance": tr("technical assistance and legal advice"),
            "advocacy_campaign": tr("an advocacy campaign"), "publication": tr("a publication"),
        }.get(kind) or tr("an activity")
    template = {
        "training": tr("a training course, “{title}”"), "workshop": tr("a workshop, “{title}”"),
        "seminar": tr("a seminar, “{title}”"), "consultation": tr("a consultation, “{title}”"),
        "event": tr("an event, “{title}”"), "monitoring_mission": tr("a monitoring mission, “{title}”"),
        "technical_assistance": tr("technical assistance and legal advice on “{title}”"),
        "advocacy_campaign": tr("an advocacy campaign, “{title}”"), "publication": tr("a publication, “{title}”"),
    }.get(kind) or tr("an activity, “{title}”")
    return template.format(title=title)


def _action(tr: Fmt, a: dict[str, Any]) -> str:
    """Verb phrase: ``held a workshop on …``."""
    kind = a["kind"]
    if kind in ("training", "workshop", "consultation"):
        template = tr("held {what}")
    elif kind in ("seminar", "event"):
        template = tr("organised {what}")
    elif kind == "monitoring_mission":
        template = tr("conducted {what}")
    elif kind == "technical_assistance":
        template = tr("provided {what}")
    elif kind == "advocacy_campaign":
        template = tr("led {what}")
    elif kind == "publication":
        template = tr("issued {what}")
    else:
        template = tr("carried out {what}")
    return template.format(what=_what(tr, a))


def lead_sentence(tr: Fmt, a: dict[str, Any], first: bool = True, *, grouped: bool = False) -> str:
    """What the Office did, with whom, where and when.  The first paragraph on a country
    names it ("In Guinea, the Office …"); the next ones continue ("The Office also …");
    inside a paragraph of related activities, "The Office …"."""
    partners = [p for p in a.get("partners") or [] if p]
    values = {"in_country": _in_country(tr, a["country"]), "action": _action(tr, a), "when": _when(tr, a),
              "partners": tr.join(partners)}
    if grouped:
        if partners:
            template = tr("In partnership with {partners}, the Office {action} ({when}).")
        else:
            template = tr("The Office {action} ({when}).")
    elif first:
        if partners:
            # TRANSLATORS: {in_country} is "In Guinea", "En Guinée", "Au Mali", "En Colombia".
            template = tr("{in_country}, the Office, in partnership with {partners}, {action} ({when}).")
        else:
            # TRANSLATORS: {in_country} is "In Guinea", "En Guinée", "Au Mali", "En Colombia".
            template = tr("{in_country}, the Office {action} ({when}).")
    elif partners:
        template = tr("In partnership with {partners}, the Office also {action} ({when}).")
    else:
        template = tr("The Office also {action} ({when}).")
    return template.format(**values)


# -- who took part, from where ------------------------------------------------------------

def group_phrase(tr: Fmt, code: str | None, n: int) -> str:
    """``100 judicial officers``, ``14 members of parliament``."""
    forms = {
        "government": tr.ngettext("{n} government official", "{n} government officials", n),
        "parliament": tr.ngettext("{n} member of parliament", "{n} members of parliament", n),
        "judiciary": tr.ngettext("{n} judge or judicial officer", "{n} judges and judicial officers", n),
        "law_enforcement": tr.ngettext("{n} police or law enforcement officer",
                                       "{n} police and law enforcement officers", n),
        "military_security": tr.ngettext("{n} member of the military or security forces",
                                         "{n} members of the military and security forces", n),
        "prisons": tr.ngettext("{n} prison official", "{n} prison officials", n),
        "nhri": tr.ngettext("{n} member of a national human rights institution",
                            "{n} members of national human rights institutions", n),
        "civil_society": tr.ngettext("{n} civil society representative", "{n} civil society representatives", n),
        "hr_defender": tr.ngettext("{n} human rights defender", "{n} human rights defenders", n),
        "media": tr.ngettext("{n} media professional", "{n} media professionals", n),
        "academia": tr.ngettext("{n} academic", "{n} academics", n),
        "business": tr.ngettext("{n} business representative", "{n} business representatives", n),
        "un_international": tr.ngettext("{n} representative of the United Nations or international organisations",
                                        "{n} representatives of the United Nations and international organisations",
                                        n),
        "youth": tr.ngettext("{n} young person", "{n} young people", n),
        "indigenous_peoples": tr.ngettext("{n} representative of indigenous peoples",
                                          "{n} representatives of indigenous peoples", n),
        "general_public": tr.ngettext("{n} member of the public", "{n} members of the public", n),
    }
    template = forms.get(code or "") or tr.ngettext("{n} other participant", "{n} other participants", n)
    return template.format(n=tr.num(n))


def _country_list(tr: Fmt, codes) -> str:
    return tr.join(tr.country_names(codes))


def who_sentences(tr: Fmt, a: dict[str, Any]) -> list[str]:
    """Who took part (stakeholder groups in words with their numbers) and from where
    (participants' countries, countries covered; more than ``MAX_LISTED_COUNTRIES`` are said
    as a count)."""
    n = a.get("participants") or 0
    categories: dict[str | None, int] = a.get("categories") or {}
    named = sorted(((c, k) for c, k in categories.items() if c and c != "other" and k),
                   key=lambda ck: (-ck[1], ck[0]))[:MAX_LISTED_GROUPS]
    came_from = [c for c, k in (a.get("from") or {}).items() if c and k]
    home = {a.get("country")}
    from_abroad = sorted(came_from) if set(came_from) - home else []
    covered = [c for c in a.get("covered") or [] if c and c not in home and c not in came_from]
    sentences: list[str] = []
    groups = tr.join([group_phrase(tr, c, k) for c, k in named])
    all_named = bool(named) and sum(k for _c, k in named) == n
    if n and all_named and from_abroad:
        if len(from_abroad) <= MAX_LISTED_COUNTRIES:
            sentences.append(tr.ngettext("In total, {groups} from {c} country took part: {countries}.",
                                         "In total, {groups} from {c} countries took part: {countries}.",
                                         len(from_abroad)).format(
                groups=groups, c=tr.num(len(from_abroad)), countries=_country_list(tr, from_abroad)))
        else:
            sentences.append(tr.ngettext("In total, {groups} from {c} country took part.",
                                         "In total, {groups} from {c} countries took part.",
                                         len(from_abroad)).format(groups=groups, c=tr.num(len(from_abroad))))
        from_abroad = []
    elif n and all_named:
        sentences.append(tr.ngettext("In total, {groups} took part.", "In total, {groups} took part.", n)
                         .format(groups=groups))
    elif n and named:
        sentences.append(tr.ngettext("{n} participant took part, including {groups}.",
                                     "{n} participants took part, including {groups}.", n)
                         .format(n=tr.num(n), groups=groups))
    elif n:
        sentences.append(tr.ngettext("{n} participant took part.", "{n} participants took part.", n)
                         .format(n=tr.num(n)))
    if from_abroad:
        if len(from_abroad) <= MAX_LISTED_COUNTRIES:
            sentences.append(tr.ngettext("Participants came from {c} country: {countries}.",
                                         "Participants came from {c} countries: {countries}.",
                                         len(from_abroad)).format(c=tr.num(len(from_abroad)),
                                                                   countries=_country_list(tr, from_abroad)))
        else:
            sentences.append(tr.ngettext("Participants came from {c} country.", "Participants came from {c} countries.",
                                         len(from_abroad)).format(c=tr.num(len(from_abroad))))
    if covered:
        also = bool(came_from)
        if len(covered) <= MAX_LISTED_COUNTRIES:
            template = (tr.ngettext("The activity also covered {c} further country: {countries}.",
                                    "The activity also covered {c} further countries: {countries}.", len(covered))
                        if also else
                        tr.ngettext("The activity covered {c} further country: {countries}.",
                                    "The activity covered {c} further countries: {countries}.", len(covered)))
        else:
            template = (tr.ngettext("The activity also covered {c} further country.",
                                    "The activity also covered {c} further countries.", len(covered))
                        if also else
                        tr.ngettext("The activity covered {c} further country.",
                                    "The activity covered {c} further countries.", len(covered)))
        sentences.append(template.format(c=tr.num(len(covered)), countries=_country_list(tr, covered)))
    if n:
        sentences.append(tr("Women made up {share} of the participants.").format(
            share=tr.pct((a.get("women") or 0) / n)))
    return sentences


# -- why ----------------------------------------------------------------------------------

def of_mechanism(tr: Fmt, code: str) -> str:
    """``of the universal periodic review``, ``du Comité contre la torture``."""
    return {
        "upr": tr("of the universal periodic review"),
        "cerd": tr("of the Committee on the Elimination of Racial Discrimination"),
        "ccpr": tr("of the Human Rights Committee"),
        "cescr": tr("of the Committee on Economic, Social and Cultural Rights"),
        "cedaw": tr("of the Committee on the Elimination of Discrimination against Women"),
        "cat": tr("of the Committee against Torture"),
        "spt": tr("of the Subcommittee on Prevention of Torture"),
        "crc": tr("of the Committee on the Rights of the Child"),
        "cmw": tr("of the Committee on Migrant Workers"),
        "crpd": tr("of the Committee on the Rights of Persons with Disabilities"),
        "ced": tr("of the Committee on Enforced Disappearances"),
        "special_procedures": tr("of the special procedures"),
    }.get(code) or tr("of the international human rights mechanisms")


def _of_mechanisms(tr: Fmt, codes) -> str:
    order = {c: i for i, c in enumerate(MECHANISM.codes)}
    return tr.join([of_mechanism(tr, c) for c in sorted(set(codes), key=lambda c: (order.get(c, 99), c))])


def why_sentence(tr: Fmt, a: dict[str, Any], *, told: set[str] | frozenset[str] = frozenset()) -> str:
    """"The activity followed up on 2 recommendations of the universal periodic review."
    (``told``: recommendations the paragraph already named.)"""
    recs = [r for r in a.get("recommendations") or [] if r["uuid"] not in told]
    mechanisms = [r["mechanism"] for r in recs]
    if recs:
        return tr.ngettext("The activity followed up on {n} recommendation {of_mechanisms}.",
                           "The activity followed up on {n} recommendations {of_mechanisms}.", len(recs)).format(
            n=tr.num(len(recs)), of_mechanisms=_of_mechanisms(tr, mechanisms))
    mechanisms = [m for m in a.get("mechanisms") or [] if m]
    if mechanisms and not told:
        return tr("The activity was carried out in follow-up to recommendations {of_mechanisms}.").format(
            of_mechanisms=_of_mechanisms(tr, mechanisms))
    return ""


# -- activities told together -------------------------------------------------------------

@dataclass
class Story:
    """One numbered paragraph: its text (plain) and the recommendations it notes."""
    text: str
    activities: list[dict[str, Any]] = field(default_factory=list)
    recommendations: list[dict[str, Any]] = field(default_factory=list)


def related_groups(acts: list[dict[str, Any]]) -> list[tuple[tuple[str, str] | None, list[dict[str, Any]]]]:
    """Activities of one country in paragraphs: those sharing a recommendation (first) or a
    theme are told together, one-off activities alone.  In order of each paragraph's first
    activity."""
    left = list(acts)
    groups: list[tuple[tuple[str, str] | None, list[dict[str, Any]]]] = []
    while True:
        counts: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for a in left:
            for r in a.get("recommendations") or []:
                counts.setdefault(("recommendation", r["uuid"]), []).append(a)
            for t in a.get("themes") or []:
                counts.setdefault(("theme", t), []).append(a)
        shared = [(k, v) for k, v in counts.items() if len(v) > 1]
        if not shared:
            break
        key, members = max(shared, key=lambda kv: (len(kv[1]), kv[0][0] == "recommendation",
                                                   [-a["start_date"].toordinal() for a in kv[1]][:1], kv[0][1]))
        groups.append((key, members))
        ids = {id(a) for a in members}
        left = [a for a in left if id(a) not in ids]
    groups += [(None, [a]) for a in left]
    position = {id(a): i for i, a in enumerate(acts)}
    return sorted(groups, key=lambda g: min(position[id(a)] for a in g[1]))


def _theme_label(tr: Fmt, theme: str) -> str:
    return _lower_first(tr(theme)) if theme in SEED_THEMES else theme


def _group_lead(tr: Fmt, key: tuple[str, str], members: list[dict[str, Any]], first: bool) -> str:
    kind, value = key
    n = len(members)
    start = min(a["start_date"] for a in members)
    end = max(a["end_date"] or a["start_date"] for a in members)
    values = {"in_country": _in_country(tr, members[0]["country"]), "n": tr.num(n),
              "period": tr.dates(start, end)}
    if kind == "recommendation":
        rec = next(r for a in members for r in a.get("recommendations") or [] if r["uuid"] == value)
        values["of_mechanism"] = of_mechanism(tr, rec["mechanism"])
        if first:
            template = tr.ngettext(
                "{in_country}, the Office carried out {n} activity in follow-up to a recommendation {of_mechanism} "
                "({period}).",
                "{in_country}, the Office carried out {n} activities in follow-up to a recommendation {of_mechanism} "
                "({period}).", n)
        else:
            template = tr.ngettext(
                "The Office also carried out {n} activity in follow-up to a recommendation {of_mechanism} ({period}).",
                "The Office also carried out {n} activities in follow-up to a recommendation {of_mechanism} "
                "({period}).", n)
    else:
        values["theme"] = _theme_label(tr, value)
        if first:
            template = tr.ngettext("{in_country}, the Office carried out {n} activity on {theme} ({period}).",
                                   "{in_country}, the Office carried out {n} activities on {theme} ({period}).", n)
        else:
            template = tr.ngettext("The Office also carried out {n} activity on {theme} ({period}).",
                                   "The Office also carried out {n} activities on {theme} ({period}).", n)
    return template.format(**values)


def activity_sentences(tr: Fmt, a: dict[str, Any], first: bool, *, grouped: bool = False,
                       told: set[str] | frozenset[str] = frozenset()) -> list[str]:
    return [s for s in (lead_sentence(tr, a, first, grouped=grouped), *who_sentences(tr, a),
                        reach_sentence(tr, a), why_sentence(tr, a, told=told),
                        sentence(a.get("narrative")), sentence(a.get("outcome"))) if s]


def country_stories(tr: Fmt, acts: list[dict[str, Any]]) -> list[Story]:
    """The paragraphs on one country's activities (in date order).  Each activity dict is a
    row of ``aggregates.activity_rows`` with, where recorded: ``categories`` ({stakeholder
    group: participants}), ``from`` ({country: participants}), ``covered`` (countries
    covered), ``mechanisms`` and ``recommendations`` (dicts with uuid and mechanism)."""
    stories: list[Story] = []
    for i, (key, members) in enumerate(related_groups(acts)):
        recs: list[dict[str, Any]] = []
        for a in members:
            recs += [r for r in a.get("recommendations") or [] if r["uuid"] not in {x["uuid"] for x in recs}]
        if key is None:
            text = " ".join(activity_sentences(tr, members[0], first=i == 0))
        else:
            told = {key[1]} if key[0] == "recommendation" else set()
            parts = [_group_lead(tr, key, members, first=i == 0)]
            for j, a in enumerate(members):
                lead = activity_sentences(tr, a, first=False, grouped=j == 0, told=told)
                parts += lead
            text = " ".join(parts)
        stories.append(Story(text, members, recs))
    return stories


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
    held = len({c["country"] for c in f.by_country if c["country"]})
    more = max(k["countries"] - held, 0)  # countries covered where no activity took place
    if more and held == 1:
        sentences.append(tr.ngettext("They took place in one country and covered {more} more.",
                                     "They took place in one country and covered {more} more.",
                                     more).format(more=tr.num(more)))
    elif more:
        # TRANSLATORS: {n} is always 2 or more.
        sentences.append(tr.ngettext("They took place in {n} countries and covered {more} more.",
                                     "They took place in {n} countries and covered {more} more.",
                                     more).format(n=tr.num(held), more=tr.num(more)))
    elif held:
        sentences.append(tr.ngettext("They took place in {n} country.", "They took place in {n} countries.",
                                     held).format(n=tr.num(held)))
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
