#!/usr/bin/env python3
"""Builds extractor/models/gazetteers/gazetteer.tsv, the NER tagger's gazetteer.

Sources (open licences; attribution in extractor/models/gazetteers/LICENSE.md):
  - Debian's iso-codes (/usr/share/iso-codes/json, LGPL-2.1+): ISO 3166-1 country names and
    codes, ISO 3166-2 subdivision names.
  - GeoNames cities with population >= 1000 and admin1 names (../shared/data/geonames-cities,
    CC BY 4.0): city names with country and population.
  - WikiANN English train (../shared/data/wikiann_en; Pan et al. 2017; Wikipedia text, CC BY-SA,
    dataset licence unstated: research use): names linked as people, organisations and places.
  - Lists written for this project (below): demonyms, religious and political groups
    (NORP), regions and continents, organisation, facility, location, event and law heads,
    person titles, common given names. Facts, not copied text.

Output: one entry per line, tab-separated, sorted, with a version header:
    # newsgraph-gazetteer 1
    phrase<TAB>kind<TAB>country<TAB>population<TAB>canonical
  phrase     the surface form, tokens separated by single spaces, as written (case kept)
  kind       country | subdivision | city | region | demonym | norp | given_name |
             org_head | fac_head | loc_head | event_head | law_head | title |
             wiki_person | wiki_org | wiki_place
  country    ISO 3166-1 alpha-2 code or "-"
  population GeoNames population for cities, else 0
  canonical  the name the phrase stands for ("Canadian" -> "Canada"), else the phrase

Usage: python3 tools/build_gazetteers.py [--shared ../shared] [--out extractor/models/gazetteers]
Deterministic: the same inputs give the same bytes.
"""
import argparse
import gzip
import json
import os
import re
import sys

