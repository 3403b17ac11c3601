use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use unicode_normalization::UnicodeNormalization;

use super::super::Error;
use super::super::status::display_code;
use crate::clock::from_db;
use crate::db::DbConnection;
use crate::db::schema::{certificates, enrolments};

/// A search by person: the family name and the birth date are required, so that a
/// search cannot list the office's records wholesale; the given name narrows it.
pub struct PersonQuery<'a> {
    pub family_name: &'a str,
    pub given_name: Option<&'a str>,
    pub birth_date: NaiveDate,
}

#[derive(Debug, Clone)]
pub struct Found {
    pub code: String,
    pub given_name: String,
    pub family_name: String,
    /// "Given Family" in the passport's Latin spelling, for a name in another script.
    pub latin: Option<String>,
    pub birth_date: NaiveDate,
    pub instructed_at: DateTime<Utc>,
    pub revoked: bool,
}

/// The ways a name may be typed into the search: as entered, without its accents
/// ("Ozturk" for "Öztürk", "Lukasz" for "Łukasz"), and with the German umlauts spelt
/// out ("Oeztuerk", "Mueller" for "Müller"). Two names match when one way of each
/// agrees; case and Unicode normalisation never matter.
pub(super) fn spellings(name: &str) -> [String; 3] {
    let folded = name
        .nfc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let umlauts = folded
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss");
    [
        deunicode::deunicode(&folded).to_lowercase(),
        deunicode::deunicode(&umlauts).to_lowercase(),
        folded,
    ]
}

pub(super) fn names_match(searched: &[String; 3], name: &str) -> bool {
    let theirs = spellings(name);
    searched.iter().any(|s| !s.is_empty() && theirs.contains(s))
}

pub fn find_by_person(
    conn: &mut DbConnection,
    tenant: &str,
    query: &PersonQuery<'_>,
) -> Result<Vec<Found>, Error> {
    type Row = (
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        NaiveDate,
        chrono::NaiveDateTime,
        Option<chrono::NaiveDateTime>,
    );
    // The birth date narrows the office's records to a handful in SQL; the names are
    // compared here, where Unicode case folding is the same on both databases.
    let rows: Vec<Row> = certificates::table
        .inner_join(enrolments::table)
        .filter(certificates::tenant.eq(tenant))
        .filter(enrolments::birth_date.eq(query.birth_date))
        .order(certificates::instructed_at.desc())
        .select((
            certificates::code,
            enrolments::given_name,
            enrolments::family_name,
            enrolments::given_name_latin,
            enrolments::family_name_latin,
            enrolments::birth_date,
            certificates::instructed_at,
            certificates::revoked_at,
        ))
        .load(conn)?;
    let family = spellings(query.family_name);
    let given = query
        .given_name
        .filter(|g| !g.trim().is_empty())
        .map(spellings);
    Ok(rows
        .into_iter()
        .filter(|(_, g, f, g_latin, f_latin, ..)| {
            let family_matches = names_match(&family, f)
                || f_latin.as_deref().is_some_and(|l| names_match(&family, l));
            let given_matches = given.as_ref().is_none_or(|wanted| {
                names_match(wanted, g) || g_latin.as_deref().is_some_and(|l| names_match(wanted, l))
            });
            family_matches && given_matches
        })
        .map(
            |(
                code,
                given_name,
                family_name,
                g_latin,
                f_latin,
                birth_date,
                instructed_at,
                revoked_at,
            )| Found {
                code: display_code(&code),
                given_name,
                family_name,
                latin: g_latin.zip(f_latin).map(|(g, f)| format!("{g} {f}")),
                birth_date,
                instructed_at: from_db(instructed_at),
                revoked: revoked_at.is_some(),
            },
        )
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(searched: &str, name: &str) -> bool {
        names_match(&spellings(searched), name)
    }

    #[test]
    fn names_are_found_as_people_type_them() {
        for (searched, name) in [
            ("Ozturk", "Öztürk"),
            ("Oeztuerk", "Öztürk"),
            ("öztürk", "Öztürk"),
            ("Mueller", "Müller"),
            ("Muller", "Müller"),
            ("Müller", "Mueller"),
            ("Strasse", "Straße"),
            ("Lukasz", "Łukasz"),
            ("Zolc", "Żółć"),
            ("Sukru", "Şükrü"),
            ("Yilmaz", "Yılmaz"),
            ("  van   der Berg ", "van der Berg"),
            ("Nguyen", "Nguyễn"),
            ("Ayşe", "Ayşe"),
        ] {
            assert!(matches(searched, name), "{searched} should find {name}");
        }
        for (searched, name) in [
            ("Mller", "Müller"),
            ("Oztuerk", "Muster"),
            ("Meier", "Meyer"),
            ("", "Müller"),
        ] {
            assert!(!matches(searched, name), "{searched} must not find {name}");
        }
    }

    #[test]
    fn a_name_in_another_script_is_found_in_itself() {
        assert!(matches("محمد", "محمد"));
        assert!(matches("Мария", "мария"));
    }
}
