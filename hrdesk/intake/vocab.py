"""Words people type in spreadsheets, in English, French and Spanish: column headers and
values of closed lists, mapped to HRDesk's field names and codes.

The gettext catalogues translate what HRDesk *writes*; this table recognises what people
*typed* (abbreviations, old labels, "Femme", "H", "CSO"…).  Translated labels from the
catalogues are recognised too, so a template written in any supported language reads back.
"""

from __future__ import annotations

import re
from functools import cache

from hrdesk.domain import choices as C
from hrdesk.domain.choices import Choices
from hrdesk.domain.records import ACTIVITY, PARTICIPANT, PARTICIPATION, RECOMMENDATION
from hrdesk.domain.text import fold
from hrdesk.i18n import LANGUAGES, Translator
from hrdesk.intake.abbreviations import CATEGORIES, INSTITUTIONS
from hrdesk.reference.mechanisms import MECHANISM

_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def header_key(text: object) -> str:
    """Comparable form of a header: folded, without ``*``, parentheses and punctuation."""
    if not isinstance(text, str):
        return ""
    text = _PARENS.sub(" ", text.replace("’", "'"))
    return " ".join(_NON_WORD.sub(" ", fold(text)).replace("_", " ").split())


def value_key(text: object) -> str:
    """Comparable form of a typed value: folded, punctuation reduced to spaces."""
    if not isinstance(text, str):
        text = str(text)
    return " ".join(_NON_WORD.sub(" ", fold(text.replace("’", "'"))).replace("_", " ").split())


