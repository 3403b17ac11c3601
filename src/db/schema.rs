// The tables of `migrations/`, in types both backends share.

diesel::table! {
    enrolments (id) {
        id -> Text,
        tenant -> Text,
        course -> Text,
        course_version -> Text,
        language -> Text,
        given_name -> Text,
        family_name -> Text,
        birth_date -> Date,
        email -> Nullable<Text>,
        token_hash -> Text,
        created_at -> Timestamp,
        watch_round -> BigInt,
        watch_round_started_at -> Timestamp,
        given_name_latin -> Nullable<Text>,
        family_name_latin -> Nullable<Text>,
        identity_method -> Text,
    }
}

diesel::table! {
    watch_coverage (enrolment_id, watch_round, lesson) {
        enrolment_id -> Text,
        watch_round -> BigInt,
        lesson -> Text,
        stretches -> Text,
        covered_ms -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    progress_windows (enrolment_id) {
        enrolment_id -> Text,
        window_started_at -> Timestamp,
        reports -> BigInt,
    }
}

diesel::table! {
    quiz_attempts (id) {
        id -> Text,
        enrolment_id -> Text,
        number -> BigInt,
        watch_round -> BigInt,
        language -> Text,
        course_version -> Text,
        questions -> Text,
        started_at -> Timestamp,
        graded_at -> Nullable<Timestamp>,
        answers -> Nullable<Text>,
        correct_count -> Nullable<BigInt>,
        passed -> Nullable<Bool>,
    }
}

diesel::table! {
    declarations (enrolment_id) {
        enrolment_id -> Text,
        declared_at -> Timestamp,
        text_version -> Text,
        course_version -> Text,
        language -> Text,
        declaration_text -> Text,
        guardian_given_name -> Nullable<Text>,
        guardian_family_name -> Nullable<Text>,
        declaration_text_de -> Nullable<Text>,
        guardian_role -> Nullable<Text>,
    }
}

diesel::table! {
    certificate_tombstones (code_hash) {
        code_hash -> Text,
        tenant -> Text,
        issued_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        deleted_at -> Timestamp,
    }
}

diesel::table! {
    certificates (code) {
        code -> Text,
        enrolment_id -> Text,
        tenant -> Text,
        instructed_at -> Timestamp,
        issued_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        revocation_reason -> Nullable<Text>,
        revocation_note -> Nullable<Text>,
        identity_method -> Text,
        identity_checked_on -> Nullable<Date>,
        identity_level -> Nullable<Text>,
    }
}

diesel::table! {
    identity_logins (enrolment_id) {
        enrolment_id -> Text,
        level -> Text,
        logged_in_at -> Timestamp,
    }
}

diesel::table! {
    saml_requests (relay_hash) {
        relay_hash -> Text,
        request_id -> Text,
        identity_provider -> Text,
        tenant -> Text,
        language -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    saml_logins (token_hash) {
        token_hash -> Text,
        relay_hash -> Text,
        tenant -> Text,
        language -> Text,
        given_name -> Text,
        family_name -> Text,
        birth_date -> Date,
        level -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    saml_assertions (assertion_hash) {
        assertion_hash -> Text,
        seen_at -> Timestamp,
    }
}

diesel::table! {
    identity_checks (enrolment_id) {
        enrolment_id -> Text,
        tenant -> Text,
        case_number -> Text,
        requested_at -> Timestamp,
        proposed_by -> Nullable<Text>,
        proposed_document -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        outcome -> Nullable<Text>,
        document -> Nullable<Text>,
        rejection_reason -> Nullable<Text>,
        decided_by -> Nullable<Text>,
    }
}

diesel::table! {
    issued_pdfs (sha256) {
        sha256 -> Text,
        code -> Text,
        kid -> Text,
        issued_at -> Timestamp,
    }
}

diesel::table! {
    staff (id) {
        id -> Text,
        tenant -> Text,
        login -> Text,
        display_name -> Text,
        role -> Text,
        password_hash -> Text,
        totp_secret -> Nullable<Text>,
        created_at -> Timestamp,
        disabled_at -> Nullable<Timestamp>,
        password_must_change -> Bool,
        totp_required -> Bool,
        totp_pending -> Nullable<Text>,
        totp_last_step -> Nullable<BigInt>,
    }
}

diesel::table! {
    staff_sessions (token_hash) {
        token_hash -> Text,
        staff_id -> Text,
        csrf_token -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    login_throttle (login, client) {
        login -> Text,
        client -> Text,
        failures -> BigInt,
        last_failure_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (seq) {
        seq -> BigInt,
        tenant -> Text,
        at -> Timestamp,
        actor -> Text,
        action -> Text,
        subject -> Nullable<Text>,
        detail -> Text,
        prev_hash -> Text,
        hash -> Text,
    }
}

diesel::table! {
    audit_head (id) {
        id -> BigInt,
        seq -> BigInt,
        hash -> Text,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        tenant -> Text,
        kind -> Text,
        certificate_code -> Nullable<Text>,
        recipient -> Text,
        language -> Text,
        created_at -> Timestamp,
        attempts -> BigInt,
        next_attempt_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        sent_at -> Nullable<Timestamp>,
        failed_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        enrolment_id -> Nullable<Text>,
        reference -> Nullable<Text>,
    }
}

diesel::table! {
    resume_links (secret_hash) {
        secret_hash -> Text,
        enrolment_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    learner_sessions (token_hash) {
        token_hash -> Text,
        enrolment_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    pdf_requests (id) {
        id -> Text,
        certificate_code -> Text,
        code_hash -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        tries -> BigInt,
        used_at -> Nullable<Timestamp>,
        client -> Text,
    }
}

diesel::joinable!(issued_pdfs -> certificates (code));
diesel::table! {
    fee_settlements (enrolment_id) {
        enrolment_id -> Text,
        tenant -> Text,
        kind -> Text,
        amount_cents -> BigInt,
        reference -> Text,
        settled_at -> Timestamp,
    }
}

diesel::table! {
    payments (request_id) {
        request_id -> Text,
        enrolment_id -> Text,
        tenant -> Text,
        attempt -> Integer,
        amount_cents -> BigInt,
        state -> Text,
        transaction_id -> Nullable<Text>,
        pay_url -> Nullable<Text>,
        reference -> Nullable<Text>,
        created_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        next_check_at -> Timestamp,
        failures -> Integer,
    }
}

diesel::table! {
    fee_waivers (enrolment_id) {
        enrolment_id -> Text,
        tenant -> Text,
        category -> Text,
        reason -> Text,
        requested_at -> Timestamp,
        decision -> Nullable<Text>,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    voucher_batches (id) {
        id -> Text,
        tenant -> Text,
        label -> Text,
        expires_on -> Date,
        created_at -> Timestamp,
        created_by -> Text,
    }
}

diesel::table! {
    vouchers (code) {
        code -> Text,
        batch_id -> Text,
        tenant -> Text,
        used_by -> Nullable<Text>,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    wallet_offers (code_hash) {
        code_hash -> Text,
        certificate_code -> Text,
        tenant -> Text,
        pin_hash -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        wrong_pins -> Integer,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    wallet_tokens (token_hash) {
        token_hash -> Text,
        certificate_code -> Text,
        tenant -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    wallet_nonces (nonce_hash) {
        nonce_hash -> Text,
        tenant -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    wallet_status_next (tenant) {
        tenant -> Text,
        next_index -> Integer,
    }
}

diesel::table! {
    wallet_credentials (tenant, status_index) {
        tenant -> Text,
        status_index -> Integer,
        certificate_code -> Nullable<Text>,
        issued_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(watch_coverage -> enrolments (enrolment_id));
diesel::joinable!(progress_windows -> enrolments (enrolment_id));
diesel::joinable!(quiz_attempts -> enrolments (enrolment_id));
diesel::joinable!(declarations -> enrolments (enrolment_id));
diesel::joinable!(certificates -> enrolments (enrolment_id));
diesel::joinable!(staff_sessions -> staff (staff_id));
diesel::joinable!(outbox -> certificates (certificate_code));
diesel::joinable!(outbox -> enrolments (enrolment_id));
diesel::joinable!(resume_links -> enrolments (enrolment_id));
diesel::joinable!(learner_sessions -> enrolments (enrolment_id));
diesel::joinable!(pdf_requests -> certificates (certificate_code));
diesel::joinable!(identity_checks -> enrolments (enrolment_id));
diesel::joinable!(identity_logins -> enrolments (enrolment_id));
diesel::joinable!(fee_settlements -> enrolments (enrolment_id));
diesel::joinable!(payments -> enrolments (enrolment_id));
diesel::joinable!(fee_waivers -> enrolments (enrolment_id));
diesel::joinable!(vouchers -> voucher_batches (batch_id));

diesel::allow_tables_to_appear_in_same_query!(
    enrolments,
    watch_coverage,
    progress_windows,
    quiz_attempts,
    declarations,
    certificates,
    issued_pdfs,
    staff,
    staff_sessions,
    login_throttle,
    audit_log,
    audit_head,
    outbox,
    resume_links,
    learner_sessions,
    pdf_requests,
    certificate_tombstones,
    identity_checks,
    identity_logins,
    saml_requests,
    saml_logins,
    saml_assertions,
    fee_settlements,
    payments,
    fee_waivers,
    voucher_batches,
    vouchers,
    wallet_offers,
    wallet_tokens,
    wallet_nonces,
    wallet_credentials,
    wallet_status_next,
);
