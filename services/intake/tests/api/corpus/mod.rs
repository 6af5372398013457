//! The register corpus: every layout the importer is held to, each imported with no options
//! and compared, finding by finding, with what a person reading the file sees. One test
//! imports them all and prints a table (`cargo test -p closeout-intake --test api corpus --
//! --nocapture`): layout, findings right first time, what was wrong.
//!
//! Every file is generated here. Layouts from public registers and templates (found with the
//! search tool; origin and licence in each entry) are reproduced by a generator: their header
//! words, column order, title and section rows, where they put the grade and how they write
//! references and dates, with made-up findings, because most of those repositories state no
//! licence. The others are variants of the layout classes issue #12 lists. The real files the
//! project may redistribute (the IndusMach register, the legacy .xls) are imported by their
//! own tests in `imports.rs`.

use std::collections::BTreeMap;

use reqwest::StatusCode;
use rust_xlsxwriter::{ExcelDateTime, Workbook};
use serde_json::{Value, json};

use crate::helpers::{TestApp, expect_status, spawn_app};

mod classes;
mod holdouts_11_to_15;
mod holdouts_16_to_20;
mod holdouts_1_to_5;
mod holdouts_21_to_26;
mod holdouts_27_to_31;
mod holdouts_32_to_36;
mod holdouts_6_to_10;

use classes::layouts;
use holdouts_1_to_5::{
    fifth_holdout_layouts, fourth_holdout_layouts, holdout_layouts, second_holdout_layouts,
    third_holdout_layouts,
};
use holdouts_6_to_10::{
    eighth_holdout_layouts, ninth_holdout_layouts, seventh_holdout_layouts, sixth_holdout_layouts,
    tenth_holdout_layouts,
};
use holdouts_11_to_15::{
    eleventh_holdout_layouts, fifteenth_holdout_layouts, fourteenth_holdout_layouts,
    thirteenth_holdout_layouts, twelfth_holdout_layouts,
};
use holdouts_16_to_20::{
    eighteenth_holdout_layouts, nineteenth_holdout_layouts, seventeenth_holdout_layouts,
    sixteenth_holdout_layouts, twentieth_holdout_layouts,
};
use holdouts_21_to_26::{
    twenty_fifth_holdout_layouts, twenty_first_holdout_layouts, twenty_fourth_holdout_layouts,
    twenty_second_holdout_layouts, twenty_sixth_holdout_layouts, twenty_third_holdout_layouts,
};
use holdouts_27_to_31::{
    thirtieth_holdout_layouts, thirty_first_holdout_layouts, twenty_eighth_holdout_layouts,
    twenty_ninth_holdout_layouts, twenty_seventh_holdout_layouts,
};
use holdouts_32_to_36::{
    thirty_fifth_holdout_layouts, thirty_fourth_holdout_layouts, thirty_second_holdout_layouts,
    thirty_third_holdout_layouts,
};

/// One layout of the corpus.
struct Layout {
    id: &'static str,
    /// Where the layout comes from, and under what licence.
    origin: &'static str,
    file_name: &'static str,
    bytes: Vec<u8>,
    expected: Vec<Expected>,
}

/// A finding as a person reads it off the file.
#[derive(Debug, Clone)]
struct Expected {
    reference: String,
    grade: &'static str,
    /// Catalog ids, in order.
    requirements: Vec<&'static str>,
    /// The statement starts with this.
    statement: &'static str,
    /// The owner's email, when the layout checks owners.
    owner: Option<&'static str>,
    /// Pending owners, when the layout checks owners.
    pending: Option<Vec<&'static str>>,
    /// Whether a draft plan is expected (when the layout checks plans).
    plan: Option<bool>,
    /// Other frameworks' references, when the layout checks them.
    others: Option<Vec<&'static str>>,
}

fn finding(
    reference: &str,
    grade: &'static str,
    requirements: &'static str,
    statement: &'static str,
) -> Expected {
    Expected {
        reference: reference.to_owned(),
        grade,
        requirements: requirements
            .split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .collect(),
        statement,
        owner: None,
        pending: None,
        plan: None,
        others: None,
    }
}

