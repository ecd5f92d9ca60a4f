//! Dutch expressions and their EDTF, traps included.

use crate::support::{Row, check, check_spans};

const FULL_DATES: &[Row] = &[
    ("Hij werd geboren op 30 december 1890 in Elsene.", &["1890-12-30"]),
    ("Op 1 mei 1886 staakten de arbeiders.", &["1886-05-01"]),
    ("De brief is gedateerd 12 nov. 1862.", &["1862-11-12"]),
    ("De brief is gedateerd 12 nov 1862.", &["1862-11-12"]),
    ("Op 3 sept. 1939 verklaarde men de oorlog.", &["1939-09-03"]),
    ("Op 7 okt. 1917 vertrok hij.", &["1917-10-07"]),
    ("Op 1 jan. 1900 begon de eeuw.", &["1900-01-01"]),
    ("Op 28 febr. 1921 begon de opstand.", &["1921-02-28"]),
    ("Op 18 mrt. 1871 begon de Commune.", &["1871-03-18"]),
    ("Op 9 aug. 1945 viel de bom.", &["1945-08-09"]),
    ("Op 5 dec. 1920 stierf hij.", &["1920-12-05"]),
    ("Het congres opende op 14 juli 1889.", &["1889-07-14"]),
    ("Hij stierf op 17 november 1947 in Mexico.", &["1947-11-17"]),
    ("Zij overleed op 29 februari 1920.", &["1920-02-29"]),
    ("De datum 30/12/1890 staat op de akte.", &["1890-12-30"]),
    ("De datum 30.12.1890 staat op de akte.", &["1890-12-30"]),
    ("De datum 30-12-1890 staat op de akte.", &["1890-12-30"]),
    ("De datum 1890-12-30 staat op de akte.", &["1890-12-30"]),
    ("De datum 1/5/1886 staat op de akte.", &["1886-05-01"]),
    ("Op maandag 30 december 1890 werd hij geboren.", &["1890-12-30"]),
    ("Op zondag, 22 januari 1905 werd er geschoten.", &["1905-01-22"]),
    ("Op 2 juni 1936 begon de staking.", &["1936-06-02"]),
    ("Op 25 oktober 1917 namen zij de macht.", &["1917-10-25"]),
    ("Op 11 september 1973 viel Allende.", &["1973-09-11"]),
    ("Op 1ste mei 1890 vierde men voor het eerst.", &["1890-05-01"]),
];

const MONTHS: &[Row] = &[
    ("Hij werd in april 1936 vrijgelaten.", &["1936-04"]),
    ("In januari 1919 werd Liebknecht vermoord.", &["1919-01"]),
    ("De staking van juni 1936 was groot.", &["1936-06"]),
    ("In maart 1921 kwam Kronstadt in opstand.", &["1921-03"]),
    ("Sinds mei 1940 was het land bezet.", &["1940-05/.."]),
    ("Tot augustus 1914 bleef hij in Parijs.", &["../1914-08"]),
    ("In december van 1890 werd hij geboren.", &["1890-12"]),
    ("Hij schreef het in sept. 1920.", &["1920-09"]),
    ("Van mei tot juni 1936 werd er gestaakt.", &["1936-05/1936-06"]),
    ("mei-juni 1968 in Parijs", &["1968-05/1968-06"]),
    ("Van januari 1933 tot maart 1936 zat hij vast.", &["1933-01/1936-03"]),
];

const YEARS: &[Row] = &[
    ("In 1909 vertrok hij naar Parijs.", &["1909"]),
    ("in 1912 werden leden opgepakt", &["1912"]),
    ("de revolutie van 1917", &["1917"]),
    ("het congres van 1909", &["1909"]),
    ("Sinds 1917 kende hij Spanje.", &["1917/.."]),
    ("sedert 1920 woonde hij daar", &["1920/.."]),
    ("Vanaf 1928 stond hij onder toezicht.", &["1928/.."]),
    ("Tot 1923 werkte hij voor de Comintern.", &["../1923"]),
    ("tot en met 1936 zat hij vast", &["../1936"]),
    ("In het jaar 1848 braken revoluties uit.", &["1848"]),
    ("in het jaar 476 viel Rome", &["0476"]),
    ("Anno 1566 was er de beeldenstorm.", &["1566"]),
    ("De partij werd in 1935 gevormd.", &["1935"]),
    ("1917 was een keerpunt.", &["1917"]),
    ("Tijdens 1918 heerste de griep.", &["1918"]),
    ("Gedurende 1933 zat hij in Orenburg.", &["1933"]),
];

