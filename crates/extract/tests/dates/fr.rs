//! French expressions and their EDTF, traps included.

use crate::support::{Row, check, check_spans};

const DATES: &[Row] = &[
    ("Il est né le 30 décembre 1890 à Ixelles.", &["1890-12-30"]),
    ("le 1er mai 1886, les ouvriers firent grève", &["1886-05-01"]),
    ("le premier mai 1886", &["1886-05-01"]),
    ("le 12 nov. 1862", &["1862-11-12"]),
    ("le 3 janv. 1924", &["1924-01-03"]),
    ("le 14 févr. 1921", &["1921-02-14"]),
    ("le 18 mars 1871 commença la Commune", &["1871-03-18"]),
    ("le 4 août 1914", &["1914-08-04"]),
    ("le 11 novembre 1918", &["1918-11-11"]),
    ("le 17 novembre 1947 à Mexico", &["1947-11-17"]),
    ("le 6 juin 1944", &["1944-06-06"]),
    ("le 2 déc. 1851", &["1851-12-02"]),
    ("le 30/12/1890", &["1890-12-30"]),
    ("le 30.12.1890", &["1890-12-30"]),
    ("le lundi 30 décembre 1890", &["1890-12-30"]),
    ("le 29 février 1920", &["1920-02-29"]),
    ("le 21 juil. 1936", &["1936-07-21"]),
    ("le 1ᵉʳ mai 1891", &["1891-05-01"]),
];

const MONTHS_YEARS: &[Row] = &[
    ("en avril 1936, il fut libéré", &["1936-04"]),
    ("en janvier 1919", &["1919-01"]),
    ("avril 1936", &["1936-04"]),
    ("en mai 1968 à Paris", &["1968-05"]),
    ("en 1909, il partit pour Paris", &["1909"]),
    ("En 1912, la bande fut arrêtée.", &["1912"]),
    ("la révolution de 1917", &["1917"]),
    ("depuis 1917 il connaissait l'Espagne", &["1917/.."]),
    ("à partir de 1928", &["1928/.."]),
    ("dès 1920", &["1920/.."]),
    ("jusqu'en 1923", &["../1923"]),
    ("jusqu’en 1923", &["../1923"]),
    ("de 1933 à 1936", &["1933/1936"]),
    ("entre 1933 et 1936", &["1933/1936"]),
    ("du 12 au 15 mai 1920", &["1920-05-12/1920-05-15"]),
    ("de mai à juin 1936", &["1936-05/1936-06"]),
    ("Victor Serge (1890-1947)", &["1890/1947"]),
    ("les années 1926-1929", &["1926/1929"]),
    ("en l'an 1848", &["1848"]),
    ("en l’an 800", &["0800"]),
    ("au cours de 1918", &["1918"]),
    ("pendant 1933", &["1933"]),
];

const SEASONS_PARTS: &[Row] = &[
    ("à l'été 1917", &["1917-22"]),
    ("à l’été 1917", &["1917-22"]),
    ("l'été de 1917", &["1917-22"]),
    ("en été 1917", &["1917-22"]),
    ("à l'automne 1923", &["1923-23"]),
    ("à l'automne de 1923", &["1923-23"]),
    ("au printemps 1871", &["1871-21"]),
    ("en hiver 1917", &["1917-24"]),
    ("l'hiver 1941", &["1941-24"]),
    ("début 1920", &["1920-01~/1920-04~"]),
    ("au début de 1920", &["1920-01~/1920-04~"]),
    ("fin 1936", &["1936-09~/1936-12~"]),
    ("à la fin de 1936", &["1936-09~/1936-12~"]),
    ("mi-1936", &["1936-05~/1936-08~"]),
    ("à la mi-1936", &["1936-05~/1936-08~"]),
    ("au milieu de 1936", &["1936-05~/1936-08~"]),
    ("début avril 1936", &["1936-04~"]),
    ("fin mai 1968", &["1968-05~"]),
];

const DECADES_CENTURIES: &[Row] = &[
    ("les années 1930", &["193X"]),
    ("dans les années trente", &["193X"]),
    ("les années 30", &["193X"]),
    ("les années vingt", &["192X"]),
    ("les années soixante-dix", &["197X"]),
    ("les années quatre-vingt", &["198X"]),
    ("au milieu des années trente", &["1933~/1936~"]),
    ("au début des années 1920", &["1920~/1923~"]),
    ("à la fin des années cinquante", &["1956~/1959~"]),
    ("le XIXe siècle", &["18XX"]),
    ("au XIXᵉ siècle", &["18XX"]),
    ("au XXe siècle", &["19XX"]),
    ("le dix-neuvième siècle", &["18XX"]),
    ("au vingtième siècle", &["19XX"]),
    ("au 19e siècle", &["18XX"]),
    ("le XVIIIe siècle", &["17XX"]),
    ("à la fin du XIXe siècle", &["187X~/189X~"]),
];

