//! English expressions and their EDTF, traps included.

use crate::support::{Row, check, check_spans};

const DATES: &[Row] = &[
    ("He was born on December 30, 1890 in Ixelles.", &["1890-12-30"]),
    ("He was born on 30 December 1890.", &["1890-12-30"]),
    ("on the 30th of December 1890", &["1890-12-30"]),
    ("on the 30th of December, 1890", &["1890-12-30"]),
    ("December 30th, 1890", &["1890-12-30"]),
    ("Dec. 30, 1890", &["1890-12-30"]),
    ("12 Nov. 1862", &["1862-11-12"]),
    ("on 1 May 1886", &["1886-05-01"]),
    ("on May 1, 1886", &["1886-05-01"]),
    ("on Monday, December 30, 1890", &["1890-12-30"]),
    ("on 30/12/1890", &["1890-12-30"]),
    ("on 12/30/1890", &["1890-12-30"]),
    ("on 1890-12-30", &["1890-12-30"]),
    ("on 4 Aug 1914", &["1914-08-04"]),
    ("on Sept. 3, 1939", &["1939-09-03"]),
    ("on the 1st of May 1886", &["1886-05-01"]),
    ("on March 18, 1871", &["1871-03-18"]),
    ("on February 29, 1920", &["1920-02-29"]),
];

const MONTHS_YEARS: &[Row] = &[
    ("He was released in April 1936.", &["1936-04"]),
    ("in January 1919", &["1919-01"]),
    ("April of 1936", &["1936-04"]),
    ("In 1909 he left for Paris.", &["1909"]),
    ("the revolution of 1917", &["1917"]),
    ("since 1917", &["1917/.."]),
    ("until 1923", &["../1923"]),
    ("till 1923", &["../1923"]),
    ("from 1933 to 1936", &["1933/1936"]),
    ("from 1933 until 1936", &["1933/1936"]),
    ("between 1933 and 1936", &["1933/1936"]),
    ("from 1917 onwards", &["1917/.."]),
    ("Victor Serge (1890–1947)", &["1890/1947"]),
    ("the war of 1914-18", &["1914/1918"]),
    ("May 12-15, 1920", &["1920-05-12/1920-05-15"]),
    ("from May to June 1936", &["1936-05/1936-06"]),
    ("in the year 1848", &["1848"]),
    ("in the year 476", &["0476"]),
    ("during 1918", &["1918"]),
];

const SEASONS_PARTS_DECADES: &[Row] = &[
    ("in the summer of 1917", &["1917-22"]),
    ("in the autumn of 1923", &["1923-23"]),
    ("in the fall of 1923", &["1923-23"]),
    ("in the spring of 1871", &["1871-21"]),
    ("in the winter of 1917", &["1917-24"]),
    ("summer 1936", &["1936-22"]),
    ("early 1920", &["1920-01~/1920-04~"]),
    ("in early 1920", &["1920-01~/1920-04~"]),
    ("late 1936", &["1936-09~/1936-12~"]),
    ("mid-1936", &["1936-05~/1936-08~"]),
    ("at the end of 1936", &["1936-09~/1936-12~"]),
    ("early April 1936", &["1936-04~"]),
    ("the 1930s", &["193X"]),
    ("the 1930's", &["193X"]),
    ("the '30s", &["193X"]),
    ("the thirties", &["193X"]),
    ("in the twenties", &["192X"]),
    ("the mid-1930s", &["1933~/1936~"]),
    ("the early 1920s", &["1920~/1923~"]),
    ("the late 1950s", &["1956~/1959~"]),
    ("the 1800s", &["18XX"]),
    ("the nineteenth century", &["18XX"]),
    ("the 19th century", &["18XX"]),
    ("the twentieth century", &["19XX"]),
    ("the twenty-first century", &["20XX"]),
    ("the late nineteenth century", &["187X~/189X~"]),
    ("the early twentieth century", &["190X~/192X~"]),
];