const RANGES: &[Row] = &[
    ("Victor Serge, 1890-1947.", &["1890/1947"]),
    ("Victor Serge (1890-1947) was schrijver.", &["1890/1947"]),
    ("Year One (1926-29) is zijn boek.", &["1926/1929"]),
    ("de jaren 1933–1936", &["1933/1936"]),
    ("van 1933 tot 1936 zat hij vast", &["1933/1936"]),
    ("Van 1914 tot 1918 woedde de oorlog.", &["1914/1918"]),
    ("tussen 1933 en 1936 zat hij vast", &["1933/1936"]),
    ("de oorlog van 1914-18", &["1914/1918"]),
    ("de winter 1917/18", &["1917-24"]),
    ("in 1917/18 was het koud", &["1917/1918"]),
    ("1933 - 1936 in de Oeral", &["1933/1936"]),
    ("van 12 tot 15 mei 1920 vergaderde men", &["1920-05-12/1920-05-15"]),
    ("12-15 mei 1920", &["1920-05-12/1920-05-15"]),
    ("van 30 december 1890 tot 17 november 1947", &["1890-12-30/1947-11-17"]),
    ("1926-'29", &["1926/1929"]),
    ("van begin 1920 tot eind 1921", &["1920-01~/1921-12~"]),
];

const SEASONS: &[Row] = &[
    ("in de zomer van 1917 mislukte de staking", &["1917-22"]),
    ("In de herfst van 1923 was hij getuige.", &["1923-23"]),
    ("in de lente van 1871", &["1871-21"]),
    ("In de winter van 1917 was het koud.", &["1917-24"]),
    ("in het voorjaar van 1945", &["1945-21"]),
    ("in het najaar van 1944", &["1944-23"]),
    ("zomer 1936", &["1936-22"]),
    ("De herfst 1923 bracht niets.", &["1923-23"]),
    ("In 1917 kwam hij aan. In de zomer van dat jaar vertrok hij.", &["1917", "1917-22"]),
    ("In 1917 kwam hij aan. In de herfst van het volgende jaar vertrok hij.", &["1917", "1918-23"]),
];

const PARTS_DECADES_CENTURIES: &[Row] = &[
    ("begin 1920 trok hij weg", &["1920-01~/1920-04~"]),
    ("Eind 1936 keerde hij terug.", &["1936-09~/1936-12~"]),
    ("midden 1936", &["1936-05~/1936-08~"]),
    ("halverwege 1936", &["1936-05~/1936-08~"]),
    ("medio 1936", &["1936-05~/1936-08~"]),
    ("aan het eind van 1936", &["1936-09~/1936-12~"]),
    ("in het begin van 1920", &["1920-01~/1920-04~"]),
    ("tegen het einde van 1918", &["1918-09~/1918-12~"]),
    ("begin april 1936", &["1936-04~"]),
    ("eind mei 1968", &["1968-05~"]),
    ("midden jaren dertig", &["1933~/1936~"]),
    ("begin jaren twintig", &["1920~/1923~"]),
    ("eind jaren vijftig", &["1956~/1959~"]),
    ("in de jaren dertig", &["193X"]),
    ("de jaren twintig", &["192X"]),
    ("de jaren '30", &["193X"]),
    ("de jaren 30", &["193X"]),
    ("de jaren 1930", &["193X"]),
    ("de jaren zestig", &["196X"]),
    ("de dertiger jaren", &["193X"]),
    ("in de jaren tien", &["191X"]),
    ("de jaren twintig van de negentiende eeuw", &["182X"]),
    ("in de negentiende eeuw", &["18XX"]),
    ("de twintigste eeuw", &["19XX"]),
    ("in de 19e eeuw", &["18XX"]),
    ("in de 19de eeuw", &["18XX"]),
    ("in de achttiende eeuw", &["17XX"]),
    ("begin twintigste eeuw", &["190X~/192X~"]),
    ("eind negentiende eeuw", &["187X~/189X~"]),
    ("halverwege de negentiende eeuw", &["183X~/186X~"]),
];

const QUALIFIERS: &[Row] = &[
    ("rond 1900 ontstond de beweging", &["1900~"]),
    ("circa 1900", &["1900~"]),
    ("ca. 1900", &["1900~"]),
    ("omstreeks 1905", &["1905~"]),
    ("ongeveer in 1900", &["1900~"]),
    ("vermoedelijk 1906", &["1906?"]),
    ("hij werd vermoedelijk in 1906 geboren", &["1906?"]),
    ("waarschijnlijk in 1906", &["1906?"]),
    ("wellicht in april 1906", &["1906-04?"]),
    ("rond de zomer van 1917", &["1917-22~"]),
    ("vermoedelijk rond 1906", &["1906%"]),
    ("1906 (?)", &["1906?"]),
    ("circa 1926-29", &["1926~/1929~"]),
    ("rond 30 december 1890", &["1890-12-30~"]),
];

