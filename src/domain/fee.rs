use serde::Deserialize;

/// When an office's fee is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeDue {
    /// Before the first chapter: nothing of the course opens until it is settled.
    BeforeCourse,
    /// After the declaration: the certificate waits for it.
    BeforeCertificate,
}

/// A free category an office grants. The product knows the categories, so that every
/// course language names them (Fluent `fee-waiver-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaiverCategory {
    /// Volunteer work (Ehrenamt), e.g. at a charity's kitchen or a club's festival.
    Volunteer,
    /// Pupils in an internship (Schülerpraktikum).
    Internship,
    /// People on certain benefits (Bürgergeld, Sozialhilfe, Asylbewerberleistungen).
    Benefits,
}

impl WaiverCategory {
    pub const ALL: [Self; 3] = [Self::Volunteer, Self::Internship, Self::Benefits];

    pub fn code(self) -> &'static str {
        match self {
            Self::Volunteer => "volunteer",
            Self::Internship => "internship",
            Self::Benefits => "benefits",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == raw)
    }
}

/// Whether a claimed waiver settles the fee at once or waits for staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaiverConfirmation {
    #[default]
    Staff,
    AtOnce,
}

/// How a fee was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettlementKind {
    Online,
    Voucher,
    Waiver,
    /// Received by staff by other means (cash at the desk, a transfer).
    Desk,
}

impl SettlementKind {
    pub fn code(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::Voucher => "voucher",
            Self::Waiver => "waiver",
            Self::Desk => "desk",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Online, Self::Voucher, Self::Waiver, Self::Desk]
            .into_iter()
            .find(|k| k.code() == raw)
    }
}
