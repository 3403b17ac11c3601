//! When a video counts as watched, in one place: which parts were watched, how much
//! of that real time allows, and the share that must be watched ([`WatchRatio`]).
//!
//! The player reports spans it played; the server keeps the union per lesson. A span
//! only counts as far as the real time since the watching began allows, so a script
//! cannot "watch" twenty minutes in two seconds and playing at 16× counts as 1×.

/// Reports arrive a little after the playing they describe; this much slack keeps an
/// honest player on a slow network from losing seconds.
pub const REAL_TIME_SLACK_MS: i64 = 3_000;

/// The share of every video that must be watched before the quiz opens
/// (`BELEHRUNG_REQUIRED_WATCH_RATIO`), kept in millionths so that 95 % of a video is
/// exactly 95 %, with no rounding of floating point in the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WatchRatio(u32);

const MILLION: i64 = 1_000_000;

impl WatchRatio {
    pub fn new(ratio: f64) -> Option<Self> {
        // A ratio above zero stays above zero: it must not switch the requirement off.
        (0.0..=1.0).contains(&ratio).then(|| {
            let millionths = (ratio * MILLION as f64).round() as u32;
            Self(if ratio > 0.0 { millionths.max(1) } else { 0 })
        })
    }

    pub fn get(self) -> f64 {
        f64::from(self.0) / MILLION as f64
    }

    /// With a ratio of zero the watch requirement, including real time, is off.
    pub fn is_required(self) -> bool {
        self.0 > 0
    }

    /// Whether `covered_ms` of a video of `duration_ms` is watched enough.
    pub fn is_watched(self, covered_ms: i64, duration_ms: i64) -> bool {
        let needed = (i64::from(self.0) * duration_ms.max(0) + MILLION - 1) / MILLION;
        covered_ms >= needed
    }

    /// How much more watching the real time allows: the time since this round of
    /// watching began, with a little slack, less what was credited already. `None`
    /// when watching is not required (no real-time limit either).
    pub fn real_time_budget(self, elapsed_ms: i64, watched_ms: i64) -> Option<i64> {
        self.is_required()
            .then(|| elapsed_ms + REAL_TIME_SLACK_MS - watched_ms)
    }
}

/// A played stretch of a video, in milliseconds, `from_ms < to_ms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from_ms: i64,
    pub to_ms: i64,
}

impl Span {
    pub fn new(from_ms: i64, to_ms: i64) -> Option<Self> {
        (0 <= from_ms && from_ms < to_ms).then_some(Self { from_ms, to_ms })
    }

    fn len(self) -> i64 {
        self.to_ms - self.from_ms
    }
}

/// The spans merged into disjoint, sorted stretches.
pub fn merged(spans: &[Span]) -> Vec<Span> {
    let mut sorted = spans.to_vec();
    sorted.sort_by_key(|s| s.from_ms);
    let mut out: Vec<Span> = Vec::with_capacity(sorted.len());
    for span in sorted {
        match out.last_mut() {
            Some(last) if span.from_ms <= last.to_ms => last.to_ms = last.to_ms.max(span.to_ms),
            _ => out.push(span),
        }
    }
    out
}

/// Milliseconds covered by the union of the spans.
pub fn covered_ms(spans: &[Span]) -> i64 {
    merged(spans).iter().map(|s| s.len()).sum()
}

/// The stretches of `new` that `existing` does not cover yet, in order.
fn gaps(existing: &[Span], new: Span) -> Vec<Span> {
    let mut gaps = Vec::new();
    let mut cursor = new.from_ms;
    for covered in merged(existing) {
        if covered.to_ms <= cursor {
            continue;
        }
        if covered.from_ms >= new.to_ms {
            break;
        }
        if covered.from_ms > cursor {
            gaps.push(Span {
                from_ms: cursor,
                to_ms: covered.from_ms,
            });
        }
        cursor = covered.to_ms;
    }
    if cursor < new.to_ms {
        gaps.push(Span {
            from_ms: cursor,
            to_ms: new.to_ms,
        });
    }
    gaps
}

/// The part of `new` that may be credited: cut where the newly covered time would exceed
/// `budget_ms` (`None`: no real-time limit). `None` when it adds nothing.
pub fn credit(existing: &[Span], new: Span, budget_ms: Option<i64>) -> Option<Span> {
    let mut left = budget_ms.unwrap_or(i64::MAX);
    let mut end = None;
    for gap in gaps(existing, new) {
        let take = gap.len().min(left);
        if take <= 0 {
            break;
        }
        left -= take;
        end = Some(gap.from_ms + take);
        if take < gap.len() {
            break;
        }
    }
    end.map(|to_ms| Span {
        from_ms: new.from_ms,
        to_ms,
    })
}

/// Most separate stretches kept per lesson and round. A player that plays through, with
/// the odd seek, stays far below; only reports of tiny scattered spans come near it, and
/// the stored row stays small whatever is reported.
pub const MAX_STRETCHES: usize = 500;

/// The merged, disjoint, sorted stretches of a lesson that were watched, as stored:
/// `"from-to,from-to"` in milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage(Vec<Span>);

/// A stored coverage that does not read as one.
#[derive(Debug, thiserror::Error)]
#[error("stored coverage is malformed: {0:?}")]
pub struct MalformedCoverage(String);

