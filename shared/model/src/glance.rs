//! Status at a glance: for each unfinished finding, the deadline that matters now and whether
//! it is overdue, due soon, waiting on someone else, or a minor whose missed plan could make it
//! a major (a flag for the manager to decide on, never a silent regrade).

use crate::id::AuditId;
use crate::scope::Scope;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConnection;
use crate::db::backend::{self, Dialect};
use crate::deadline::{Current, DeadlineKind};
use crate::error::ModelError;
use crate::finding::{FindingStatus, Grade};
use crate::schema::{findings, users};
use diesel::sql_types::{BigInt, Date, Integer, Nullable, Text};

/// Days ahead that count as "due soon".
pub const DUE_SOON_DAYS: i64 = 7;

/// Where an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// Its current deadline has passed.
    Overdue,
    /// Due within [`DUE_SOON_DAYS`].
    DueSoon,
    /// Due later.
    Due,
    /// Waiting on someone else: a plan awaiting acceptance, evidence awaiting verification.
    Blocked,
    /// No deadline applies now.
    NoDeadline,
}

impl Standing {
    /// The name the API uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Overdue => "overdue",
            Standing::DueSoon => "due_soon",
            Standing::Due => "due",
            Standing::Blocked => "blocked",
            Standing::NoDeadline => "no_deadline",
        }
    }
}

/// One unfinished finding.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Item {
    /// The finding.
    pub finding_id: String,
    /// Its audit.
    pub audit_id: String,
    /// Its reference.
    pub reference: String,
    /// Its grade.
    pub grade: Grade,
    /// Its status.
    pub status: FindingStatus,
    /// Its owner's email.
    pub owner: Option<String>,
    /// The deadline that matters now.
    pub deadline: Option<DeadlineKind>,
    /// When it falls.
    #[schema(value_type = Option<String>)]
    pub due_on: Option<NaiveDate>,
    /// Days from today (negative when overdue).
    pub days_left: Option<i64>,
    /// Where it stands.
    pub standing: Standing,
    /// A minor whose plan deadline passed without a submitted plan: the certification body may
    /// upgrade it to a major (ISO/IEC 17021-1, DNV). For the manager to decide.
    pub possible_upgrade: bool,
}

/// The whole picture.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Glance {
    /// The day it was computed for.
    #[schema(value_type = String)]
    pub on: NaiveDate,
    /// How many items stand where.
    pub counts: BTreeMap<String, usize>,
    /// Items, most urgent first.
    pub items: Vec<Item>,
}

/// One page of the glance, as the API answers it: the counts of the whole list, and up to
/// `limit` of its items.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct GlancePage {
    /// The day it was computed for.
    #[schema(value_type = String)]
    pub on: NaiveDate,
    /// How many items stand where, over the whole list.
    pub counts: BTreeMap<String, usize>,
    /// How many items the whole list holds.
    pub total: usize,
    /// The page size used.
    pub limit: usize,
    /// This page's items, most urgent first.
    pub items: Vec<Item>,
    /// Pass as `after` for the next page; null on the last page. It names the last item's
    /// place in the order, so the next page starts at the right place even when that item has
    /// been closed in between.
    pub next_after: Option<String>,
}

/// Where an item sorts: standing, then the deadline (none last), then the reference, then the
/// id. What a page's `next_after` carries.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    standing: Standing,
    /// [`NaiveDate::MAX`] when there is no deadline, so that it sorts last.
    due_on: NaiveDate,
    reference: String,
    finding_id: String,
}

/// Where an item sorts, borrowed from it: the order of [`Place`].
fn order(item: &Item) -> (Standing, NaiveDate, &str, &str) {
    (
        item.standing,
        item.due_on.unwrap_or(NaiveDate::MAX),
        &item.reference,
        &item.finding_id,
    )
}

impl Place {
    fn of(item: &Item) -> Place {
        Place {
            standing: item.standing,
            due_on: item.due_on.unwrap_or(NaiveDate::MAX),
            reference: item.reference.clone(),
            finding_id: item.finding_id.clone(),
        }
    }

