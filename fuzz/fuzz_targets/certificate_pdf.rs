//! What `belehrung verify` and the upload on the verify page read: any file someone hands
//! over. The seal check and the payload reader must answer every input with a result —
//! never panic, overflow the stack or run out of memory.
#![no_main]

use belehrung::certificate::{check_sealed, pdf_payload};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = check_sealed(data);
    let _ = pdf_payload(data);
    // The same bytes behind a PDF header, so that the fuzzer need not find it first.
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.extend_from_slice(data);
    let _ = check_sealed(&pdf);
});