# Country demonyms: alpha-2 -> (adjective / singular, plural, ...). Common news usage.
DEMONYMS = {
    "AF": ["Afghan", "Afghans"], "AL": ["Albanian", "Albanians"], "DZ": ["Algerian", "Algerians"],
    "AO": ["Angolan", "Angolans"], "AR": ["Argentine", "Argentinian", "Argentines", "Argentinians"],
    "AM": ["Armenian", "Armenians"], "AU": ["Australian", "Australians", "Aussie"],
    "AT": ["Austrian", "Austrians"], "AZ": ["Azerbaijani", "Azeri", "Azerbaijanis", "Azeris"],
    "BH": ["Bahraini", "Bahrainis"], "BD": ["Bangladeshi", "Bangladeshis"],
    "BY": ["Belarusian", "Belarusians"], "BE": ["Belgian", "Belgians"], "BJ": ["Beninese"],
    "BO": ["Bolivian", "Bolivians"], "BA": ["Bosnian", "Bosnians"], "BR": ["Brazilian", "Brazilians"],
    "BG": ["Bulgarian", "Bulgarians"], "BF": ["Burkinabe"], "BI": ["Burundian", "Burundians"],
    "KH": ["Cambodian", "Cambodians"], "CM": ["Cameroonian", "Cameroonians"],
    "CA": ["Canadian", "Canadians"], "TD": ["Chadian", "Chadians"], "CL": ["Chilean", "Chileans"],
    "CN": ["Chinese"], "CO": ["Colombian", "Colombians"], "CG": ["Congolese"], "CD": ["Congolese"],
    "CR": ["Costa Rican", "Costa Ricans"], "HR": ["Croatian", "Croat", "Croatians", "Croats"],
    "CU": ["Cuban", "Cubans"], "CY": ["Cypriot", "Cypriots"], "CZ": ["Czech", "Czechs"],
    "DK": ["Danish", "Dane", "Danes"], "DO": ["Dominican", "Dominicans"],
    "EC": ["Ecuadorian", "Ecuadorean", "Ecuadorians"], "EG": ["Egyptian", "Egyptians"],
    "SV": ["Salvadoran", "Salvadorans"], "ER": ["Eritrean", "Eritreans"],
    "EE": ["Estonian", "Estonians"], "ET": ["Ethiopian", "Ethiopians"], "FJ": ["Fijian", "Fijians"],
    "FI": ["Finnish", "Finn", "Finns"], "FR": ["French", "Frenchman", "Frenchmen"],
    "GA": ["Gabonese"], "GM": ["Gambian", "Gambians"], "GE": ["Georgian", "Georgians"],
    "DE": ["German", "Germans"], "GH": ["Ghanaian", "Ghanaians"], "GR": ["Greek", "Greeks"],
    "GT": ["Guatemalan", "Guatemalans"], "GN": ["Guinean", "Guineans"], "HT": ["Haitian", "Haitians"],
    "HN": ["Honduran", "Hondurans"], "HK": ["Hong Konger", "Hong Kongers"],
    "HU": ["Hungarian", "Hungarians"], "IS": ["Icelandic", "Icelander", "Icelanders"],
    "IN": ["Indian", "Indians"], "ID": ["Indonesian", "Indonesians"], "IR": ["Iranian", "Iranians"],
    "IQ": ["Iraqi", "Iraqis"], "IE": ["Irish", "Irishman"], "IL": ["Israeli", "Israelis"],
    "IT": ["Italian", "Italians"], "CI": ["Ivorian", "Ivorians"], "JM": ["Jamaican", "Jamaicans"],
    "JP": ["Japanese"], "JO": ["Jordanian", "Jordanians"], "KZ": ["Kazakh", "Kazakhs", "Kazakhstani"],
    "KE": ["Kenyan", "Kenyans"], "KW": ["Kuwaiti", "Kuwaitis"], "KG": ["Kyrgyz"],
    "LA": ["Lao", "Laotian", "Laotians"], "LV": ["Latvian", "Latvians"],
    "LB": ["Lebanese"], "LR": ["Liberian", "Liberians"], "LY": ["Libyan", "Libyans"],
    "LT": ["Lithuanian", "Lithuanians"], "LU": ["Luxembourgish", "Luxembourger"],
    "MK": ["Macedonian", "Macedonians"], "MG": ["Malagasy"], "MW": ["Malawian", "Malawians"],
    "MY": ["Malaysian", "Malaysians"], "ML": ["Malian", "Malians"], "MT": ["Maltese"],
    "MR": ["Mauritanian", "Mauritanians"], "MX": ["Mexican", "Mexicans"],
    "MD": ["Moldovan", "Moldovans"], "MN": ["Mongolian", "Mongolians"],
    "ME": ["Montenegrin", "Montenegrins"], "MA": ["Moroccan", "Moroccans"],
    "MZ": ["Mozambican", "Mozambicans"], "MM": ["Burmese", "Myanmar"], "NA": ["Namibian", "Namibians"],
    "NP": ["Nepali", "Nepalese"], "NL": ["Dutch", "Dutchman"], "NZ": ["New Zealander", "New Zealanders", "Kiwi", "Kiwis"],
    "NI": ["Nicaraguan", "Nicaraguans"], "NE": ["Nigerien"], "NG": ["Nigerian", "Nigerians"],
    "KP": ["North Korean", "North Koreans"], "NO": ["Norwegian", "Norwegians"], "OM": ["Omani", "Omanis"],
    "PK": ["Pakistani", "Pakistanis"], "PS": ["Palestinian", "Palestinians"],
    "PA": ["Panamanian", "Panamanians"], "PG": ["Papua New Guinean"], "PY": ["Paraguayan", "Paraguayans"],
    "PE": ["Peruvian", "Peruvians"], "PH": ["Filipino", "Filipinos", "Philippine"],
    "PL": ["Polish", "Pole", "Poles"], "PT": ["Portuguese"], "PR": ["Puerto Rican", "Puerto Ricans"],
    "QA": ["Qatari", "Qataris"], "RO": ["Romanian", "Romanians"], "RU": ["Russian", "Russians"],
    "RW": ["Rwandan", "Rwandans"], "SA": ["Saudi", "Saudis", "Saudi Arabian"],
    "SN": ["Senegalese"], "RS": ["Serbian", "Serb", "Serbs", "Serbians"],
    "SL": ["Sierra Leonean", "Sierra Leoneans"], "SG": ["Singaporean", "Singaporeans"],
    "SK": ["Slovak", "Slovaks", "Slovakian"], "SI": ["Slovenian", "Slovene", "Slovenes"],
    "SO": ["Somali", "Somalis"], "ZA": ["South African", "South Africans"],
    "KR": ["South Korean", "South Koreans"], "SS": ["South Sudanese"], "ES": ["Spanish", "Spaniard", "Spaniards"],
    "LK": ["Sri Lankan", "Sri Lankans"], "SD": ["Sudanese"], "SE": ["Swedish", "Swede", "Swedes"],
    "CH": ["Swiss"], "SY": ["Syrian", "Syrians"], "TW": ["Taiwanese"], "TJ": ["Tajik", "Tajiks"],
    "TZ": ["Tanzanian", "Tanzanians"], "TH": ["Thai", "Thais"], "TG": ["Togolese"],
    "TN": ["Tunisian", "Tunisians"], "TR": ["Turkish", "Turk", "Turks"],
    "TM": ["Turkmen"], "UG": ["Ugandan", "Ugandans"], "UA": ["Ukrainian", "Ukrainians"],
    "AE": ["Emirati", "Emiratis"], "GB": ["British", "Briton", "Britons", "Brit", "Brits"],
    "US": ["American", "Americans"], "UY": ["Uruguayan", "Uruguayans"],
    "UZ": ["Uzbek", "Uzbeks"], "VE": ["Venezuelan", "Venezuelans"], "VN": ["Vietnamese"],
    "YE": ["Yemeni", "Yemenis"], "ZM": ["Zambian", "Zambians"], "ZW": ["Zimbabwean", "Zimbabweans"],
}
# Nations within states and other national adjectives without an ISO country of their own.
SUBNATIONAL_DEMONYMS = {
    "GB": ["English", "Englishman", "Scottish", "Scot", "Scots", "Welsh", "Northern Irish"],
    "ES": ["Catalan", "Catalans", "Basque", "Basques"],
    "-": ["Kurdish", "Kurd", "Kurds", "Tamil", "Tamils", "Arab", "Arabs", "Arabian", "Persian",
          "Pashtun", "Uighur", "Uyghur", "Uighurs", "Uyghurs", "Tibetan", "Tibetans", "Chechen", "Chechens",
          "Hutu", "Hutus", "Tutsi", "Tutsis", "Roma", "Berber", "Bedouin", "Maori", "Aboriginal",
          "Latino", "Latinos", "Latina", "Hispanic", "Hispanics", "Slav", "Slavic", "Balkan", "Baltic",
          "Nordic", "Scandinavian", "Scandinavians", "Soviet", "Soviets", "Yugoslav", "Zulu", "Flemish", "Walloon"],
}
# Regional, religious and political groups (OntoNotes NORP).
NORP = ["Western", "Eastern", "European", "Europeans", "African", "Africans", "Asian", "Asians",
        "Latin American", "Latin Americans", "Middle Eastern", "North American", "South American",
        "Caribbean", "Pacific", "Atlantic", "Mediterranean", "Central American", "Southeast Asian",
        "Christian", "Christians", "Muslim", "Muslims", "Moslem", "Moslems", "Islamic", "Islamist",
        "Islamists", "Jewish", "Jew", "Jews", "Catholic", "Catholics", "Protestant", "Protestants",
        "Orthodox", "Buddhist", "Buddhists", "Hindu", "Hindus", "Sikh", "Sikhs", "Shia", "Shiite",
        "Shiites", "Shi'ite", "Sunni", "Sunnis", "Evangelical", "Evangelicals", "Mormon", "Mormons",
        "Anglican", "Lutheran", "Methodist", "Baptist", "Zionist",
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Communist", "Communists",
        "Socialist", "Socialists", "Conservative", "Conservatives", "Labour", "Liberal", "Liberals",
        "Tory", "Tories", "Marxist", "Maoist", "Maoists", "Nazi", "Nazis", "Fascist", "Green", "Greens",
        "Bolshevik", "Taliban", "Gaullist", "Peronist", "Chavista"]
