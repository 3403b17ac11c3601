//! The program as an operator runs it.

use std::path::Path;
use std::process::Command;

use crate::helpers::{Backend, content_dir, fresh_database};

fn belehrung() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_belehrung"));
    command
        .current_dir(std::env::temp_dir())
        .env_remove("RUST_LOG");
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("BELEHRUNG_")) {
        command.env_remove(key);
    }
    command
}

#[test]
fn help_lists_the_commands() {
    let output = belehrung().arg("--help").output().expect("run");
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    for command in ["serve", "migrate", "content"] {
        assert!(help.contains(command), "{help}");
    }
}

#[test]
fn a_bad_setting_stops_with_one_line_naming_it() {
    let output = belehrung()
        .arg("migrate")
        .env("BELEHRUNG_REQUIRED_WATCH_RATIO", "viel")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("BELEHRUNG_REQUIRED_WATCH_RATIO"),
        "{stderr}"
    );
}

#[test]
fn the_shipped_content_passes_the_check() {
    let output = content_check(&content_dir());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("valid"));
}

/// Builds one lesson's film of `root` into the media cache `out`, as an office runs the
/// build; returns what it printed.
fn build_films(root: &Path, out: &Path, language: &str, lesson: &str) -> String {
    let output = Command::new(content_dir().join("build/build-videos"))
        .args(["--lang", language, "--lesson", lesson, "--content"])
        .arg(root)
        .arg("--out")
        .arg(out)
        .output()
        .expect("content/build/build-videos (tests/run installs its tools)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).to_string()
}

/// `content check` of `root`, with an empty media cache of its own.
fn content_check(root: &Path) -> std::process::Output {
    let data = tempfile::tempdir().expect("temp dir");
    content_check_with(root, data.path())
}

/// `content check` of `root` with the films built into `data`/media.
fn content_check_with(root: &Path, data: &Path) -> std::process::Output {
    belehrung()
        .args(["content", "check"])
        .arg(root)
        .env("BELEHRUNG_DATA_DIR", data)
        .output()
        .expect("run")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        if entry.file_name() == "node_modules" {
            continue;
        }
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn broken_content_is_reported_problem_by_problem() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("content");
    copy_tree(&content_dir(), &root);
    let english = root.join("courses/ifsg43/en");
    std::fs::remove_file(english.join("lessons/pflichten.md")).expect("remove a lesson");
    let quiz = std::fs::read_to_string(english.join("quiz.toml")).expect("quiz");
    std::fs::write(
        english.join("quiz.toml"),
        quiz.replace("correct = true", "correct = false"),
    )
    .expect("break the quiz");
    let films = root.join("media/ifsg43/de");
    let captions = std::fs::read_dir(&films)
        .expect("films")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("warum-"))
                && p.extension().is_some_and(|e| e == "vtt")
        })
        .expect("the German captions of warum");
    std::fs::remove_file(&captions).expect("remove captions");
    std::fs::remove_file(root.join("pictograms/germ.svg")).expect("remove a pictogram");

    let output = content_check(&root);
    let report = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert!(
        report.contains("en/lessons/pflichten.md: missing lesson"),
        "{report}"
    );
    assert!(
        report.contains("needs at least one correct and one wrong option"),
        "{report}"
    );
    assert!(
        report.contains("differs in lesson, options or correct answers"),
        "{report}"
    );
    assert!(
        report.contains(&format!("{}: missing captions", captions.display())),
        "{report}"
    );
    assert!(
        report.contains("there is no pictograms/germ.svg"),
        "{report}"
    );

    // The server refuses to start on it, with the same list.
    let (url, _db) = fresh_database(Backend::Sqlite);
    let serve = belehrung()
        .arg("serve")
        .env("BELEHRUNG_CONTENT_DIR", &root)
        .env("BELEHRUNG_DATABASE_URL", url)
        .env("BELEHRUNG_BIND", "127.0.0.1:0")
        .output()
        .expect("run");
    assert!(!serve.status.success());
    assert!(String::from_utf8_lossy(&serve.stderr).contains("missing lesson"));
}