    /// The cursor text: `standing.date.id.reference`, the reference last because it may hold
    /// anything.
    fn cursor(&self) -> String {
        let due = if self.due_on == NaiveDate::MAX {
            "-".to_owned()
        } else {
            self.due_on.to_string()
        };
        format!(
            "{}.{due}.{}.{}",
            self.standing as u8, self.finding_id, self.reference
        )
    }

    /// Reads a `next_after` value back.
    pub fn parse(cursor: &str) -> Result<Place, ModelError> {
        let wrong =
            || ModelError::invalid("after", "must be the `next_after` value of a previous page");
        let mut parts = cursor.splitn(4, '.');
        let (Some(standing), Some(due), Some(id), Some(reference)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(wrong());
        };
        let standing = match standing {
            "0" => Standing::Overdue,
            "1" => Standing::DueSoon,
            "2" => Standing::Due,
            "3" => Standing::Blocked,
            "4" => Standing::NoDeadline,
            _ => return Err(wrong()),
        };
        let due_on = if due == "-" {
            NaiveDate::MAX
        } else {
            due.parse().map_err(|_| wrong())?
        };
        if !crate::id::is_id(id) {
            return Err(wrong());
        }
        Ok(Place {
            standing,
            due_on,
            reference: reference.to_owned(),
            finding_id: id.to_owned(),
        })
    }
}

/// The deadline that matters in a status.
#[allow(clippy::too_many_arguments)]
pub fn classify(
    finding_id: String,
    audit_id: String,
    reference: String,
    grade: Grade,
    status: FindingStatus,
    owner: Option<String>,
    current: Current,
    today: NaiveDate,
) -> Item {
    let days_left = current.due_on.map(|due| (due - today).num_days());
    let waiting = matches!(
        status,
        FindingStatus::PlanSubmitted | FindingStatus::EvidenceSubmitted
    );
    let standing = match days_left {
        Some(days) if days < 0 => Standing::Overdue,
        _ if waiting => Standing::Blocked,
        Some(days) if days <= DUE_SOON_DAYS => Standing::DueSoon,
        Some(_) => Standing::Due,
        None => Standing::NoDeadline,
    };
    let possible_upgrade = possible_upgrade(grade, status, current, today);
    Item {
        finding_id,
        audit_id,
        reference,
        grade,
        status,
        owner,
        deadline: current.kind,
        due_on: current.due_on,
        days_left,
        standing,
        possible_upgrade,
    }
}

/// Whether a minor whose plan is late, still without an accepted plan, could be upgraded to a
/// major: a flag for the manager, never a silent regrade.
pub fn possible_upgrade(
    grade: Grade,
    status: FindingStatus,
    current: Current,
    today: NaiveDate,
) -> bool {
    grade == Grade::Minor
        && current.plan_due.is_some_and(|due| due < today)
        && matches!(status, FindingStatus::Open | FindingStatus::PlanDrafted)
}

/// An unfinished finding's row, as the glance reads it.
#[derive(QueryableByName)]
struct StoredItem {
    #[diesel(sql_type = Text)]
    id: String,
    #[diesel(sql_type = Text)]
    audit_id: String,
    #[diesel(sql_type = Text)]
    reference: String,
    #[diesel(sql_type = Text)]
    grade: String,
    #[diesel(sql_type = Text)]
    status: String,
    #[diesel(sql_type = Nullable<Text>)]
    owner: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    current_kind: Option<String>,
    #[diesel(sql_type = Nullable<Date>)]
    current_due: Option<NaiveDate>,
    #[diesel(sql_type = Nullable<Date>)]
    plan_due: Option<NaiveDate>,
}

fn stored_item(row: StoredItem, today: NaiveDate) -> Result<Item, ModelError> {
    let grade: Grade = row.grade.parse().map_err(ModelError::Corrupt)?;
    let status: FindingStatus = row.status.parse().map_err(ModelError::Corrupt)?;
    let current = Current::stored(row.current_kind.as_deref(), row.current_due, row.plan_due)?;
    Ok(classify(
        row.id,
        row.audit_id,
        row.reference,
        grade,
        status,
        row.owner,
        current,
        today,
    ))
}

