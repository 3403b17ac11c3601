use chrono::{Datelike, NaiveDate};

/// A holder's date of birth: a real calendar date, not in the future, and old enough to
/// be instructed (pupils' internships start at 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct BirthDate(NaiveDate);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BirthDateError {
    #[error("must be a date in the form YYYY-MM-DD")]
    Malformed,
    #[error("names a day that does not exist, such as the 30th of February")]
    NoSuchDay,
    #[error("gives the year with two digits; all four are needed")]
    TwoDigitYear,
    #[error("must not be in the future")]
    InFuture,
    #[error("the holder must be at least {min} years old", min = BirthDate::MIN_AGE)]
    TooYoung,
    #[error("is implausibly far in the past")]
    Implausible,
}

/// How a birth date is written: as the API promises, or as a person types it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DateWriting {
    /// `YYYY-MM-DD`, exactly.
    #[default]
    Iso,
    /// Day, month and year as people in Germany write them: `31.12.1990`, `31/12/1990`,
    /// `31-12-1990`, `31 12 1990`, or `31121990` (all a numeric keypad can type); an ISO
    /// date is taken too.
    Written,
}

impl BirthDate {
    pub const MIN_AGE: u32 = 14;
    pub const ADULT_AGE: u32 = 18;
    const MAX_AGE: u32 = 120;

    /// Parses `YYYY-MM-DD` and checks it against `today` (the date in Germany).
    pub fn parse(raw: &str, today: NaiveDate) -> Result<Self, BirthDateError> {
        let bytes = raw.as_bytes();
        // chrono accepts single-digit months and days; the API promises exactly YYYY-MM-DD.
        if bytes.len() != 10
            || bytes[4] != b'-'
            || bytes[7] != b'-'
            || !bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
        {
            return Err(BirthDateError::Malformed);
        }
        Self::from_parts(&raw[8..], &raw[5..7], &raw[..4], today)
    }

    /// Parses a date written as `writing` says and checks it against `today`.
    pub fn parse_as(
        raw: &str,
        writing: DateWriting,
        today: NaiveDate,
    ) -> Result<Self, BirthDateError> {
        match writing {
            DateWriting::Iso => Self::parse(raw, today),
            DateWriting::Written => Self::parse_written(raw, today),
        }
    }

    fn parse_written(raw: &str, today: NaiveDate) -> Result<Self, BirthDateError> {
        let raw = raw.trim();
        if raw.len() == 10 && raw.as_bytes()[4] == b'-' {
            return Self::parse(raw, today);
        }
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let (day, month, year) = if digits(raw) {
            // Without separators, as a numeric keypad types it: DDMMYYYY (or DDMMYY).
            match raw.len() {
                8 => (&raw[..2], &raw[2..4], &raw[4..]),
                6 => return Err(BirthDateError::TwoDigitYear),
                _ => return Err(BirthDateError::Malformed),
            }
        } else {
            let parts: Vec<&str> = raw
                .split(['.', '/', '-', ' '])
                .filter(|p| !p.is_empty())
                .collect();
            match parts.as_slice() {
                [day, month, year] if digits(day) && digits(month) && digits(year) => {
                    (*day, *month, *year)
                }
                _ => return Err(BirthDateError::Malformed),
            }
        };
        if year.len() == 2 {
            return Err(BirthDateError::TwoDigitYear);
        }
        if year.len() != 4 || day.len() > 2 || month.len() > 2 {
            return Err(BirthDateError::Malformed);
        }
        Self::from_parts(day, month, year, today)
    }

    /// Day, month and year of ASCII digits as a checked date.
    fn from_parts(
        day: &str,
        month: &str,
        year: &str,
        today: NaiveDate,
    ) -> Result<Self, BirthDateError> {
        let number = |s: &str| s.parse::<u32>().map_err(|_| BirthDateError::Malformed);
        let year = i32::try_from(number(year)?).map_err(|_| BirthDateError::Malformed)?;
        let date = NaiveDate::from_ymd_opt(year, number(month)?, number(day)?)
            .ok_or(BirthDateError::NoSuchDay)?;
        Self::from_date(date, today)
    }

    pub fn from_date(date: NaiveDate, today: NaiveDate) -> Result<Self, BirthDateError> {
        if date > today {
            return Err(BirthDateError::InFuture);
        }
        let age = age_on(date, today);
        if age < Self::MIN_AGE {
            return Err(BirthDateError::TooYoung);
        }
        if age > Self::MAX_AGE {
            return Err(BirthDateError::Implausible);
        }
        Ok(Self(date))
    }