impl Expected {
    fn owner(mut self, email: &'static str) -> Expected {
        self.owner = Some(email);
        self.pending = Some(Vec::new());
        self
    }

    fn pending(mut self, names: &[&'static str]) -> Expected {
        self.owner = None;
        self.pending = Some(names.to_vec());
        self
    }

    fn plan(mut self, drafted: bool) -> Expected {
        self.plan = Some(drafted);
        self
    }

    fn others(mut self, others: &[&'static str]) -> Expected {
        self.others = Some(others.to_vec());
        self
    }
}

/// A sheet: its name, and rows placed from a cell on. A cell `#n 5.1` is a number, `#d
/// 2026-03-20` a date, `` empty; anything else text.
struct Grid {
    name: &'static str,
    blocks: Vec<(u32, u16, Vec<Vec<&'static str>>)>,
    merges: Vec<(u32, u16, u32, u16)>,
}

fn sheet(name: &'static str, first_row: u32, first_column: u16, rows: &[&[&'static str]]) -> Grid {
    Grid {
        name,
        blocks: vec![(
            first_row,
            first_column,
            rows.iter().map(|r| r.to_vec()).collect(),
        )],
        merges: Vec::new(),
    }
}

impl Grid {
    fn merged(
        mut self,
        first_row: u32,
        first_column: u16,
        last_row: u32,
        last_column: u16,
    ) -> Grid {
        self.merges
            .push((first_row, first_column, last_row, last_column));
        self
    }
}

fn xlsx(grids: Vec<Grid>) -> Vec<u8> {
    let mut workbook = Workbook::new();
    for grid in grids {
        let sheet = workbook.add_worksheet();
        sheet.set_name(grid.name).expect("name");
        let mut merged_firsts = BTreeMap::new();
        for (first_row, first_column, last_row, last_column) in &grid.merges {
            merged_firsts.insert((*first_row, *first_column), (*last_row, *last_column));
        }
        for (first_row, first_column, rows) in grid.blocks {
            for (r, cells) in rows.iter().enumerate() {
                for (c, cell) in cells.iter().enumerate() {
                    let (row, column) = (first_row + r as u32, first_column + c as u16);
                    if cell.is_empty() {
                        continue;
                    }
                    if let Some((last_row, last_column)) = merged_firsts.get(&(row, column)) {
                        sheet
                            .merge_range(
                                row,
                                column,
                                *last_row,
                                *last_column,
                                cell,
                                &rust_xlsxwriter::Format::new(),
                            )
                            .expect("merge");
                        continue;
                    }
                    if let Some(number) = cell.strip_prefix("#n ") {
                        sheet
                            .write_number(row, column, number.parse::<f64>().expect("number"))
                            .expect("write");
                    } else if let Some(date) = cell.strip_prefix("#d ") {
                        let date = ExcelDateTime::parse_from_str(date).expect("date");
                        let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
                        sheet
                            .write_datetime_with_format(row, column, &date, &format)
                            .expect("write");
                    } else {
                        sheet.write_string(row, column, *cell).expect("write");
                    }
                }
            }
        }
    }
    workbook.save_to_buffer().expect("xlsx")
}

/// Delimited text from rows, quoted where needed.
fn delimited(rows: &[&[&str]], delimiter: char) -> String {
    rows.iter()
        .map(|cells| {
            cells
                .iter()
                .map(|c| {
                    if c.contains([delimiter, '"', '\n']) {
                        format!("\"{}\"", c.replace('"', "\"\""))
                    } else {
                        (*c).to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join(&delimiter.to_string())
        })
        .collect::<Vec<_>>()
        .join("\r\n")
}

fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '€' => 0x80,
            c if (c as u32) < 256 => c as u8,
            _ => b'?',
        })
        .collect()
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    bytes
}

fn compare(preview: &Value, expected: &[Expected]) -> Vec<String> {
    let mut wrong = Vec::new();
    let findings: BTreeMap<String, &Value> = preview["findings"]
        .as_array()
        .map(|all| {
            all.iter()
                .filter_map(|f| Some((f["reference"].as_str()?.to_owned(), f)))
                .collect()
        })
        .unwrap_or_default();
    for skipped in preview["skipped_rows"].as_array().into_iter().flatten() {
        wrong.push(format!(
            "row {} refused: {}",
            skipped["row"], skipped["reasons"]
        ));
    }
    for want in expected {
        let Some(got) = findings.get(&want.reference) else {
            wrong.push(format!("{} missing", want.reference));
            continue;
        };
        if got["grade"] != want.grade {
            wrong.push(format!(
                "{}: grade {} not {} (from {})",
                want.reference, got["grade"], want.grade, got["grade_source"]
            ));
        }
        if got["requirements"] != json!(want.requirements) {
            wrong.push(format!(
                "{}: requirements {} not {:?}",
                want.reference, got["requirements"], want.requirements
            ));
        }
        let statement = got["statement"].as_str().unwrap_or_default();
        if !statement.starts_with(want.statement) {
            wrong.push(format!("{}: statement `{statement}`", want.reference));
        }
        if let Some(pending) = &want.pending {
            if got["owner"].as_str() != want.owner {
                wrong.push(format!(
                    "{}: owner {} not {:?}",
                    want.reference, got["owner"], want.owner
                ));
            }
            if got["pending_owners"] != json!(pending) {
                wrong.push(format!(
                    "{}: pending owners {} not {pending:?}",
                    want.reference, got["pending_owners"]
                ));
            }
        }
        if let Some(plan) = want.plan
            && got["draft_plan"].is_object() != plan
        {
            wrong.push(format!(
                "{}: draft plan {}",
                want.reference, got["draft_plan"]
            ));
        }
        if let Some(others) = &want.others {
            let ids: Vec<&str> = got["other_references"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|o| o["id"].as_str())
                .collect();
            if ids != *others {
                wrong.push(format!("{}: other references {ids:?}", want.reference));
            }
        }
    }
    for reference in findings.keys() {
        if !expected.iter().any(|e| &e.reference == reference) {
            wrong.push(format!("{reference} is no finding of the file"));
        }
    }
    wrong
}

async fn people(app: &TestApp) {
    for (email, name) in [
        ("badr@acme.test", "Badr Karim"),
        ("lena.fischer@acme.test", "Lena Fischer"),
        ("ops@acme.test", "Head of IT Operations"),
        ("martin@acme.test", "Martín Lombardi"),
    ] {
        expect_status(
            app.post(
                "/api/v1/users",
                &app.admin_token,
                &json!({"email": email, "name": name, "role": "contributor"}),
            )
            .await,
            StatusCode::CREATED,
        )
        .await;
    }
}

/// Layouts of a blind holdout the importer still misreads, and why: printed in the table like
/// the others, allowed to fail, and the test fails once one is read right, so that the list
/// and the README's score stay true.
const KNOWN_MISREADS: &[(&str, &str)] = &[
    (
        "holdout33-ro-software-company-clause-titles-surname-first-total-row",
        "`5.3 Separarea sarcinilor` in a column that writes `A.` before controls and not before \
     clauses (`9.2 Auditul intern`) reads as clause 5.3; its Romanian title (segregation of \
     duties) says control A.5.3, and no vocabulary holds the controls' titles",
    ),
    (
        "holdout35-mt-consultant-template-instructions-row-missing-refs",
        "two graded findings whose reference cell was left empty are refused (`no reference (NC \
         ID) on this row`, with the row and the `skip_invalid_rows` way past it), as the imports \
         test holds them: the layout's author expected them named by their row",
    ),
];

#[tokio::test]
async fn every_layout_of_the_corpus_is_read_right_the_first_time() {
    let app = spawn_app().await;
    people(&app).await;
    let audit = app.create_audit("Corpus").await;
    let layouts: Vec<Layout> = layouts()
        .into_iter()
        .chain(holdout_layouts())
        .chain(second_holdout_layouts())
        .chain(third_holdout_layouts())
        .chain(fourth_holdout_layouts())
        .chain(fifth_holdout_layouts())
        .chain(sixth_holdout_layouts())
        .chain(seventh_holdout_layouts())
        .chain(eighth_holdout_layouts())
        .chain(ninth_holdout_layouts())
        .chain(tenth_holdout_layouts())
        .chain(eleventh_holdout_layouts())
        .chain(twelfth_holdout_layouts())
        .chain(thirteenth_holdout_layouts())
        .chain(fourteenth_holdout_layouts())
        .chain(fifteenth_holdout_layouts())
        .chain(sixteenth_holdout_layouts())
        .chain(seventeenth_holdout_layouts())
        .chain(eighteenth_holdout_layouts())
        .chain(nineteenth_holdout_layouts())
        .chain(twentieth_holdout_layouts())
        .chain(twenty_first_holdout_layouts())
        .chain(twenty_second_holdout_layouts())
        .chain(twenty_third_holdout_layouts())
        .chain(twenty_fourth_holdout_layouts())
        .chain(twenty_fifth_holdout_layouts())
        .chain(twenty_sixth_holdout_layouts())
        .chain(twenty_seventh_holdout_layouts())
        .chain(twenty_eighth_holdout_layouts())
        .chain(twenty_ninth_holdout_layouts())
        .chain(thirtieth_holdout_layouts())
        .chain(thirty_first_holdout_layouts())
        .chain(thirty_second_holdout_layouts())
        .chain(thirty_third_holdout_layouts())
        .chain(thirty_fourth_holdout_layouts())
        .chain(thirty_fifth_holdout_layouts())
        .collect();
    assert!(
        layouts.len() >= 30,
        "the corpus holds {} layouts",
        layouts.len()
    );
    // For working on one layout: `CLOSEOUT_CORPUS_ONLY=ho2-` keeps the layouts whose id starts
    // so, and prints the preview's account of each sheet where one is read wrong.
    let only = std::env::var("CLOSEOUT_CORPUS_ONLY").ok();
    let layouts: Vec<Layout> = layouts
        .into_iter()
        .filter(|l| {
            only.as_deref()
                .is_none_or(|prefix| l.id.starts_with(prefix))
        })
        .collect();
    let mut table = vec![
        "| layout | findings right first time | what was wrong |".to_owned(),
        "|---|---|---|".to_owned(),
    ];
    let mut all_right = 0;
    let mut failures = Vec::new();
    for layout in &layouts {
        let response = app
            .upload(
                &audit,
                "?dry_run=true",
                layout.file_name,
                layout.bytes.clone(),
                None,
            )
            .await;
        let status = response.status();
        let preview: Value = response.json().await.unwrap_or(Value::Null);
        let wrong = if status == StatusCode::OK {
            compare(&preview, &layout.expected)
        } else {
            vec![format!("{status}: {}", preview["detail"])]
        };
        if only.is_some() && !wrong.is_empty() {
            println!(
                "{}: sheets {:#}\nissues {:#}",
                layout.id, preview["sheets"], preview["issues"]
            );
        }
        let right = layout.expected.len()
            - layout
                .expected
                .iter()
                .filter(|e| wrong.iter().any(|w| w.starts_with(&e.reference)))
                .count();
        let right = if status == StatusCode::OK { right } else { 0 };
        let known = KNOWN_MISREADS.iter().any(|(id, _)| *id == layout.id);
        if wrong.is_empty() {
            all_right += 1;
            if known {
                failures.push(format!(
                    "{} is read right now: take it off KNOWN_MISREADS (and the README)",
                    layout.id
                ));
            }
        } else if !known {
            failures.push(format!("{}: {}", layout.id, wrong.join("; ")));
        }
        table.push(format!(
            "| {} | {right}/{} | {} |",
            layout.id,
            layout.expected.len(),
            if wrong.is_empty() {
                "-".to_owned()
            } else {
                wrong.join("; ")
            }
        ));
    }
    table.push(format!(
        "\n{all_right} of {} layouts right first time, with no options.",
        layouts.len()
    ));
    println!("{}", table.join("\n"));
    println!("\nWhere the layouts come from:");
    for layout in &layouts {
        println!("- {}: {}", layout.id, layout.origin);
    }
    if !KNOWN_MISREADS.is_empty() {
        println!("\nKnown misreads:");
    }
    for (id, why) in KNOWN_MISREADS {
        println!("- {id}: {why}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