const ANAPHORA: &[Row] = &[
    ("In de herfst van 1923 was hij er. Datzelfde jaar volgde hij het conflict.", &["1923-23", "1923"]),
    ("In 1923 kwam hij. Hetzelfde jaar vertrok hij.", &["1923", "1923"]),
    ("In 1923 kwam hij. Het jaar daarop vertrok hij.", &["1923", "1924"]),
    ("In 1923 kwam hij. Het jaar erop vertrok hij.", &["1923", "1924"]),
    ("In 1923 kwam hij. Het volgende jaar vertrok hij.", &["1923", "1924"]),
    ("In 1923 kwam hij. Twee jaar later vertrok hij.", &["1923", "1925"]),
    ("In 1923 kwam hij. Een jaar later vertrok hij.", &["1923", "1924"]),
    ("In 1923 kwam hij. Drie jaar eerder was hij vertrokken.", &["1923", "1920"]),
    ("In 1923 kwam hij. Het jaar daarvoor was hij vertrokken.", &["1923", "1922"]),
    ("In 1923 kwam hij. Tien jaar later vertrok hij.", &["1923", "1933"]),
    ("In 1923 kwam hij. 5 jaar later vertrok hij.", &["1923", "1928"]),
    ("In april 1936 kwam hij vrij. Twee maanden later vertrok hij.", &["1936-04", "1936-06"]),
    ("In april 1936 kwam hij vrij. De volgende maand vertrok hij.", &["1936-04", "1936-05"]),
    (
        "Op 30 december 1890 werd hij geboren. De volgende dag werd hij gedoopt.",
        &["1890-12-30", "1890-12-31"],
    ),
    ("Op 30 december 1890 gebeurde het. Drie dagen later kwam het bericht.", &["1890-12-30", "1891-01-02"]),
    ("Op 30 december 1890 gebeurde het. Twee weken later kwam het bericht.", &["1890-12-30", "1891-01-13"]),
    ("In 1917 kwam hij aan. Op 12 mei vertrok hij.", &["1917", "1917-05-12"]),
    ("In 1917 kwam hij aan. In mei vertrok hij.", &["1917", "1917-05"]),
    ("In 1917 kwam hij aan. In april van het jaar daarop vertrok hij.", &["1917", "1918-04"]),
    (
        "In 1917 kwam hij aan, in 1920 vertrok hij. Datzelfde jaar stierf zijn vader.",
        &["1917", "1920", "1920"],
    ),
    ("Van 1933 tot 1936 zat hij vast. Het jaar daarop vertrok hij.", &["1933/1936", "1937"]),
    ("Datzelfde jaar vertrok hij.", &["-"]),
    ("Twee jaar later vertrok hij.", &["-"]),
    ("In de jaren dertig kwam hij. Het jaar daarop vertrok hij.", &["193X", "-"]),
    ("In 1923 kwam hij. Dezelfde dag vertrok hij.", &["1923", "-"]),
];

const AGES: &[Row] = &[
    (
        "Hij werd geboren op 30 december 1890. Op 15-jarige leeftijd werd hij actief.",
        &["1890-12-30", "1905/1906"],
    ),
    (
        "Hij werd geboren op 30 december 1890. Op vijftienjarige leeftijd werd hij actief.",
        &["1890-12-30", "1905/1906"],
    ),
    (
        "Hij werd geboren op 30 december 1890. Op de leeftijd van 15 jaar werd hij actief.",
        &["1890-12-30", "1905/1906"],
    ),
    ("Hij werd geboren op 30 december 1890. Als 15-jarige werd hij actief.", &["1890-12-30", "1905/1906"]),
    (
        "Hij werd geboren op 30 december 1890. Toen hij vijftien was, werd hij actief.",
        &["1890-12-30", "1905/1906"],
    ),
    (
        "Hij werd geboren op 30 december 1890. Op eenentwintigjarige leeftijd trouwde hij.",
        &["1890-12-30", "1911/1912"],
    ),
    ("Hij werd in 1890 geboren. Op 15-jarige leeftijd werd hij actief.", &["1890", "1905/1906"]),
    ("Hij is geboren op 1 januari 1900. Op 20-jarige leeftijd vertrok hij.", &["1900-01-01", "1920"]),
    (
        "Op 15-jarige leeftijd werd hij actief. Hij werd geboren op 30 december 1890.",
        &["1905/1906", "1890-12-30"],
    ),
    ("Victor Serge, 1890-1947. Op 15-jarige leeftijd werd hij actief.", &["1890/1947", "1905/1906"]),
    ("Op 15-jarige leeftijd werd hij actief.", &["-"]),
    (
        "Hij werd geboren op 30 december 1890. Zijn jongere broer stierf op 9-jarige leeftijd.",
        &["1890-12-30", "-"],
    ),
    ("Zijn broer werd geboren op 3 maart 1893. Op 15-jarige leeftijd werd hij actief.", &["1893-03-03", "-"]),
];