/// How many of a page's standings there are, and of them possible upgrades.
#[derive(QueryableByName)]
struct StandingCount {
    #[diesel(sql_type = Integer)]
    standing: i32,
    #[diesel(sql_type = BigInt)]
    n: i64,
    #[diesel(sql_type = BigInt)]
    upgrades: i64,
}

/// The day that stands for "no deadline" in the database's order ([`NaiveDate::MAX`] in
/// Rust's, which no database column holds).
fn far_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// One page of the glance over an organisation's unfinished findings, or one audit's (with
/// `owner_id`, that user's), with the counts of the whole list: the database counts by
/// standing and returns the page ordered and cut after `after`, so a page costs two scans of
/// the unfinished findings' rows in the database and the page's rows in Rust, however many
/// there are.
///
/// The standing is decided twice: in SQL for the order and the counts, and by [`classify`] for
/// the items. The status tests walk every page over a range of days and check that the items'
/// own standings follow the order and add up to the counts.
#[allow(clippy::too_many_arguments)]
pub fn page(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: Option<&AuditId>,
    owner_id: Option<&crate::id::UserId>,
    today: NaiveDate,
    limit: usize,
    after: Option<&Place>,
) -> Result<GlancePage, ModelError> {
    if let Some(audit_id) = audit_id {
        crate::audit::get(connection, scope, audit_id)?;
    }
    let Dialect {
        parameter: p,
        byte_order,
    } = backend::dialect(connection);
    let soon = today + chrono::Duration::days(DUE_SOON_DAYS);
    // ?1 today, ?2 the last day due soon, ?3 the organisation, ?4 the owner, ?5 the audit.
    let standing = format!(
        "CASE WHEN f.current_due < {p}1 THEN {overdue} \
         WHEN f.status IN ('{plan_submitted}', '{evidence_submitted}') THEN {blocked} \
         WHEN f.current_due <= {p}2 THEN {due_soon} \
         WHEN f.current_due IS NOT NULL THEN {due} \
         ELSE {none} END",
        overdue = Standing::Overdue as u8,
        blocked = Standing::Blocked as u8,
        due_soon = Standing::DueSoon as u8,
        due = Standing::Due as u8,
        none = Standing::NoDeadline as u8,
        plan_submitted = FindingStatus::PlanSubmitted.as_str(),
        evidence_submitted = FindingStatus::EvidenceSubmitted.as_str(),
    );
    let upgrade = format!(
        "CASE WHEN f.grade = '{minor}' AND f.plan_due < {p}1 \
         AND f.status IN ('{open}', '{drafted}') THEN 1 ELSE 0 END",
        minor = Grade::Minor.as_str(),
        open = FindingStatus::Open.as_str(),
        drafted = FindingStatus::PlanDrafted.as_str(),
    );
    let unfinished = format!(
        "FROM findings f LEFT JOIN users u ON u.id = f.owner_id \
         WHERE f.organisation_id = {p}3 AND f.status <> '{closed}' \
         AND ({p}4 IS NULL OR f.owner_id = {p}4) AND ({p}5 IS NULL OR f.audit_id = {p}5)",
        closed = FindingStatus::Closed.as_str(),
    );
    let organisation_id = scope.organisation_id();
    let owner_id = owner_id.map(|o| o.to_string());
    let audit_id = audit_id.map(|a| a.to_string());
    let standings: Vec<StandingCount> = diesel::sql_query(format!(
        "SELECT standing, COUNT(*) AS n, SUM(upgrade) AS upgrades FROM \
         (SELECT {standing} AS standing, {upgrade} AS upgrade {unfinished}) g GROUP BY standing"
    ))
    .bind::<Date, _>(today)
    .bind::<Date, _>(soon)
    .bind::<Text, _>(organisation_id)
    .bind::<Nullable<Text>, _>(owner_id.as_deref())
    .bind::<Nullable<Text>, _>(audit_id.as_deref())
    .load(connection)?;
    // ?6 the day that stands for none, ?7-?10 the place to start after, ?11 the rows wanted.
    let rows: Vec<StoredItem> = diesel::sql_query(format!(
        "SELECT id, audit_id, reference, grade, status, owner, current_kind, current_due, plan_due \
         FROM (SELECT f.id{byte_order} AS id, f.audit_id, f.reference{byte_order} AS reference, \
         f.grade, f.status, u.email AS owner, f.current_kind, f.current_due, f.plan_due, \
         {standing} AS standing, COALESCE(f.current_due, {p}6) AS due_key {unfinished}) g \
         WHERE ({p}7 IS NULL OR (g.standing, g.due_key, g.reference, g.id) > ({p}7, {p}8, {p}9, {p}10)) \
         ORDER BY g.standing, g.due_key, g.reference, g.id LIMIT {p}11"
    ))
    .bind::<Date, _>(today)
    .bind::<Date, _>(soon)
    .bind::<Text, _>(organisation_id)
    .bind::<Nullable<Text>, _>(owner_id.as_deref())
    .bind::<Nullable<Text>, _>(audit_id.as_deref())
    .bind::<Date, _>(far_day())
    .bind::<Nullable<Integer>, _>(after.map(|a| i32::from(a.standing as u8)))
    .bind::<Nullable<Date>, _>(after.map(|a| a.due_on.min(far_day())))
    .bind::<Nullable<Text>, _>(after.map(|a| a.reference.as_str()))
    .bind::<Nullable<Text>, _>(after.map(|a| a.finding_id.as_str()))
    // One more than the page: whether there is a next page.
    .bind::<BigInt, _>(i64::try_from(limit).unwrap_or(i64::MAX).saturating_add(1))
    .load(connection)?;
    let more = rows.len() > limit;
    let items = rows
        .into_iter()
        .take(limit)
        .map(|row| stored_item(row, today))
        .collect::<Result<Vec<Item>, ModelError>>()?;
    let mut counts = BTreeMap::new();
    let mut total = 0;
    let mut upgrades = 0;
    for count in standings {
        let standing = match count.standing {
            0 => Standing::Overdue,
            1 => Standing::DueSoon,
            2 => Standing::Due,
            3 => Standing::Blocked,
            _ => Standing::NoDeadline,
        };
        let n = usize::try_from(count.n).unwrap_or(0);
        counts.insert(standing.as_str().to_owned(), n);
        total += n;
        upgrades += usize::try_from(count.upgrades).unwrap_or(0);
    }
    counts.insert("possible_upgrade".to_owned(), upgrades);
    let next_after = more
        .then(|| items.last().map(|last| Place::of(last).cursor()))
        .flatten();
    Ok(GlancePage {
        on: today,
        counts,
        total,
        limit,
        items,
        next_after,
    })
}

