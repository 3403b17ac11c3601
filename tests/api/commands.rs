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

fn content_check(root: &Path) -> std::process::Output {
    belehrung()
        .args(["content", "check"])
        .arg(root)
        .output()
        .expect("run")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
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
    std::fs::remove_file(root.join("courses/ifsg43/de/videos/warum.vtt")).expect("remove captions");
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
        report.contains("de/videos/warum.vtt: missing captions"),
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

/// A translation is committed as text first; its videos are built from it later.
#[test]
fn a_translation_without_videos_is_checked_and_shows_the_source_film() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("content");
    copy_tree(&content_dir(), &root);
    let course = root.join("courses/ifsg43");
    copy_tree(&course.join("en"), &course.join("nl"));
    std::fs::remove_dir_all(course.join("nl/videos")).expect("remove videos");
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
            && report.contains("the de film and captions stand in"),
        "{report}"
    );
    assert!(report.contains("de       complete: 8 lessons"), "{report}");
    let content = belehrung::course::Content::load(&root).expect("valid");
    let dutch = content.course.language("nl").expect("offered");
    let german = content.course.language("de").expect("German");
    assert_eq!(dutch.lessons[0].video, german.lessons[0].video);
    assert_eq!(dutch.lessons[0].captions_language.as_deref(), Some("de"));
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
fn one_film_for_all_languages_with_captions_per_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("content");
    copy_tree(&content_dir(), &root);
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
        let german =
            std::fs::read_to_string(root.join(format!("courses/ifsg43/de/lessons/{id}.md")))
                .expect("German lesson");
        let duration = german
            .lines()
            .find(|l| l.starts_with("duration_s"))
            .expect("duration")
            .to_string();
        let shared: String = lesson
            .lines()
            .map(|line| {
                if line.starts_with("video = ") {
                    format!("video = \"../de/videos/{id}.mp4\"\nnarration = \"de\"")
                } else if line.starts_with("duration_s") {
                    duration.clone()
                } else {
                    line.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(entry.path(), shared).expect("write lesson");
        std::fs::remove_file(english.join(format!("videos/{id}.mp4"))).expect("remove film");
    }

    let output = content_check(&root);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(report.contains("narrated in de"), "{report}");
    let content = belehrung::course::Content::load(&root).expect("valid");
    let lesson = &content.course.language("en").expect("offered").lessons[0];
    assert!(
        lesson
            .video
            .ends_with(format!("de/videos/{}.mp4", lesson.id))
    );
    assert!(
        lesson
            .captions
            .ends_with(format!("en/videos/{}.vtt", lesson.id))
    );
}