const TRAPS: &[Row] = &[
    ("Hij werd veroordeeld tot vijf jaar gevangenisstraf.", &[]),
    ("In 1933 werd hij veroordeeld tot drie jaar deportatie.", &["1933"]),
    ("Er vielen 76 doden.", &[]),
    ("Hij schreef meer dan 200 artikelen.", &[]),
    ("Er vielen 1500 doden in de stad.", &[]),
    ("Er waren meer dan 2000 stakers.", &[]),
    ("Ruim 1200 arbeiders legden het werk neer.", &[]),
    ("Bijna 1900 mensen kwamen.", &[]),
    ("Zie p. 1917 van het verslag.", &[]),
    ("Zie blz. 1920.", &[]),
    ("Zie pp. 1917-1920 van het verslag.", &[]),
    ("Het stond in nr. 1923 van de krant.", &[]),
    ("Om 19.17 uur ging de bel.", &[]),
    ("Om 19:17 ging de bel.", &[]),
    ("Het kostte 1917 frank.", &[]),
    ("Het kostte € 1917.", &[]),
    ("Het kostte 1917,50 gulden.", &[]),
    ("Er woonden 1.917.000 mensen.", &[]),
    ("Hij schreef ‘Lenin in 1917’ in Moskou.", &[]),
    ("Zijn boek “Jaar één, 1918” werd vertaald.", &[]),
    ("Hij las 'Parijs 1871' voor.", &[]),
    ("De datum 31 februari 1920 bestaat niet.", &[]),
    ("De datum 31/02/1920 bestaat niet.", &[]),
    ("Op 30 februari werd niets gedaan.", &[]),
    ("In het jaar 0 gebeurde niets.", &[]),
    ("In 99999 gebeurde niets.", &[]),
    ("In 2500 gebeurt het.", &[]),
    ("Hij woonde in de jaren die volgden in Moskou.", &[]),
    ("Het was een eind lopen.", &[]),
    ("Hij was in mei.", &["-"]),
    ("Bel 02 512 1917 voor info.", &[]),
    ("Er kwamen 1917 mensen.", &[]),
    ("Hij was toen 15 jaar.", &[]),
    ("Dat duurde twee jaar.", &[]),
    ("Hij ging naar de zomerschool.", &[]),
    ("Het was 3-2 voor de thuisploeg.", &[]),
];

#[test]
fn full_dates() {
    check("nl", FULL_DATES);
}

#[test]
fn months() {
    check("nl", MONTHS);
}

#[test]
fn years_in_context() {
    check("nl", YEARS);
}

#[test]
fn ranges() {
    check("nl", RANGES);
}

#[test]
fn seasons() {
    check("nl", SEASONS);
}

#[test]
fn parts_decades_and_centuries() {
    check("nl", PARTS_DECADES_CENTURIES);
}

#[test]
fn approximate_and_uncertain() {
    check("nl", QUALIFIERS);
}

#[test]
fn relative_and_anaphoric() {
    check("nl", ANAPHORA);
}

#[test]
fn ages_against_the_birth() {
    check("nl", AGES);
}

#[test]
fn traps_are_not_dates() {
    check("nl", TRAPS);
}

#[test]
fn expressions_keep_their_prepositions_and_qualifiers() {
    check_spans(
        "nl",
        &[
            ("In de herfst van 1923 was hij er.", &["In de herfst van 1923"]),
            ("de revolutie van 1927", &["1927"]),
            ("gehecht aan Spanje, dat hij sinds 1917 kende", &["sinds 1917"]),
            ("Hij werd vermoedelijk in 1906 geboren.", &["vermoedelijk in 1906"]),
            ("van 1933 tot 1936", &["van 1933 tot 1936"]),
            ("12 nov. 1862", &["12 nov. 1862"]),
            ("Op 15-jarige leeftijd", &["Op 15-jarige leeftijd"]),
            ("midden jaren dertig", &["midden jaren dertig"]),
        ],
    );
}
