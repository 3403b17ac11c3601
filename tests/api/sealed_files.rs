//! Forged and hostile certificate files: each is built here from a genuine certificate,
//! refused by `belehrung verify` (exit 1 with the reason, or exit 2 for what cannot be
//! read at all) and by the upload on the verify page, and poppler's `pdfsig` agrees
//! that none of the forgeries is a valid signature over the whole document.

use std::path::Path;
use std::process::Command;

use lopdf_reader::{Document, Object, ObjectId};

use crate::helpers::{Backend, TestApp, learner, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    forged_certificates_are_refused_offline_and_on_upload,
    hostile_files_get_an_answer_and_no_crash,
);

/// `belehrung verify FILE`: (exit code, stdout).
fn verify(app: &TestApp, file: &Path) -> (i32, String) {
    let output = app
        .command()
        .args(["verify", &file.display().to_string()])
        .output()
        .expect("run belehrung");
    (
        // A crash (a signal) has no code.
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// pdfsig's report on a file.
fn pdfsig(file: &Path) -> String {
    let output = Command::new("pdfsig")
        .arg(file)
        .output()
        .expect("pdfsig (poppler) must be installed");
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Whether pdfsig calls some signature valid and covering the whole document.
fn pdfsig_accepts(report: &str) -> bool {
    report.contains("Signature is Valid") && report.contains("Total document signed")
}

async fn upload(app: &TestApp, code: &str, bytes: Vec<u8>) -> (u16, String) {
    let form = reqwest::multipart::Form::new().part(
        "pdf",
        reqwest::multipart::Part::bytes(bytes)
            .file_name("c.pdf")
            .mime_str("application/pdf")
            .expect("mime"),
    );
    let response = app
        .client
        .post(format!("{}/v/{code}/pdf", app.address))
        .multipart(form)
        .send()
        .await
        .expect("upload");
    let status = response.status().as_u16();
    let is_html = response
        .headers()
        .get("content-type")
        .is_some_and(|v| v.to_str().unwrap_or_default().starts_with("text/html"));
    let body = response.text().await.expect("body");
    assert!(is_html, "a page, not {status} {body}");
    (status, body)
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|at| at + from)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The numbers after `keyword` (as many as asked for).
fn numbers_after(pdf: &[u8], at: usize, count: usize) -> Vec<usize> {
    String::from_utf8_lossy(&pdf[at..(at + 200).min(pdf.len())])
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(count)
        .map(|s| s.parse().expect("number"))
        .collect()
}

/// What the forgeries are built from: the genuine file and where its parts are.
struct Genuine {
    bytes: Vec<u8>,
    /// The signature value `<…>` spans `[gap_start, gap_end)`.
    gap_start: usize,
    gap_end: usize,
    /// Where the `[0 a b c]` of the ByteRange is written.
    range_at: usize,
    /// The offset of the seal's cross-reference section (`startxref`).
    xref: usize,
    root: ObjectId,
    info: ObjectId,
    form: ObjectId,
    field: ObjectId,
    signature: ObjectId,
    size: u32,
    /// The QR payload's key and value in the document information.
    payload: (Vec<u8>, Vec<u8>),
}

impl Genuine {
    fn read(bytes: Vec<u8>) -> Self {
        let document = Document::load_mem(&bytes).expect("the genuine file reads");
        let reference = |o: &Object| o.as_reference().expect("reference");
        let root = reference(document.trailer.get(b"Root").expect("root"));
        let info = reference(document.trailer.get(b"Info").expect("info"));
        let catalog = document.get_dictionary(root).expect("catalogue");
        let form = reference(catalog.get(b"AcroForm").expect("form"));
        let fields = document
            .get_dictionary(form)
            .expect("form")
            .get(b"Fields")
            .and_then(Object::as_array)
            .expect("fields");
        let field = reference(&fields[0]);
        let signature = reference(
            document
                .get_dictionary(field)
                .expect("field")
                .get(b"V")
                .expect("value"),
        );
        let payload = document
            .get_dictionary(info)
            .expect("info")
            .iter()
            .find_map(|(key, value)| match value {
                Object::String(text, _) if find(text, b"/v/", 0).is_some() => {
                    Some((key.clone(), text.clone()))
                }
                _ => None,
            })
            .expect("payload");
        let size = u32::try_from(
            document
                .trailer
                .get(b"Size")
                .and_then(Object::as_i64)
                .expect("size"),
        )
        .expect("size");
        let range_keyword = find(&bytes, b"/ByteRange", 0).expect("ByteRange");
        let range_at = find(&bytes, b"[", range_keyword).expect("[");
        let range = numbers_after(&bytes, range_at, 4);
        let startxref = rfind(&bytes, b"startxref").expect("startxref");
        let xref = numbers_after(&bytes, startxref, 1)[0];
        Self {
            gap_start: range[1],
            gap_end: range[2],
            range_at,
            xref,
            root,
            info,
            form,
            field,
            signature,
            size,
            payload,
            bytes,
        }
    }

    /// The document information with another title: what a viewer shows as changed.
    fn forged_info(&self) -> String {
        format!(
            "<< /Title (Bescheinigung fuer Max Mustermann) /{} <{}> >>",
            String::from_utf8_lossy(&self.payload.0),
            hex(&self.payload.1)
        )
    }

    /// The signature dictionary with another byte range and the same value.
    fn signature_dictionary(&self, range: [usize; 4]) -> String {
        format!(
            "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [{:>10} {:>10} {:>10} {:>10}] /Contents {} >>",
            range[0],
            range[1],
            range[2],
            range[3],
            String::from_utf8_lossy(&self.bytes[self.gap_start..self.gap_end])
        )
    }

    fn trailer(&self, size: u32, prev: usize) -> String {
        format!(
            "<< /Size {size} /Root {} 0 R /Info {} 0 R /Prev {prev} >>",
            self.root.0, self.info.0
        )
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// A cross-reference table, one subsection per object.
fn xref_table(entries: &[(u32, usize)]) -> String {
    let mut table = String::from("xref\n");
    for (id, offset) in entries {
        table.push_str(&format!("{id} 1\n{offset:010} 00000 n\r\n"));
    }
    table
}

/// `pdf` with an incremental update that holds `objects` (id, body) after it.
fn appended(pdf: &[u8], objects: &[(u32, String)], trailer: &str) -> Vec<u8> {
    let mut out = pdf.to_vec();
    out.push(b'\n');
    let mut entries = Vec::new();
    for (id, body) in objects {
        entries.push((*id, out.len()));
        out.extend_from_slice(format!("{id} 0 obj\n{body}\nendobj\n").as_bytes());
    }
    let xref_at = out.len();
    out.extend_from_slice(xref_table(&entries).as_bytes());
    out.extend_from_slice(format!("trailer\n{trailer}\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    out
}

/// Signature wrapping: both signed ranges stay, the signed tail moves to the end, and a
/// second revision — a new document information and a signature dictionary whose byte
/// range points at the moved tail — fills the gap. The file's last `startxref` is the
/// signed one; it now points into the gap, at the forged cross-reference table.
fn wrapped(genuine: &Genuine) -> Vec<u8> {
    let tail = &genuine.bytes[genuine.gap_end..];
    // The seal's own cross-reference entries, to be moved with the tail.
    let section = &genuine.bytes[genuine.xref..];
    let trailer_at = find(section, b"trailer", 0).expect("trailer");
    let text = String::from_utf8_lossy(&section[4..trailer_at]).into_owned();
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut seal_entries = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        let start: u32 = tokens[i].parse().expect("subsection start");
        let count: u32 = tokens[i + 1].parse().expect("subsection count");
        i += 2;
        for n in 0..count {
            let offset: usize = tokens[i].parse().expect("offset");
            if tokens[i + 2] == "n" {
                seal_entries.push((start + n, offset));
            }
            i += 3;
        }
    }

    let previous = find(&genuine.bytes, b"/Prev", genuine.xref).expect("Prev");
    let prev = numbers_after(&genuine.bytes, previous, 1)[0];
    let mut out = genuine.bytes[..genuine.gap_end].to_vec();
    // The forged table stands where the signed `startxref` points.
    out.resize(genuine.xref, b' ');
    // Offsets are written ten digits wide: the table's length is known before them.
    let mut ids: Vec<(u32, usize)> = seal_entries.iter().map(|&(id, _)| (id, 0)).collect();
    ids.push((genuine.info.0, 0));
    let table_len =
        xref_table(&ids).len() + "trailer\n".len() + genuine.trailer(genuine.size, prev).len() + 1;
    let objects_at = genuine.xref + table_len;
    let info = format!(
        "{} 0 obj\n{}\nendobj\n",
        genuine.info.0,
        genuine.forged_info()
    );
    let signature_at = objects_at + info.len();
    let signature_len = format!(
        "{} 0 obj\n{}\nendobj\n",
        genuine.signature.0,
        genuine.signature_dictionary([0; 4])
    )
    .len();
    let tail_at = signature_at + signature_len;
    let shift = tail_at - genuine.gap_end;
    let signature = format!(
        "{} 0 obj\n{}\nendobj\n",
        genuine.signature.0,
        genuine.signature_dictionary([0, genuine.gap_start, tail_at, tail.len()])
    );
    let mut entries: Vec<(u32, usize)> = seal_entries
        .iter()
        .map(|&(id, offset)| {
            if id == genuine.signature.0 {
                (id, signature_at)
            } else if offset >= genuine.gap_end {
                (id, offset + shift)
            } else {
                (id, offset)
            }
        })
        .collect();
    entries.push((genuine.info.0, objects_at));
    let mut table = xref_table(&entries);
    table.push_str("trailer\n");
    table.push_str(&genuine.trailer(genuine.size, prev));
    table.push('\n');
    assert_eq!(table.len(), table_len);
    out.extend_from_slice(table.as_bytes());
    out.resize(objects_at, b' ');
    out.extend_from_slice(info.as_bytes());
    out.extend_from_slice(signature.as_bytes());
    assert_eq!(out.len(), tail_at);
    out.extend_from_slice(tail);
    out
}

/// A shadow revision: an incremental update after the seal changes the document
/// information.
fn shadowed(genuine: &Genuine) -> Vec<u8> {
    appended(
        &genuine.bytes,
        &[(genuine.info.0, genuine.forged_info())],
        &genuine.trailer(genuine.size, genuine.xref),
    )
}

/// A second signature field and dictionary, added by an incremental update.
fn doubly_signed(genuine: &Genuine) -> Vec<u8> {
    let field = genuine.size;
    let signature = genuine.size + 1;
    let document = Document::load_mem(&genuine.bytes).expect("reads");
    let page = document.page_iter().next().expect("a page");
    appended(
        &genuine.bytes,
        &[
            (
                genuine.form.0,
                format!(
                    "<< /Fields [{} 0 R {field} 0 R] /SigFlags 3 >>",
                    genuine.field.0
                ),
            ),
            (
                field,
                format!(
                    "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Zweites) /V {signature} 0 R /Rect [0 0 0 0] /F 132 /P {} 0 R >>",
                    page.0
                ),
            ),
            (
                signature,
                genuine.signature_dictionary([
                    0,
                    genuine.gap_start,
                    genuine.gap_end,
                    genuine.bytes.len() - genuine.gap_end,
                ]),
            ),
        ],
        &genuine.trailer(genuine.size + 2, genuine.xref),
    )
}

/// The ByteRange rewritten to skip a few bytes on each side of the value: the gap is
/// larger than the signature's `/Contents`.
fn wider_gap(genuine: &Genuine) -> Vec<u8> {
    let mut out = genuine.bytes.clone();
    let range = format!(
        "[{:>10} {:>10} {:>10} {:>10}]",
        0,
        genuine.gap_start - 8,
        genuine.gap_end + 8,
        genuine.bytes.len() - genuine.gap_end - 8
    );
    let end = find(&out, b"]", genuine.range_at).expect("]") + 1;
    assert_eq!(end - genuine.range_at, range.len(), "same width");
    out[genuine.range_at..end].copy_from_slice(range.as_bytes());
    out
}

async fn forged_certificates_are_refused_offline_and_on_upload(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, token, code) = app.certified(&learner()).await;
    let (status, pdf) = app
        .bytes(
            &format!("/api/v1/enrolments/{id}/certificate.pdf"),
            Some(&token),
        )
        .await;
    assert_eq!(status, 200);
    let genuine = Genuine::read(pdf);
    let dir = tempfile::tempdir().expect("temp dir");

    let path = dir.path().join("genuine.pdf");
    std::fs::write(&path, &genuine.bytes).expect("write");
    let (exit, out) = verify(&app, &path);
    assert_eq!(exit, 0, "{out}");
    assert!(out.starts_with("VALID"), "{out}");
    let report = pdfsig(&path);
    assert!(pdfsig_accepts(&report), "{report}");
    let (_, page) = upload(&app, &code, genuine.bytes.clone()).await;
    assert!(page.contains("genau so ausgestellt"), "{page}");

    let forgeries: [(&str, Vec<u8>, &str); 4] = [
        (
            "wrapped",
            wrapped(&genuine),
            "leaves out more than its own value",
        ),
        ("shadowed", shadowed(&genuine), "something was appended"),
        (
            "doubly-signed",
            doubly_signed(&genuine),
            "more than one signature",
        ),
        (
            "wider-gap",
            wider_gap(&genuine),
            "leaves out more than its own value",
        ),
    ];
    for (name, bytes, reason) in forgeries {
        let path = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&path, &bytes).expect("write");
        let (exit, out) = verify(&app, &path);
        assert_eq!(exit, 1, "{name}: {out}");
        assert!(out.starts_with("INVALID"), "{name}: {out}");
        assert!(out.contains(reason), "{name}: {out}");
        let report = pdfsig(&path);
        assert!(!pdfsig_accepts(&report), "{name}: pdfsig says\n{report}");
        let (status, page) = upload(&app, &code, bytes).await;
        assert_eq!(status, 200, "{name}");
        assert!(page.contains("NICHT ausgestellt"), "{name}: {page}");
    }
}

/// A PDF with one object (`body`) and a correct cross-reference table.
fn minimal_pdf(body: &[u8]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let object_at = out.len();
    out.extend_from_slice(b"1 0 obj\n");
    out.extend_from_slice(body);
    out.extend_from_slice(b"\nendobj\n");
    let xref_at = out.len();
    out.extend_from_slice(
        format!(
            "xref\n0 2\n0000000000 65535 f\r\n{object_at:010} 00000 n\r\ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n"
        )
        .as_bytes(),
    );
    out
}

async fn hostile_files_get_an_answer_and_no_crash(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, _, code) = app.certified(&learner()).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let depth = 100_000;
    let mut arrays = "[".repeat(depth);
    arrays.push_str(&"]".repeat(depth));
    let mut dictionaries = "<< /A ".repeat(depth);
    dictionaries.push_str(&">> ".repeat(depth));
    let mut too_large = minimal_pdf(b"<< /Type /Catalog >>");
    too_large.resize(6 * 1024 * 1024, b' ');

    // Object streams of a few kilobytes that each inflate to megabytes: without a bound
    // on their number, a file under the size limit took gigabytes to read.
    let bomb = {
        use std::io::Write as _;
        let mut deflate = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        deflate.write_all(b"0 0 ").expect("deflate");
        deflate
            .write_all(&vec![b' '; 4 * 1024 * 1024])
            .expect("deflate");
        deflate.finish().expect("deflate")
    };
    let mut many_streams = b"<< /Type /Catalog >>\nendobj\n".to_vec();
    for n in 2..300 {
        many_streams.extend_from_slice(
            format!(
                "{n} 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {} >>\nstream\n",
                bomb.len()
            )
            .as_bytes(),
        );
        many_streams.extend_from_slice(&bomb);
        many_streams.extend_from_slice(b"\nendstream\nendobj\n");
    }
    many_streams.truncate(many_streams.len() - b"\nendobj\n".len());

    // (name, file, reason printed, status of the page after the upload)
    let hostile: [(&str, Vec<u8>, &str, u16); 5] = [
        (
            "inflating-streams",
            minimal_pdf(&many_streams),
            "more than 32 streams",
            200,
        ),
        (
            "nested-arrays",
            minimal_pdf(arrays.as_bytes()),
            "cannot be checked",
            200,
        ),
        (
            "nested-dictionaries",
            minimal_pdf(dictionaries.as_bytes()),
            "cannot be checked",
            200,
        ),
        ("too-large", too_large, "larger than any certificate", 413),
        (
            "not-a-pdf",
            vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10],
            "neither a PDF",
            200,
        ),
    ];
    for (name, bytes, reason, page_status) in hostile {
        let path = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&path, &bytes).expect("write");
        let (exit, out) = verify(&app, &path);
        assert_eq!(exit, 2, "{name}: {out}");
        assert!(out.starts_with("INVALID"), "{name}: {out}");
        assert!(out.contains(reason), "{name}: {out}");
        let (status, page) = upload(&app, &code, bytes).await;
        assert_eq!(status, page_status, "{name}");
        assert!(page.contains("NICHT ausgestellt"), "{name}: {page}");
    }
    // The service is still there.
    let (status, _) = upload(&app, &code, b"%PDF-1.7".to_vec()).await;
    assert_eq!(status, 200);
}
