"""Country names that pycountry's French and Spanish catalogues get wrong or write awkwardly
("Costa de Marfíl", "Burquina Faso", inverted official names such as "Russie, Fédération de").

Names follow the United Nations terminology (UNTERM) in their short form, consistent with the
English names HRDesk shows.  Everything not listed comes from pycountry's catalogues.
"""

from __future__ import annotations

OVERRIDES: dict[str, dict[str, str]] = {
    "fr": {
        "ALA": "Îles d'Åland",
        "BOL": "Bolivie",
        "CCK": "Îles Cocos (Keeling)",
        "COD": "République démocratique du Congo",
        "COG": "Congo",
        "CXR": "Île Christmas",
        "FLK": "Îles Falkland (Malvinas)",
        "FSM": "Micronésie (États fédérés de)",
        "GNQ": "Guinée équatoriale",
        "GRL": "Groenland",
        "IRQ": "Iraq",
        "MAC": "Macao",
        "MDA": "République de Moldova",
        "MMR": "Myanmar",
        "PSE": "État de Palestine",
        "REU": "La Réunion",
        "RUS": "Fédération de Russie",
        "SLB": "Îles Salomon",
        "SLV": "El Salvador",
        "SUR": "Suriname",
        "TLS": "Timor-Leste",
        "TUR": "Türkiye",
        "VAT": "Saint-Siège",
        "VEN": "Venezuela",
        "VGB": "Îles Vierges britanniques",
        "VIR": "Îles Vierges américaines",
        "VNM": "Viet Nam",
    },
    "es": {
        "ALA": "Islas Åland",
        "BES": "Bonaire, San Eustaquio y Saba",
        "BFA": "Burkina Faso",
        "BGD": "Bangladesh",
        "BHR": "Bahrein",
        "BLR": "Belarús",
        "BMU": "Bermudas",
        "BOL": "Bolivia",
        "BWA": "Botswana",
        "CIV": "Côte d'Ivoire",
        "COD": "República Democrática del Congo",
        "COM": "Comoras",
        "DJI": "Djibouti",
        "FSM": "Micronesia (Estados Federados de)",
        "GNB": "Guinea-Bissau",
        "IRQ": "Iraq",
        "KEN": "Kenya",
        "LAO": "Laos",
        "LSO": "Lesotho",
        "MDA": "República de Moldova",
        "MDV": "Maldivas",
        "MMR": "Myanmar",
        "MWI": "Malawi",
        "PSE": "Estado de Palestina",
        "QAT": "Qatar",
        "RUS": "Federación de Rusia",
        "RWA": "Rwanda",
        "SAU": "Arabia Saudita",
        "SUR": "Suriname",
        "SWZ": "Eswatini",
        "TLS": "Timor-Leste",
        "TUN": "Túnez",
        "TUR": "Türkiye",
        "VAT": "Santa Sede",
        "VGB": "Islas Vírgenes Británicas",
        "VIR": "Islas Vírgenes de los Estados Unidos",
        "VNM": "Viet Nam",
        "ZWE": "Zimbabwe",
    },
}


# "in <country>" in French needs the right preposition and article: en Guinée, au Mali,
# aux Comores, à Madagascar.  Rules: plural names take "aux", feminine names and names
# starting with a vowel "en", island and city states "à", other masculine names "au".
FR_PLURAL = frozenset({
    "BHS", "COM", "ARE", "USA", "FJI", "MDV", "MHL", "NLD", "PHL", "SLB", "SYC", "TON", "WSM",
    "CYM", "COK", "FRO", "VGB", "VIR", "TCA", "MNP", "UMI", "CCK", "FLK", "ASM", "BMU", "TKL",
})
FR_A = frozenset({
    "MDG", "CUB", "HTI", "MUS", "MLT", "CYP", "SGP", "BHR", "LKA", "MCO", "SMR", "STP", "DJI",
    "OMN", "NRU", "TUV", "KIR", "VUT", "BRN", "TTO", "LCA", "KNA", "VCT", "ATG", "PLW", "TWN",
    "HKG", "MAC", "GUM", "PRI", "JEY", "GGY", "IMN", "BRB", "GRD", "DMA", "REU", "MYT", "CUW",
    "ABW", "BES", "GIB", "MSR", "AIA", "NIU", "WLF", "BLM", "MAF", "SXM", "SPM", "SHN",
})
FR_MASCULINE_E = frozenset({"MEX", "KHM", "MOZ", "ZWE", "BLZ", "SUR", "VAT", "TLS", "GBR"})
FR_IN_OVERRIDES = {
    "BRB": "à la Barbade", "GRD": "à la Grenade", "DMA": "à la Dominique", "REU": "à La Réunion",
    "PSE": "dans l'État de Palestine", "SLV": "en El Salvador", "JAM": "en Jamaïque",
    "ISR": "en Israël", "IMN": "sur l'île de Man", "IOT": "dans le Territoire britannique de l'océan Indien",
    "ATF": "dans les Terres australes françaises", "ALA": "aux îles d'Åland",
    "BVT": "sur l'île Bouvet", "CXR": "sur l'île Christmas", "NFK": "sur l'île Norfolk",
    "HMD": "aux îles Heard-et-MacDonald", "PCN": "aux îles Pitcairn", "VAT": "au Saint-Siège",
    "SGS": "en Géorgie du Sud-et-les îles Sandwich du Sud", "SJM": "au Svalbard et à Jan Mayen",
}