REGIONS = ["Europe", "Asia", "Africa", "North America", "South America", "Latin America",
           "Central America", "Middle East", "Near East", "Far East", "Antarctica", "Oceania",
           "Arctic", "Antarctic", "Balkans", "Caucasus", "Scandinavia", "Siberia", "Sahara",
           "Sahel", "Gulf", "Persian Gulf", "West Bank", "Gaza Strip", "Gaza", "Kashmir",
           "Southeast Asia", "South Asia", "East Asia", "Central Asia", "Western Europe",
           "Eastern Europe", "Asia-Pacific", "Horn of Africa", "Mediterranean", "Pacific",
           "Atlantic", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Black Sea", "Red Sea",
           "Baltic Sea", "North Sea", "South China Sea", "Caribbean", "Amazon", "Himalayas",
           "Alps", "Andes", "Rockies", "Nile", "Danube", "Rhine", "Yangtze", "Mississippi River",
           "Suez Canal", "Panama Canal", "Golan Heights", "Korean Peninsula", "Crimea", "Donbas",
           "Maghreb", "Levant", "Indo-Pacific", "Sub-Saharan Africa", "South Pacific"]
# Parts of continents named by a compass point ("West Africa", "Northern Europe", "Northeast
# Asia"): regions (LOC); "South Africa" is a country.
REGIONS += [f"{point} {continent}"
            for point in ("North", "South", "East", "West", "Central", "Northern", "Southern",
                          "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest")
            for continent in ("Africa", "Asia", "Europe")
            if f"{point} {continent}" not in REGIONS + ["South Africa"]]
