use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::issued_pdfs;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = issued_pdfs)]
pub struct IssuedPdfRow {
    pub sha256: String,
    pub code: String,
    pub kid: String,
    pub issued_at: NaiveDateTime,
}