# -- headers -----------------------------------------------------------------------------
# key → synonyms (any language).  Keys are field names, plus helpers such as first_name.
HEADERS: dict[str, tuple[str, ...]] = {
    # people
    "full_name": ("name", "full name", "names", "participant", "participant name", "name of participant",
                  "surname and first name", "first and last name", "last name and first name",
                  "nom", "nom et prenom", "nom et prenoms", "noms et prenoms", "nom prenom", "noms",
                  "prenom et nom", "prenoms et nom", "nom complet", "nom du participant", "participant e",
                  "nombre", "nombre completo", "nombre y apellido", "nombres y apellidos",
                  "apellidos y nombres", "nombre del participante", "nom et prenom s"),
    "first_name": ("first name", "first names", "given name", "given names", "forename", "prenom",
                   "prenoms", "nombres", "primer nombre"),
    "last_name": ("last name", "surname", "family name", "nom de famille", "apellidos", "apellido"),
    "sex": ("sex", "gender", "sexe", "genre", "sexo", "genero", "f m", "m f", "h f", "f h"),
    "age": ("age", "age in years", "years", "edad", "ans", "age ans", "edad anos"),
    "age_group": ("age group", "age range", "age bracket", "tranche d age", "groupe d age",
                  "classe d age", "grupo de edad", "rango de edad", "grupo etario", "age group or age",
                  "age group or age in years"),
    "birth_year": ("year of birth", "birth year", "annee de naissance", "ano de nacimiento"),
    "birth_date": ("date of birth", "birth date", "dob", "d o b", "born", "born on",
                   "date de naissance", "ne e le", "ne le", "nee le", "date naissance",
                   "fecha de nacimiento", "fecha nacimiento", "f nacimiento", "nacido a el"),
    "disability": ("disability", "person with disability", "person with a disability", "disabled",
                   "handicap", "situation de handicap", "personne handicapee",
                   "personne en situation de handicap", "personne avec handicap", "discapacidad",
                   "persona con discapacidad", "con discapacidad"),
    "organisation": ("organisation", "organization", "institution", "agency", "employer",
                     "institution structure", "structure", "organisme", "institution organisation",
                     "organizacion", "institucion", "entidad", "organismo", "dependencia"),
    "position": ("position", "title job", "job title", "function", "post", "role in organisation",
                 "fonction", "poste", "titre", "qualite", "cargo", "puesto", "funcion"),
    "stakeholder_category": ("stakeholder category", "stakeholder group", "stakeholder", "category",
                             "group", "sector", "categorie", "categorie d acteur", "groupe d acteurs",
                             "type d acteur", "categoria", "grupo", "tipo de actor", "sector"),
    "country": ("country", "pays", "pais", "nationality", "nationalite", "nacionalidad"),
    "email": ("e mail", "email", "email address", "e mail address", "mail", "courriel", "adresse e mail",
              "adresse electronique", "correo", "correo electronico", "email correo"),
    "phone": ("phone", "telephone", "phone number", "mobile", "tel", "contact", "telephone portable",
              "numero de telephone", "telefono", "celular", "movil", "numero de telefono"),
    "role": ("role", "participation role", "role in activity", "role dans l activite", "rol",
             "papel"),
    "days_attended": ("days attended", "days", "attendance days", "jours de presence", "jours",
                      "nombre de jours", "dias de asistencia", "dias"),
    "pre_score": ("pre score", "pre test", "pre test score", "pretest", "score pre test",
                  "note pre test", "pre test note", "evaluation initiale", "puntaje pre test",
                  "pre prueba", "prueba inicial"),
    "post_score": ("post score", "post test", "post test score", "posttest", "score post test",
                   "note post test", "post test note", "evaluation finale", "puntaje post test",
                   "post prueba", "prueba final"),
    "activity_ref": ("activity reference", "activity ref", "activity", "ref activity", "activity no",
                     "reference de l activite", "ref activite", "activite", "referencia de la actividad",
                     "ref actividad", "actividad"),
    # activities
    "reference": ("reference", "ref", "ref no", "no", "n", "number", "reference no", "numero",
                  "referencia"),
    "title": ("title", "activity title", "name of activity", "activity name", "titre",
              "titre de l activite", "intitule", "intitule de l activite", "titulo",
              "titulo de la actividad", "nombre de la actividad"),
    "kind": ("kind", "kind of activity", "type", "activity type", "type of activity", "type d activite",
             "nature de l activite", "type de l activite", "tipo", "tipo de actividad"),
    "status": ("status", "statut", "etat", "situation", "estado", "estatus"),
    "start_date": ("start date", "date", "from", "start", "begin date", "date de debut", "debut", "du",
                   "fecha de inicio", "fecha", "inicio", "desde"),
    "end_date": ("end date", "to", "end", "until", "date de fin", "fin", "au", "fecha de fin",
                 "fecha de termino", "fecha final", "hasta"),
    "location": ("location", "place", "venue", "city", "lieu", "ville", "localite", "lugar",
                 "ciudad", "sede"),
    "countries_covered": ("countries covered", "countries", "pays couverts", "pays concernes",
                          "paises cubiertos", "paises"),
    "narrative": ("description", "narrative", "summary", "descriptif", "resume", "descripcion",
                  "resumen", "narrativa"),
    "outcome": ("outcome", "outcome results", "results", "outcomes", "result", "resultats", "resultat",
                "resultats obtenus", "resultados", "resultado", "logros"),
    "funding_source": ("funding source", "funding", "donor", "source de financement", "financement",
                       "bailleur", "bailleur de fonds", "fuente de financiamiento", "financiamiento",
                       "donante", "fuente de financiacion"),
    "themes": ("themes", "theme", "thematic areas", "topics", "thematiques", "thematique", "temas",
               "tema", "areas tematicas"),
    "partners": ("partner organisations", "partners", "partner organizations", "partner",
                 "partenaires", "organisations partenaires", "socios", "organizaciones socias",
                 "contrapartes", "aliados"),
    "sdg_targets": ("sdg targets", "sdg target", "sdgs", "sdg", "odd", "cibles odd", "cibles des odd",
                    "cible odd", "metas ods", "ods", "meta ods", "metas de los ods"),
    "mechanisms": ("human rights mechanisms", "mechanisms", "mechanism", "mecanismes",
                   "mecanismes des droits de l homme", "mecanismes des droits humains", "mecanismos",
                   "mecanismos de derechos humanos"),
    "reach_women": ("women reached", "women", "female reached", "femmes", "femmes atteintes",
                    "nombre de femmes", "mujeres", "mujeres alcanzadas", "numero de mujeres"),
    "reach_men": ("men reached", "men", "male reached", "hommes", "hommes atteints", "nombre d hommes",
                  "hombres", "hombres alcanzados", "numero de hombres"),
    "reach_other": ("other undisclosed reached", "other reached", "other undisclosed", "other",
                    "autres", "autre non communique", "autres non communique", "autres atteints",
                    "otros", "otro no declarado", "otros alcanzados"),
    "reach_total": ("total reached", "total", "people reached", "total atteint", "total personnes",
                    "personnes atteintes", "total alcanzado", "personas alcanzadas"),
    "reach_localities": ("localities reached", "localities", "localites atteintes", "localites",
                         "localidades alcanzadas", "localidades", "communities reached"),
    "training_hours": ("training hours", "hours", "heures de formation", "heures", "nombre d heures",
                       "horas de capacitacion", "horas", "horas de formacion"),
    "methodology": ("methodology", "method", "methodologie", "methode", "metodologia"),
    "pre_post_test": ("pre post test used", "pre post test", "pre and post test", "pre test post test",
                      "test pre post utilise", "pre test et post test", "prueba pre post",
                      "pre y post prueba"),
    # recommendations (Universal Human Rights Index exports, UPR databases and matrices)
    "text": ("recommendation", "recommendations", "recommendation observation", "recommendation text",
             "text of the recommendation", "text", "observation", "concluding observation",
             "recommandation", "recommandations", "recommandation observation", "texte",
             "texte de la recommandation", "recomendacion", "recomendaciones", "recomendacion observacion",
             "texto", "texto de la recomendacion"),
    "mechanism": ("mechanism", "body", "treaty body", "human rights body", "mecanisme", "organe",
                  "organe conventionnel", "mecanismo", "organo", "organo de tratado", "organismo"),
    "body": ("recommending state", "recommending states", "recommending state s", "source of recommendation",
             "recommended by", "state making the recommendation", "special procedure", "mandate",
             "etat recommandant", "etats recommandants", "etat auteur de la recommandation",
             "source de la recommandation", "mandat", "estado recomendante", "estados recomendantes",
             "estado que recomienda", "fuente de la recomendacion", "mandato"),
    "symbol": ("document symbol", "symbol", "document", "document number", "cote", "cote du document",
               "symbole", "symbole du document", "signatura", "simbolo", "simbolo del documento"),
    "paragraph": ("paragraph", "para", "paragraph number", "paragraph no", "recommendation number",
                  "recommendation no", "paragraphe", "numero de paragraphe", "parrafo", "numero de parrafo",
                  "no de recommandation", "numero de recomendacion"),
    "cycle": ("cycle", "upr cycle", "review cycle", "reporting cycle", "cycle de l epu", "cycle de l examen",
              "ciclo", "ciclo del epu", "ciclo de examen"),
    "session": ("session", "upr session", "session of the working group", "session de l epu", "sesion",
                "periodo de sesiones", "sesion del epu"),
    "year": ("year", "year of review", "year of adoption", "annee", "annee de l examen", "ano",
             "ano del examen"),
    "response": ("response", "position", "state position", "position of the state", "state response",
                 "response of the state", "response of state under review", "upr position",
                 "reponse", "reponse de l etat", "position de l etat", "respuesta", "respuesta del estado",
                 "posicion", "posicion del estado"),
    "affected_persons": ("affected persons", "affected person", "affected groups", "groups concerned",
                         "persons concerned", "personnes concernees", "personnes affectees",
                         "groupes concernes", "personas afectadas", "grupos afectados"),
    "implementation_status": ("implementation status", "status of implementation", "status",
                              "etat de mise en oeuvre", "statut de mise en oeuvre", "statut", "etat",
                              "estado de implementacion", "estado de aplicacion", "estado"),
    "responsible_entities": ("responsible entities", "responsible entity", "responsible institutions",
                             "responsible", "entities responsible", "institutions responsables",
                             "entites responsables", "responsables", "entidades responsables",
                             "instituciones responsables"),
    "priority": ("priority", "priorite", "prioridad"),
    "target_date": ("target date", "deadline", "date cible", "echeance", "fecha objetivo", "plazo"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "observations", "commentaires",
              "remarques", "notas", "comentarios", "observaciones"),
}
HEADERS["themes"] += ("human rights themes", "theme s", "thematic", "issues")
HEADERS["sdg_targets"] += ("sustainable development goals", "sdg goals", "sdg goals targets",
                           "objectifs de developpement durable", "objetivos de desarrollo sostenible")