ORG_HEADS = ["Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "AG",
             "SA", "S.A.", "NV", "N.V.", "GmbH", "SpA", "Group", "Holdings", "Bank", "Bancorp",
             "Ministry", "University", "College", "Institute", "Institution", "Association",
             "Council", "Committee", "Commission", "Party", "Agency", "Department", "Federation",
             "Union", "Authority", "Court", "Parliament", "Assembly", "Congress", "Senate",
             "Foundation", "Company", "Corporation", "Airlines", "Airways", "Motors", "Securities",
             "Fund", "Club", "Church", "School", "Hospital", "Times", "News", "Post", "Journal",
             "Police", "Army", "Navy", "Force", "Forces", "Office", "Board", "Bureau", "Service",
             "Services", "Exchange", "Organisation", "Organization", "Network", "Systems",
             "Technologies", "Technology", "Partners", "Capital", "Investments", "Energy",
             "Petroleum", "Oil", "Telecom", "Communications", "Media", "Press", "Industries",
             "International", "Trust", "Society", "Alliance", "Coalition", "Front", "Movement",
             "Brigade", "Brigades", "Guard", "Reserve", "Administration", "Cabinet", "Chamber",
             "Team", "United", "FC", "Rangers", "Athletic", "Pharmaceuticals", "Insurance",
             "Airport Authority", "Broadcasting", "Television", "Radio", "Magazine", "Herald",
             "Tribune", "Gazette", "Daily", "Review", "Labs", "Laboratories", "Consulting",
             "Electric", "Steel", "Mining", "Resources", "Railways", "Railway", "Lines", "Stores"]
FAC_HEADS = ["Airport", "Bridge", "Stadium", "Arena", "Hall", "Tower", "Towers", "Palace",
             "Square", "Station", "Hotel", "Museum", "Center", "Centre", "Building", "Cathedral",
             "Temple", "Mosque", "Synagogue", "Castle", "Prison", "Jail", "Dam", "Tunnel",
             "Highway", "Motorway", "Street", "Avenue", "Road", "Boulevard", "Plaza", "Park",
             "Gardens", "Pier", "Port", "Harbour", "Harbor", "Base", "Embassy", "Consulate",
             "Library", "Theatre", "Theater", "Gallery", "Monument", "Memorial", "Mall", "Terminal",
             "House", "Field", "Garden", "Ground", "Canal", "Pentagon", "Kremlin", "Oval"]