#[test]
fn migrate_creates_the_schema_on_both_backends() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let (url, _dir) = fresh_database(backend);
        let output = belehrung()
            .arg("migrate")
            .env("BELEHRUNG_DATABASE_URL", &url)
            .output()
            .expect("run");
        assert!(
            output.status.success(),
            "{backend:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let again = belehrung()
            .arg("migrate")
            .env("BELEHRUNG_DATABASE_URL", &url)
            .output()
            .expect("run");
        assert!(again.status.success());
    }
}

#[test]
fn an_unreachable_postgres_is_named_not_guessed() {
    let output = belehrung()
        .arg("migrate")
        .env(
            "BELEHRUNG_DATABASE_URL",
            "postgres://nobody@127.0.0.1:1/none",
        )
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("PostgreSQL") || stderr.contains("postgres"),
        "{stderr}"
    );
}

/// A translation is committed as text first; its films are built from it later. Until
/// then it shows the source language's film with captions in its own language.
#[test]
fn a_translation_without_films_reads_its_captions_under_the_source_voice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("content");
    copy_tree(&content_dir(), &root);
    let course = root.join("courses/ifsg43");
    copy_tree(&course.join("en"), &course.join("nl"));
    let language = std::fs::read_to_string(course.join("nl/language.toml")).expect("language");
    std::fs::write(
        course.join("nl/language.toml"),
        language
            .replace("code = \"en\"", "code = \"nl\"")
            .replace("name = \"English\"", "name = \"Nederlands\""),
    )
    .expect("write language");
    let listing = std::fs::read_to_string(course.join("course.toml")).expect("course");
    std::fs::write(
        course.join("course.toml"),
        listing.replacen("\"en\"", "\"en\", \"nl\"", 1),
    )
    .expect("write course");
    std::fs::copy(root.join("mail/en.ftl"), root.join("mail/nl.ftl")).expect("mail");
    std::fs::copy(root.join("pages/en.ftl"), root.join("pages/nl.ftl")).expect("pages");

    let output = content_check(&root);
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        report.contains("nl       complete: 8 lessons")
            && report.contains(
                "8 not built: the de film and captions in nl stand in (content/build/build-videos --lang nl)"
            ),
        "{report}"
    );
    assert!(
        report.contains("de       complete: 8 lessons")
            && report.contains("films 8/8 built, narrated in de"),
        "{report}"
    );
    let content = belehrung::course::Content::load(&root).expect("valid");
    let dutch = content.course.language("nl").expect("offered");
    let german = content.course.language("de").expect("German");
    let (lesson, original) = (&dutch.lessons[0], &german.lessons[0]);
    assert_eq!(lesson.video, original.video);
    assert_eq!(lesson.duration_ms, original.duration_ms);
    assert_eq!(lesson.narration.as_deref(), Some("de"));
    assert_eq!(lesson.captions_language, None);
    let belehrung::course::Film::Built(film) = &original.film else {
        panic!("the German film is built");
    };
    let belehrung::course::Captions::Text(vtt) = &lesson.captions else {
        panic!("captions made from the lesson text");
    };
    // The first cue starts when the German voice starts the first paragraph, and says
    // the first words of the translation's.
    let start = film.spans[0].0;
    let first_cue = vtt.split("\n\n").nth(1).expect("a cue");
    assert!(
        first_cue.starts_with(&format!("00:00:0{start:.0}.000 --> ")),
        "{first_cue}"
    );
    let first_words: String = lesson
        .text
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(first_cue.contains(&first_words), "{first_cue}");
    let last_end = film.spans.last().expect("spans").1;
    assert!(
        vtt.trim_end()
            .rsplit("\n\n")
            .next()
            .is_some_and(|cue| cue.contains(&format!(
                "--> 00:0{}:{:06.3}",
                (last_end / 60.0) as u32,
                last_end % 60.0
            ))),
        "{vtt}"
    );
    assert!(content.course.awaiting_videos.contains(&"nl".to_string()));

    // Its texts are still checked: a lesson that drops a paragraph is refused.
    let lesson = course.join("nl/lessons/warum.md");
    let text = std::fs::read_to_string(&lesson).expect("lesson");
    let (head, last) = text.trim_end().rsplit_once("\n\n").expect("paragraphs");
    assert!(!last.trim().is_empty());
    std::fs::write(&lesson, format!("{head}\n")).expect("write lesson");
    let output = content_check(&root);
    let report = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{report}");
    assert!(
        report.contains("nl/lessons/warum.md: has") && report.contains("paragraph by paragraph"),
        "{report}"
    );
}