const QUALIFIERS: &[Row] = &[
    ("vers 1900", &["1900~"]),
    ("aux alentours de 1900", &["1900~"]),
    ("autour de 1900", &["1900~"]),
    ("environ 1900", &["1900~"]),
    ("circa 1900", &["1900~"]),
    ("probablement en 1906", &["1906?"]),
    ("vraisemblablement en 1906", &["1906?"]),
    ("sans doute en 1906", &["1906?"]),
    ("peut-être en 1906", &["1906?"]),
    ("vers l'été 1917", &["1917-22~"]),
];

const ANAPHORA_AGES: &[Row] = &[
    (
        "À l'automne 1923, il vit la révolution échouer. La même année, il suivit le conflit.",
        &["1923-23", "1923"],
    ),
    ("En 1923, il arriva. L'année suivante, il partit.", &["1923", "1924"]),
    ("En 1923, il arriva. L’année suivante, il partit.", &["1923", "1924"]),
    ("En 1923, il arriva. Cette année-là, il partit.", &["1923", "1923"]),
    ("En 1923, il arriva. Deux ans plus tard, il partit.", &["1923", "1925"]),
    ("En 1923, il arriva. Un an plus tard, il partit.", &["1923", "1924"]),
    ("En 1923, il arriva. Trois ans après, il partit.", &["1923", "1926"]),
    ("En 1923, il arriva. L'année précédente, il était parti.", &["1923", "1922"]),
    ("En 1923, il arriva. Cinq ans plus tôt, il était parti.", &["1923", "1918"]),
    ("Le 30 décembre 1890, il naquit. Le lendemain, il fut baptisé.", &["1890-12-30", "1890-12-31"]),
    ("Le 30 décembre 1890, il arriva. La veille, il était parti.", &["1890-12-30", "1890-12-29"]),
    ("En avril 1936, il fut libéré. Deux mois plus tard, il partit.", &["1936-04", "1936-06"]),
    ("En 1917, il arriva. En mai, il partit.", &["1917", "1917-05"]),
    ("En 1917, il arriva. En avril de l'année suivante, il partit.", &["1917", "1918-04"]),
    ("La même année, il partit.", &["-"]),
    ("Il est né le 30 décembre 1890. À quinze ans, il devint photographe.", &["1890-12-30", "1905/1906"]),
    ("Il est né le 30 décembre 1890. À 15 ans, il devint photographe.", &["1890-12-30", "1905/1906"]),
    (
        "Il est né le 30 décembre 1890. À l'âge de 15 ans, il devint photographe.",
        &["1890-12-30", "1905/1906"],
    ),
    ("Il est né le 30 décembre 1890. À dix-sept ans, il partit.", &["1890-12-30", "1907/1908"]),
    ("Il est né le 30 décembre 1890. À vingt et un ans, il partit.", &["1890-12-30", "1911/1912"]),
    ("Il est né le 30 décembre 1890. Âgé de 20 ans, il partit.", &["1890-12-30", "1910/1911"]),
    ("Né en 1890, il partit à quinze ans.", &["1890", "1905/1906"]),
    ("À quinze ans, il devint photographe.", &["-"]),
    ("Il est né le 30 décembre 1890. Son frère mourut à neuf ans.", &["1890-12-30", "-"]),
];

const TRAPS: &[Row] = &[
    ("Il fut condamné à cinq ans de prison.", &[]),
    ("Il fut condamné à 5 ans de prison.", &[]),
    ("Il passa trois ans en déportation.", &[]),
    ("On compta 76 morts.", &[]),
    ("Il écrivit plus de 200 articles.", &[]),
    ("On compta 1500 morts.", &[]),
    ("plus de 2000 grévistes", &[]),
    ("près de 1800 ouvriers", &[]),
    ("voir p. 1917", &[]),
    ("voir pp. 1917-1920", &[]),
    ("le numéro 1923 du journal", &[]),
    ("à 19h17 précises", &[]),
    ("à 19 h 17", &[]),
    ("cela coûtait 1917 francs", &[]),
    ("il écrivit « Paris 1871 » en exil", &[]),
    ("il écrivit “Lénine en 1917” en exil", &[]),
    ("le 31 février 1920", &[]),
    ("le 30 février", &[]),
    ("l'an 0", &[]),
    ("Il avait quinze ans de plus qu'elle.", &[]),
    ("pendant des années", &[]),
];

#[test]
fn full_dates() {
    check("fr", DATES);
}

#[test]
fn months_years_and_ranges() {
    check("fr", MONTHS_YEARS);
}

#[test]
fn seasons_and_parts() {
    check("fr", SEASONS_PARTS);
}

#[test]
fn decades_and_centuries() {
    check("fr", DECADES_CENTURIES);
}

#[test]
fn approximate_and_uncertain() {
    check("fr", QUALIFIERS);
}

#[test]
fn relative_expressions_and_ages() {
    check("fr", ANAPHORA_AGES);
}

#[test]
fn traps_are_not_dates() {
    check("fr", TRAPS);
}

#[test]
fn spans() {
    check_spans(
        "fr",
        &[
            ("le 1er mai 1886", &["le 1er mai 1886"]),
            ("à l'été 1917", &["à l'été 1917"]),
            ("jusqu'en 1923", &["jusqu'en 1923"]),
            ("à l'âge de 15 ans", &["à l'âge de 15 ans"]),
        ],
    );
}