impl Coverage {
    pub fn parse(text: &str) -> Result<Self, MalformedCoverage> {
        if text.is_empty() {
            return Ok(Self::default());
        }
        let spans = text
            .split(',')
            .map(|stretch| {
                let (from, to) = stretch.split_once('-')?;
                Span::new(from.parse().ok()?, to.parse().ok()?)
            })
            .collect::<Option<Vec<Span>>>()
            .ok_or_else(|| MalformedCoverage(text.chars().take(40).collect()))?;
        // Merging again costs little and makes any stored order or overlap harmless.
        Ok(Self(merged(&spans)))
    }

    pub fn spans(&self) -> &[Span] {
        &self.0
    }

    pub fn covered_ms(&self) -> i64 {
        self.0.iter().map(|s| s.len()).sum()
    }

    /// The coverage with `span` added, merged.
    pub fn with(&self, span: Span) -> Self {
        let mut spans = self.0.clone();
        spans.push(span);
        Self(merged(&spans))
    }

    pub fn stretch_count(&self) -> usize {
        self.0.len()
    }
}

impl std::fmt::Display for Coverage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, span) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{}-{}", span.from_ms, span.to_ms)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_watch_ratio_is_exact_to_the_millisecond() {
        let ratio = WatchRatio::new(0.95).expect("ratio");
        // 95 % of 145 800 ms is 138 510 ms, not a float's 138 510.000 000 000 03.
        assert!(ratio.is_watched(138_510, 145_800));
        assert!(!ratio.is_watched(138_509, 145_800));
        let all = WatchRatio::new(1.0).expect("ratio");
        assert!(all.is_watched(145_800, 145_800) && !all.is_watched(145_799, 145_800));
        let none = WatchRatio::new(0.0).expect("ratio");
        assert!(none.is_watched(0, 145_800) && !none.is_required());
        assert_eq!(none.real_time_budget(10_000, 0), None);
        assert_eq!(ratio.real_time_budget(10_000, 4_000), Some(9_000));
        assert!(WatchRatio::new(1.01).is_none() && WatchRatio::new(-0.1).is_none());
        assert!(
            WatchRatio::new(1e-9).is_some_and(WatchRatio::is_required),
            "not rounded off"
        );
    }
    use proptest::prelude::*;

    fn s(from: i64, to: i64) -> Span {
        Span {
            from_ms: from,
            to_ms: to,
        }
    }

    #[test]
    fn overlapping_spans_count_once() {
        assert_eq!(covered_ms(&[s(0, 10), s(5, 15), s(20, 30)]), 25);
    }

    #[test]
    fn new_time_is_cut_at_the_budget() {
        assert_eq!(credit(&[], s(0, 100), Some(40)), Some(s(0, 40)));
        // Re-watching what was covered costs nothing; the gap behind it is cut.
        assert_eq!(credit(&[s(0, 50)], s(0, 100), Some(10)), Some(s(0, 60)));
        assert_eq!(credit(&[s(0, 50)], s(10, 40), Some(100)), None);
        assert_eq!(credit(&[], s(0, 100), Some(0)), None);
        assert_eq!(credit(&[s(20, 30)], s(0, 100), None), Some(s(0, 100)));
    }

    #[test]
    fn coverage_reads_back_what_it_wrote() {
        let coverage = Coverage::default()
            .with(s(5, 10))
            .with(s(0, 3))
            .with(s(3, 4));
        assert_eq!(coverage.to_string(), "0-4,5-10");
        assert_eq!(Coverage::parse("0-4,5-10").ok(), Some(coverage.clone()));
        assert_eq!(coverage.covered_ms(), 9);
        assert_eq!(Coverage::parse("").ok(), Some(Coverage::default()));
        assert!(Coverage::parse("4-1").is_err());
        assert!(Coverage::parse("1-x").is_err());
    }

    proptest! {
        #[test]
        fn coverage_counts_what_the_spans_cover(
            spans in proptest::collection::vec((0i64..1000, 1i64..200), 0..20),
        ) {
            let spans: Vec<Span> = spans.into_iter().map(|(f, l)| s(f, f + l)).collect();
            let coverage = spans.iter().fold(Coverage::default(), |c, span| c.with(*span));
            prop_assert_eq!(coverage.covered_ms(), covered_ms(&spans));
            let again = Coverage::parse(&coverage.to_string());
            prop_assert_eq!(again.ok(), Some(coverage));
        }
    }

    proptest! {
        #[test]
        fn credit_never_exceeds_the_budget_nor_the_span(
            existing in proptest::collection::vec((0i64..1000, 1i64..200), 0..8),
            from in 0i64..1000, len in 1i64..500, budget in 0i64..600,
        ) {
            let existing: Vec<Span> = existing.into_iter().map(|(f, l)| s(f, f + l)).collect();
            let new = s(from, from + len);
            let before = covered_ms(&existing);
            match credit(&existing, new, Some(budget)) {
                Some(span) => {
                    prop_assert!(span.from_ms == new.from_ms && span.to_ms <= new.to_ms);
                    let mut after = existing.clone();
                    after.push(span);
                    let gained = covered_ms(&after) - before;
                    prop_assert!(gained > 0 && gained <= budget);
                }
                None => {
                    let mut after = existing.clone();
                    after.push(new);
                    prop_assert!(budget == 0 || covered_ms(&after) == before);
                }
            }
        }

        #[test]
        fn without_a_budget_the_whole_span_is_credited(from in 0i64..1000, len in 1i64..500) {
            prop_assert_eq!(credit(&[], s(from, from + len), None), Some(s(from, from + len)));
        }
    }
}