/// An office's own film, spoken in German, serves every language with its own captions.
#[test]
fn one_recorded_film_for_all_languages_with_captions_per_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("content");
    copy_tree(&content_dir(), &root);
    let german_films = root.join("media/ifsg43/de");
    let english = root.join("courses/ifsg43/en");
    for entry in std::fs::read_dir(english.join("lessons"))
        .expect("lessons")
        .flatten()
    {
        let lesson = std::fs::read_to_string(entry.path()).expect("lesson");
        let id = entry
            .path()
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .to_string();
        let manifest: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(german_films.join(format!("{id}.json"))).expect("manifest"),
        )
        .expect("json");
        let recorded = format!(
            "video = \"../../../media/ifsg43/de/{}\"\ncaptions = \"../../../media/ifsg43/de/{}\"\nduration_s = {}\nnarration = \"de\"\n+++\n",
            manifest["video"].as_str().expect("video"),
            manifest["captions"].as_str().expect("captions"),
            manifest["duration_s"]
        );
        std::fs::write(
            entry.path(),
            lesson
                .replacen("+++\n", &recorded, 2)
                .replacen(&recorded, "+++\n", 1),
        )
        .expect("write lesson");
    }

    let output = content_check(&root);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("en       complete: 8 lessons")
            && report.contains("8 recorded by the office"),
        "{report}"
    );
    let content = belehrung::course::Content::load(&root).expect("valid");
    let lesson = &content.course.language("en").expect("offered").lessons[0];
    assert_eq!(lesson.film, belehrung::course::Film::Recorded);
    assert_eq!(lesson.narration.as_deref(), Some("de"));
    assert!(lesson.video.starts_with(root.join("courses/ifsg43/en")));
}

/// `content check` holds every film to the slides' rules and reports, per language, in
/// which language its films speak, how long and how large they are.
#[test]
fn films_keep_to_the_slides_rules_and_are_reported_per_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("content");
    copy_tree(&content_dir(), &root);
    let data = dir.path().join("data");
    // A Somali chapter built into the deployment's media cache: espeak-ng has no Somali
    // voice, so it speaks German under Somali slides and captions.
    build_films(&root, &data.join("media"), "so", "warum");
    let somali_films = data.join("media/ifsg43/so");
    let output = content_check_with(&root, &data);
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let somali = report
        .lines()
        .find(|l| l.trim_start().starts_with("so "))
        .expect("so");
    assert!(
        somali.contains("films 1/8 built, narrated in de, no voice for so (captions in so)")
            && somali.contains("7 not built")
            && somali.contains(" min, ")
            && somali.contains(" MB per minute"),
        "{somali}"
    );
    let content = belehrung::course::Content::load_with_films(&root, Some(&data.join("media")))
        .expect("valid");
    let lesson = &content.course.language("so").expect("Somali").lessons[0];
    assert_eq!(lesson.narration.as_deref(), Some("de"));

    // The German lesson takes another picture for its first slide (and its film is built
    // again): the Somali film, which shows the German lesson's pictures, is out of date,
    // and the German one stands in.
    let warum = root.join("courses/ifsg43/de/lessons/warum.md");
    let original = std::fs::read_to_string(&warum).expect("lesson");
    std::fs::write(&warum, original.replacen("\"microbe\"", "\"warning\"", 1)).expect("write");
    build_films(&root, &data.join("media"), "de", "warum");
    let output = content_check_with(&root, &data);
    let report = String::from_utf8_lossy(&output.stdout);
    let somali = report
        .lines()
        .find(|l| l.trim_start().starts_with("so "))
        .unwrap_or_default();
    assert!(
        somali.contains("8 not built"),
        "{report}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::write(&warum, &original).expect("write");

    // A slide into the captions' area, text too small, a slide without a picture.
    let manifest_path = somali_films.join("warum.json");
    let mut manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest_path).expect("manifest"))
            .expect("json");
    manifest["slides"][1]["bottom_px"] = 600.into();
    manifest["slides"][2]["smallest_text_px"] = 30.into();
    manifest["slides"][3]["picture"] = "".into();
    std::fs::write(&manifest_path, manifest.to_string()).expect("write");
    // A German slide without its message, a picture not in the set, a Leichte Sprache
    // slide text far too long for a slide.
    let warum = root.join("courses/ifsg43/de/lessons/warum.md");
    let text = std::fs::read_to_string(&warum).expect("lesson");
    std::fs::write(
        &warum,
        text.replacen("\"microbe\"", "\"unicorn\"", 1).replacen(
            "  \"Über Lebensmittel werden viele Menschen krank\",\n",
            "",
            1,
        ),
    )
    .expect("write");
    let easy = root.join("courses/ifsg43/de-x-ls/lessons/hygiene.md");
    let text = std::fs::read_to_string(&easy).expect("lesson");
    let (before, after) = text.split_once("slide_texts = [\n").expect("slide texts");
    std::fs::write(
        &easy,
        format!(
            "{before}slide_texts = [\n  \"{}\",\n{after}",
            "Hände ".repeat(15)
        ),
    )
    .expect("write");
    let output = content_check_with(&root, &data);
    let problems = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{problems}");
    for expected in [
        "so/warum.json: slide 2 reaches 600 px, into the captions' area below 540 px",
        "so/warum.json: slide 3 has text of 30 px, less than 6 % of the 720 px frame",
        "so/warum.json: slide 4 has no picture",
        "de/lessons/warum.md: has 6 slide_texts for 7 paragraphs",
        "de/lessons/warum.md: slide picture \"unicorn\" is not named in content/pictures.toml",
        "de-x-ls/lessons/hygiene.md: has 8 slide_texts for 7 paragraphs",
        "characters, it is shown large",
        // The German text changed: its committed film no longer counts.
        "de/lessons/warum.md: the source language's film is not built for this text",
    ] {
        assert!(problems.contains(expected), "{expected}: {problems}");
    }
}