LOC_HEADS = ["River", "Mountain", "Mountains", "Mount", "Mt.", "Lake", "Sea", "Ocean", "Gulf",
             "Bay", "Island", "Islands", "Isles", "Valley", "Desert", "Peninsula", "Strait",
             "Straits", "Coast", "Basin", "Plateau", "Forest", "Delta", "Cape", "Glacier",
             "Volcano", "Canyon", "Archipelago", "Region", "Reef", "Hills", "Falls", "Shoal", "Shoals",
             "Atoll", "Lagoon"]
EVENT_HEADS = ["War", "Cup", "Championship", "Championships", "Olympics", "Olympic Games", "Games",
               "Summit", "Open", "Tour", "Prix", "Festival", "Conference", "Election", "Elections",
               "Crisis", "Revolution", "Marathon", "Series", "Bowl", "Forum", "Expo", "Fair",
               "Massacre", "Uprising", "Rebellion", "Spring", "Holocaust", "Derby", "Classic",
               "Grand Slam", "Tournament", "Trophy", "Summit", "Congress", "Talks",
               "Invasion", "Attack", "Attacks", "Bombing", "Battle", "Storm", "Hurricane",
               "Typhoon", "Earthquake", "Pandemic", "Day", "Week", "Year", "Christmas", "Easter",
               "Ramadan", "Eid", "Thanksgiving", "Hanukkah", "Diwali", "Brexit"]
LAW_HEADS = ["Act", "Treaty", "Constitution", "Amendment", "Accord", "Accords", "Agreement",
             "Convention", "Protocol", "Charter", "Bill", "Law", "Code", "Resolution", "Directive",
             "Regulation", "Pact", "Declaration", "Doctrine"]
TITLES = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame",
          "Lord", "Lady", "President", "Prime Minister", "Premier", "Chancellor", "Minister",
          "Secretary", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor",
          "King", "Queen", "Prince", "Princess", "Emperor", "Pope", "Cardinal", "Bishop",
          "Archbishop", "Rabbi", "Imam", "Sheikh", "General", "Gen.", "Colonel", "Col.", "Major",
          "Maj.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral", "Adm.",
          "Judge", "Justice", "Ambassador", "Chairman", "Chairwoman", "Chief", "Director",
          "Commissioner", "Spokesman", "Spokeswoman", "Coach", "Father", "Sister", "Brother",
          "Saint", "St.", "Vice President", "Deputy", "Speaker", "Leader", "Chief Executive", "CEO"]
