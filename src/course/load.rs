use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::consistency::{check_declaration, check_questions, compare_with_source};
use super::files::{Problems, is_slug, read_toml};
use super::lesson_file::{FilmSources, load_lesson, report_stray_lessons};
use super::mail_texts::MailTexts;
use super::model::{
    Course, CourseLanguage, Declaration, Direction, Film, Lesson, Question, QuizRules, ReviewStatus,
};
use super::page_texts::PageTexts;
use super::stand_in;
use super::tenant::Tenant;

/// The course ships as `content/courses/<id>/`; this is the one the law asks for.
pub const COURSE_ID: &str = "ifsg43";

/// Everything under `content/`, loaded and checked as a whole.
#[derive(Debug, Clone)]
pub struct Content {
    pub root: PathBuf,
    pub course: Course,
    pub tenants: Vec<Tenant>,
    /// Page texts: the source language's, and every other course language's.
    /// E-mail texts of every course language.
    mail: Vec<(String, MailTexts)>,
    /// Learner page texts of every course language.
    pages: Vec<(String, PageTexts)>,
}

/// Every problem found in a content tree, each naming its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentProblems(pub Vec<String>);

impl fmt::Display for ContentProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} problem(s) in the content:", self.0.len())?;
        for problem in &self.0 {
            writeln!(f, "  - {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentProblems {}

impl Content {
    pub fn tenant(&self, id: &str) -> Option<&Tenant> {
        self.tenants.iter().find(|t| t.id == id)
    }

    /// The e-mail texts in `language`, or in the course's source language.
    pub fn mail(&self, language: &str) -> &MailTexts {
        let find = |code: &str| self.mail.iter().find(|(c, _)| c == code);
        find(language)
            .or_else(|| find(&self.course.source_language))
            .map(|(_, texts)| texts)
            .unwrap_or_else(|| &self.mail[0].1)
    }

    /// The learner pages' texts in `language`, or in the course's source language.
    pub fn pages(&self, language: &str) -> &PageTexts {
        let find = |code: &str| self.pages.iter().find(|(c, _)| c == code);
        find(language)
            .or_else(|| find(&self.course.source_language))
            .map(|(_, texts)| texts)
            .unwrap_or_else(|| &self.pages[0].1)
    }

    /// Loads and validates the tree, with the films shipped in `content/media`; lists
    /// every problem instead of stopping at the first.
    pub fn load(root: &Path) -> Result<Self, ContentProblems> {
        Self::load_with_films(root, None)
    }

    /// As `load`, with the films built into `media` (a deployment's `data/media`) ahead
    /// of those shipped in `content/media`.
    pub fn load_with_films(root: &Path, media: Option<&Path>) -> Result<Self, ContentProblems> {
        let mut problems = Problems::default();
        let caches: Vec<PathBuf> = media
            .into_iter()
            .map(Path::to_path_buf)
            .chain([root.join("media")])
            .collect();
        let pictures = load_picture_names(&root.join("pictures.toml"), &mut problems);
        let course = load_course(
            &root.join("courses").join(COURSE_ID),
            &caches,
            &pictures,
            &mut problems,
        );
        let tenants = match &course {
            Some(course) => {
                super::tenant_file::load_tenants(&root.join("tenants"), course, &mut problems)
            }
            None => Vec::new(),
        };
        let mail: Vec<(String, MailTexts)> = course
            .iter()
            .flat_map(|c| c.languages.iter())
            .filter_map(|language| {
                let path = root.join("mail").join(format!("{}.ftl", language.code));
                let source = std::fs::read_to_string(&path)
                    .map_err(|e| problems.add(&path, format!("cannot be read: {e}")))
                    .ok()?;
                let texts = MailTexts::parse(&language.code, source)
                    .map_err(|errors| {
                        for error in errors {
                            problems.add(&path, error);
                        }
                    })
                    .ok()?;
                for problem in texts.problems() {
                    problems.add(&path, problem);
                }
                let want = language.review.as_str();
                if texts.review() != Some(want) {
                    problems.add(
                        &path,
                        format!(
                            "needs the term `-review = {want}`, the course language's review status"
                        ),
                    );
                }
                Some((language.code.clone(), texts))
            })
            .collect();
        let pages = course
            .as_ref()
            .map(|c| super::page_texts::load_all(root, c, &mut problems))
            .unwrap_or_default();
        match course {
            Some(course) if problems.0.is_empty() => Ok(Self {
                root: root.to_path_buf(),
                course,
                tenants,
                mail,
                pages,
            }),
            _ => Err(ContentProblems(problems.0)),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseFile {
    id: String,
    version: String,
    source_language: String,
    languages: Vec<String>,
    lessons: Vec<String>,
    quiz: QuizRules,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    code: String,
    name: String,
    direction: Direction,
    review: ReviewStatus,
    course_title: String,
    declaration: Declaration,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    questions: Vec<Question>,
}

fn load_course(
    dir: &Path,
    caches: &[PathBuf],
    pictures: &BTreeSet<String>,
    problems: &mut Problems,
) -> Option<Course> {
    let course_path = dir.join("course.toml");
    let file: CourseFile = read_toml(&course_path, problems)?;
    if file.id != COURSE_ID {
        problems.add(&course_path, format!("id must be {COURSE_ID:?}"));
    }
    let rules = file.quiz;
    if rules.questions_per_attempt == 0
        || !(rules.pass_ratio > 0.0 && rules.pass_ratio <= 1.0)
        || rules.max_attempts == 0
    {
        problems.add(
            &course_path,
            "quiz needs questions_per_attempt ≥ 1, 0 < pass_ratio ≤ 1 and max_attempts ≥ 1",
        );
    }
    if !file.languages.contains(&file.source_language) {
        problems.add(&course_path, "source_language is not among the languages");
    }
    let mut seen = BTreeSet::new();
    for id in &file.lessons {
        if !is_slug(id) || !seen.insert(id) {
            problems.add(
                &course_path,
                format!("lesson id {id:?} is not a unique [a-z0-9-]+ id"),
            );
        }
    }
    if file.lessons.is_empty() {
        problems.add(&course_path, "lists no lessons");
    }
    let loaded: Vec<CourseLanguage> = file
        .languages
        .iter()
        .filter_map(|code| {
            let sources = FilmSources {
                media: caches.iter().map(|c| c.join(&file.id).join(code)).collect(),
                pictures,
                is_source: *code == file.source_language,
            };
            load_language(
                &dir.join(code),
                code,
                &file.lessons,
                rules,
                &sources,
                problems,
            )
        })
        .collect();
    let source = loaded.iter().find(|l| l.code == file.source_language);
    if let Some(source) = source {
        for lesson in source.lessons.iter().filter(|l| l.film == Film::Borrowed) {
            problems.add(
                &dir.join(&source.code).join("lessons").join(format!("{}.md", lesson.id)),
                format!(
                    "the source language's film is not built for this text (content/build/build-videos --lang {})",
                    source.code
                ),
            );
        }
        for other in loaded.iter().filter(|l| l.code != source.code) {
            compare_with_source(source, other, &dir.join(&other.code), problems);
        }
    }
    let source_lessons: Vec<Lesson> = source.map(|l| l.lessons.clone()).unwrap_or_default();
    let mut awaiting_videos = Vec::new();
    let languages = loaded
        .into_iter()
        .map(|mut language| {
            if language.code != file.source_language {
                stand_in::forget_outdated_films(&mut language, &source_lessons);
            }
            if language.code != file.source_language
                && language.lessons.iter().any(|l| l.film == Film::Borrowed)
            {
                stand_in::show_source_film(&mut language, &source_lessons, &file.source_language);
                awaiting_videos.push(language.code.clone());
            }
            language
        })
        .collect();
    Some(Course {
        id: file.id,
        version: file.version,
        source_language: file.source_language,
        quiz: rules,
        languages,
        awaiting_videos,
    })
}

/// The names `content/pictures.toml` gives the slides' pictures.
fn load_picture_names(path: &Path, problems: &mut Problems) -> BTreeSet<String> {
    let names: BTreeMap<String, String> = read_toml(path, problems).unwrap_or_default();
    for (name, hexcode) in &names {
        let valid = !hexcode.is_empty()
            && hexcode
                .split('-')
                .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_hexdigit()));
        if !is_slug(name) || !valid {
            problems.add(
                path,
                format!("{name} = {hexcode:?}: a [a-z0-9-]+ name for an emoji's hexcode"),
            );
        }
    }
    names.into_keys().collect()
}

fn load_language(
    dir: &Path,
    code: &str,
    lesson_ids: &[String],
    rules: QuizRules,
    sources: &FilmSources<'_>,
    problems: &mut Problems,
) -> Option<CourseLanguage> {
    let language_path = dir.join("language.toml");
    let file: LanguageFile = read_toml(&language_path, problems)?;
    if file.code != code {
        problems.add(
            &language_path,
            format!("code {:?} does not match its folder {code:?}", file.code),
        );
    }
    check_declaration(&language_path, &file.declaration, problems);
    let lessons: Vec<Lesson> = lesson_ids
        .iter()
        .filter_map(|id| load_lesson(dir, id, sources, problems))
        .collect();
    report_stray_lessons(dir, lesson_ids, problems);

    let quiz_path = dir.join("quiz.toml");
    let questions = read_toml::<QuizFile>(&quiz_path, problems)
        .map(|q| q.questions)
        .unwrap_or_default();
    check_questions(&quiz_path, &questions, lesson_ids, rules, problems);

    let language = CourseLanguage {
        code: code.to_string(),
        name: file.name,
        direction: file.direction,
        review: file.review,
        course_title: file.course_title,
        declaration: file.declaration,
        lessons,
        questions,
    };
    Some(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_content_is_valid() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        match Content::load(&root) {
            Ok(content) => assert!(content.tenant("musterstadt").is_some()),
            Err(problems) => panic!("{problems}"),
        }
    }
}