HEADERS["country"] += ("state under review", "state reviewed", "country under review", "sur",
                       "etat examine", "etat sous examen", "pays examine", "estado examinado",
                       "estado bajo examen", "pais examinado")

# Sub-headers under a name group ("Nom et prénom" over "Nom" | "Prénom"), and the single
# headers that mean the surname when a first-name column sits next to them ("Nom" + "Prénom").
NAME_PARTS: dict[str, tuple[str, ...]] = {
    "last_name": ("nom", "noms", "nom s", "name", "surname", "last name", "last names", "family name",
                  "nom de famille", "apellido", "apellidos", "primer apellido", "segundo apellido"),
    "first_name": ("prenom", "prenoms", "prenom s", "first name", "first names", "given name",
                   "given names", "forename", "nombre", "nombres", "nombre s"),
}
SURNAME_HEADERS = ("nom", "noms", "name", "nom s")
GIVEN_NAME_HEADERS = ("nombre", "nombres", "name")

# Columns that carry no data of ours (recognised so that they help find the header row).
IGNORED_HEADERS = ("signature", "firma", "emargement", "no", "n", "numero", "num", "s no", "sl no")


@cache
def header_table(keys: tuple[str, ...]) -> dict[str, str]:
    """header_key → field key, for the given keys: synonyms plus the translated labels."""
    table: dict[str, str] = {}
    labels: dict[str, list[str]] = {}
    for record in (ACTIVITY, PARTICIPANT, PARTICIPATION, RECOMMENDATION):
        for f in record.fields:
            if f.name in keys:
                labels.setdefault(f.name, []).append(f.label)
    for key in keys:
        for synonym in HEADERS.get(key, ()):
            table.setdefault(header_key(synonym), key)
        table.setdefault(header_key(key), key)
    for language in LANGUAGES:
        tr = Translator(language)
        for key, texts in labels.items():
            for text in texts:
                table.setdefault(header_key(tr(text)), key)
    return table