/// The film build as an office runs it: a paragraph the office recorded replaces the
/// synthetic voice, the same inputs give the same bytes, and what is built is not built
/// again.
#[test]
fn the_film_build_takes_recordings_and_gives_the_same_bytes_twice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("content");
    copy_tree(&content_dir(), &root);
    let recordings = root.join("courses/ifsg43/de/recordings");
    std::fs::create_dir_all(&recordings).expect("mkdir");
    let recorded = Command::new("ffmpeg")
        .args(["-hide_banner", "-loglevel", "error", "-f", "lavfi"])
        .args(["-i", "sine=frequency=220:duration=3.5", "-ac", "1"])
        .arg(recordings.join("warum-2.wav"))
        .status()
        .expect("ffmpeg (tests/run installs it)");
    assert!(recorded.success());
    let build = |out: &str| build_films(&root, &dir.path().join(out), "de", "warum");
    let first = build("a");
    assert!(first.contains("1 built, 0 up to date"), "{first}");
    assert!(build("b").contains("1 built"));
    assert!(build("a").contains("0 built, 1 up to date"));

    let films = |out: &str| {
        let folder = dir.path().join(out).join("ifsg43/de");
        let manifest: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(folder.join("warum.json")).expect("manifest"),
        )
        .expect("json");
        let read = |key: &str| {
            std::fs::read(folder.join(manifest[key].as_str().expect("file"))).expect("file")
        };
        (read("video"), read("captions"), manifest)
    };
    let (video_a, captions_a, manifest) = films("a");
    let (video_b, captions_b, manifest_b) = films("b");
    assert!(video_a == video_b, "the same inputs give the same film");
    assert_eq!(captions_a, captions_b);
    assert_eq!(manifest, manifest_b);
    assert_eq!(manifest["recorded"][1], true, "{manifest:#}");
    assert_eq!(manifest["recorded"][0], false);
    let spoken = &manifest["paragraphs"][1];
    let seconds = spoken[1].as_f64().unwrap_or(0.0) - spoken[0].as_f64().unwrap_or(0.0);
    assert!((seconds - 3.5).abs() < 0.05, "{manifest:#}");
    // Still frames, one per slide, and speech at a phone's bit rate.
    let minutes = manifest["duration_s"].as_f64().unwrap_or(0.0) / 60.0;
    assert!(video_a.len() as f64 / 1e6 / minutes <= 0.3, "{manifest:#}");
}