# Common given names across languages seen in international news (public knowledge).
GIVEN_NAMES = """
Aaron Abdul Abdullah Adam Adrian Ahmad Ahmed Alan Albert Alberto Alejandro Alex Alexander Alexandra
Alexei Alexis Alfred Ali Alice Alicia Alison Amanda Amy Ana Anders Andrea Andreas Andrei Andrew Andrzej
Angela Angelo Anna Anne Anthony Antonio Arnold Arthur Ashley Barack Barbara Benjamin Bernard Bill
Bob Boris Brian Bruce Carl Carlos Carol Caroline Catherine Charles Charlie Chris Christian Christina
Christine Christopher Claire Claude Claudia Daniel Daniela Danny David Deborah Dennis Diana Diego
Dmitry Dominic Donald Dong Edward Elena Elizabeth Emily Emma Emmanuel Eric Erik Eva Fernando Francesco
Francis Francisco Frank Franz Fred Gary George Georg Gerhard Giorgio Giovanni Giuseppe Gordon Graham
Greg Gregory Hans Harold Harry Hassan Heinz Helen Helmut Henri Henry Hillary Hiroshi Hugo Hussein Ian
Igor Ibrahim Isabel Ivan Jack Jacob Jacques James Jan Jane Janet Jason Javier Jean Jeff Jeffrey
Jennifer Jens Jerry Jessica Jim Jimmy Joan Joe Johan Johann Johannes John Jonathan Jorge Jose José
Joseph Juan Julia Julian Julie Jürgen Karen Karl Kate Katherine Kathleen Kelly Ken Kenneth Kevin Kim
Klaus Kurt Larry Laura Lars Laurent Lee Leonid Li Linda Lisa Liu Louis Lucas Luis Luca Maria Marie
Mario Mark Martin Mary Matthew Maurice Michael Michel Michelle Miguel Mikhail Mohamed Mohammad
Mohammed Muhammad Nancy Natalia Nathan Nicholas Nick Nicolas Nikolai Oleg Olga Oliver Omar Pablo
Patricia Patrick Paul Paolo Pedro Peter Philip Philippe Pierre Rachel Rafael Ralph Raymond Rebecca
Richard Robert Roberto Roger Ronald Rudolf Ryan Sam Samuel Sandra Sarah Scott Sergei Sergey Sharon
Simon Stefan Stephen Steve Steven Susan Tatiana Thomas Tim Timothy Tom Tony Vladimir Walter Wang
Werner William Wolfgang Xavier Yasser Yuri Zhang Viktor Volodymyr Emmanuel Narendra Recep Justin
Jair Olaf Keir Rishi Kamala Joe Xi Mette Pedro Giorgia Ursula Antony Benjamin Jens Jacinda Shinzo
Fumio Yoon Moon Kishida Sanna Ilham Nicolás Gustavo Luiz Andrés Javier Cyril Abiy Paul William Uhuru
""".split()


