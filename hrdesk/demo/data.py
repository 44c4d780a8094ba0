"""Vocabulary of the demo data (``hrdesk demo``): places, people's names, organisations,
topics with their themes / SDG targets / mechanisms, and recommendation texts.

Everything here is invented for demonstrations and tests; nothing is real personal data.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- places --------------------------------------------------------------------------------

# alpha-3 → (weight, cities, naming culture, phone prefix, language of titles)
COUNTRIES: dict[str, tuple[int, tuple[str, ...], str, str, str]] = {
    "GIN": (40, ("Conakry", "Kankan", "Nzérékoré", "Labé", "Kindia", "Boké", "Mamou", "Faranah",
                 "Siguiri", "Guéckédou", "Kissidougou", "Dubréka"), "fr_wa", "+224 6", "fr"),
    "SLE": (8, ("Freetown", "Bo", "Kenema", "Makeni", "Koidu", "Port Loko"), "en_wa", "+232 7", "en"),
    "LBR": (8, ("Monrovia", "Gbarnga", "Buchanan", "Zwedru", "Harper", "Voinjama"), "en_wa", "+231 77", "en"),
    "CIV": (7, ("Abidjan", "Bouaké", "Yamoussoukro", "Korhogo", "Man", "San-Pédro"), "fr_wa", "+225 07", "fr"),
    "SEN": (7, ("Dakar", "Saint-Louis", "Thiès", "Ziguinchor", "Kaolack", "Tambacounda"), "fr_wa", "+221 77", "fr"),
    "MLI": (6, ("Bamako", "Mopti", "Ségou", "Gao", "Tombouctou", "Kayes"), "ml", "+223 7", "fr"),
    "BDI": (6, ("Bujumbura", "Gitega", "Ngozi", "Rumonge", "Makamba", "Muyinga"), "bi", "+257 7", "fr"),
    "COL": (8, ("Bogotá", "Medellín", "Cali", "Quibdó", "Popayán", "Cúcuta", "Tumaco", "Barranquilla"),
            "es", "+57 31", "es"),
    "PAN": (5, ("Ciudad de Panamá", "Colón", "David", "Darién", "Santiago de Veraguas"), "es", "+507 6", "es"),
    "KHM": (5, ("Phnom Penh", "Siem Reap", "Battambang", "Kampong Cham", "Ratanakiri", "Kampot"),
            "km", "+855 1", "en"),
}

WEST_AFRICA = ("GIN", "SLE", "LBR", "CIV", "SEN", "MLI")

# -- names ---------------------------------------------------------------------------------

FIRST_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # culture → (female, male)
    "fr_wa": (("Aïssatou", "Fatoumata", "Mariama", "Kadiatou", "Djénabou", "Aminata", "Néné", "Hawa",
               "Mafoudia", "Hadja", "Élodie", "Hélène", "Séverine", "Maïmouna", "Fanta", "Oumou",
               "Saran", "M'Mah", "Bintou", "Ramatoulaye", "Adèle", "Noëlle"),
              ("Mamadou", "Ibrahima", "Ousmane", "Alpha", "Thierno", "Amadou", "Saïdou", "Sékou",
               "Lansana", "Mohamed", "Jérôme", "François", "Aboubacar", "Moussa", "Fodé", "Boubacar",
               "Cheick", "Souleymane", "Mory", "Joël", "Théodore", "Ansoumane")),
    "en_wa": (("Fatmata", "Isatu", "Mariatu", "Grace", "Comfort", "Hawa", "Kadiatu", "Mercy",
               "Esther", "Yei", "Musu", "Princess", "Victoria", "Agnes"),
              ("Abu", "Mohamed", "Joseph", "Emmanuel", "Samuel", "Alusine", "Foday", "Augustine",
               "Prince", "Momoh", "Varney", "Ibrahim", "Patrick", "Sahr")),
    "ml": (("Aminata", "Oumou", "Fatoumata", "Kadidia", "Assétou", "Mariam", "Djénéba", "Salimata",
            "Aïcha", "Nana"),
           ("Modibo", "Bakary", "Seydou", "Issa", "Boubacar", "Souleymane", "Adama", "Moussa",
            "Hamadoun", "Cheick Oumar")),
    "bi": (("Claudette", "Espérance", "Immaculée", "Goreth", "Francine", "Annonciate", "Béatrice",
            "Divine", "Aline", "Jeanine"),
           ("Pierre-Claver", "Léonidas", "Désiré", "Évariste", "Gervais", "Prosper", "Déo", "Révérien",
            "Célestin", "Aimé")),
    "es": (("María José", "Lucía", "Sofía", "Ángela", "Inés", "Mónica", "Yolanda", "Dayana",
            "Luz Marina", "Beatriz", "Ximena", "Marcela", "Rocío", "Nayeli"),
           ("José", "Andrés", "Néstor", "Jesús", "Óscar", "Martín", "Ramón", "Julián", "Sebastián",
            "Iván", "Germán", "Héctor", "Fabián", "Joaquín")),
    "km": (("Sophea", "Dara", "Chanthou", "Srey Mom", "Sreypov", "Bopha", "Kalyan", "Rachana",
            "Sokha", "Vanna"),
           ("Sokha", "Vuthy", "Rithy", "Sophal", "Chanthy", "Piseth", "Kosal", "Visal", "Bunthoeun",
            "Sambath")),
    "vi": (("Thị Hồng", "Thu Hà", "Ngọc Lan", "Thị Mai", "Phương Thảo", "Thị Hương", "Minh Thư"),
           ("Văn Minh", "Đức Anh", "Quốc Bảo", "Văn Hùng", "Thành Long", "Hữu Phước", "Đình Khoa")),
    "ru": (("Ольга", "Анна", "Елена", "Наталья", "Мария", "Ирина", "Олена"),
           ("Дмитрий", "Сергей", "Алексей", "Андрей", "Игорь", "Николай", "Тарас")),
    "ar": (("فاطمة", "مريم", "عائشة", "خديجة", "زينب", "ليلى", "أمينة"),
           ("محمد", "أحمد", "علي", "عمر", "يوسف", "إبراهيم", "الأمين")),
    "en": (("Sarah", "Emily", "Rebecca", "Catherine", "Grace", "Hannah", "Olivia"),
           ("John", "David", "Michael", "James", "Thomas", "Daniel", "Patrick")),
}

LAST_NAMES: dict[str, tuple[str, ...]] = {
    "fr_wa": ("Diallo", "Barry", "Camara", "Bah", "Sow", "Condé", "Touré", "Keïta", "Soumah", "Kourouma",
              "Sylla", "Doumbouya", "N'Diaye", "Traoré", "Koné", "Cissé", "Baldé", "Kaba", "Fofana",
              "Konaté", "Guilavogui", "Haba", "Loua", "Millimono", "Koïvogui", "Béavogui", "Kouyaté",
              "Ouédraogo", "Yéo", "Kouassi", "Gbané", "Mbaye", "Sène", "Faye", "Ndoye"),
    "en_wa": ("Kamara", "Sesay", "Koroma", "Bangura", "Conteh", "Johnson", "Kollie", "Doe", "Weah",
              "Kpoto", "Turay", "Mansaray", "Jalloh", "Kanneh", "Sirleaf", "Taylor", "Flomo", "Gbowee",
              "Cooper", "Tarawally"),
    "ml": ("Traoré", "Coulibaly", "Diarra", "Keïta", "Maïga", "Cissé", "Touré", "Sangaré", "Dembélé",
           "Sidibé", "Kanouté", "Dicko", "Ag Mohamed", "Haïdara"),
    "bi": ("Ndayishimiye", "Niyonzima", "Hakizimana", "Nshimirimana", "Ndikumana", "Bizimana",
           "Irakoze", "Nkurunziza", "Havyarimana", "Nimbona", "Manirakiza", "Ntahomvukiye"),
    "es": ("González", "Rodríguez", "Muñoz", "Peña", "Gómez", "Hernández", "Martínez", "Castaño",
           "Ibáñez", "Núñez", "Pérez", "Díaz", "Londoño", "Mosquera", "Valencia", "Cuesta", "Ávila",
           "Zúñiga", "Quiñones", "Rentería", "Sánchez", "Chocó Asprilla"),
    "km": ("Sok", "Chan", "Kim", "Heng", "Keo", "Chea", "Ly", "Meas", "Nhem", "Pich", "Seng", "Touch"),
    "vi": ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"),
    "ru": ("Иванов", "Смирнов", "Петров", "Кузнецов", "Попов", "Соколов", "Коваленко"),
    "ar": ("الأنصاري", "بن علي", "الحسني", "ولد أحمد", "التميمي", "المختار", "الكنتي"),
    "en": ("Smith", "O'Connor", "Williams", "Brown", "MacDonald", "Taylor", "Wright"),
}

# Names written family name first (Vietnamese, Khmer): the surname is printed before.
FAMILY_FIRST = frozenset({"vi", "km"})
# Scripts without a Latin spelling: no e-mail address is invented for them.
NON_LATIN = frozenset({"ru", "ar"})
# Cyrillic family names take a feminine ending for women.
def feminine(culture: str, last: str) -> str:
    if culture == "ru" and last.endswith(("ов", "ин")):
        return last + "а"
    return last


# -- organisations by stakeholder category -------------------------------------------------

# category → (weight, organisations in French, Spanish, English; positions)
CATEGORIES: dict[str, tuple[int, dict[str, tuple[str, ...]], tuple[str, ...]]] = {
    "government": (14, {
        "fr": ("Ministère de la Justice", "Ministère des Droits de l'Homme", "Ministère de la Promotion féminine",
               "Ministère de l'Action sociale", "Préfecture"),
        "es": ("Ministerio de Justicia", "Consejería Presidencial para los Derechos Humanos", "Alcaldía",
               "Ministerio de Desarrollo Social"),
        "en": ("Ministry of Justice", "Ministry of Gender and Children's Affairs", "Ministry of Foreign Affairs",
               "Ministry of Social Welfare")},
        ("Director", "Legal adviser", "Head of division", "Focal point for human rights", "Chargé d'études")),
    "parliament": (3, {"fr": ("Assemblée nationale", "Conseil national de la transition"),
                       "es": ("Congreso de la República", "Asamblea Nacional"),
                       "en": ("Parliament", "House of Representatives")},
                   ("Member of Parliament", "Parliamentary assistant", "Committee clerk")),
    "judiciary": (9, {"fr": ("Tribunal de première instance", "Cour d'appel", "Parquet général"),
                      "es": ("Juzgado del Circuito", "Tribunal Superior", "Fiscalía General de la Nación"),
                      "en": ("High Court", "Magistrate Court", "Office of the Attorney General")},
                  ("Judge", "Prosecutor", "Magistrate", "Court clerk", "Juge d'instruction")),
    "law_enforcement": (11, {"fr": ("Police nationale", "Gendarmerie nationale", "Office de protection du genre, de l'enfance et des mœurs (OPROGEM)"),
                             "es": ("Policía Nacional", "Servicio Nacional de Fronteras"),
                             "en": ("National Police", "Police Family Support Unit", "Immigration Service")},
                        ("Police officer", "Commissaire", "Inspector", "Investigator", "Sergeant")),
    "military_security": (3, {"fr": ("Forces armées", "Direction de la justice militaire"),
                              "es": ("Fuerzas Militares", "Armada Nacional"),
                              "en": ("Armed Forces", "Military Police")},
                          ("Officer", "Legal adviser", "Captain")),
    "prisons": (4, {"fr": ("Administration pénitentiaire", "Maison centrale"),
                    "es": ("Instituto Nacional Penitenciario y Carcelario (INPEC)", "Centro penitenciario"),
                    "en": ("Correctional Service", "Central Prison")},
                ("Prison officer", "Prison director", "Social worker")),
    "nhri": (5, {"fr": ("Institution nationale indépendante des droits humains (INIDH)", "Commission nationale des droits de l'homme"),
                 "es": ("Defensoría del Pueblo",),
                 "en": ("Human Rights Commission", "Independent National Commission on Human Rights")},
             ("Commissioner", "Investigator", "Legal officer", "Regional coordinator")),
    "civil_society": (16, {"fr": ("Avocats sans frontières", "Association des femmes juristes", "Mêmes droits pour tous",
                                  "Ligue des droits de l'homme", "Réseau des femmes pour la paix"),
                           "es": ("Corporación Humanas", "Comisión Colombiana de Juristas", "Red de Mujeres Afrocolombianas",
                                  "Fundación Paz y Reconciliación", "Asociación de Víctimas"),
                           "en": ("Campaign for Good Governance", "Rights and Rice Foundation", "Women in Peacebuilding Network",
                                  "Legal Aid Board", "Community Legal Advisers")},
                       ("Programme officer", "Coordinator", "Lawyer", "Volunteer", "Président", "Executive director")),
    "hr_defender": (5, {"fr": ("Collectif des défenseurs", "Observatoire citoyen"),
                        "es": ("Líder social", "Consejo comunitario"),
                        "en": ("Human Rights Defenders Network", "Environmental defenders' coalition")},
                    ("Human rights defender", "Community leader", "Activist")),
    "media": (5, {"fr": ("Radio rurale", "Association des journalistes", "Télévision nationale"),
                  "es": ("Radio comunitaria", "Periódico regional"),
                  "en": ("Community radio", "Press Union", "Daily Observer")},
              ("Journalist", "Editor", "Radio host", "Reporter")),
    "academia": (4, {"fr": ("Université Gamal Abdel Nasser", "Université Félix Houphouët-Boigny", "Université de Bamako"),
                     "es": ("Universidad Nacional", "Universidad del Valle"),
                     "en": ("University of Sierra Leone", "University of Liberia", "Royal University of Law and Economics")},
                 ("Lecturer", "Professor", "Student", "Researcher")),
    "business": (3, {"fr": ("Chambre des mines", "Société minière"), "es": ("Cámara de Comercio", "Empresa bananera"),
                     "en": ("Chamber of Commerce", "Mining company")},
                 ("Manager", "Compliance officer", "Community relations officer")),
    "un_international": (4, {"fr": ("UNICEF", "UNFPA", "PNUD", "ONU Femmes", "HCR"),
                             "es": ("ACNUR", "UNFPA", "PNUD", "ONU Mujeres", "OIM"),
                             "en": ("UNDP", "UNICEF", "UN Women", "UNHCR", "IOM")},
                         ("Human rights officer", "Programme specialist", "Protection officer", "Consultant")),
    "youth": (4, {"fr": ("Conseil national de la jeunesse", "Parlement des jeunes"),
                  "es": ("Plataforma juvenil", "Red de jóvenes"),
                  "en": ("National Youth Council", "Youth Parliament")},
              ("Youth leader", "Member", "Volunteer")),
    "indigenous_peoples": (2, {"fr": ("Association des peuples autochtones",), "es": ("Organización Nacional Indígena", "Cabildo indígena", "Comarca Guna Yala"),
                               "en": ("Indigenous Peoples' Network", "Bunong community")},
                           ("Traditional authority", "Community leader", "Member")),
    "general_public": (3, {"fr": ("",), "es": ("",), "en": ("",)}, ("", "Farmer", "Trader", "Teacher")),
    "other": (2, {"fr": ("Autorité religieuse", "Chefferie traditionnelle"), "es": ("Iglesia", "Junta de Acción Comunal"),
                  "en": ("Council of Chiefs", "Inter-Religious Council")},
              ("Religious leader", "Paramount chief", "Member")),
}

FACILITATOR_CATEGORIES = ("un_international", "nhri", "academia", "civil_society")

# -- topics --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    key: str
    en: str
    fr: str
    es: str
    themes: tuple[str, ...]
    targets: tuple[str, ...]
    mechanisms: tuple[str, ...]
    audiences: tuple[str, ...]   # stakeholder categories most concerned


TOPICS: tuple[Topic, ...] = (
    Topic("investigation", "human rights-based investigation and reporting",
          "l'enquête et le rapportage fondés sur les droits de l'homme",
          "la investigación y documentación con enfoque de derechos humanos",
          ("Rule of law and justice",), ("16.3", "16.a"), ("cat", "ccpr"),
          ("judiciary", "law_enforcement")),
    Topic("torture", "the prevention of torture in places of detention",
          "la prévention de la torture dans les lieux de détention",
          "la prevención de la tortura en los lugares de privación de libertad",
          ("Prevention of torture", "Rule of law and justice"), ("16.3", "16.1", "16.a"), ("cat", "spt"),
          ("prisons", "law_enforcement", "nhri")),
    Topic("fgm", "ending female genital mutilation and child, early and forced marriage",
          "la lutte contre les mutilations génitales féminines et les mariages d'enfants",
          "la erradicación del matrimonio infantil y las uniones tempranas",
          ("Women's rights", "Children's rights"), ("5.3", "5.2", "16.2"), ("cedaw", "crc"),
          ("civil_society", "other", "government")),
    Topic("sgbv", "responding to sexual and gender-based violence",
          "la prise en charge des violences sexuelles et basées sur le genre",
          "la atención a la violencia sexual y de género",
          ("Women's rights",), ("5.2", "16.1", "16.3"), ("cedaw",),
          ("law_enforcement", "judiciary", "civil_society")),
    Topic("civic_space", "civic space and the protection of human rights defenders",
          "l'espace civique et la protection des défenseurs des droits de l'homme",
          "el espacio cívico y la protección de personas defensoras de derechos humanos",
          ("Civic space",), ("16.10", "16.7"), ("ccpr", "special_procedures"),
          ("hr_defender", "civil_society", "media")),
    Topic("journalists", "freedom of expression and the safety of journalists",
          "la liberté d'expression et la sécurité des journalistes",
          "la libertad de expresión y la seguridad de periodistas",
          ("Civic space",), ("16.10",), ("ccpr", "upr"), ("media", "law_enforcement")),
    Topic("elections", "human rights in the context of elections",
          "les droits de l'homme dans le contexte électoral",
          "los derechos humanos en contextos electorales",
          ("Elections", "Civic space"), ("16.7", "16.10"), ("ccpr", "upr"),
          ("youth", "civil_society", "media", "law_enforcement")),
    Topic("sdg_data", "a human rights-based approach to the SDGs, budgeting and data",
          "l'approche fondée sur les droits de l'homme des ODD, la budgétisation et les données",
          "el enfoque de derechos humanos en los ODS, los presupuestos y los datos",
          ("Right to development", "Economic, social and cultural rights"), ("17.18", "10.2", "16.6"), ("upr", "cescr"),
          ("government", "parliament", "un_international")),
    Topic("follow_up", "follow-up to the recommendations of human rights mechanisms",
          "le suivi des recommandations des mécanismes des droits de l'homme",
          "el seguimiento de las recomendaciones de los mecanismos de derechos humanos",
          ("Rule of law and justice",), ("16.a", "16.6", "16.10"), ("upr", "ccpr", "cedaw"),
          ("government", "nhri", "civil_society")),
    Topic("migrants", "the human rights of migrants at borders",
          "les droits de l'homme des migrants aux frontières",
          "los derechos humanos de las personas migrantes en las fronteras",
          ("Migration",), ("10.7", "8.8", "16.9"), ("cmw",), ("law_enforcement", "civil_society", "un_international")),
    Topic("business", "business and human rights in extractive industries",
          "les entreprises et les droits de l'homme dans les industries extractives",
          "empresas y derechos humanos en las industrias extractivas",
          ("Business and human rights",), ("8.7", "12.6", "16.10"), ("cescr", "special_procedures"),
          ("business", "government", "civil_society")),
    Topic("disability", "the rights of persons with disabilities",
          "les droits des personnes handicapées",
          "los derechos de las personas con discapacidad",
          ("Persons with disabilities", "Non-discrimination"), ("10.2", "4.5", "8.5"), ("crpd",),
          ("civil_society", "government", "general_public")),
    Topic("climate", "climate change and the right to a healthy environment",
          "les changements climatiques et le droit à un environnement sain",
          "el cambio climático y el derecho a un medio ambiente sano",
          ("Climate change",), ("13.3", "13.1"), ("special_procedures", "cescr"),
          ("youth", "civil_society", "government")),
    Topic("indigenous", "land rights and the free, prior and informed consent of indigenous peoples",
          "les droits fonciers et le consentement préalable des peuples autochtones",
          "los derechos territoriales y la consulta previa de los pueblos indígenas",
          ("Indigenous peoples", "Non-discrimination"), ("1.4", "10.2", "16.7"), ("cerd", "special_procedures"),
          ("indigenous_peoples", "government")),
    Topic("transitional", "transitional justice and the rights of victims",
          "la justice transitionnelle et les droits des victimes",
          "la justicia transicional y los derechos de las víctimas",
          ("Transitional justice", "Rule of law and justice"), ("16.3", "16.6", "16.1"), ("ced", "ccpr"),
          ("civil_society", "judiciary", "government")),
    Topic("escr", "the rights to health and education",
          "les droits à la santé et à l'éducation",
          "los derechos a la salud y a la educación",
          ("Economic, social and cultural rights",), ("3.8", "4.1", "1.3"), ("cescr", "crc"),
          ("government", "civil_society", "academia")),
    Topic("hate_speech", "non-discrimination and the prevention of hate speech",
          "la non-discrimination et la prévention des discours de haine",
          "la no discriminación y la prevención de los discursos de odio",
          ("Non-discrimination",), ("10.3", "16.b", "16.10"), ("cerd", "ccpr"),
          ("media", "youth", "other")),
)

# -- activity texts ------------------------------------------------------------------------

TITLES = {  # kind → language → templates ({topic}, {audience}, {place})
    "training": {
        "en": ("Training of {audience} on {topic}", "Training of trainers on {topic} ({place})"),
        "fr": ("Formation des {audience} sur {topic}", "Formation de formateurs sur {topic} ({place})"),
        "es": ("Capacitación a {audience} sobre {topic}", "Formación de formadores sobre {topic} ({place})"),
    },
    "workshop": {
        "en": ("Workshop on {topic} in {place}", "Validation workshop: national report on {topic}"),
        "fr": ("Atelier sur {topic} à {place}", "Atelier de validation du rapport national sur {topic}"),
        "es": ("Taller sobre {topic} en {place}", "Taller de validación del informe nacional sobre {topic}"),
    },
    "seminar": {
        "en": ("Seminar on {topic}",), "fr": ("Séminaire sur {topic}",), "es": ("Seminario sobre {topic}",),
    },
    "consultation": {
        "en": ("Consultation with {audience} on {topic}",),
        "fr": ("Consultation des {audience} sur {topic}",),
        "es": ("Consulta con {audience} sobre {topic}",),
    },
    "monitoring_mission": {
        "en": ("Monitoring mission to {place}: {topic}",),
        "fr": ("Mission de monitoring à {place} : {topic}",),
        "es": ("Misión de monitoreo a {place}: {topic}",),
    },
    "technical_assistance": {
        "en": ("Technical assistance on {topic}", "Legal advice on draft legislation: {topic}"),
        "fr": ("Assistance technique sur {topic}", "Avis juridique sur un avant-projet de loi : {topic}"),
        "es": ("Asistencia técnica sobre {topic}", "Asesoría jurídica a un proyecto de ley: {topic}"),
    },
    "advocacy_campaign": {
        "en": ("Awareness campaign on {topic}",), "fr": ("Campagne de sensibilisation sur {topic}",),
        "es": ("Campaña de sensibilización sobre {topic}",),
    },
    "publication": {
        "en": ("Publication: practical guide on {topic}",), "fr": ("Publication : guide pratique sur {topic}",),
        "es": ("Publicación: guía práctica sobre {topic}",),
    },
    "event": {
        "en": ("Human Rights Day commemoration: {topic}", "Public dialogue on {topic} in {place}"),
        "fr": ("Célébration de la Journée des droits de l'homme : {topic}", "Dialogue public sur {topic} à {place}"),
        "es": ("Conmemoración del Día de los Derechos Humanos: {topic}", "Diálogo público sobre {topic} en {place}"),
    },
    "other": {
        "en": ("Coordination meeting on {topic}",), "fr": ("Réunion de coordination sur {topic}",),
        "es": ("Reunión de coordinación sobre {topic}",),
    },
}

AUDIENCE_WORDS = {  # category → (en, fr, es)
    "judiciary": ("judges and prosecutors", "magistrats", "jueces y fiscales"),
    "law_enforcement": ("police and gendarmerie officers", "officiers de police et de gendarmerie", "agentes de policía"),
    "prisons": ("prison staff", "agents pénitentiaires", "personal penitenciario"),
    "nhri": ("staff of the national human rights institution", "membres de l'institution nationale des droits de l'homme",
             "funcionarios de la Defensoría del Pueblo"),
    "civil_society": ("members of civil society organizations", "membres d'organisations de la société civile",
                      "integrantes de organizaciones de la sociedad civil"),
    "hr_defender": ("human rights defenders", "défenseurs des droits de l'homme", "personas defensoras de derechos humanos"),
    "media": ("journalists", "journalistes", "periodistas"),
    "government": ("government officials", "cadres de l'administration", "funcionarios públicos"),
    "parliament": ("members of parliament", "parlementaires", "congresistas"),
    "youth": ("young people", "jeunes", "jóvenes"),
    "other": ("religious and traditional leaders", "leaders religieux et communautaires", "líderes religiosos y comunitarios"),
    "business": ("business representatives", "représentants des entreprises", "representantes de empresas"),
    "un_international": ("UN country team members", "membres de l'équipe de pays des Nations Unies",
                         "miembros del equipo de país de las Naciones Unidas"),
    "academia": ("law students", "étudiants en droit", "estudiantes de derecho"),
    "indigenous_peoples": ("members of indigenous communities", "membres des communautés autochtones",
                           "integrantes de comunidades indígenas"),
    "general_public": ("community members", "membres des communautés", "miembros de la comunidad"),
    "military_security": ("members of the armed forces", "militaires", "miembros de las fuerzas militares"),
}

PARTNERS = {
    "fr": ("Ministère de la Justice", "Institution nationale indépendante des droits humains", "Union européenne",
           "UNFPA", "UNICEF", "PNUD", "Avocats sans frontières", "Organisation internationale de la Francophonie",
           "Barreau", "Association des femmes juristes", "ONU Femmes"),
    "es": ("Defensoría del Pueblo", "Fiscalía General de la Nación", "Unión Europea", "ONU Mujeres", "ACNUR",
           "Procuraduría General", "Comisión de la Verdad", "Agencia Española de Cooperación"),
    "en": ("Ministry of Justice", "Human Rights Commission", "European Union", "UNDP", "UN Women", "UNICEF",
           "Legal Aid Board", "Bar Association", "Peacebuilding Fund", "UNFPA"),
}

FUNDING = ("Regular budget", "European Union", "Peacebuilding Fund", "Government of Germany",
           "Government of Norway", "UN Human Rights voluntary contributions", "Spotlight Initiative")

METHODOLOGIES = ("Participatory: case studies, role plays and group work",
                 "Training of trainers with practical exercises",
                 "Presentations, moot court and field visit",
                 "Interactive sessions based on the OHCHR training manual")

NARRATIVES = {
    "list": (
        "OHCHR, in partnership with {partner}, brought together {n} {audience} in {place} on {topic}. "
        "Sessions covered the relevant international standards, the recommendations of human rights mechanisms "
        "to {country} and practical tools for their daily work.",
        "At the request of {partner}, the Office organized this activity on {topic} for {n} {audience} from "
        "{place} and surrounding areas. Participants reviewed case studies, shared challenges and agreed on "
        "follow-up actions.",
    ),
    "mission": (
        "OHCHR deployed a team to {place} to monitor the human rights situation regarding {topic}. "
        "The team met local authorities, {partner}, civil society and affected communities, and visited "
        "places of detention.",
    ),
    "assistance": (
        "OHCHR provided technical assistance to {partner} on {topic}, including written comments on draft texts "
        "to align them with international human rights standards.",
    ),
    "campaign": (
        "Leading a human rights campaign on {topic} with {partner}, OHCHR reached out to {reach} beneficiaries in "
        "{localities} localities through community radio, theatre and door-to-door discussions.",
    ),
    "publication": (
        "OHCHR produced and distributed a practical guide on {topic}, prepared with {partner}, in French and "
        "national languages.",
    ),
}

OUTCOMES = (
    "Participants adopted a roadmap with concrete follow-up actions.",
    "The authorities committed to review the practices identified.",
    "A network of focal points was established to monitor and report on violations.",
    "The interministerial committee included the recommendations in its follow-up plan.",
    "Cases documented during the mission were followed up with the competent authorities.",
    "",
)

# -- recommendations -----------------------------------------------------------------------

REC_TEXTS = {
    "investigation": "Ensure that all allegations of human rights violations by security forces are promptly, "
                     "impartially and effectively investigated and that perpetrators are prosecuted.",
    "torture": "Establish an independent national preventive mechanism with unimpeded access to all places of "
               "deprivation of liberty, and improve conditions of detention.",
    "fgm": "Strengthen the enforcement of the prohibition of female genital mutilation and of child marriage, "
           "and conduct awareness-raising campaigns with traditional and religious leaders.",
    "sgbv": "Ensure access to justice, medical care and psychosocial support for victims of sexual and "
            "gender-based violence, and train police and judicial officers accordingly.",
    "civic_space": "Guarantee a safe and enabling environment for human rights defenders and investigate all "
                   "threats and attacks against them.",
    "journalists": "Decriminalize press offences and ensure that journalists can work without fear of reprisal.",
    "elections": "Respect and protect the rights to freedom of peaceful assembly and of expression before, during "
                 "and after elections.",
    "sdg_data": "Collect data disaggregated by sex, age, disability and other grounds to monitor progress towards "
                "the Sustainable Development Goals.",
    "follow_up": "Strengthen the national mechanism for implementation, reporting and follow-up, and ensure the "
                 "participation of civil society.",
    "migrants": "Ensure that border governance measures respect the human rights of all migrants, including the "
                "principle of non-refoulement.",
    "business": "Adopt a national action plan on business and human rights and ensure remedies for communities "
                "affected by extractive projects.",
    "disability": "Adopt measures to ensure the inclusion of persons with disabilities in education, employment "
                  "and public life.",
    "climate": "Integrate human rights in climate policies and ensure the meaningful participation of affected "
               "communities.",
    "indigenous": "Guarantee the right of indigenous peoples to free, prior and informed consultation on measures "
                  "affecting their lands and territories.",
    "transitional": "Ensure truth, justice, reparation and guarantees of non-recurrence for victims of past "
                    "violations, and search for disappeared persons.",
    "escr": "Increase budget allocations to health and education and ensure free access to primary education.",
    "hate_speech": "Adopt measures to prevent and combat hate speech and incitement to discrimination.",
}

UPR_STATES = ("France", "Senegal", "Mexico", "Germany", "Brazil", "Côte d'Ivoire", "Norway", "Chile",
              "Portugal", "Sierra Leone", "Canada", "Tunisia", "Uruguay", "Japan")

TREATY_SYMBOL_PREFIX = {"cerd": "CERD/C", "ccpr": "CCPR/C", "cescr": "E/C.12", "cedaw": "CEDAW/C",
                        "cat": "CAT/C", "crc": "CRC/C", "cmw": "CMW/C", "crpd": "CRPD/C", "ced": "CED/C"}

SPECIAL_PROCEDURES = (
    "Special Rapporteur on the situation of human rights defenders",
    "Special Rapporteur on the rights of indigenous peoples",
    "Special Rapporteur on the human rights of migrants",
    "Working Group on Business and Human Rights",
    "Special Rapporteur on the promotion and protection of human rights in the context of climate change",
    "Special Rapporteur on the promotion of truth, justice, reparation and guarantees of non-recurrence",
)
