//! Load generator for the whole instruction, used by `bench/load.py`: `concurrency`
//! learners at once, each going through enrolment, every lesson's progress, the quiz,
//! its grading, the declaration and the PDF, then starting again, until `seconds` are
//! over. Prints one JSON line: instructions done, requests, p50/p99 latency, errors.
//!
//! It runs on one thread, so that it takes as little as possible of the cores the
//! service runs on (a Python generator needed a third as much CPU as the service).
//!
//!     cargo run --release --example instruction_load -- URL CONCURRENCY SECONDS

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize)]
struct Quiz {
    questions: Vec<Question>,
}

#[derive(Deserialize)]
struct Question {
    id: String,
    options: Vec<QuizOption>,
}

#[derive(Deserialize)]
struct QuizOption {
    id: String,
    correct: bool,
}

/// What every learner needs: the right answers and the lessons with their lengths.
struct Script {
    base: String,
    right_answers: BTreeMap<String, Vec<String>>,
    lessons: Vec<(String, f64)>,
}

#[derive(Default)]
struct Tally {
    latencies_ms: Vec<f64>,
    errors: u64,
    instructions: u64,
}

struct Learner<'a> {
    client: &'a reqwest::Client,
    script: &'a Script,
    tally: &'a std::cell::RefCell<Tally>,
}

impl Learner<'_> {
    /// One request, timed; `None` (and an error counted) unless it succeeded.
    async fn call(&self, request: reqwest::RequestBuilder) -> Option<Vec<u8>> {
        let started = Instant::now();
        let outcome = match request.send().await {
            Ok(response) if response.status().is_success() => {
                response.bytes().await.ok().map(Vec::from)
            }
            Ok(_) | Err(_) => None,
        };
        let mut tally = self.tally.borrow_mut();
        tally
            .latencies_ms
            .push(started.elapsed().as_secs_f64() * 1000.0);
        if outcome.is_none() {
            tally.errors += 1;
        }
        outcome
    }

    async fn instruction(&self, number: u64) -> Option<()> {
        let base = &self.script.base;
        let letters: String = (0..4)
            .map(|i| char::from(b'a' + u8::try_from((number / 26u64.pow(i)) % 26).unwrap_or(0)))
            .collect();
        let enrolment = json!({
            "tenant": "musterstadt", "course": "ifsg43", "language": "de",
            "given_name": format!("Lea{letters}"), "family_name": "Last",
            "birth_date": "1990-01-01"
        });
        let created = self
            .call(
                self.client
                    .post(format!("{base}/api/v1/enrolments"))
                    .json(&enrolment),
            )
            .await?;
        let created: Value = serde_json::from_slice(&created).ok()?;
        let id = created["id"].as_str()?;
        let token = created["token"].as_str()?;
        let at = |path: &str| format!("{base}/api/v1/enrolments/{id}{path}");
        for (lesson, duration) in &self.script.lessons {
            let span = json!({"lesson": lesson, "from_s": 0, "to_s": duration});
            self.call(
                self.client
                    .post(at("/progress"))
                    .bearer_auth(token)
                    .json(&span),
            )
            .await?;
        }
        let attempt = self
            .call(self.client.post(at("/quiz")).bearer_auth(token))
            .await?;
        let attempt: Value = serde_json::from_slice(&attempt).ok()?;
        let answers: BTreeMap<&str, &Vec<String>> = attempt["questions"]
            .as_array()?
            .iter()
            .filter_map(|q| {
                let id = q["id"].as_str()?;
                Some((id, self.script.right_answers.get(id)?))
            })
            .collect();
        let number = attempt["attempt"].as_i64()?;
        self.call(
            self.client
                .post(at(&format!("/quiz/{number}")))
                .bearer_auth(token)
                .json(&json!({"answers": answers})),
        )
        .await?;
        self.call(
            self.client
                .post(at("/declaration"))
                .bearer_auth(token)
                .json(&json!({"no_known_obstacles": true})),
        )
        .await?;
        let pdf = self
            .call(self.client.get(at("/certificate.pdf")).bearer_auth(token))
            .await?;
        pdf.starts_with(b"%PDF").then_some(())
    }
}

fn percentile(sorted: &[f64], p: usize) -> f64 {
    sorted
        .get((sorted.len() * p / 100).min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or(f64::NAN)
}

async fn prepare(client: &reqwest::Client, base: String) -> Result<Script, String> {
    let quiz_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/content/courses/ifsg43/de/quiz.toml"
    );
    let quiz: Quiz = toml::from_str(
        &std::fs::read_to_string(quiz_path).map_err(|e| format!("{quiz_path}: {e}"))?,
    )
    .map_err(|e| format!("{quiz_path}: {e}"))?;
    let right_answers = quiz
        .questions
        .into_iter()
        .map(|q| {
            let right = q.options.into_iter().filter(|o| o.correct).map(|o| o.id);
            (q.id, right.collect())
        })
        .collect();
    let course: Value = client
        .get(format!("{base}/api/v1/courses/ifsg43?lang=de"))
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("the course: {e}"))?
        .json()
        .await
        .map_err(|e| format!("the course: {e}"))?;
    let lessons = course["lessons"]
        .as_array()
        .ok_or("the course has no lessons")?
        .iter()
        .filter_map(|l| {
            Some((
                l["id"].as_str()?.to_string(),
                l["video"]["duration_s"].as_f64()?,
            ))
        })
        .collect();
    Ok(Script {
        base,
        right_answers,
        lessons,
    })
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base, concurrency, seconds] = args.as_slice() else {
        return Err("usage: instruction_load URL CONCURRENCY SECONDS".into());
    };
    let concurrency: usize = concurrency
        .parse()
        .map_err(|e| format!("CONCURRENCY: {e}"))?;
    let seconds: u64 = seconds.parse().map_err(|e| format!("SECONDS: {e}"))?;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency)
        .build()
        .map_err(|e| e.to_string())?;
    let script = prepare(&client, base.trim_end_matches('/').to_string()).await?;
    let tally = std::cell::RefCell::new(Tally::default());
    let next = std::cell::Cell::new(0u64);
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let learner = Learner {
        client: &client,
        script: &script,
        tally: &tally,
    };
    let learners = (0..concurrency).map(|_| async {
        while Instant::now() < deadline {
            let number = next.replace(next.get() + 1);
            if learner.instruction(number).await.is_some() {
                tally.borrow_mut().instructions += 1;
            }
        }
    });
    futures_util::future::join_all(learners).await;
    let elapsed = started.elapsed().as_secs_f64();
    let mut tally = tally.into_inner();
    tally.latencies_ms.sort_by(f64::total_cmp);
    let report = json!({
        "instructions": tally.instructions,
        "per_s": tally.instructions as f64 / elapsed,
        "rps": tally.latencies_ms.len() as f64 / elapsed,
        "p50": percentile(&tally.latencies_ms, 50),
        "p99": percentile(&tally.latencies_ms, 99),
        "errors": tally.errors,
    });
    println!("{report}");
    Ok(())
}
