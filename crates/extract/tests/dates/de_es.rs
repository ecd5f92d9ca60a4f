//! German and Spanish: the main forms, fewer than the three core languages.

use crate::support::{Row, check};

const GERMAN: &[Row] = &[
    ("Er wurde am 30. Dezember 1890 geboren.", &["1890-12-30"]),
    ("am 1. Mai 1886", &["1886-05-01"]),
    ("im April 1936", &["1936-04"]),
    ("im Jahr 1909", &["1909"]),
    ("seit 1917", &["1917/.."]),
    ("bis 1923", &["../1923"]),
    ("von 1933 bis 1936", &["1933/1936"]),
    ("zwischen 1933 und 1936", &["1933/1936"]),
    ("im Sommer 1917", &["1917-22"]),
    ("im Herbst 1923", &["1923-23"]),
    ("Anfang 1920", &["1920-01~/1920-04~"]),
    ("Ende 1936", &["1936-09~/1936-12~"]),
    ("die dreißiger Jahre", &["193X"]),
    ("in den 1930er Jahren", &["193X"]),
    ("im 19. Jahrhundert", &["18XX"]),
    ("im neunzehnten Jahrhundert", &["18XX"]),
    ("um 1900", &["1900~"]),
    ("vermutlich 1906", &["1906?"]),
    ("Im Herbst 1923 kam er. Im selben Jahr ging er.", &["1923-23", "1923"]),
    ("1923 kam er. Zwei Jahre später ging er.", &["1923", "1925"]),
    ("Er wurde am 30. Dezember 1890 geboren. Mit 15 Jahren wurde er aktiv.", &["1890-12-30", "1905/1906"]),
    ("Es gab 1500 Tote.", &[]),
    ("siehe S. 1917", &[]),
];

const SPANISH: &[Row] = &[
    ("Nació el 30 de diciembre de 1890.", &["1890-12-30"]),
    ("el 1º de mayo de 1886", &["1886-05-01"]),
    ("en abril de 1936", &["1936-04"]),
    ("en 1909", &["1909"]),
    ("desde 1917", &["1917/.."]),
    ("hasta 1923", &["../1923"]),
    ("de 1933 a 1936", &["1933/1936"]),
    ("entre 1933 y 1936", &["1933/1936"]),
    ("en el verano de 1917", &["1917-22"]),
    ("en el otoño de 1923", &["1923-23"]),
    ("a principios de 1920", &["1920-01~/1920-04~"]),
    ("a finales de 1936", &["1936-09~/1936-12~"]),
    ("los años treinta", &["193X"]),
    ("la década de 1930", &["193X"]),
    ("el siglo XIX", &["18XX"]),
    ("hacia 1900", &["1900~"]),
    ("probablemente en 1906", &["1906?"]),
    ("En 1923 llegó. Al año siguiente se fue.", &["1923", "1924"]),
    ("En 1923 llegó. Dos años después se fue.", &["1923", "1925"]),
    ("Nació el 30 de diciembre de 1890. A los 15 años se hizo activo.", &["1890-12-30", "1905/1906"]),
    ("Hubo 1500 muertos.", &[]),
];

#[test]
fn german() {
    check("de", GERMAN);
}

#[test]
fn spanish() {
    check("es", SPANISH);
}
