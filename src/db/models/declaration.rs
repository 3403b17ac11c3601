use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::declarations;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = declarations)]
pub struct DeclarationRow {
    pub enrolment_id: String,
    pub declared_at: NaiveDateTime,
    pub text_version: String,
    pub course_version: String,
    pub language: String,
    pub declaration_text: String,
    pub guardian_given_name: Option<String>,
    pub guardian_family_name: Option<String>,
    /// The same declaration in German, the authoritative language.
    pub declaration_text_de: Option<String>,
    pub guardian_role: Option<String>,
}

pub type NewDeclaration = DeclarationRow;