    /// A date already stored in the database, checked when it was taken in.
    pub fn from_record(date: NaiveDate) -> Self {
        Self(date)
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }

    pub fn age_on(self, day: NaiveDate) -> u32 {
        age_on(self.0, day)
    }

    pub fn is_minor_on(self, day: NaiveDate) -> bool {
        self.age_on(day) < Self::ADULT_AGE
    }
}

/// Completed years between `birth` and `day`; someone born on 29 February turns a year
/// older on 1 March in common years, as German law counts it (§ 187 Abs. 2 BGB).
fn age_on(birth: NaiveDate, day: NaiveDate) -> u32 {
    let mut years = day.year() - birth.year();
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        let today = day(2026, 11, 23);
        for raw in ["2001-02-30", "2001-13-01", "2001-00-10"] {
            assert_eq!(
                BirthDate::parse(raw, today),
                Err(BirthDateError::NoSuchDay),
                "{raw}"
            );
        }
        for raw in [
            "2001-2-3",
            "2001-+2-03",
            "01.02.2001",
            "",
            "2001-02-03T00:00",
        ] {
            assert_eq!(
                BirthDate::parse(raw, today),
                Err(BirthDateError::Malformed),
                "{raw}"
            );
        }
        assert_eq!(
            BirthDate::parse("2027-01-01", today),
            Err(BirthDateError::InFuture)
        );
        assert_eq!(
            BirthDate::parse("1890-01-01", today),
            Err(BirthDateError::Implausible)
        );
    }

    #[test]
    fn dates_are_taken_as_people_write_them() {
        let today = day(2026, 11, 23);
        let written = |raw: &str| BirthDate::parse_as(raw, DateWriting::Written, today);
        for raw in [
            "12.4.1990",
            "12.04.1990",
            " 12.04.1990. ",
            "12/04/1990",
            "12-04-1990",
            "12 4 1990",
            "12041990",
            "1990-04-12",
        ] {
            assert_eq!(
                written(raw).map(BirthDate::date),
                Ok(day(1990, 4, 12)),
                "{raw}"
            );
        }
        assert_eq!(written("12.04.90"), Err(BirthDateError::TwoDigitYear));
        assert_eq!(written("120490"), Err(BirthDateError::TwoDigitYear));
        assert_eq!(written("31.02.1990"), Err(BirthDateError::NoSuchDay));
        assert_eq!(written("12.13.1990"), Err(BirthDateError::NoSuchDay));
        assert_eq!(written("12.04.2030"), Err(BirthDateError::InFuture));
        assert_eq!(written("12.04.2020"), Err(BirthDateError::TooYoung));
        for raw in [
            "gestern",
            "",
            "1.2.3.1990",
            "12.04.19900",
            "123.4.1990",
            "1204199",
        ] {
            assert_eq!(written(raw), Err(BirthDateError::Malformed), "{raw}");
        }
        // The API takes exactly YYYY-MM-DD.
        assert_eq!(
            BirthDate::parse_as("12.04.1990", DateWriting::Iso, today),
            Err(BirthDateError::Malformed)
        );
    }

    #[test]
    fn fourteen_is_the_minimum_age_to_the_day() {
        let today = day(2026, 11, 23);
        assert!(BirthDate::parse("2012-11-23", today).is_ok());
        assert_eq!(
            BirthDate::parse("2012-11-24", today),
            Err(BirthDateError::TooYoung)
        );
    }

    #[test]
    fn minors_are_recognised_until_their_eighteenth_birthday() {
        let birth = BirthDate::from_record(day(2008, 11, 24));
        assert!(birth.is_minor_on(day(2026, 11, 23)));
        assert!(!birth.is_minor_on(day(2026, 11, 24)));
    }

    proptest! {
        #[test]
        fn parse_accepts_exactly_the_valid_ages(days_ago in 0i64..60_000) {
            let today = day(2026, 11, 23);
            let birth = today - chrono::Duration::days(days_ago);
            let parsed = BirthDate::parse(&birth.format("%Y-%m-%d").to_string(), today);
            let age = age_on(birth, today);
            prop_assert_eq!(parsed.is_ok(), (BirthDate::MIN_AGE..=BirthDate::MAX_AGE).contains(&age));
        }
    }
}
