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

/// Names compare case-insensitively, after Unicode normalisation, in the spelling
/// entered at enrolment or its Latin passport spelling.
fn fold(name: &str) -> String {
    name.nfc().collect::<String>().trim().to_lowercase()
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
    let family = fold(query.family_name);
    let given = query.given_name.map(fold).filter(|g| !g.is_empty());
    Ok(rows
        .into_iter()
        .filter(|(_, g, f, g_latin, f_latin, ..)| {
            let family_matches =
                fold(f) == family || f_latin.as_deref().is_some_and(|l| fold(l) == family);
            let given_matches = given.as_ref().is_none_or(|wanted| {
                fold(g) == *wanted || g_latin.as_deref().is_some_and(|l| fold(l) == *wanted)
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
