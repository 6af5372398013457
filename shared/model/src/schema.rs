//! The diesel schema, written once for both backends: only types that SQLite and PostgreSQL
//! read and write the same way (text, big integers, booleans, dates and timestamps).

diesel::table! {
    settings (key) {
        key -> Text,
        value -> Text,
    }
}

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        created_at -> Timestamp,
        date_order -> Nullable<Text>,
        invite_domains -> Text,
        token_lifetime_days -> Integer,
        storage_quota_bytes -> BigInt,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        organisation_id -> Text,
        email -> Text,
        name -> Nullable<Text>,
        role -> Text,
        time_zone -> Text,
        created_at -> Timestamp,
        password_hash -> Nullable<Text>,
    }
}

diesel::table! {
    web_sessions (id) {
        id -> Text,
        organisation_id -> Text,
        user_id -> Text,
        secret_hash -> Text,
        csrf_token -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sign_in_links (id) {
        id -> Text,
        organisation_id -> Text,
        user_id -> Text,
        secret_hash -> Text,
        purpose -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        organisation_id -> Text,
        user_id -> Text,
        name -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        created_by -> Nullable<Text>,
        parent_id -> Nullable<Text>,
    }
}

diesel::table! {
    catalog_requirements (id) {
        id -> Text,
        kind -> Text,
        title -> Text,
        theme -> Nullable<Text>,
        parent_id -> Nullable<Text>,
        sort_order -> Integer,
    }
}

diesel::table! {
    catalog_transitions_2013 (iso2013_id, iso2022_id) {
        iso2013_id -> Text,
        iso2013_title -> Text,
        iso2022_id -> Text,
    }
}

diesel::table! {
    audits (id) {
        id -> Text,
        organisation_id -> Text,
        name -> Text,
        kind -> Text,
        certification_body -> Nullable<Text>,
        standard -> Text,
        start_date -> Nullable<Date>,
        end_date -> Nullable<Date>,
        report_date -> Nullable<Date>,
        certificate_expiry -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        policy_id -> Nullable<Text>,
        manager_id -> Nullable<Text>,
    }
}

diesel::table! {
    findings (id) {
        id -> Text,
        organisation_id -> Text,
        audit_id -> Text,
        reference -> Text,
        grade -> Text,
        requirements -> Text,
        statement -> Text,
        objective_evidence -> Nullable<Text>,
        raised_on -> Nullable<Date>,
        status -> Text,
        owner_id -> Nullable<Text>,
        warnings -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        title -> Nullable<Text>,
        other_references -> Text,
        pending_owners -> Text,
        current_kind -> Nullable<Text>,
        current_due -> Nullable<Date>,
        plan_due -> Nullable<Date>,
        evidence_due -> Nullable<Date>,
        closure_due -> Nullable<Date>,
    }
}

diesel::table! {
    finding_requirements (finding_id, requirement_id) {
        finding_id -> Text,
        requirement_id -> Text,
        organisation_id -> Text,
    }
}

diesel::table! {
    finding_counts (audit_id, grade, status) {
        audit_id -> Text,
        organisation_id -> Text,
        grade -> Text,
        status -> Text,
        n -> BigInt,
    }
}

diesel::table! {
    history (id) {
        id -> Text,
        organisation_id -> Text,
        entity -> Text,
        entity_id -> Text,
        actor_id -> Nullable<Text>,
        action -> Text,
        changes -> Text,
        reason -> Nullable<Text>,
        at -> Timestamp,
        behind_id -> Nullable<Text>,
    }
}

diesel::table! {
    stored_files (organisation_id, sha256) {
        organisation_id -> Text,
        sha256 -> Text,
        size -> BigInt,
        content -> Binary,
        created_at -> Timestamp,
    }
}

diesel::table! {
    imports (id) {
        id -> Text,
        organisation_id -> Text,
        audit_id -> Text,
        actor_id -> Nullable<Text>,
        file_name -> Text,
        sha256 -> Text,
        size -> BigInt,
        plugin -> Text,
        plugin_version -> Text,
        options -> Text,
        status -> Text,
        findings_created -> BigInt,
        findings_updated -> BigInt,
        findings_unchanged -> BigInt,
        skipped_rows -> Text,
        issues -> Text,
        warnings -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    deadline_policies (id) {
        id -> Text,
        organisation_id -> Nullable<Text>,
        name -> Text,
        certification_body -> Nullable<Text>,
        anchor -> Text,
        day_kind -> Text,
        rules -> Text,
        source -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    holidays (organisation_id, day) {
        organisation_id -> Text,
        day -> Date,
        name -> Text,
    }
}

diesel::table! {
    finding_deadlines (finding_id, kind) {
        finding_id -> Text,
        organisation_id -> Text,
        kind -> Text,
        due_on -> Date,
        overridden -> Bool,
        capped -> Bool,
        reason -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        organisation_id -> Text,
        topic -> Text,
        subject_id -> Text,
        payload -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    corrective_action_plans (finding_id) {
        finding_id -> Text,
        organisation_id -> Text,
        requirement -> Text,
        evidence -> Text,
        nonconformity -> Text,
        correction -> Text,
        root_cause_whys -> Text,
        cause_category -> Nullable<Text>,
        corrective_actions -> Text,
        isms_documents -> Text,
        effectiveness -> Nullable<Text>,
        effort_days -> Nullable<Integer>,
        updated_at -> Timestamp,
        source -> Text,
    }
}

diesel::table! {
    evidence (id) {
        id -> Text,
        organisation_id -> Text,
        finding_id -> Text,
        kind -> Text,
        title -> Text,
        sha256 -> Nullable<Text>,
        size -> Nullable<BigInt>,
        content_type -> Nullable<Text>,
        file_name -> Nullable<Text>,
        url -> Nullable<Text>,
        note -> Nullable<Text>,
        added_by -> Nullable<Text>,
        created_at -> Timestamp,
        task_id -> Nullable<Text>,
    }
}

diesel::table! {
    tasks (id) {
        id -> Text,
        organisation_id -> Text,
        finding_id -> Text,
        title -> Text,
        owner_id -> Nullable<Text>,
        due_on -> Nullable<Date>,
        done -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    risk_settings (organisation_id) {
        organisation_id -> Text,
        thresholds -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    risk_overrides (finding_id) {
        finding_id -> Text,
        organisation_id -> Text,
        likelihood -> Integer,
        impact -> Integer,
        reason -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    escalation_decisions (organisation_id, audit_id, warning_key) {
        organisation_id -> Text,
        audit_id -> Text,
        warning_key -> Text,
        decision -> Text,
        reason -> Text,
        decided_by -> Nullable<Text>,
        decided_at -> Timestamp,
    }
}

diesel::table! {
    notifications (id) {
        id -> Text,
        organisation_id -> Text,
        dedupe_key -> Text,
        kind -> Text,
        step -> Text,
        recipient_id -> Nullable<Text>,
        recipient_email -> Text,
        finding_id -> Nullable<Text>,
        task_id -> Nullable<Text>,
        deadline -> Nullable<Text>,
        due_on -> Nullable<Date>,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        status -> Text,
        send_after -> Timestamp,
        attempts -> Integer,
        lease_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notification_settings (organisation_id) {
        organisation_id -> Text,
        rules -> Text,
        templates -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    notification_preferences (user_id) {
        user_id -> Text,
        organisation_id -> Text,
        weekly_digest -> Bool,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    calendar_feeds (id) {
        id -> Text,
        organisation_id -> Text,
        user_id -> Text,
        audit_id -> Nullable<Text>,
        secret_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        expires_at -> Nullable<Timestamp>,
        token_id -> Nullable<Text>,
    }
}

diesel::table! {
    sign_in_throttles (key) {
        key -> Text,
        failures -> Integer,
        blocked_until -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    frameworks (organisation_id, id) {
        organisation_id -> Text,
        id -> Text,
        name -> Text,
        version -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    framework_requirements (organisation_id, framework_id, reference_key) {
        organisation_id -> Text,
        framework_id -> Text,
        reference_key -> Text,
        reference -> Text,
        title -> Nullable<Text>,
        parent -> Nullable<Text>,
        depth -> Integer,
        sort_order -> Integer,
    }
}

diesel::table! {
    mapping_sets (id) {
        id -> Text,
        organisation_id -> Text,
        source_framework -> Text,
        target_framework -> Text,
        file_name -> Text,
        sha256 -> Text,
        plugin -> Text,
        plugin_version -> Text,
        licence -> Nullable<Text>,
        imported_by -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    mappings (mapping_set_id, source_ref, target_ref) {
        mapping_set_id -> Text,
        organisation_id -> Text,
        source_ref -> Text,
        target_ref -> Text,
        relationship -> Text,
        rationale -> Nullable<Text>,
        strength -> Nullable<Integer>,
        annotation -> Nullable<Text>,
    }
}

diesel::table! {
    soa_entries (organisation_id, control_id) {
        organisation_id -> Text,
        control_id -> Text,
        applicable -> Nullable<Bool>,
        partial -> Bool,
        justification -> Nullable<Text>,
        status -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(web_sessions -> users (user_id));
diesel::joinable!(sign_in_links -> users (user_id));
diesel::joinable!(audits -> organisations (organisation_id));
diesel::joinable!(findings -> audits (audit_id));
diesel::joinable!(findings -> users (owner_id));
diesel::joinable!(corrective_action_plans -> findings (finding_id));
diesel::joinable!(tasks -> users (owner_id));

diesel::table! {
    leases (name) {
        name -> Text,
        holder -> Text,
        expires_at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    settings,
    organisations,
    users,
    api_tokens,
    web_sessions,
    sign_in_links,
    sign_in_throttles,
    catalog_requirements,
    catalog_transitions_2013,
    audits,
    findings,
    finding_requirements,
    finding_counts,
    history,
    stored_files,
    imports,
    deadline_policies,
    holidays,
    finding_deadlines,
    outbox,
    corrective_action_plans,
    evidence,
    tasks,
    risk_settings,
    risk_overrides,
    escalation_decisions,
    notifications,
    notification_settings,
    notification_preferences,
    calendar_feeds,
    frameworks,
    framework_requirements,
    mapping_sets,
    mappings,
    soa_entries,
    leases,
);