def match_header(text: object, keys: tuple[str, ...]) -> tuple[str | None, int]:
    """(field key, quality) for a header cell: 3 exact, 1–2 partial, 0 none."""
    k = header_key(text)
    if not k:
        return None, 0
    table = header_table(keys)
    if k in table:
        return table[k], 3
    # a known header inside a longer one: "Sexe (F/M)", "Nom complet du participant"
    words = f" {k} "
    best, best_len = None, 0
    for synonym, key in table.items():
        if len(synonym) >= 3 and f" {synonym} " in words and len(synonym) > best_len:
            best, best_len = key, len(synonym)
    if best is not None:
        return best, 2 if best_len >= 5 else 1
    return None, 0


# -- values of closed lists --------------------------------------------------------------

VALUE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "sex": {
        "female": ("f", "female", "woman", "women", "w", "fem", "girl", "femme", "feminin", "fille",
                   "mujer", "femenino", "fem", "nina", "feminine", "femenina", "femmes", "mujeres",
                   "mme", "mlle", "madame", "mademoiselle", "mrs", "ms", "miss", "sra", "srta", "senora",
                   "dona"),
        "male": ("m", "h", "male", "man", "men", "boy", "homme", "masculin", "garcon", "hombre",
                 "masculino", "varon", "nino", "masc", "masculine", "hommes", "hombres", "mr",
                 "monsieur", "sr", "senor", "don"),
        "other": ("other", "autre", "otro", "otra", "non binary", "non binaire", "no binario"),
        "undisclosed": ("undisclosed", "not disclosed", "prefer not to say", "unknown",
                        "non communique", "ne souhaite pas repondre", "non precise", "inconnu",
                        "no declarado", "prefiere no decir", "desconocido", "no responde"),
    },
    "disability": {
        "yes": ("yes", "y", "oui", "o", "si", "true", "1", "vrai", "verdadero"),
        "no": ("no", "n", "non", "false", "0", "faux", "falso", "aucun", "aucune", "ninguna", "none"),
        "undisclosed": ("undisclosed", "unknown", "prefer not to say", "non communique", "inconnu",
                        "ne sait pas", "nsp", "no declarado", "desconocido", "no sabe"),
    },
    "age_group": {
        "under_18": ("under 18", "less than 18", "0 17", "moins de 18", "moins de 18 ans",
                     "menos de 18", "menores de 18", "menor de 18"),
        "18_24": ("18 24", "18 a 24", "18 24 ans", "18 a 24 anos"),
        "25_34": ("25 34", "25 a 34", "25 34 ans"),
        "35_49": ("35 49", "35 a 49", "35 49 ans"),
        "50_64": ("50 64", "50 a 64", "50 64 ans"),
        "65_plus": ("65", "65 plus", "65 and over", "65 and above", "over 65", "65 ans et plus",
                    "plus de 65 ans", "65 y mas", "mas de 65", "65 anos y mas"),
        "unknown": ("unknown", "inconnu", "non communique", "desconocido", "no declarado", "nsp"),
    },
    "stakeholder_category": {
        "government": ("gov", "govt", "gouvernement", "gobierno", "ministry", "ministere", "ministerio",
                       "state", "etat", "estado", "public administration", "administration publique",
                       "administracion publica"),
        "parliament": ("parlement", "parlamento", "legislature", "congreso", "assemblee nationale",
                       "parliamentarian", "parlementaire", "legislativo"),
        "judiciary": ("justice", "judiciaire", "magistrature", "judicial", "poder judicial", "courts",
                      "magistrats", "judges", "juges", "jueces"),
        "law_enforcement": ("police", "gendarmerie", "policia", "forces de l ordre", "forces de securite",
                            "fuerzas del orden"),
        "military_security": ("military", "militaire", "armee", "army", "security forces", "militar",
                              "fuerzas armadas", "defense", "securite"),
        "prisons": ("prison", "penitentiaire", "administration penitentiaire", "penitenciario",
                    "sistema penitenciario", "carcel"),
        "nhri": ("nhri", "inddh", "indh", "cndh", "national human rights institution",
                 "institution nationale des droits de l homme", "institution nationale des droits humains",
                 "institucion nacional de derechos humanos", "defensoria del pueblo", "ombudsman",
                 "mediateur", "indh"),
        "civil_society": ("cso", "csos", "ngo", "ngos", "ong", "osc", "civil society", "societe civile",
                          "sociedad civil", "civil society organisation", "civil society organization",
                          "organisation de la societe civile", "organizacion de la sociedad civil", "cbo"),
        "hr_defender": ("hrd", "hrds", "human rights defender", "human rights defenders", "defenseur",
                        "defenseur des droits humains", "defenseur des droits de l homme",
                        "defenseurs des droits humains", "defensor de derechos humanos",
                        "defensora de derechos humanos", "defensores de derechos humanos"),
        "media": ("medias", "journalist", "journalists", "journaliste", "journalistes", "periodista",
                  "periodistas", "prensa", "press", "medios", "medios de comunicacion", "presse"),
        "academia": ("academic", "university", "universite", "universidad", "universitaire",
                     "academique", "universitaires", "academicos", "research", "recherche"),
        "business": ("private sector", "secteur prive", "sector privado", "entreprise", "entreprises",
                     "empresa", "empresas", "company"),
        "un_international": ("un", "united nations", "nations unies", "naciones unidas", "onu",
                             "international organisation", "international organization",
                             "organisation internationale", "organizacion internacional", "ingo",
                             "un agency", "agence des nations unies", "agencia de la onu"),
        "youth": ("jeunes", "jeunesse", "juventud", "jovenes", "young people"),
        "indigenous_peoples": ("indigenous", "autochtones", "peuples autochtones", "indigenas",
                               "pueblos indigenas", "pueblo indigena"),
        "general_public": ("public", "general public", "grand public", "publico", "publico general",
                           "population", "community", "communaute", "comunidad", "poblacion"),
        "other": ("autre", "autres", "otro", "otros", "otra"),
    },
    "activity_kind": {
        "training": ("formation", "capacitacion", "formacion", "curso", "course", "renforcement de capacites"),
        "workshop": ("atelier", "taller"),
        "seminar": ("seminaire", "seminario"),
        "consultation": ("consulta", "concertation"),
        "monitoring_mission": ("monitoring", "mission de monitoring", "mission de suivi", "monitoreo",
                               "mision de monitoreo", "mision de observacion", "mission d observation"),
        "technical_assistance": ("technical assistance", "legal advice", "assistance technique",
                                 "conseil juridique", "asistencia tecnica", "asesoria juridica",
                                 "asesoria tecnica"),
        "advocacy_campaign": ("campaign", "advocacy", "campagne", "campagne de plaidoyer", "plaidoyer",
                              "campana", "campana de incidencia", "incidencia"),
        "publication": ("publicacion", "report", "rapport", "informe"),
        "event": ("evenement", "evento", "ceremonie", "ceremonia", "commemoration"),
        "other": ("autre", "otro", "otra"),
    },
    "activity_status": {
        "planned": ("planifie", "planifiee", "prevu", "prevue", "planificado", "previsto", "programado"),
        "ongoing": ("en cours", "en curso", "in progress", "en proceso"),
        "completed": ("done", "finished", "complete", "termine", "terminee", "acheve", "achevee",
                      "realise", "realisee", "completado", "completada", "terminado", "terminada",
                      "finalizado", "finalizada", "realizado", "realizada"),
        "cancelled": ("canceled", "annule", "annulee", "cancelado", "cancelada", "suspendu"),
    },
    "participation_role": {
        "participant": ("participante", "attendee", "trainee", "stagiaire"),
        "facilitator": ("facilitateur", "facilitatrice", "formateur", "formatrice", "facilitador",
                        "facilitadora", "trainer", "capacitador", "capacitadora"),
        "speaker": ("intervenant", "intervenante", "orateur", "oratrice", "ponente", "orador",
                    "oradora", "panelist", "panelliste", "panelista", "conferencier"),
        "organiser": ("organizer", "organisateur", "organisatrice", "organizador", "organizadora"),
    },
    "mechanism": {
        "upr": ("upr", "epu", "examen periodique universel", "examen periodico universal"),
        "cerd": ("comite pour l elimination de la discrimination raciale",
                 "comite para la eliminacion de la discriminacion racial"),
        "ccpr": ("comite des droits de l homme", "comite de derechos humanos", "hrc committee"),
        "cescr": ("cdesc", "comite des droits economiques sociaux et culturels",
                  "comite de derechos economicos sociales y culturales"),
        "cedaw": ("cedef", "comite pour l elimination de la discrimination a l egard des femmes",
                  "comite para la eliminacion de la discriminacion contra la mujer"),
        "cat": ("comite contre la torture", "comite contra la tortura"),
        "spt": ("sous comite pour la prevention de la torture", "subcomite para la prevencion de la tortura"),
        "crc": ("cde", "cdn", "comite des droits de l enfant", "comite de los derechos del nino"),
        "cmw": ("comite des travailleurs migrants", "comite de trabajadores migratorios"),
        "crpd": ("cdph", "cdpd", "comite des droits des personnes handicapees",
                 "comite sobre los derechos de las personas con discapacidad"),
        "ced": ("comite des disparitions forcees", "comite contra la desaparicion forzada"),
        "treaty_bodies": ("treaty bodies", "treaty body", "organes conventionnels", "organe conventionnel",
                          "organos de tratados", "organo de tratado"),
        "special_procedures": ("special procedures", "special rapporteur", "special rapporteurs",
                               "procedures speciales", "rapporteur special", "procedimientos especiales",
                               "relator especial", "relatora especial"),
    },
    "recommendation_response": {
        "supported": ("accepted", "support", "supported partially", "accepte", "acceptee", "acceptees",
                      "soutenu", "soutenue", "soutenues", "appuye", "appuyee", "appuyees", "aceptada",
                      "aceptado", "aceptadas", "apoyada", "apoyado", "apoyadas", "respaldada"),
        "noted": ("note", "notee", "notees", "noted", "pris note", "prise note", "rejected", "not supported",
                  "rejete", "rejetee", "non soutenue", "anotada", "anotado", "anotadas", "tomada nota",
                  "rechazada", "no apoyada"),
        "pending": ("pending", "pending response", "no response", "no response yet", "awaiting response",
                    "en attente", "en suspens", "pas de reponse", "pendiente", "pendiente de respuesta",
                    "sin respuesta"),
    },
    "priority": {
        "high": ("haute", "elevee", "forte", "alta", "1"),
        "medium": ("moyenne", "media", "2"),
        "low": ("basse", "faible", "baja", "3"),
    },
    "implementation_status": {
        "not_started": ("not implemented", "no action", "non commencee", "non mise en oeuvre", "non entamee",
                        "no iniciada", "no implementada", "sin iniciar"),
        "in_progress": ("ongoing", "en cours", "en curso", "en proceso"),
        "partially_implemented": ("partially", "partial", "partiellement mise en oeuvre", "partiellement",
                                  "parcialmente implementada", "parcialmente aplicada", "parcial"),
        "implemented": ("fully implemented", "done", "mise en oeuvre", "realisee", "implementada",
                        "aplicada", "cumplida"),
    },
    "affected_persons": {
        "general": ("general", "all", "everyone", "population", "general population", "tous", "todos"),
        "women": ("woman", "femmes", "mujeres"),
        "girls": ("girl", "filles", "ninas"),
        "children": ("child", "enfants", "ninos", "ninas y ninos", "ninos y ninas", "children and youth"),
        "youth": ("young people", "jeunes", "jeunesse", "jovenes", "juventud"),
        "older_persons": ("older people", "elderly", "personnes agees", "personas mayores"),
        "persons_with_disabilities": ("disabilities", "disabilities persons with", "persons with disability",
                                      "personnes handicapees", "personnes en situation de handicap",
                                      "personas con discapacidad"),
        "migrants": ("migrant workers", "migrant", "migrants travailleurs", "travailleurs migrants",
                     "migrantes", "trabajadores migratorios"),
        "refugees_asylum_seekers": ("refugees", "refugees and asylum seekers", "refugees asylum seekers",
                                    "asylum seekers", "refugies", "refugies et demandeurs d asile",
                                    "demandeurs d asile", "refugiados", "solicitantes de asilo",
                                    "refugiados y solicitantes de asilo", "refugees idps"),
        "internally_displaced": ("idps", "idp", "internally displaced", "personnes deplacees",
                                 "personnes deplacees internes", "deplaces internes", "desplazados internos",
                                 "personas desplazadas internas"),
        "stateless_persons": ("stateless", "apatrides", "personnes apatrides", "apatridas"),
        "non_citizens": ("non citizens", "non ressortissants", "no ciudadanos"),
        "indigenous_peoples": ("indigenous", "indigenous persons", "peuples autochtones", "autochtones",
                               "pueblos indigenas", "indigenas"),
        "minorities": ("minorities", "minority", "members of minorities", "racial ethnic linguistic religious "
                       "or descent based groups", "minorites", "minorias", "persons belonging to minorities"),
        "lgbti_persons": ("lgbti", "lgbt", "lgbtiq", "lgbti persons", "lesbian gay bisexual transgender and "
                          "intersex", "personnes lgbti", "personas lgbti"),
        "human_rights_defenders": ("hrds", "hrd", "defenders", "defenseurs des droits humains",
                                   "defenseurs des droits de l homme", "defensores de derechos humanos"),
        "journalists": ("journalists", "media", "journalistes", "medias", "periodistas", "medios"),
        "civil_society": ("ngos", "societe civile", "sociedad civil"),
        "persons_deprived_of_liberty": ("detainees", "prisoners", "persons deprived of liberty",
                                        "personnes privees de liberte", "detenus", "personas privadas de libertad"),
        "persons_living_in_poverty": ("poverty", "persons living in poverty", "personnes vivant dans la pauvrete",
                                      "personas que viven en la pobreza"),
        "persons_living_in_rural_areas": ("rural", "rural population", "personnes vivant en milieu rural",
                                          "personas que viven en zonas rurales"),
        "persons_living_with_hiv": ("hiv", "persons living with hiv", "personnes vivant avec le vih",
                                    "personas que viven con el vih"),
        "persons_affected_by_armed_conflict": ("armed conflict", "personnes touchees par les conflits armes",
                                               "personas afectadas por conflictos armados"),
        "judges_lawyers_prosecutors": ("judges", "lawyers", "prosecutors", "juges avocats et procureurs",
                                       "jueces abogados y fiscales"),
        "law_enforcement_officials": ("police", "law enforcement", "police officials", "forces de l ordre",
                                      "policia", "fuerzas del orden"),
        "public_officials": ("public officials", "agents publics", "fonctionnaires", "funcionarios publicos"),
        "military_staff": ("military", "militaires", "militares"),
    },
}


