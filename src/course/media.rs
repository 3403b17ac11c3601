//! Checks of the video and caption files a lesson points to.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

/// The duration recorded in an MP4's movie header (`moov/mvhd`), in milliseconds.
pub fn mp4_duration_ms(path: &Path) -> Result<i64, String> {
    let file = File::open(path).map_err(|e| format!("missing video ({e})"))?;
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    let mut reader = BufReader::new(file);
    let moov = find_box(&mut reader, 0, len, b"moov")?.ok_or("not an MP4 file: no moov box")?;
    let mvhd =
        find_box(&mut reader, moov.0, moov.1, b"mvhd")?.ok_or("not an MP4 file: no mvhd box")?;
    reader
        .seek(SeekFrom::Start(mvhd.0))
        .map_err(|e| e.to_string())?;
    let version = read_u8(&mut reader)?;
    let (timescale, duration) = if version == 1 {
        skip(&mut reader, 3 + 8 + 8)?;
        (u64::from(read_u32(&mut reader)?), read_u64(&mut reader)?)
    } else {
        skip(&mut reader, 3 + 4 + 4)?;
        (
            u64::from(read_u32(&mut reader)?),
            u64::from(read_u32(&mut reader)?),
        )
    };
    if timescale == 0 {
        return Err("MP4 movie header has a time scale of 0".into());
    }
    i64::try_from(duration.saturating_mul(1000) / timescale).map_err(|e| e.to_string())
}

/// Finds a box of type `kind` among the boxes in `start..end`; returns its payload range.
fn find_box<R: Read + Seek>(
    reader: &mut R,
    start: u64,
    end: u64,
    kind: &[u8; 4],
) -> Result<Option<(u64, u64)>, String> {
    let mut at = start;
    while at + 8 <= end {
        reader
            .seek(SeekFrom::Start(at))
            .map_err(|e| e.to_string())?;
        let size32 = read_u32(reader)?;
        let mut name = [0u8; 4];
        reader.read_exact(&mut name).map_err(|e| e.to_string())?;
        let (header, size) = match size32 {
            0 => (8, end - at),
            1 => (16, read_u64(reader)?),
            n => (8, u64::from(n)),
        };
        if size < header || at + size > end {
            return Err(format!("broken MP4 box at byte {at}"));
        }
        if &name == kind {
            return Ok(Some((at + header, at + size)));
        }
        at += size;
    }
    Ok(None)
}

fn read_u8<R: Read>(r: &mut R) -> Result<u8, String> {
    let mut b = [0u8; 1];
    r.read_exact(&mut b).map_err(|e| e.to_string())?;
    Ok(b[0])
}

fn read_u32<R: Read>(r: &mut R) -> Result<u32, String> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b).map_err(|e| e.to_string())?;
    Ok(u32::from_be_bytes(b))
}

fn read_u64<R: Read>(r: &mut R) -> Result<u64, String> {
    let mut b = [0u8; 8];
    r.read_exact(&mut b).map_err(|e| e.to_string())?;
    Ok(u64::from_be_bytes(b))
}

fn skip<R: Read>(r: &mut R, n: u64) -> Result<(), String> {
    std::io::copy(&mut r.take(n), &mut std::io::sink()).map_err(|e| e.to_string())?;
    Ok(())
}

/// Problems of a WebVTT file: the header, every cue's timing, and cues that run past
/// the end of the video.
pub fn vtt_problems(path: &Path, video_ms: i64) -> Vec<String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return vec![format!("missing captions ({e})")],
    };
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    if !text.starts_with("WEBVTT") {
        return vec!["captions must start with the line WEBVTT".into()];
    }
    let mut problems = Vec::new();
    let mut cues = 0;
    let mut previous_start = 0;
    for block in text.split("\n\n").skip(1) {
        let mut lines = block.lines().skip_while(|l| !l.contains("-->"));
        let Some(timing) = lines.next() else { continue };
        cues += 1;
        let mut parts = timing.split("-->");
        let start = parts.next().and_then(|s| parse_timestamp(s.trim()));
        let end = parts
            .next()
            .and_then(|s| s.split_whitespace().next())
            .and_then(parse_timestamp);
        match (start, end) {
            (Some(start), Some(end)) if start < end => {
                if start < previous_start {
                    problems.push(format!("cue {cues} starts before the cue before it"));
                }
                if end > video_ms + 500 {
                    problems.push(format!(
                        "cue {cues} ends at {end} ms, after the video ({video_ms} ms)"
                    ));
                }
                previous_start = start;
            }
            _ => problems.push(format!("cue {cues} has a broken timing line {timing:?}")),
        }
        if lines.all(|l| l.trim().is_empty()) {
            problems.push(format!("cue {cues} has no text"));
        }
    }
    if cues == 0 {
        problems.push("captions hold no cue".into());
    }
    problems
}

/// `HH:MM:SS.mmm` or `MM:SS.mmm`, in milliseconds.
fn parse_timestamp(raw: &str) -> Option<i64> {
    let (clock, millis) = raw.split_once('.')?;
    if millis.len() != 3 {
        return None;
    }
    let millis: i64 = millis.parse().ok()?;
    let fields: Vec<i64> = clock
        .split(':')
        .map(|f| f.parse().ok())
        .collect::<Option<_>>()?;
    let seconds = match fields.as_slice() {
        [h, m, s] => h * 3600 + m * 60 + s,
        [m, s] => m * 60 + s,
        _ => return None,
    };
    Some(seconds * 1000 + millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_parse_in_both_forms() {
        assert_eq!(parse_timestamp("00:01:02.500"), Some(62_500));
        assert_eq!(parse_timestamp("01:02.500"), Some(62_500));
        assert_eq!(parse_timestamp("1:2"), None);
    }

    #[test]
    fn broken_captions_are_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("x.vtt");
        let broken = "WEBVTT\n\n00:00.000 --> 00:05.000\nHallo\n\n\
                      00:06.000 --> 00:04.000\nKaputt\n\n00:07.000 --> 00:30.000\nZu lang\n";
        std::fs::write(&path, broken).expect("write");
        let problems = vtt_problems(&path, 10_000);
        assert_eq!(problems.len(), 2, "{problems:?}");
        std::fs::write(&path, "no header").expect("write");
        assert_eq!(vtt_problems(&path, 10_000).len(), 1);
    }
}