def phrase(name):
    """Splits a name into the space-separated tokens a PTB tokenizer would give (roughly)."""
    name = name.strip()
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"(\w)'s\b", r"\1 's", name)
    return name


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    ap.add_argument("--iso", default="/usr/share/iso-codes/json")
    ap.add_argument("--out", default=os.path.join(here, "..", "extractor", "models", "gazetteers"))
    args = ap.parse_args()
    if not os.path.isdir(args.shared):
        args.shared = os.path.join(here, "..", "..", "shared")
    rows = set()

    def add(p, kind, country="-", pop=0, canonical=None):
        p = phrase(p)
        if not p or "\t" in p or "(" in p or "," in p:
            return
        rows.add((p, kind, country, int(pop), phrase(canonical) if canonical else p))

    countries = json.load(open(os.path.join(args.iso, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    country_name = {}
    for c in countries:
        a2 = c["alpha_2"]
        canon = c.get("common_name") or c["name"]
        if "," in canon:
            continue
        country_name[a2] = canon
        for key in ("name", "common_name", "official_name"):
            if key in c:
                add(c[key], "country", a2, 0, canon)
    extra_country_names = {
        "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
        "GB": ["Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland"],
        "RU": ["Russia"], "KR": ["Korea", "South Korea"], "KP": ["North Korea"], "IR": ["Iran"],
        "SY": ["Syria"], "VN": ["Vietnam"], "LA": ["Laos"], "TW": ["Taiwan"], "VE": ["Venezuela"],
        "BO": ["Bolivia"], "TZ": ["Tanzania"], "MD": ["Moldova"], "CZ": ["Czech Republic", "Czechia"],
        "CD": ["Congo", "Democratic Republic of Congo", "DR Congo", "DRC"], "CG": ["Congo"],
        "CI": ["Ivory Coast"], "MK": ["Macedonia"], "NL": ["Holland"], "PS": ["Palestine"],
        "AE": ["UAE", "United Arab Emirates"], "VA": ["Vatican", "Holy See"], "MM": ["Myanmar", "Burma"],
        "TR": ["Turkey", "Türkiye"], "SZ": ["Swaziland"], "CV": ["Cape Verde"], "BN": ["Brunei"],
        "FM": ["Micronesia"],
    }
    for a2, names in extra_country_names.items():
        canon = country_name.get(a2, names[0])
        if a2 == "US":
            canon = "United States"
        if a2 == "GB":
            canon = "United Kingdom"
        for n in names:
            add(n, "country", a2, 0, canon if n not in ("England", "Scotland", "Wales", "Northern Ireland") else n)
    # Historic countries (ISO 3166-3): Soviet Union, Yugoslavia, ...
    for c in json.load(open(os.path.join(args.iso, "iso_3166-3.json"), encoding="utf-8"))["3166-3"]:
        add(c["name"], "country", "-", 0, c["name"])
    for c in json.load(open(os.path.join(args.iso, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
        a2 = c["code"][:2]
        name = re.sub(r"\s*\[.*\]$", "", c["name"])
        add(name, "subdivision", a2, 0, name)
    admin1 = os.path.join(args.shared, "data", "geonames-cities", "admin1.json")
    for a in json.load(open(admin1, encoding="utf-8")):
        add(a["name"], "subdivision", a["code"][:2], 0, a["name"])
    cities = os.path.join(args.shared, "data", "geonames-cities", "cities1000.tsv.gz")
    with gzip.open(cities, "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {n: i for i, n in enumerate(header)}
        for line in f:
            v = line.rstrip("\n").split("\t")
            if len(v) < len(header):
                continue
            pop = int(v[col["population"]] or 0)
            code = v[col["feature_code"]]
            if pop < 15000 and code not in ("PPLC", "PPLA"):
                continue
            add(v[col["name"]], "city", v[col["country"]], pop, v[col["name"]])
    for a2, names in DEMONYMS.items():
        for n in names:
            add(n, "demonym", a2, 0, country_name.get(a2, a2) if a2 != "US" else "United States")
    for a2, names in SUBNATIONAL_DEMONYMS.items():
        for n in names:
            add(n, "demonym", a2, 0, n)
    for n in NORP:
        add(n, "norp")
    for n in REGIONS:
        add(n, "region")
    for kind, names in (("org_head", ORG_HEADS), ("fac_head", FAC_HEADS), ("loc_head", LOC_HEADS),
                        ("event_head", EVENT_HEADS), ("law_head", LAW_HEADS), ("title", TITLES),
                        ("given_name", GIVEN_NAMES)):
        for n in names:
            add(n, kind)
    # Names of people, organisations and places linked in Wikipedia (WikiANN English train,
    # Pan et al. 2017): multi-word or seen twice, and given names (first words of person names
    # seen at least 3 times).
    wikiann = os.path.join(args.shared, "data", "wikiann_en", "train")
    if os.path.exists(wikiann):
        import collections
        names = collections.Counter()
        firsts = collections.Counter()
        words, tags = [], []

        def flush():
            cur = None
            for w, t in list(zip(words, tags)) + [("", "O")]:
                if t.startswith("B-") or t == "O" or (t.startswith("I-") and (cur is None or cur[1] != t[2:])):
                    if cur:
                        names[(" ".join(cur[0]), cur[1])] += 1
                        if cur[1] == "PER" and len(cur[0]) >= 2:
                            firsts[cur[0][0]] += 1
                    cur = [[w], t[2:]] if t != "O" else None
                else:
                    cur[0].append(w)
            words.clear()
            tags.clear()

        with open(wikiann, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    flush()
                    continue
                w, t = line.split("\t")[:2]
                words.append(w[3:] if w.startswith("en:") else w)
                tags.append(t)
        flush()
        kinds = {"PER": "wiki_person", "ORG": "wiki_org", "LOC": "wiki_place"}
        for (name, typ), count in names.items():
            if not re.match(r"^[A-Z]", name) or len(name) < 2:
                continue
            if " " in name or count >= 2:
                add(name, kinds[typ])
        for w, count in firsts.items():
            if count >= 3 and re.match(r"^[A-Z][a-z]+$", w):
                add(w, "given_name")
    os.makedirs(args.out, exist_ok=True)
    out = os.path.join(args.out, "gazetteer.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# newsgraph-gazetteer 1\n")
        for r in sorted(rows):
            f.write("%s\t%s\t%s\t%d\t%s\n" % r)
    print("build_gazetteers: %d entries -> %s" % (len(rows), out), file=sys.stderr)


if __name__ == "__main__":
    main()