def _choice_names() -> dict[str, Choices]:
    return {c.name: c for c in (C.SEX, C.DISABILITY, C.AGE_GROUP, C.STAKEHOLDER_CATEGORY,
                                C.ACTIVITY_KIND, C.ACTIVITY_STATUS, C.PARTICIPATION_ROLE, MECHANISM,
                                C.RECOMMENDATION_RESPONSE, C.PRIORITY, C.IMPLEMENTATION_STATUS,
                                C.AFFECTED_PERSONS)}


@cache
def value_table(choices_name: str) -> dict[str, str]:
    """value_key → code for one closed list: codes, labels in every language, synonyms."""
    choices = _choice_names()[choices_name]
    table: dict[str, str] = {}
    for choice in choices:
        table.setdefault(value_key(choice.code), choice.code)
    for language in LANGUAGES:
        tr = Translator(language)
        for choice in choices:
            label = tr(choice.label)
            table.setdefault(value_key(label), choice.code)
            # "Committee against Torture (CAT)": the abbreviation and the name alone
            for inner in re.findall(r"\(([^)]*)\)", label):
                table.setdefault(value_key(inner), choice.code)
            table.setdefault(value_key(_PARENS.sub(" ", label)), choice.code)
    for code, synonyms in VALUE_SYNONYMS.get(choices_name, {}).items():
        for synonym in synonyms:
            table.setdefault(value_key(synonym), code)
    if choices_name == C.STAKEHOLDER_CATEGORY.name:
        for language in LANGUAGES:
            for abbreviation, code in CATEGORIES.get(language, {}).items():
                table.setdefault(value_key(abbreviation), code)
        for language in LANGUAGES:   # an institution's acronym typed as its category: "PNUD"
            for acronym, code in INSTITUTIONS.get(language, {}).items():
                table.setdefault(value_key(acronym), code)
    table.pop("", None)
    return table


@cache
def _institutions() -> dict[str, str]:
    table: dict[str, str] = {}
    for language in LANGUAGES:
        for acronym, code in INSTITUTIONS.get(language, {}).items():
            table.setdefault(value_key(acronym), code)
    return table


def category_of_institution(organisation: object) -> str | None:
    """The stakeholder category of an organisation written as a known acronym ("INDH",
    "PNUD", "HCDH") or as a ministry ("Min. Justice", "Ministère de…"); None otherwise."""
    if not isinstance(organisation, str):
        return None
    key = value_key(organisation)
    table = _institutions()
    if key in table:
        return table[key]
    first = key.split(" ")[0] if key else ""
    if first in ("min", "ministry", "ministere", "ministerio"):
        return "government"
    return None


def match_value(choices: Choices, text: object) -> str | None:
    """Code of a typed value (code, label in EN/FR/ES, synonym); None when unknown.
    "Name (ABBR)" is recognised by either part."""
    table = value_table(choices.name)
    code = table.get(value_key(text))
    if code is None and isinstance(text, str) and "(" in text:
        parts = [*re.findall(r"\(([^)]*)\)", text), _PARENS.sub(" ", text)]
        code = next((table[value_key(p)] for p in parts if value_key(p) in table), None)
    return code