const QUALIFIERS: &[Row] = &[
    ("around 1900", &["1900~"]),
    ("about 1900", &["1900~"]),
    ("circa 1900", &["1900~"]),
    ("c. 1900", &["1900~"]),
    ("ca. 1900", &["1900~"]),
    ("approximately 1900", &["1900~"]),
    ("probably in 1906", &["1906?"]),
    ("possibly in 1906", &["1906?"]),
    ("perhaps in 1906", &["1906?"]),
    ("probably around 1906", &["1906%"]),
];

const ANAPHORA_AGES: &[Row] = &[
    ("In the autumn of 1923 he saw it fail. That same year he followed the conflict.", &["1923-23", "1923"]),
    ("In 1923 he came. The following year he left.", &["1923", "1924"]),
    ("In 1923 he came. The next year he left.", &["1923", "1924"]),
    ("In 1923 he came. A year later he left.", &["1923", "1924"]),
    ("In 1923 he came. Two years later he left.", &["1923", "1925"]),
    ("In 1923 he came. 3 years later he left.", &["1923", "1926"]),
    ("In 1923 he came. Five years earlier he had left.", &["1923", "1918"]),
    ("In 1923 he came. The previous year he had left.", &["1923", "1922"]),
    ("In 1923 he came. Later that year he left.", &["1923", "1923"]),
    ("On December 30, 1890 he was born. The next day he was baptised.", &["1890-12-30", "1890-12-31"]),
    ("In April 1936 he was released. Two months later he left.", &["1936-04", "1936-06"]),
    ("In 1917 he arrived. In May he left.", &["1917", "1917-05"]),
    ("In 1917 he arrived. In the summer of that year he left.", &["1917", "1917-22"]),
    ("That same year he left.", &["-"]),
    ("He was born on December 30, 1890. At the age of 15 he became active.", &["1890-12-30", "1905/1906"]),
    (
        "He was born on December 30, 1890. At the age of fifteen he became active.",
        &["1890-12-30", "1905/1906"],
    ),
    ("He was born on December 30, 1890. Aged 20, he left.", &["1890-12-30", "1910/1911"]),
    ("He was born on December 30, 1890. When he was twenty-one he left.", &["1890-12-30", "1911/1912"]),
    ("Born in 1890, he left at the age of 15.", &["1890", "1905/1906"]),
    ("At the age of 15 he became active.", &["-"]),
    ("He was born on December 30, 1890. His brother died at the age of 9.", &["1890-12-30", "-"]),
];

const TRAPS: &[Row] = &[
    ("He was sentenced to five years in prison.", &[]),
    ("There were 76 dead.", &[]),
    ("He wrote more than 200 articles.", &[]),
    ("There were 1500 dead.", &[]),
    ("more than 2000 strikers", &[]),
    ("nearly 1900 people came", &[]),
    ("see p. 1917", &[]),
    ("see pp. 1917-1920", &[]),
    ("in issue no. 1923", &[]),
    ("at 19:17 sharp", &[]),
    ("it cost $1917", &[]),
    ("it cost 1917 dollars", &[]),
    ("his book ‘Lenin in 1917’ appeared", &[]),
    ("his book \"Lenin in 1917\" appeared", &[]),
    ("February 31, 1920", &[]),
    ("Theresa May spoke.", &[]),
    ("You may march in august company.", &[]),
    ("He was in his thirties.", &[]),
    ("in the year 0", &[]),
    ("He lived for years in Paris.", &[]),
];

#[test]
fn full_dates() {
    check("en", DATES);
}

#[test]
fn months_years_and_ranges() {
    check("en", MONTHS_YEARS);
}

#[test]
fn seasons_parts_decades_and_centuries() {
    check("en", SEASONS_PARTS_DECADES);
}

#[test]
fn approximate_and_uncertain() {
    check("en", QUALIFIERS);
}

#[test]
fn relative_expressions_and_ages() {
    check("en", ANAPHORA_AGES);
}

#[test]
fn traps_are_not_dates() {
    check("en", TRAPS);
}

#[test]
fn spans() {
    check_spans(
        "en",
        &[
            ("in the summer of 1917", &["in the summer of 1917"]),
            ("December 30, 1890", &["December 30, 1890"]),
            ("at the age of 15", &["at the age of 15"]),
            ("the 1930s", &["the 1930s"]),
        ],
    );
}