/// The glance over an organisation's unfinished findings, or one audit's; with `owner_id`,
/// only that user's: every item, read and ordered in Rust, for one person's list (the home
/// page). The API answers a page at a time with [`page`].
pub fn glance(
    connection: &mut DbConnection,
    scope: &Scope,
    audit_id: Option<&AuditId>,
    owner_id: Option<&crate::id::UserId>,
    today: NaiveDate,
) -> Result<Glance, ModelError> {
    let organisation_id = scope.organisation_id();
    // One row per finding: its current deadline is kept on its row (`deadline::Current`).
    let mut query = findings::table
        .left_join(users::table)
        .filter(findings::organisation_id.eq(organisation_id))
        .filter(findings::status.ne(FindingStatus::Closed.as_str()))
        .select((
            findings::id,
            findings::audit_id,
            findings::reference,
            findings::grade,
            findings::status,
            users::email.nullable(),
            findings::current_kind,
            findings::current_due,
            findings::plan_due,
        ))
        .into_boxed();
    if let Some(owner_id) = owner_id {
        query = query.filter(findings::owner_id.eq(owner_id.to_owned()));
    }
    if let Some(audit_id) = audit_id {
        crate::audit::get(connection, scope, audit_id)?;
        query = query.filter(findings::audit_id.eq(audit_id.to_owned()));
    }
    type Row = (
        String,
        String,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<NaiveDate>,
        Option<NaiveDate>,
    );
    let rows: Vec<Row> = query.load(connection)?;
    let mut items = Vec::with_capacity(rows.len());
    for (id, audit, reference, grade, status, owner, kind, due_on, plan_due) in rows {
        items.push(stored_item(
            StoredItem {
                id,
                audit_id: audit,
                reference,
                grade,
                status,
                owner,
                current_kind: kind,
                current_due: due_on,
                plan_due,
            },
            today,
        )?);
    }
    // Compared on borrowed keys: an owned key would copy two strings of each finding.
    items.sort_unstable_by(|a, b| order(a).cmp(&order(b)));
    let mut counts = BTreeMap::new();
    for item in &items {
        *counts.entry(item.standing.as_str().to_owned()).or_insert(0) += 1;
    }
    counts.insert(
        "possible_upgrade".to_owned(),
        items.iter().filter(|i| i.possible_upgrade).count(),
    );
    Ok(Glance {
        on: today,
        counts,
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn item(grade: Grade, status: FindingStatus, today: NaiveDate) -> Item {
        let deadlines = BTreeMap::from([
            (DeadlineKind::Plan, date(2026, 4, 3)),
            (DeadlineKind::Evidence, date(2026, 4, 19)),
            (DeadlineKind::Closure, date(2026, 5, 19)),
        ]);
        classify(
            "f".into(),
            "a".into(),
            "NC-1".into(),
            grade,
            status,
            None,
            Current::of(status, |kind| deadlines.get(&kind).copied()),
            today,
        )
    }

    #[test]
    fn a_standing_is_named_as_the_api_writes_it() {
        for standing in [
            Standing::Overdue,
            Standing::DueSoon,
            Standing::Due,
            Standing::Blocked,
            Standing::NoDeadline,
        ] {
            assert_eq!(
                serde_json::to_value(standing).ok(),
                Some(serde_json::Value::from(standing.as_str()))
            );
        }
    }

    #[test]
    fn the_deadline_that_matters_follows_the_status() {
        let early = date(2026, 3, 25);
        let open = item(Grade::Major, FindingStatus::Open, early);
        assert_eq!(
            (open.deadline, open.days_left, open.standing),
            (Some(DeadlineKind::Plan), Some(9), Standing::Due)
        );
        let working = item(Grade::Major, FindingStatus::InProgress, early);
        assert_eq!(working.deadline, Some(DeadlineKind::Evidence));
        let verified = item(Grade::Major, FindingStatus::Verified, early);
        assert_eq!(verified.deadline, Some(DeadlineKind::Closure));
    }

    #[test]
    fn overdue_due_soon_blocked_and_the_upgrade_flag() {
        assert_eq!(
            item(Grade::Major, FindingStatus::Open, date(2026, 3, 30)).standing,
            Standing::DueSoon
        );
        let late = item(Grade::Minor, FindingStatus::PlanDrafted, date(2026, 4, 4));
        assert_eq!(
            (late.standing, late.days_left, late.possible_upgrade),
            (Standing::Overdue, Some(-1), true)
        );
        assert!(
            !item(Grade::Major, FindingStatus::Open, date(2026, 4, 4)).possible_upgrade,
            "already a major"
        );
        assert!(
            !item(Grade::Minor, FindingStatus::PlanSubmitted, date(2026, 4, 4)).possible_upgrade,
            "the plan went in"
        );
        assert_eq!(
            item(Grade::Minor, FindingStatus::PlanSubmitted, date(2026, 4, 4)).standing,
            Standing::Blocked
        );
        assert_eq!(
            item(
                Grade::Minor,
                FindingStatus::EvidenceSubmitted,
                date(2026, 5, 20)
            )
            .standing,
            Standing::Overdue
        );
    }
}
