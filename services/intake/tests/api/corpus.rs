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

fn layouts() -> Vec<Layout> {
    vec![
        // ---- The classes of layout issue #12 lists, generated. ----
        Layout {
            id: "uncommon-header-words",
            origin: "generated: issue #12 class 1 (header words such as Control Name, Reference / Area)",
            file_name: "findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &[
                        "Item",
                        "Control Name",
                        "Reference / Area",
                        "Observation Detail",
                        "Rating",
                    ],
                    &[
                        "F-001",
                        "Access control",
                        "A.5.15",
                        "Leavers kept their VPN accounts for up to six weeks.",
                        "Major",
                    ],
                    &[
                        "F-002",
                        "Logging",
                        "A.8.15",
                        "Firewall logs are kept for seven days only, policy says 90.",
                        "Minor",
                    ],
                    &[
                        "F-003",
                        "Internal audit",
                        "Clause 9.2",
                        "The audit programme does not cover the data centre.",
                        "OFI",
                    ],
                ],
            )]),
            expected: vec![
                finding("F-001", "major", "A.5.15", "Leavers kept"),
                finding("F-002", "minor", "A.8.15", "Firewall logs"),
                finding("F-003", "ofi", "9.2", "The audit programme"),
            ],
        },
        Layout {
            id: "running-number-and-identifier",
            origin: "generated: issue #12 class 2 (# 1, 2, 3 beside F-001)",
            file_name: "register.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &["#", "Finding", "Description", "Grade", "Clause"],
                    &[
                        "#n 1",
                        "F-001",
                        "Access reviews were not performed in Q2 and Q3.",
                        "Minor",
                        "A.5.18",
                    ],
                    &[
                        "#n 2",
                        "F-002",
                        "The risk treatment plan is missing for three risks.",
                        "Major",
                        "6.1.3",
                    ],
                    &[
                        "#n 3",
                        "F-003",
                        "Restore tests of backups are not recorded anywhere.",
                        "Minor",
                        "A.8.13",
                    ],
                ],
            )]),
            expected: vec![
                finding("F-001", "minor", "A.5.18", "Access reviews"),
                finding("F-002", "major", "6.1.3", "The risk treatment"),
                finding("F-003", "minor", "A.8.13", "Restore tests"),
            ],
        },
        Layout {
            id: "requirements-under-other-names",
            origin: "generated: issue #12 class 3 (Source / Clause / Annex A ref. beside a Requirement title column)",
            file_name: "audit.xlsx",
            bytes: xlsx(vec![sheet(
                "Audit",
                0,
                0,
                &[
                    &["Ref", "Source", "Requirement", "Finding", "Grade"],
                    &[
                        "NC-1",
                        "A.5.15",
                        "Access control",
                        "Leavers keep VPN access for weeks after leaving.",
                        "Minor",
                    ],
                    &[
                        "NC-2",
                        "Clause 9.2",
                        "Internal audit",
                        "No audit programme exists for the current year.",
                        "Major",
                    ],
                    &[
                        "NC-3",
                        "A.8.8",
                        "Technical vulnerabilities",
                        "Critical patches are applied after 60 days on average.",
                        "Minor",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-1", "minor", "A.5.15", "Leavers keep"),
                finding("NC-2", "major", "9.2", "No audit programme"),
                finding("NC-3", "minor", "A.8.8", "Critical patches"),
            ],
        },
        Layout {
            id: "clause-annex-ref-header",
            origin: "generated: issue #12 class 3 (header \"Clause / Annex A ref.\")",
            file_name: "ncs.xlsx",
            bytes: xlsx(vec![sheet(
                "NCs",
                1,
                1,
                &[
                    &[
                        "NC No.",
                        "Clause / Annex A ref.",
                        "Requirement",
                        "Nonconformity",
                        "Category",
                    ],
                    &[
                        "1/2026",
                        "A.5.23",
                        "Information security for use of cloud services",
                        "No cloud service inventory is kept by IT.",
                        "Cat 2",
                    ],
                    &[
                        "2/2026",
                        "7.2",
                        "Competence",
                        "Training records of two administrators are missing.",
                        "Cat 2",
                    ],
                    &[
                        "3/2026",
                        "A.5.30",
                        "ICT readiness for business continuity",
                        "The DR plan was never tested since it was written.",
                        "Cat 1",
                    ],
                ],
            )]),
            expected: vec![
                finding("1/2026", "minor", "A.5.23", "No cloud service"),
                finding("2/2026", "minor", "7.2", "Training records"),
                finding("3/2026", "major", "A.5.30", "The DR plan"),
            ],
        },
        Layout {
            id: "requirements-only-in-statements",
            origin: "generated: issue #12 class 3 (\"Contrary to control A.8.15, logs are kept 7 days\")",
            file_name: "observations.csv",
            bytes: delimited(
                &[
                    &["NC ID", "Grade", "Statement"],
                    &[
                        "NC-01",
                        "Minor",
                        "Contrary to control A.8.15, logs are kept 7 days.",
                    ],
                    &[
                        "NC-02",
                        "Major",
                        "Clause 9.3 requires management reviews; none was held in 2025.",
                    ],
                    &[
                        "NC-03",
                        "Minor",
                        "Backups run nightly but, contrary to A.8.13, restores are never tested.",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("NC-01", "minor", "A.8.15", "Contrary to control"),
                finding("NC-02", "major", "9.3", "Clause 9.3 requires"),
                finding("NC-03", "minor", "A.8.13", "Backups run nightly"),
            ],
        },
        Layout {
            id: "grades-in-a-comment-column",
            origin: "generated: issue #12 class 4 (\"Minor nonconformity. Corrective action: ...\")",
            file_name: "audit-notes.xlsx",
            bytes: xlsx(vec![sheet(
                "Notes",
                0,
                0,
                &[
                    &["ID", "Clause", "Finding", "Auditor comment"],
                    &[
                        "A1",
                        "A.5.9",
                        "The asset inventory omits laptops bought in 2025.",
                        "Minor nonconformity. Corrective action: update the inventory.",
                    ],
                    &[
                        "A2",
                        "5.2",
                        "The information security policy was not approved by top management.",
                        "Major nonconformity; certification depends on it.",
                    ],
                    &[
                        "A3",
                        "A.6.3",
                        "Awareness training could use phishing exercises.",
                        "OFI, no response required.",
                    ],
                ],
            )]),
            expected: vec![
                finding("A1", "minor", "A.5.9", "The asset inventory"),
                finding("A2", "major", "5.2", "The information security policy"),
                finding("A3", "ofi", "A.6.3", "Awareness training"),
            ],
        },
        Layout {
            id: "compound-labels-sections-and-sheet-names",
            origin: "generated: issue #12 class 4 (Observation (OFI), Minor NC, MAJOR NONCONFORMITIES, a sheet named Opportunities for Improvement)",
            file_name: "report.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Nonconformities",
                    0,
                    0,
                    &[
                        &["Ref", "Clause", "Description", "Type"],
                        &["MAJOR NONCONFORMITIES"],
                        &[
                            "N1",
                            "6.1.2",
                            "No risk assessment has been performed for the new site.",
                            "",
                        ],
                        &["MINOR NONCONFORMITIES"],
                        &[
                            "N2",
                            "A.5.10",
                            "The acceptable use policy is not signed by contractors.",
                            "Minor NC",
                        ],
                        &[
                            "N3",
                            "A.7.4",
                            "CCTV recordings are kept 10 days instead of 30.",
                            "",
                        ],
                    ],
                )
                .merged(1, 0, 1, 3)
                .merged(3, 0, 3, 3),
                sheet(
                    "Opportunities for Improvement",
                    0,
                    0,
                    &[
                        &["Ref", "Clause", "Description"],
                        &[
                            "O1",
                            "A.5.7",
                            "Threat intelligence could be shared with the SOC weekly.",
                        ],
                    ],
                ),
                sheet(
                    "Observations",
                    0,
                    0,
                    &[
                        &["Ref", "Clause", "Description", "Type"],
                        &[
                            "B1",
                            "A.8.16",
                            "Monitoring alerts are reviewed only on weekdays.",
                            "Observation (OFI)",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("N1", "major", "6.1.2", "No risk assessment"),
                finding("N2", "minor", "A.5.10", "The acceptable use"),
                finding("N3", "minor", "A.7.4", "CCTV recordings"),
                finding("O1", "ofi", "A.5.7", "Threat intelligence"),
                finding("B1", "observation", "A.8.16", "Monitoring alerts"),
            ],
        },
        Layout {
            id: "reference-title-and-requirements-in-one-cell",
            origin: "generated: issue #12 class 5 (\"NC-1: Legal and regulatory requirements (Clause 4.2 / A.5.31)\")",
            file_name: "nc-summary.xlsx",
            bytes: xlsx(vec![sheet(
                "Summary",
                0,
                0,
                &[
                    &["Nonconformity", "Grade", "Evidence"],
                    &[
                        "NC-1: Legal and regulatory requirements (Clause 4.2 / A.5.31)",
                        "Minor",
                        "No register of legal requirements exists.",
                    ],
                    &[
                        "NC-2: Supplier security (A.5.19 / A.5.20)",
                        "Major",
                        "Contracts with two hosting providers lack security clauses.",
                    ],
                    &[
                        "NC-3: Secure deletion (A.8.10)",
                        "Minor",
                        "Decommissioned disks are not wiped before disposal.",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-1", "minor", "4.2, A.5.31", "Legal and regulatory"),
                finding("NC-2", "major", "A.5.19, A.5.20", "Supplier security"),
                finding("NC-3", "minor", "A.8.10", "Secure deletion"),
            ],
        },
        Layout {
            id: "requirement-cells-people-write",
            origin: "generated: issue #12 class 6 (both editions, a prefix over a list, Annex A 5.15, ISO A5.12, § 7.2, Kap. 9.3, 6.1.3 d), A5.17 / CC6.1)",
            file_name: "findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &[
                        "NC ID",
                        "Grade",
                        "ISO 27001 Reference",
                        "Nonconformity Description",
                    ],
                    &[
                        "R1",
                        "Minor",
                        "2013: A.6.2.2, A.13.1\n2022: 6.7, 8.20–8.23",
                        "Remote access is not controlled for teleworkers.",
                    ],
                    &[
                        "R2",
                        "Major",
                        "Clause 6.1.2/6.1.3, 8.2/8.3",
                        "Risk assessment and treatment were not performed.",
                    ],
                    &[
                        "R3",
                        "Minor",
                        "Annex A 5.15",
                        "Access rights are granted by email without approval.",
                    ],
                    &[
                        "R4",
                        "Minor",
                        "ISO A5.12",
                        "Information is not classified in the document system.",
                    ],
                    &[
                        "R5",
                        "Minor",
                        "§ 7.2",
                        "Competence of the SOC analysts is not evidenced.",
                    ],
                    &[
                        "R6",
                        "Major",
                        "Kap. 9.3",
                        "Die Managementbewertung fand 2025 nicht statt.",
                    ],
                    &[
                        "R7",
                        "Minor",
                        "6.1.3 d)",
                        "The statement of applicability misses justifications.",
                    ],
                    &[
                        "R8",
                        "Minor",
                        "A5.17 / CC6.1",
                        "Password rules allow six characters.",
                    ],
                ],
            )]),
            expected: vec![
                finding(
                    "R1",
                    "minor",
                    "A.6.7, A.8.20, A.8.21, A.8.22, A.8.23",
                    "Remote access",
                ),
                finding(
                    "R2",
                    "major",
                    "6.1.2, 6.1.3, 8.2, 8.3",
                    "Risk assessment and treatment",
                ),
                finding("R3", "minor", "A.5.15", "Access rights are granted"),
                finding("R4", "minor", "A.5.12", "Information is not classified"),
                finding("R5", "minor", "7.2", "Competence of the SOC"),
                finding("R6", "major", "9.3", "Die Managementbewertung"),
                finding("R7", "minor", "6.1.3", "The statement of applicability"),
                finding("R8", "minor", "A.5.17", "Password rules").others(&["CC6.1"]),
            ],
        },
        Layout {
            id: "german-register",
            origin: "generated: issue #12 class 7 (Hauptabweichung / Nebenabweichung / Empfehlung, dd.mm.yyyy)",
            file_name: "abweichungen.xlsx",
            bytes: xlsx(vec![sheet(
                "Abweichungen",
                0,
                0,
                &[
                    &[
                        "Lfd. Nr.",
                        "Einstufung",
                        "Normkapitel",
                        "Feststellung",
                        "Verantwortlich",
                        "Frist",
                    ],
                    &[
                        "#n 1",
                        "Hauptabweichung",
                        "Kap. 9.3",
                        "Die Managementbewertung fand seit zwei Jahren nicht statt.",
                        "Leiter IT",
                        "15.03.2026",
                    ],
                    &[
                        "#n 2",
                        "Nebenabweichung",
                        "A.5.15",
                        "Austritte werden nicht zeitnah im AD deaktiviert.",
                        "CISO",
                        "01.04.2026",
                    ],
                    &[
                        "#n 3",
                        "Empfehlung",
                        "A.6.3",
                        "Schulungen könnten Phishing-Simulationen enthalten.",
                        "HR",
                        "30.06.2026",
                    ],
                ],
            )]),
            expected: vec![
                finding("1", "major", "9.3", "Die Managementbewertung"),
                finding("2", "minor", "A.5.15", "Austritte"),
                finding("3", "ofi", "A.6.3", "Schulungen"),
            ],
        },
        Layout {
            id: "french-register",
            origin: "generated: issue #12 class 7 (NC majeure / NC mineure / piste de progrès / point sensible)",
            file_name: "ecarts.xlsx",
            bytes: xlsx(vec![sheet(
                "Écarts",
                2,
                0,
                &[
                    &[
                        "N°",
                        "Type d'écart",
                        "Chapitre",
                        "Constat",
                        "Responsable",
                        "Échéance",
                    ],
                    &[
                        "E-01",
                        "NC majeure",
                        "§ 9.2",
                        "Aucun programme d'audit interne n'a été établi pour 2025.",
                        "RSSI",
                        "20/03/2026",
                    ],
                    &[
                        "E-02",
                        "NC mineure",
                        "A.8.13",
                        "Les tests de restauration ne sont pas enregistrés.",
                        "DSI",
                        "30/04/2026",
                    ],
                    &[
                        "E-03",
                        "Piste de progrès",
                        "A.5.7",
                        "Le renseignement sur les menaces pourrait être formalisé.",
                        "RSSI",
                        "30/06/2026",
                    ],
                    &[
                        "E-04",
                        "Point sensible",
                        "A.7.7",
                        "Des documents traînent sur les bureaux le soir.",
                        "Services généraux",
                        "30/06/2026",
                    ],
                ],
            )]),
            expected: vec![
                finding("E-01", "major", "9.2", "Aucun programme"),
                finding("E-02", "minor", "A.8.13", "Les tests de restauration"),
                finding("E-03", "ofi", "A.5.7", "Le renseignement"),
                finding("E-04", "observation", "A.7.7", "Des documents"),
            ],
        },
        Layout {
            id: "spanish-csv-windows-1252-semicolons",
            origin: "generated: issue #12 class 7 (;-separated CSV in Windows-1252, dates day first only because the language says so)",
            file_name: "hallazgos.csv",
            bytes: windows_1252(&delimited(
                &[
                    &[
                        "Nº",
                        "Tipo",
                        "Cláusula",
                        "Hallazgo",
                        "Responsable",
                        "Fecha límite",
                    ],
                    &[
                        "H-01",
                        "No conformidad mayor",
                        "6.1.2",
                        "No se ha realizado la evaluación de riesgos del nuevo centro.",
                        "Responsable SGSI",
                        "03/04/2026",
                    ],
                    &[
                        "H-02",
                        "No conformidad menor",
                        "A.5.15",
                        "Las bajas no se eliminan del directorio a tiempo.",
                        "Sistemas",
                        "05/06/2026",
                    ],
                    &[
                        "H-03",
                        "Oportunidad de mejora",
                        "A.5.37",
                        "Los procedimientos operativos podrían centralizarse.",
                        "Calidad",
                        "01/07/2026",
                    ],
                ],
                ';',
            )),
            expected: vec![
                finding("H-01", "major", "6.1.2", "No se ha realizado"),
                finding("H-02", "minor", "A.5.15", "Las bajas"),
                finding("H-03", "ofi", "A.5.37", "Los procedimientos"),
            ],
        },
        Layout {
            id: "italian-register",
            origin: "generated: issue #12 class 7 (non conformità maggiore / minore, osservazione, raccomandazione)",
            file_name: "rilievi.xlsx",
            bytes: xlsx(vec![sheet(
                "Rilievi",
                0,
                0,
                &[
                    &[
                        "N.",
                        "Classificazione",
                        "Punto norma",
                        "Rilievo",
                        "Responsabile",
                        "Scadenza",
                    ],
                    &[
                        "R-1",
                        "Non conformità maggiore",
                        "6.2",
                        "Gli obiettivi di sicurezza non sono misurabili.",
                        "CISO",
                        "31/03/2026",
                    ],
                    &[
                        "R-2",
                        "Non conformità minore",
                        "A.8.9",
                        "La configurazione di base dei server non è documentata.",
                        "IT",
                        "30/04/2026",
                    ],
                    &[
                        "R-3",
                        "Osservazione",
                        "A.7.2",
                        "Il registro visitatori non è sempre compilato.",
                        "Facility",
                        "30/05/2026",
                    ],
                    &[
                        "R-4",
                        "Raccomandazione",
                        "A.5.24",
                        "Le esercitazioni sugli incidenti potrebbero essere semestrali.",
                        "CISO",
                        "30/06/2026",
                    ],
                ],
            )]),
            expected: vec![
                finding("R-1", "major", "6.2", "Gli obiettivi"),
                finding("R-2", "minor", "A.8.9", "La configurazione"),
                finding("R-3", "observation", "A.7.2", "Il registro"),
                finding("R-4", "ofi", "A.5.24", "Le esercitazioni"),
            ],
        },
        Layout {
            id: "dutch-register",
            origin: "generated: issue #12 class 7 (grote / kleine afwijking, verbeterpunt, observatie)",
            file_name: "bevindingen.xlsx",
            bytes: xlsx(vec![sheet(
                "Bevindingen",
                0,
                0,
                &[
                    &[
                        "Nr",
                        "Soort afwijking",
                        "Normparagraaf",
                        "Bevinding",
                        "Eigenaar",
                        "Streefdatum",
                    ],
                    &[
                        "B-01",
                        "Grote afwijking",
                        "9.2",
                        "Er is geen intern auditprogramma vastgesteld.",
                        "ISMS-manager",
                        "31-03-2026",
                    ],
                    &[
                        "B-02",
                        "Kleine afwijking",
                        "A.5.19",
                        "Leveranciers worden niet jaarlijks beoordeeld.",
                        "Inkoop",
                        "30-04-2026",
                    ],
                    &[
                        "B-03",
                        "Verbeterpunt",
                        "A.8.7",
                        "De virusscanner meldt niet centraal.",
                        "IT",
                        "31-05-2026",
                    ],
                    &[
                        "B-04",
                        "Observatie",
                        "A.7.9",
                        "Laptops worden soms onbeheerd in de auto gelaten.",
                        "HR",
                        "30-06-2026",
                    ],
                ],
            )]),
            expected: vec![
                finding("B-01", "major", "9.2", "Er is geen"),
                finding("B-02", "minor", "A.5.19", "Leveranciers"),
                finding("B-03", "ofi", "A.8.7", "De virusscanner"),
                finding("B-04", "observation", "A.7.9", "Laptops"),
            ],
        },
        Layout {
            id: "portuguese-register",
            origin: "generated: issue #12 class 7 (não conformidade maior / menor, oportunidade de melhoria, observação)",
            file_name: "constatacoes.xlsx",
            bytes: xlsx(vec![sheet(
                "Constatações",
                0,
                0,
                &[
                    &[
                        "Nº",
                        "Classificação",
                        "Requisito da norma",
                        "Constatação",
                        "Responsável",
                        "Prazo",
                    ],
                    &[
                        "C-1",
                        "Não conformidade maior",
                        "5.2",
                        "A política de segurança não foi aprovada pela direção.",
                        "Direção",
                        "31/03/2026",
                    ],
                    &[
                        "C-2",
                        "Não conformidade menor",
                        "A.8.24",
                        "Chaves criptográficas não têm prazo de validade.",
                        "TI",
                        "30/04/2026",
                    ],
                    &[
                        "C-3",
                        "Oportunidade de melhoria",
                        "A.5.36",
                        "A conformidade com políticas pode ser verificada trimestralmente.",
                        "Qualidade",
                        "30/06/2026",
                    ],
                    &[
                        "C-4",
                        "Observação",
                        "A.7.1",
                        "O perímetro do datacenter tem uma porta sem alarme.",
                        "Facilities",
                        "30/06/2026",
                    ],
                ],
            )]),
            expected: vec![
                finding("C-1", "major", "5.2", "A política"),
                finding("C-2", "minor", "A.8.24", "Chaves"),
                finding("C-3", "ofi", "A.5.36", "A conformidade"),
                finding("C-4", "observation", "A.7.1", "O perímetro"),
            ],
        },
        Layout {
            id: "one-ncr-form-per-sheet",
            origin: "generated: issue #12 class 8 (NCR forms of label/value pairs, one sheet each)",
            file_name: "ncr-forms.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "NCR-01",
                    0,
                    0,
                    &[
                        &["Nonconformity Report"],
                        &[""],
                        &["NCR No.:", "NCR-2026-01"],
                        &["Date raised:", "#d 2026-03-18"],
                        &["Clause:", "A.8.13"],
                        &["Grade:", "Minor"],
                        &["Description of nonconformity"],
                        &["Restore tests of the ERP backup are not recorded."],
                        &["Auditee:", "ops@acme.test"],
                    ],
                ),
                sheet(
                    "NCR-02",
                    0,
                    0,
                    &[
                        &["Nonconformity Report"],
                        &[""],
                        &["NCR No.:", "NCR-2026-02"],
                        &["Date raised:", "#d 2026-03-18"],
                        &["Clause:", "9.2"],
                        &["Grade:", "Major"],
                        &["Description of nonconformity"],
                        &["No internal audit covered the data centre in three years."],
                    ],
                ),
                sheet(
                    "NCR-03",
                    0,
                    0,
                    &[
                        &["Nonconformity Report"],
                        &[""],
                        &["NCR No.:", "NCR-2026-03"],
                        &["Clause:", "A.5.34"],
                        &["Grade:", "OFI"],
                        &[
                            "Description of nonconformity",
                            "Personal data could be mapped to processing activities.",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("NCR-2026-01", "minor", "A.8.13", "Restore tests"),
                finding("NCR-2026-02", "major", "9.2", "No internal audit"),
                finding("NCR-2026-03", "ofi", "A.5.34", "Personal data"),
            ],
        },
        Layout {
            id: "owners-as-names-and-roles",
            origin: "generated: issue #12 class 9 (owners as names, roles, several in one cell)",
            file_name: "owners.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &["NC ID", "Grade", "Clause", "Description", "Owner"],
                    &[
                        "NC-01",
                        "Minor",
                        "A.5.15",
                        "Access rights of leavers stay active for weeks.",
                        "Badr Karim",
                    ],
                    &[
                        "NC-02",
                        "Minor",
                        "A.5.18",
                        "Access reviews were not done in Q3.",
                        "GRC Lead + IT Admin",
                    ],
                    &[
                        "NC-03",
                        "Major",
                        "A.8.13",
                        "No backup of the HR system was restorable in the test.",
                        "Head of IT Operations",
                    ],
                    &[
                        "NC-04",
                        "Minor",
                        "A.8.8",
                        "Patches are late on the file servers.",
                        "lena.fischer@acme.test",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-01", "minor", "A.5.15", "Access rights").owner("badr@acme.test"),
                finding("NC-02", "minor", "A.5.18", "Access reviews")
                    .pending(&["GRC Lead", "IT Admin"]),
                finding("NC-03", "major", "A.8.13", "No backup").owner("ops@acme.test"),
                finding("NC-04", "minor", "A.8.8", "Patches").owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "unicode-text-tsv",
            origin: "generated: Excel's \"Unicode text\" export (UTF-16 with a BOM, tab-separated)",
            file_name: "register.txt",
            bytes: utf16le_with_bom(&delimited(
                &[
                    &[
                        "Finding ID",
                        "Severity",
                        "Control",
                        "Finding Description",
                        "Owner",
                    ],
                    &[
                        "F-10",
                        "Major",
                        "A.5.29",
                        "No plan for information security during disruption.",
                        "ciso@acme.test",
                    ],
                    &[
                        "F-11",
                        "Minor",
                        "A.8.12",
                        "USB ports are open on finance laptops – data leakage risk.",
                        "it@acme.test",
                    ],
                ],
                '\t',
            )),
            expected: vec![
                finding("F-10", "major", "A.5.29", "No plan for"),
                finding("F-11", "minor", "A.8.12", "USB ports"),
            ],
        },
        Layout {
            id: "title-rows-two-row-header-merged-grades",
            origin: "generated: a certification body's layout (title rows, a two-row header, grades merged down)",
            file_name: "cb-report.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Findings",
                    0,
                    0,
                    &[
                        &["Certification audit — ACME Ltd — ISO/IEC 27001:2022"],
                        &["Audit dates: 16–18 March 2026"],
                        &[""],
                        &["Finding", "", "", "Auditee response", "", ""],
                        &[
                            "Ref",
                            "Grade",
                            "Clause",
                            "Description",
                            "Root cause",
                            "Action owner",
                        ],
                        &[
                            "CB-1",
                            "Minor",
                            "A.5.24",
                            "Incident roles are not assigned in the plan.",
                            "Plan written before the reorganisation.",
                            "ciso@acme.test",
                        ],
                        &[
                            "CB-2",
                            "",
                            "A.5.26",
                            "Incidents are not classified by severity.",
                            "No severity scale defined.",
                            "ciso@acme.test",
                        ],
                        &[
                            "CB-3",
                            "OFI",
                            "A.5.27",
                            "Lessons learned could feed the risk register.",
                            "",
                            "",
                        ],
                    ],
                )
                .merged(5, 1, 6, 1),
            ]),
            expected: vec![
                finding("CB-1", "minor", "A.5.24", "Incident roles"),
                finding("CB-2", "minor", "A.5.26", "Incidents are not classified"),
                finding("CB-3", "ofi", "A.5.27", "Lessons learned"),
            ],
        },
        Layout {
            id: "company-cap-register",
            origin: "generated: issue #12 item 7 (a company's CAP register: root cause, correction, corrective action, action owner, target date, status, verification)",
            file_name: "cap-register.xlsx",
            bytes: xlsx(vec![sheet(
                "CAP",
                0,
                0,
                &[
                    &[
                        "NC Ref",
                        "Grade",
                        "Clause",
                        "Finding",
                        "Root Cause",
                        "Correction",
                        "Corrective Action",
                        "Action Owner",
                        "Target Date",
                        "Status",
                        "Verification",
                    ],
                    &[
                        "CAP-1",
                        "Minor",
                        "A.8.8",
                        "Critical patches are applied late on servers.",
                        "No patch window agreed with the business.",
                        "Patched the three servers found.",
                        "Agree a monthly patch window and monitor it.",
                        "Badr Karim",
                        "#d 2026-05-31",
                        "In progress",
                        "Check patch levels in June.",
                    ],
                    &[
                        "CAP-2",
                        "Major",
                        "9.3",
                        "No management review was held in 2025.",
                        "The ISMS manager left and nobody took over.",
                        "Review scheduled for April.",
                        "Name a deputy and put reviews in the calendar.",
                        "lena.fischer@acme.test",
                        "#d 2026-04-30",
                        "Open",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("CAP-1", "minor", "A.8.8", "Critical patches")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("CAP-2", "major", "9.3", "No management review")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
            ],
        },
        Layout {
            id: "headerless-export",
            origin: "generated: an export without a header row (columns told apart by their values alone)",
            file_name: "export.csv",
            bytes: delimited(
                &[
                    &[
                        "NC-01",
                        "Major",
                        "A.5.15",
                        "Leavers keep their VPN accounts for weeks after they leave.",
                    ],
                    &[
                        "NC-02",
                        "Minor",
                        "9.2",
                        "The audit programme does not cover the data centre at all.",
                    ],
                    &[
                        "NC-03",
                        "OFI",
                        "A.8.16",
                        "Monitoring could alert outside business hours as well.",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("NC-01", "major", "A.5.15", "Leavers keep"),
                finding("NC-02", "minor", "9.2", "The audit programme"),
                finding("NC-03", "ofi", "A.8.16", "Monitoring"),
            ],
        },
        // ---- Layouts of public registers and templates, reproduced. ----
        Layout {
            id: "isms-handbook-register-by-grade",
            origin: "reproduces neomint-skr/isms-master ISMS-Handbook/Registers/05-Nonconformity-Register.md @ a003b575 (licence not stated: layout only): a section per grade, the header repeated under each",
            file_name: "nonconformity-register.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &["2026 — TÜV Surveillance audit"],
                    &["Major Nonconformities"],
                    &[
                        "Finding ID",
                        "Description",
                        "Reference",
                        "Statement",
                        "Responsible",
                        "Target date",
                        "Status",
                    ],
                    &[
                        "NC-001",
                        "Risk treatment plan does not cover cloud services at all.",
                        "6.1.3",
                        "Extend the plan to cloud services.",
                        "ISMS Manager",
                        "2026-05-31",
                        "Open",
                    ],
                    &["Minor Nonconformities"],
                    &[
                        "Finding ID",
                        "Description",
                        "Reference",
                        "Statement",
                        "Responsible",
                        "Target date",
                        "Status",
                    ],
                    &[
                        "NC-002",
                        "Two joiners signed the NDA after their start date.",
                        "A.6.6",
                        "Check NDAs before access is granted.",
                        "HR",
                        "2026-04-30",
                        "In progress",
                    ],
                    &["Opportunities for Improvement"],
                    &[
                        "Finding ID",
                        "Description",
                        "Reference",
                        "Statement",
                        "Responsible",
                        "Target date",
                        "Status",
                    ],
                    &[
                        "OFI-001",
                        "Security metrics could be reported to the board quarterly.",
                        "9.1",
                        "Add a quarterly board report.",
                        "CISO",
                        "2026-06-30",
                        "Open",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-001", "major", "6.1.3", "Risk treatment plan"),
                finding("NC-002", "minor", "A.6.6", "Two joiners"),
                finding("OFI-001", "ofi", "9.1", "Security metrics"),
            ],
        },
        Layout {
            id: "nonconformity-report-blocks",
            origin: "reproduces ilyafedotov-ops/Templates Report/ISO27001-Audit/Nonconformity-Report.md @ b29d1e20 (licence not stated: layout only): one block of labelled lines per finding, the grade in the ID's letters (MNC-, MiNC-, OFI-)",
            file_name: "nc-report.xlsx",
            bytes: xlsx(vec![sheet(
                "Report",
                0,
                0,
                &[
                    &["Major Nonconformities"],
                    &["Major Nonconformity MNC-001"],
                    &["Finding ID:", "MNC-001"],
                    &["Date Identified:", "12/03/2026"],
                    &["ISO Requirement:", "Clause 6.1.2"],
                    &[
                        "Nonconformity Statement:",
                        "No information security risk assessment has been carried out since 2023.",
                    ],
                    &["Evidence:", "Risk register last updated 14/02/2023."],
                    &["Root Cause:", "The risk owner role was vacant."],
                    &[""],
                    &["Minor Nonconformity MiNC-001"],
                    &["Finding ID:", "MiNC-001"],
                    &["Date Identified:", "13/03/2026"],
                    &["ISO Requirement:", "A.5.18"],
                    &[
                        "Nonconformity Statement:",
                        "Quarterly access reviews were skipped twice.",
                    ],
                    &["Evidence:", "Review log shows no entries for Q2 and Q3."],
                ],
            )]),
            expected: vec![
                finding("MNC-001", "major", "6.1.2", "No information security risk"),
                finding("MiNC-001", "minor", "A.5.18", "Quarterly access reviews"),
            ],
        },
        Layout {
            id: "implementation-project-findings-csv",
            origin: "reproduces shubham230403/ISO27001-ISMS-Implementation 07-Audit/audit-findings.csv @ 3e18254f (licence not stated: layout only): severities instead of grades, areas instead of clauses, owners as roles",
            file_name: "audit-findings.csv",
            bytes: delimited(
                &[
                    &[
                        "Finding ID",
                        "Area",
                        "Finding",
                        "Severity",
                        "Root Cause",
                        "Corrective Action",
                        "Owner",
                        "Status",
                    ],
                    &[
                        "F-001",
                        "Access Control",
                        "Access review evidence is incomplete",
                        "Medium",
                        "Process not consistently documented",
                        "Implement quarterly access review",
                        "IT Manager",
                        "Open",
                    ],
                    &[
                        "F-002",
                        "Vulnerability Management",
                        "Retest evidence is incomplete",
                        "High",
                        "No standardized retest workflow",
                        "Require retest evidence before closure",
                        "Application Owner",
                        "Open",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("F-001", "minor", "", "Access review evidence")
                    .pending(&["IT Manager"])
                    .plan(true),
                finding("F-002", "major", "", "Retest evidence")
                    .pending(&["Application Owner"])
                    .plan(true),
            ],
        },
        Layout {
            id: "internal-audit-simulation-two-grade-columns",
            origin: "reproduces shubham230403/ISO27001-ISMS-Implementation 16-Internal-Audit-Simulation/audit-findings-final.csv @ e745f229 (licence not stated: layout only): Finding Type beside Severity",
            file_name: "audit-findings-final.csv",
            bytes: delimited(
                &[
                    &[
                        "Finding ID",
                        "Audit Area",
                        "Finding Type",
                        "Finding Description",
                        "Evidence",
                        "Severity",
                        "Root Cause",
                        "Recommendation",
                        "Owner",
                        "Status",
                        "Target Date",
                        "Auditor Conclusion",
                    ],
                    &[
                        "AUD-F-001",
                        "Annex A Implementation",
                        "Improvement Opportunity",
                        "81 of 93 Annex A controls remain partially implemented",
                        "annex-a-register.csv",
                        "Observation",
                        "Implementation is phased",
                        "Keep a prioritised roadmap",
                        "ISMS Manager",
                        "Open",
                        "2026-12-31",
                        "No sampled control failed",
                    ],
                    &[
                        "AUD-F-002",
                        "Supplier Management",
                        "Minor Nonconformity",
                        "Two suppliers were onboarded without a security review",
                        "supplier-log.xlsx",
                        "Medium",
                        "Checklist skipped under time pressure",
                        "Make the review a purchase gate",
                        "Procurement Lead",
                        "Open",
                        "2026-09-30",
                        "Isolated lapse",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("AUD-F-001", "ofi", "", "81 of 93"),
                finding("AUD-F-002", "minor", "", "Two suppliers"),
            ],
        },
        Layout {
            id: "capa-tracker-with-legends",
            origin: "reproduces badrnkarim/cloudfin-isms-portfolio 03_Audit_Pack/AUD-006_CAPA_Tracker @ 1a3ca3d5 (licence not stated: layout only): legends in headers, \"Annex A A.8.8\", owners as role and name",
            file_name: "capa-tracker.csv",
            bytes: delimited(
                &[
                    &[
                        "CAPA ID",
                        "Related Finding ID",
                        "Requirement",
                        "Nonconformity Type (Major/Minor/OFI)",
                        "Problem Statement",
                        "Immediate Correction (Containment)",
                        "Root Cause",
                        "Corrective Action Plan",
                        "Owner",
                        "Due Date",
                        "Status",
                        "Verification Method",
                        "Effectiveness Verified By",
                        "Verification Date",
                        "Evidence IDs (EV-###)",
                    ],
                    &[
                        "CAPA-001",
                        "F-001",
                        "ISO 27001 Clause 6.2",
                        "OFI",
                        "Information security objectives are not documented.",
                        "Draft an objectives document.",
                        "Not yet analyzed",
                        "Write six measurable objectives.",
                        "Security/GRC (Badr)",
                        "2026-02-21",
                        "Closed",
                        "Check objectives are measurable.",
                        "Badr Karim",
                        "",
                        "EV-005",
                    ],
                    &[
                        "CAPA-002",
                        "F-002",
                        "ISO 27001 Clause 10.1",
                        "Minor",
                        "Corrective action tracking is not established.",
                        "Create a CAPA tracker.",
                        "Not yet analyzed",
                        "Track all findings to closure.",
                        "Security/GRC (Badr)",
                        "2026-02-14",
                        "Closed",
                        "Verify the tracker is used.",
                        "Badr Karim",
                        "",
                        "EV-006",
                    ],
                    &[
                        "CAPA-004",
                        "F-004",
                        "Annex A A.8.8",
                        "Minor",
                        "Vulnerability remediation SLAs are not tracked.",
                        "Create a vulnerability log.",
                        "Not yet analyzed",
                        "Write a vulnerability procedure.",
                        "Engineering Lead",
                        "2026-02-21",
                        "Closed",
                        "Review the log.",
                        "Badr Karim",
                        "",
                        "EV-008",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("CAPA-001", "ofi", "6.2", "Information security objectives")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("CAPA-002", "minor", "10.1", "Corrective action tracking")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("CAPA-004", "minor", "A.8.8", "Vulnerability remediation")
                    .pending(&["Engineering Lead"])
                    .plan(true),
            ],
        },
        Layout {
            id: "german-nonconformity-log",
            origin: "reproduces ipeky-portfolio/iso27001 05_Findings_and_Reporting/Nonconformity_Register.md @ 901f1b2e (licence not stated: layout only): German headers, English grade words, dd.mm.yy dates",
            file_name: "nichtkonformitaeten.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &["Nichtkonformitäten-Register (Nonconformity Log)"],
                    &["ID", "Datum", "Bereich", "Beschreibung", "Art", "Status"],
                    &[
                        "NC-01",
                        "15.02.26",
                        "HR",
                        "Eintrittsdatum eines MA ist 01.01.26, aber die NDA liegt erst seit 15.01.26 vor.",
                        "Minor",
                        "Offen",
                    ],
                    &[
                        "NC-02",
                        "16.02.26",
                        "IT-Admin",
                        "Domain-Admin-Rechte für Standard-User-Accounts vergeben.",
                        "Major",
                        "Offen",
                    ],
                    &[
                        "NC-03",
                        "17.02.26",
                        "Einkauf",
                        "Kein Sicherheits-Audit für den neuen Cloud-Dienstleister durchgeführt.",
                        "Major",
                        "Offen",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-01", "minor", "", "Eintrittsdatum"),
                finding("NC-02", "major", "", "Domain-Admin-Rechte"),
                finding("NC-03", "major", "", "Kein Sicherheits-Audit"),
            ],
        },
        Layout {
            id: "handbook-findings-register-per-grade-sheet",
            origin: "reproduces surreal70/Handbook-Generator 0150_ISMS_Nichtkonformitaeten_und_Korrekturmassnahmen.md (MIT): Denglisch headers, no grade column (here one sheet per grade)",
            file_name: "findings-register.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Nebenabweichungen",
                    0,
                    0,
                    &[
                        &[
                            "Finding-ID",
                            "Quelle",
                            "Beschreibung",
                            "Root Cause",
                            "Maßnahme",
                            "Owner",
                            "Fällig",
                            "Status",
                            "Wirksamkeit geprüft am",
                        ],
                        &[
                            "F-001",
                            "Audit",
                            "Berechtigungen werden nicht regelmäßig überprüft.",
                            "Kein Prozess definiert",
                            "Quartalsweise Prüfung einführen",
                            "Lena Fischer",
                            "30.06.2026",
                            "Offen",
                            "",
                        ],
                    ],
                ),
                sheet(
                    "Hauptabweichungen",
                    0,
                    0,
                    &[
                        &[
                            "Finding-ID",
                            "Quelle",
                            "Beschreibung",
                            "Root Cause",
                            "Maßnahme",
                            "Owner",
                            "Fällig",
                            "Status",
                            "Wirksamkeit geprüft am",
                        ],
                        &[
                            "F-002",
                            "Audit",
                            "Es gibt keine Risikobehandlung für die Cloud-Dienste.",
                            "Risikoeigner fehlt",
                            "Risikoeigner benennen",
                            "Badr Karim",
                            "31.05.2026",
                            "Offen",
                            "",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("F-001", "minor", "", "Berechtigungen")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("F-002", "major", "", "Es gibt keine")
                    .owner("badr@acme.test")
                    .plan(true),
            ],
        },
        Layout {
            id: "audit-report-finding-blocks-de",
            origin: "reproduces ipeky-portfolio/iso27001-audit-mock 05_Findings_and_Reporting/Audit_Report_Full.md @ c2e84299 (licence not stated: layout only): Befund ID: NC-2026-003 (MAJOR), labelled lines",
            file_name: "auditbericht.xlsx",
            bytes: xlsx(vec![sheet(
                "Befunde",
                0,
                0,
                &[
                    &["Unternehmen: SecureTech GmbH"],
                    &["Befund ID:", "NC-2026-003 (MAJOR)"],
                    &[
                        "ISO 27001:2022 Klausel:",
                        "8.1 (Betriebliche Planung und Steuerung) / A.5.19",
                    ],
                    &[
                        "Beschreibung:",
                        "Für den Hosting-Partner liegt kein unterschriebener AVV vor.",
                    ],
                    &[
                        "Auswirkung:",
                        "Unkontrolliertes Risiko durch Datenabfluss bei Dritten.",
                    ],
                    &["Empfehlung:", "Vendor-Risk-Management-Prozess starten."],
                    &[""],
                    &["Befund ID:", "NC-2026-004 (MINOR)"],
                    &["ISO 27001:2022 Klausel:", "A.8.10 (Informationslöschung)"],
                    &[
                        "Beschreibung:",
                        "Akten ausgeschiedener Mitarbeiter werden nach 6 statt 3 Monaten vernichtet.",
                    ],
                    &["Empfehlung:", "Vernichtungsprozess anpassen."],
                ],
            )]),
            expected: vec![
                finding(
                    "NC-2026-003",
                    "major",
                    "8.1, A.5.19",
                    "Für den Hosting-Partner",
                ),
                finding("NC-2026-004", "minor", "A.8.10", "Akten ausgeschiedener"),
            ],
        },
        Layout {
            id: "spanish-nc-and-corrective-action-register",
            origin: "reproduces Lombey/Documentos-ISO-9001 RPG 03 01 - Registro de NC y AC.md @ cff027bd (licence not stated: layout only): 21 columns, Tipo (NC/Obs/OM), mixed date forms, title rows",
            file_name: "registro-nc-ac.xlsx",
            bytes: xlsx(vec![sheet(
                "Registro",
                0,
                0,
                &[
                    &["REGISTRO DE PROCEDIMIENTO", "", "", "", "RPG 03 01"],
                    &[
                        "REGISTRO DE NO CONFORMIDADES Y ACCIONES CORRECTIVAS",
                        "",
                        "",
                        "",
                        "Rev. 02",
                    ],
                    &[""],
                    &[
                        "N°",
                        "Fecha de Detección",
                        "Proceso",
                        "Responsable",
                        "Tipo (NC/Obs/OM)",
                        "Origen",
                        "Estado",
                        "Descripción del Problema",
                        "Acciones Inmediatas",
                        "Análisis de Causas",
                        "¿AC?",
                        "Acciones Correctivas",
                        "Fecha Prev. AC",
                        "Responsable AC",
                        "Fecha Real AC",
                        "¿Eficaz?",
                        "Responsable Verif.",
                        "Fecha Verif.",
                        "Cierre Efectivo",
                        "¿Estandarizar?",
                        "Observaciones",
                    ],
                    &[
                        "#n 1",
                        "28/10/2021",
                        "Reclamos de clientes",
                        "Martín Lombardi",
                        "NC",
                        "Cliente",
                        "Cerrado",
                        "Las descargas se graban con el último destino aunque el usuario elige otro.",
                        "Se informa al cliente que reinicie la tablet.",
                        "Un bug no identificado en la app.",
                        "SI",
                        "Corregir en una nueva versión.",
                        "20/12/2021",
                        "Desarrollo",
                        "",
                        "",
                        "Si",
                        "Responsable SGC",
                        "15/01/2022",
                        "05/05/22",
                        "NO",
                    ],
                    &[
                        "#n 2",
                        "26/11/2021",
                        "Auditorías",
                        "Auditor",
                        "Obs",
                        "Auditoria Interna",
                        "Cerrado",
                        "Falta la justificación de los requisitos no aplicables en el manual.",
                        "Se justifican los requisitos no aplicables.",
                        "No se contempló al redactar el manual.",
                        "NO",
                    ],
                    &[
                        "#n 9",
                        "26/11/2021",
                        "Auditorías",
                        "Auditor",
                        "OM",
                        "Auditoria Interna",
                        "Cerrado",
                        "Incorporar los servicios de telefonía celular como proveedores.",
                        "Se agregarán en el PG 07.",
                        "No se consideraba requisito la evaluación.",
                        "SI",
                        "Evaluar a los nuevos proveedores.",
                        "nov-22",
                        "RSGC, Dirección",
                    ],
                ],
            )]),
            expected: vec![
                finding("1", "minor", "", "Las descargas"),
                finding("2", "observation", "", "Falta la justificación"),
                finding("9", "ofi", "", "Incorporar los servicios"),
            ],
        },
        Layout {
            id: "spanish-audit-report-findings",
            origin: "reproduces Lombey/Documentos-ISO-9001 RPG 04 02 - Informe de Auditoria @ b136da88 (licence not stated: layout only): the classification first, strengths and conforming rows mixed in, no reference",
            file_name: "informe-auditoria.xlsx",
            bytes: xlsx(vec![sheet(
                "Hallazgos",
                0,
                0,
                &[
                    &[
                        "Clasificación",
                        "Requisito",
                        "Descripción del hallazgo",
                        "Informe de NC",
                    ],
                    &[
                        "F",
                        "10.2",
                        "Registro de NC activo y maduro desde 2021.",
                        "—",
                    ],
                    &["OK", "4.3", "Alcance del SGC claramente definido.", "—"],
                    &[
                        "Obs",
                        "7.5.3",
                        "El estado pendiente de desarrollo fue eliminado de la aplicación.",
                        "A crear",
                    ],
                    &[
                        "OM",
                        "9.1",
                        "Los indicadores podrían revisarse mensualmente.",
                        "—",
                    ],
                    &[
                        "NC",
                        "10.2",
                        "La NC 130 venció sin cierre ni acción correctiva.",
                        "Existentes",
                    ],
                ],
            )]),
            expected: vec![
                finding(
                    "Hallazgos #4",
                    "observation",
                    "7.5.3",
                    "El estado pendiente",
                ),
                finding("Hallazgos #5", "ofi", "9.1", "Los indicadores"),
                finding("Hallazgos #6", "minor", "10.2", "La NC 130"),
            ],
        },
        Layout {
            id: "spanish-nc-form",
            origin: "reproduces Hecpac/Sistema-de-Gestion-QA-QC FOR-SGC-02_Registro_de_No_Conformidad.md @ faffe13b (licence not stated: layout only): one form of labelled lines, Clasificacion Baja/Media/Alta, no accents",
            file_name: "for-sgc-02.xlsx",
            bytes: xlsx(vec![sheet(
                "FOR-SGC-02",
                0,
                0,
                &[
                    &["Registro de No Conformidad"],
                    &["Codigo NC:", "NC-2026-014"],
                    &["Fecha de deteccion:", "12/03/2026"],
                    &["Proceso:", "Compras"],
                    &["Requisito incumplido:", "7.5.3"],
                    &[
                        "Descripcion NC:",
                        "Se compraron reactivos a un proveedor no evaluado.",
                    ],
                    &[
                        "Evidencia objetiva:",
                        "Orden de compra 4411 sin evaluación previa.",
                    ],
                    &["Clasificacion:", "Media"],
                    &[
                        "Contencion inmediata:",
                        "Bloquear al proveedor hasta su evaluación.",
                    ],
                ],
            )]),
            expected: vec![finding(
                "NC-2026-014",
                "minor",
                "7.5.3",
                "Se compraron reactivos",
            )],
        },
        Layout {
            id: "portuguese-gap-assessment",
            origin: "reproduces an ExcelJS gap-assessment generator (stored index file 55888227954, repository not identified: layout only): grades in the Estado column among implementation states, section rows, 2013 numbers",
            file_name: "gap-iso27001.xlsx",
            bytes: xlsx(vec![sheet(
                "Requisitos ISO 27001",
                0,
                0,
                &[
                    &[
                        "Cláusula ISO 27001",
                        "Requisito / Controlo",
                        "Estado",
                        "Evidências",
                        "Doc (X)",
                        "Reunião (X)",
                        "Observado (X)",
                        "Esforço",
                        "Ação Corretiva",
                        "Prioridade",
                        "Notas Adicionais",
                    ],
                    &["4", "Contexto da Organização"],
                    &[
                        "4.3",
                        "Determinar o âmbito do SGSI",
                        "Não Conformidade Menor",
                        "",
                        "",
                        "",
                        "X",
                        "Pouco esforço",
                        "Definir âmbito formal",
                        "Alta",
                    ],
                    &[
                        "4.2",
                        "Compreender as necessidades das partes interessadas",
                        "Necessita de Melhoria(s)",
                        "",
                        "",
                        "X",
                        "",
                        "Algum esforço",
                        "Mapear partes interessadas",
                        "Média",
                        "Atualizar registo",
                    ],
                    &[
                        "4.1",
                        "Compreender a organização e o seu contexto",
                        "Implementado e em Conformidade",
                        "Análise SWOT",
                        "X",
                    ],
                    &["A.9", "Controlo de Acessos"],
                    &[
                        "A.9.1.1",
                        "Política de controlo de acesso",
                        "Não Conformidade Maior",
                        "",
                        "",
                        "",
                        "",
                        "Esforço executável",
                        "Implementar política de controlo de acesso",
                        "Alta",
                    ],
                    &[
                        "A.9.1.2",
                        "Acesso a redes e serviços de rede",
                        "Não aplicável",
                    ],
                ],
            )]),
            expected: vec![
                finding(
                    "Requisitos ISO 27001 #3",
                    "minor",
                    "4.3",
                    "Determinar o âmbito",
                ),
                finding(
                    "Requisitos ISO 27001 #4",
                    "ofi",
                    "4.2",
                    "Compreender as necessidades",
                ),
                finding(
                    "Requisitos ISO 27001 #7",
                    "major",
                    "A.5.15",
                    "Política de controlo",
                ),
            ],
        },
        Layout {
            id: "grc-tool-findings-import",
            origin: "reproduces the findings follow-up import of intuitem/ciso-assistant-community docs/guide/data-import-wizard.md @ 006bd5d8 (AGPL-3.0): snake_case headers, severities low to critical",
            file_name: "findings-import.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &[
                        "ref_id",
                        "name",
                        "description",
                        "severity",
                        "status",
                        "filtering_labels",
                        "priority",
                        "eta",
                        "due_date",
                        "observation",
                    ],
                    &[
                        "PT-01",
                        "Outdated TLS",
                        "The VPN gateway accepts TLS 1.0 connections from the internet.",
                        "high",
                        "identified",
                        "pentest",
                        "#n 1",
                        "2026-04-01",
                        "2026-04-15",
                        "",
                    ],
                    &[
                        "PT-02",
                        "Verbose errors",
                        "Stack traces are shown to users of the portal on bad input.",
                        "low",
                        "confirmed",
                        "pentest",
                        "#n 3",
                        "",
                        "2026-06-30",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("PT-01", "major", "", "The VPN gateway"),
                finding("PT-02", "ofi", "", "Stack traces"),
            ],
        },
        Layout {
            id: "french-action-plan-table",
            origin: "reproduces the NC table of an HR-audit report generator (stored index file 60870272066, repository not identified: layout only): Écart, Gravité, no reference",
            file_name: "plan-actions.xlsx",
            bytes: xlsx(vec![sheet(
                "Plan d'actions",
                0,
                0,
                &[
                    &["Non-conformités et plan d'actions"],
                    &[
                        "Écart",
                        "Gravité",
                        "Action corrective",
                        "Responsable",
                        "Échéance",
                        "Statut",
                    ],
                    &[
                        "Les entretiens annuels ne sont pas tracés pour 12 salariés.",
                        "Mineure",
                        "Formaliser les entretiens dans le SIRH.",
                        "DRH",
                        "30/06/2026",
                        "En cours",
                    ],
                    &[
                        "Aucune habilitation n'est revue lors des mutations internes.",
                        "Majeure",
                        "Revoir les droits à chaque mutation.",
                        "DSI",
                        "31/05/2026",
                        "Ouvert",
                    ],
                    &[
                        "Le registre du personnel n'est pas à jour.",
                        "Critique",
                        "Mettre à jour le registre.",
                        "DRH",
                        "15/04/2026",
                        "Ouvert",
                    ],
                ],
            )]),
            expected: vec![
                finding("Plan d'actions #3", "minor", "", "Les entretiens annuels").plan(true),
                finding("Plan d'actions #4", "major", "", "Aucune habilitation").plan(true),
                finding("Plan d'actions #5", "major", "", "Le registre du personnel").plan(true),
            ],
        },
        Layout {
            id: "internal-audit-examples-blocks",
            origin: "reproduces RiskResponse/claude-grc-skills skills/iso27001-internal-auditor/examples/sample_audit_findings_saas.md @ c922e583 (Apache-2.0): a heading per finding with the grade in brackets, labelled lines",
            file_name: "internal-audit.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Example 1: Access Review Not Performed (Minor NC)"],
                    &[
                        "Reference:",
                        "ISO 27001:2022 Control A.5.18 (Access Rights)",
                    ],
                    &[
                        "Requirement:",
                        "Access rights shall be reviewed at regular intervals.",
                    ],
                    &[
                        "Finding:",
                        "Quarterly access reviews were not performed for Q2 and Q3 2024.",
                    ],
                    &[
                        "Classification:",
                        "Minor NC (two quarters missed, but the process exists)",
                    ],
                    &[""],
                    &["Example 2: Risk Treatment Plan Missing (Major NC)"],
                    &[
                        "Reference:",
                        "ISO 27001:2022 Clause 6.1.3 (Information Security Risk Treatment)",
                    ],
                    &[
                        "Requirement:",
                        "The organization shall define a risk treatment process.",
                    ],
                    &[
                        "Finding:",
                        "No risk treatment plan exists for the 14 risks rated high.",
                    ],
                    &[
                        "Classification:",
                        "Major NC (systematic failure to implement a required process)",
                    ],
                ],
            )]),
            expected: vec![
                finding("Findings #2", "minor", "A.5.18", "Quarterly access reviews"),
                finding("Findings #8", "major", "6.1.3", "No risk treatment plan"),
            ],
        },
        Layout {
            id: "audit-issue-form-values-below-labels",
            origin: "reproduces Floating-Eye-Software/fley-qms .github/ISSUE_TEMPLATE/audit.md @ 9929c2d3 (licence not stated: layout only): each label alone, its value on the next line",
            file_name: "audit-issue.xlsx",
            bytes: xlsx(vec![sheet(
                "AUDIT 42",
                0,
                0,
                &[
                    &["Audit Type"],
                    &["Internal"],
                    &["Audit Date"],
                    &["2026-03-02"],
                    &["Observation / Finding"],
                    &["Release builds are signed with a key stored on a shared drive."],
                    &["Severity / Risk Level"],
                    &["High"],
                    &["Evidence / References"],
                    &["A.8.24; build server share listing"],
                ],
            )]),
            expected: vec![finding(
                "AUDIT 42 #3",
                "major",
                "A.8.24",
                "Release builds are signed",
            )],
        },
        Layout {
            id: "german-capa-log",
            origin: "reproduces fwornle/iso-9001 docs/improvement/capa-log.de.md @ 0d163344 (licence not stated: layout only): 15 German columns, Schweregrad Kritisch/Schwer/Leicht, status with glyphs",
            file_name: "capa-protokoll.xlsx",
            bytes: xlsx(vec![sheet(
                "CAPA-Register",
                0,
                0,
                &[
                    &[
                        "CAPA-Nr.",
                        "Eröffnungsdatum",
                        "Quelle",
                        "Beschreibung",
                        "Schweregrad",
                        "Grundursachen-Methode",
                        "Grundursache",
                        "Sofortmaßnahme",
                        "Korrekturmaßnahme",
                        "Verantwortlich",
                        "Fälligkeitsdatum",
                        "Status",
                        "Datum der Wirksamkeitsprüfung",
                        "Wirksam?",
                        "Abschlussdatum",
                    ],
                    &[
                        "CA-001",
                        "15.01.2026",
                        "Internes Audit",
                        "Zugriffsrechte ehemaliger Mitarbeiter bestanden drei Wochen weiter.",
                        "Schwer",
                        "5-Warum",
                        "Austrittsprozess ohne IT-Schritt",
                        "Konten gesperrt",
                        "IT-Schritt in den Austrittsprozess aufnehmen",
                        "Lena Fischer",
                        "28.02.2026",
                        "☐ Offen",
                        "",
                        "",
                        "",
                    ],
                    &[
                        "CA-002",
                        "20.01.2026",
                        "Kundenbeschwerde",
                        "Ein Auftrag wurde ohne Freigabe versandt.",
                        "Leicht",
                        "Ishikawa",
                        "Freigabe nicht im System erzwungen",
                        "Kunde informiert",
                        "Freigabe als Pflichtschritt",
                        "Badr Karim",
                        "31.03.2026",
                        "✅ Geschlossen",
                        "15.03.2026",
                        "✅ Ja",
                        "20.03.2026",
                    ],
                ],
            )]),
            expected: vec![
                finding("CA-001", "major", "", "Zugriffsrechte")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("CA-002", "minor", "", "Ein Auftrag")
                    .owner("badr@acme.test")
                    .plan(true),
            ],
        },
        Layout {
            id: "german-findings-log-two-id-columns",
            origin: "reproduces fwornle/iso-9001 docs/performance/internal-audit-program.de.md @ 0d163344 (licence not stated: layout only): audit and finding numbers side by side, Schwere / Leichte Nichtkonformität",
            file_name: "feststellungsprotokoll.xlsx",
            bytes: xlsx(vec![sheet(
                "Feststellungen",
                0,
                0,
                &[
                    &[
                        "Audit-Nr.",
                        "Festst.-Nr.",
                        "Klassifizierung",
                        "Beschreibung",
                        "Grundursache",
                        "Korrekturmaßnahme",
                        "Verantwortlich",
                        "Fälligkeitsdatum",
                        "Status",
                        "Wirksamkeit überprüft",
                    ],
                    &[
                        "A-01",
                        "F-001",
                        "Schwere Nichtkonformität",
                        "Es gibt keinen dokumentierten Prozess für die Lieferantenbewertung.",
                        "Zuständigkeit ungeklärt",
                        "Prozess definieren",
                        "Einkauf",
                        "30.04.2026",
                        "☐ Offen",
                        "☐",
                    ],
                    &[
                        "A-01",
                        "F-002",
                        "Leichte Nichtkonformität",
                        "Zwei Prüfmittel waren nicht kalibriert.",
                        "Erinnerung fehlte",
                        "Kalibrierplan im Kalender",
                        "Qualität",
                        "31.03.2026",
                        "☐ Offen",
                        "☐",
                    ],
                    &[
                        "A-01",
                        "F-003",
                        "Verbesserungsmöglichkeit",
                        "Die Kennzahlen könnten monatlich berichtet werden.",
                        "",
                        "",
                        "Qualität",
                        "30.06.2026",
                        "☐ Offen",
                        "☐",
                    ],
                ],
            )]),
            expected: vec![
                finding("F-001", "major", "", "Es gibt keinen"),
                finding("F-002", "minor", "", "Zwei Prüfmittel"),
                finding("F-003", "ofi", "", "Die Kennzahlen"),
            ],
        },
        Layout {
            id: "italian-register-entries",
            origin: "reproduces an Italian design-gate NC register (stored index file 68873443966, repository not identified: layout only): a heading per NC, a two-column table of Requisito / Severità / Stato, the evidence below",
            file_name: "registro-nc.xlsx",
            bytes: xlsx(vec![sheet(
                "Registro",
                0,
                0,
                &[
                    &["NC-001 — Il backup del gestionale non viene mai ripristinato"],
                    &["Requisito", "A.8.13"],
                    &["Severità", "maggiore"],
                    &["Stato", "aperta"],
                    &["Evidenza", "Nessun test di ripristino registrato dal 2024."],
                    &[""],
                    &["NC-002 — Le password di servizio non scadono"],
                    &["Requisito", "A.5.17"],
                    &["Severità", "minore"],
                    &["Stato", "aperta"],
                    &["Evidenza", "Account di servizio con password del 2019."],
                ],
            )]),
            expected: vec![
                finding("NC-001", "major", "A.8.13", "Il backup del gestionale"),
                finding("NC-002", "minor", "A.5.17", "Le password di servizio"),
            ],
        },
        Layout {
            id: "portuguese-grade-inside-the-id",
            origin: "reproduces a Portuguese approval record's reservations table (stored index file 59029748926, repository not identified: layout only): the grade in brackets inside the ID cell",
            file_name: "ressalvas.xlsx",
            bytes: xlsx(vec![sheet(
                "Ressalvas",
                0,
                0,
                &[
                    &[
                        "ID",
                        "Origem",
                        "Descrição",
                        "Ação Corretiva",
                        "Responsável",
                        "Prazo",
                    ],
                    &[
                        "NC-001 (CRÍTICA)",
                        "Gabriel — D1",
                        "O patrocinador não tem o nível mínimo de diretoria exigido.",
                        "Diretoria formaliza a aprovação por escrito.",
                        "Tatiane Dias de Moraes / Projetos DTI",
                        "2026-06-13",
                    ],
                    &[
                        "NC-003 (MENOR)",
                        "Gabriel — D3",
                        "Escalas inconsistentes entre dois documentos do framework.",
                        "Padronizar a escala.",
                        "Mantenedores VMO",
                        "Sem prazo",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-001", "major", "", "O patrocinador"),
                finding("NC-003", "minor", "", "Escalas inconsistentes"),
            ],
        },
    ]
}

/// Layouts written blind by a second person, from the issue's description and these helpers
/// only, without reading the importer: the first try of this set is how the importer fares on
/// layouts it was not tuned for (see the README).
fn holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho-cb-report-signature-footer",
            origin: "holdout: a CB stage 2 report with two title rows, a totals line and a signature footer below the table",
            file_name: "stage2-report.xlsx",
            bytes: xlsx(vec![sheet(
                "Audit Findings",
                0,
                0,
                &[
                    &["Stage 2 Certification Audit — Findings Report"],
                    &["Client: Harbourline Freight Ltd · Standard: ISO/IEC 27001:2022 · Audit no. 26-0417"],
                    &[""],
                    &[
                        "Finding No.",
                        "Category",
                        "Clause / Control",
                        "Finding",
                        "Objective evidence",
                    ],
                    &[
                        "26-0417-01",
                        "Major NC",
                        "Clause 9.3",
                        "Top management has not held a management review since the ISMS was launched.",
                        "Minutes folder empty; interview with the COO on 17/03/2026.",
                    ],
                    &[
                        "26-0417-02",
                        "Minor NC",
                        "A.8.32",
                        "Changes to the warehouse management system are deployed without recorded approval.",
                        "4 of 10 sampled changes had no CAB entry.",
                    ],
                    &[
                        "26-0417-03",
                        "Minor NC",
                        "A.5.24, A.5.26",
                        "The incident procedure does not define who declares an incident.",
                        "Procedure IS-PR-07 v2, section 3.",
                    ],
                    &[
                        "26-0417-04",
                        "Observation",
                        "A.7.10",
                        "Backup tapes are carried off site in a personal car.",
                        "Interview with the night operator.",
                    ],
                    &[""],
                    &["Total findings: 1 major, 2 minor, 1 observation"],
                    &[""],
                    &["Lead auditor:", "Signed: ____________", "", "Date:", "#d 2026-03-19"],
                    &[
                        "Client representative:",
                        "Signed: ____________",
                        "",
                        "Date:",
                        "#d 2026-03-19",
                    ],
                ],
            )
            .merged(0, 0, 0, 4)
            .merged(1, 0, 1, 4)
            .merged(9, 0, 9, 4)]),
            expected: vec![
                finding("26-0417-01", "major", "9.3", "Top management has not held"),
                finding("26-0417-02", "minor", "A.8.32", "Changes to the warehouse"),
                finding("26-0417-03", "minor", "A.5.24, A.5.26", "The incident procedure"),
                finding("26-0417-04", "observation", "A.7.10", "Backup tapes"),
            ],
        },
        Layout {
            id: "ho-statement-first-id-last",
            origin: "holdout: columns in an unusual order (statement first, id last), Clause 6.1.2/6.1.3 and Ctrl 8.8",
            file_name: "internal-audit-2026.xlsx",
            bytes: xlsx(vec![sheet(
                "IA 2026",
                0,
                0,
                &[
                    &[
                        "Description of the finding",
                        "Requirement(s)",
                        "Classification",
                        "Raised by",
                        "Finding No.",
                    ],
                    &[
                        "Supplier contracts signed in 2025 contain no clause on incident notification.",
                        "A.5.20",
                        "Minor",
                        "Internal audit",
                        "IA26-03",
                    ],
                    &[
                        "The risk assessment was not repeated after the move to the new data centre and the SoA was not updated.",
                        "Clause 6.1.2/6.1.3",
                        "Major",
                        "Internal audit",
                        "IA26-01",
                    ],
                    &[
                        "Vulnerability scans run monthly but their results are not tracked to closure.",
                        "Ctrl 8.8",
                        "Minor",
                        "Internal audit",
                        "IA26-02",
                    ],
                    &[
                        "Screen lock could be enforced by policy rather than left to user habit.",
                        "A.8.1 / A.7.7",
                        "OFI",
                        "Internal audit",
                        "IA26-04",
                    ],
                ],
            )]),
            expected: vec![
                finding("IA26-03", "minor", "A.5.20", "Supplier contracts"),
                finding("IA26-01", "major", "6.1.2, 6.1.3", "The risk assessment was not"),
                finding("IA26-02", "minor", "A.8.8", "Vulnerability scans"),
                finding("IA26-04", "ofi", "A.8.1, A.7.7", "Screen lock"),
            ],
        },
        Layout {
            id: "ho-spanish-preamble-header-row-ten",
            origin: "holdout: Spanish internal audit report, header in row 10 after a label/value preamble (NC mayor / NC menor / Observación / Oportunidad de mejora)",
            file_name: "informe-auditoria-interna.xlsx",
            bytes: xlsx(vec![sheet(
                "Informe",
                0,
                0,
                &[
                    &["INFORME DE AUDITORÍA INTERNA DEL SGSI"],
                    &["Organización:", "Transportes Iberonorte S.L."],
                    &["Tipo de auditoría:", "Interna, ciclo 2026"],
                    &["Fechas:", "10/03/2026 – 12/03/2026"],
                    &["Auditor jefe:", "Responsable de Calidad"],
                    &["Equipo auditor:", "Calidad y Sistemas"],
                    &[
                        "Alcance:",
                        "Servicios de transporte y almacén de las sedes de Bilbao y Vitoria",
                    ],
                    &["Norma de referencia:", "ISO/IEC 27001:2022"],
                    &[""],
                    &[
                        "Código",
                        "Tipo de hallazgo",
                        "Requisito",
                        "Descripción",
                        "Responsable",
                        "Fecha compromiso",
                    ],
                    &[
                        "HZ-01",
                        "NC mayor",
                        "Cláusula 9.2",
                        "No se realizó ninguna auditoría interna del SGSI durante 2025.",
                        "Responsable SGSI",
                        "#d 2026-05-15",
                    ],
                    &[
                        "HZ-02",
                        "NC menor",
                        "A.5.12",
                        "La información de clientes no está clasificada en el gestor documental.",
                        "Martín Lombardi",
                        "#d 2026-06-30",
                    ],
                    &[
                        "HZ-03",
                        "Observación",
                        "A.7.14",
                        "Dos discos retirados esperan su destrucción en un armario sin llave.",
                        "Sistemas",
                        "#d 2026-04-30",
                    ],
                    &[
                        "HZ-04",
                        "Oportunidad de mejora",
                        "A.6.3",
                        "La formación anual podría incluir un módulo sobre ingeniería social.",
                        "Recursos Humanos",
                        "#d 2026-09-30",
                    ],
                ],
            )]),
            expected: vec![
                finding("HZ-01", "major", "9.2", "No se realizó ninguna")
                    .pending(&["Responsable SGSI"]),
                finding("HZ-02", "minor", "A.5.12", "La información de clientes")
                    .owner("martin@acme.test"),
                finding("HZ-03", "observation", "A.7.14", "Dos discos retirados")
                    .pending(&["Sistemas"]),
                finding("HZ-04", "ofi", "A.6.3", "La formación anual"),
            ],
        },
        Layout {
            id: "ho-gap-severity-tsv",
            origin: "holdout: UTF-8 TSV with uncommon header words (Gap ID, Audit Criterion, What we found, Severity of gap, Fix owner), Critical/High/Medium/Low, a range 8.20-8.22, a non-user email",
            file_name: "gap-findings.tsv",
            bytes: delimited(
                &[
                    &[
                        "Gap ID",
                        "Audit Criterion",
                        "What we found",
                        "Severity of gap",
                        "Fix owner",
                        "Target",
                    ],
                    &[
                        "GAP-07",
                        "8.20-8.22",
                        "Guest Wi-Fi and the office LAN share one VLAN with no filtering between them.",
                        "Critical",
                        "Head of IT Operations",
                        "2026-04-30",
                    ],
                    &[
                        "GAP-11",
                        "A.5.23",
                        "There is no inventory of SaaS subscriptions paid by company credit card.",
                        "High",
                        "finance.lead@acme.test",
                        "2026-05-31",
                    ],
                    &[
                        "GAP-12",
                        "Clause 7.5.3",
                        "Two policies in use are older than the versions published on the intranet.",
                        "Medium",
                        "Lena Fischer",
                        "2026-06-30",
                    ],
                    &[
                        "GAP-15",
                        "A.8.16",
                        "Alerts from the EDR console could be forwarded to the on-call phone.",
                        "Low",
                        "SOC team",
                        "2026-09-30",
                    ],
                ],
                '\t',
            )
            .into_bytes(),
            expected: vec![
                finding("GAP-07", "major", "A.8.20, A.8.21, A.8.22", "Guest Wi-Fi")
                    .owner("ops@acme.test"),
                finding("GAP-11", "major", "A.5.23", "There is no inventory")
                    .pending(&["finance.lead@acme.test"]),
                finding("GAP-12", "minor", "7.5.3", "Two policies in use")
                    .owner("lena.fischer@acme.test"),
                finding("GAP-15", "ofi", "A.8.16", "Alerts from the EDR").pending(&["SOC team"]),
            ],
        },
        Layout {
            id: "ho-line-break-headers",
            origin: "holdout: header cells with line breaks (NC\\nRef., Grade\\n(Maj / Min / OFI)), abbreviations Maj/Min, § 9.2 and 6.1.3 c), plan columns partly filled",
            file_name: "nc-log.xlsx",
            bytes: xlsx(vec![sheet(
                "NC log",
                0,
                0,
                &[
                    &[
                        "NC\nRef.",
                        "ISO 27001\nClause",
                        "Grade\n(Maj / Min / OFI)",
                        "Description of\nnonconformity",
                        "Root\ncause",
                        "Corrective\naction",
                        "Due\ndate",
                    ],
                    &[
                        "NC-2026-01",
                        "§ 9.2",
                        "Maj",
                        "The internal audit programme covers only two of the five ISMS processes.",
                        "Audit resources were cut in 2025.",
                        "Extend the programme to all processes and engage a contract auditor.",
                        "#d 2026-06-30",
                    ],
                    &[
                        "NC-2026-02",
                        "6.1.3 c)",
                        "Min",
                        "The statement of applicability does not compare the selected controls with Annex A.",
                        "",
                        "",
                        "#d 2026-07-31",
                    ],
                    &[
                        "NC-2026-03",
                        "A.5.37",
                        "OFI",
                        "Operating procedures for the backup robot exist only as screenshots.",
                        "",
                        "Convert the screenshots into a written runbook.",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-2026-01", "major", "9.2", "The internal audit programme").plan(true),
                finding("NC-2026-02", "minor", "6.1.3", "The statement of applicability")
                    .plan(false),
                finding("NC-2026-03", "ofi", "A.5.37", "Operating procedures").plan(true),
            ],
        },
        Layout {
            id: "ho-german-csv-bom-semicolons",
            origin: "holdout: German UTF-8 CSV with a BOM, semicolons, dd.mm.yyyy, Haupt-/Nebenabweichung, Beobachtung, Empfehlung, Ursache/Korrekturmaßnahme columns partly filled",
            file_name: "abweichungsliste.csv",
            bytes: format!(
                "\u{FEFF}{}",
                delimited(
                    &[
                        &[
                            "Abweichungs-Nr.",
                            "Art der Abweichung",
                            "Normbezug",
                            "Sachverhalt",
                            "Verantwortlich",
                            "Termin",
                            "Ursache",
                            "Korrekturmaßnahme",
                        ],
                        &[
                            "AB-2026-01",
                            "Hauptabweichung",
                            "A.5.15, A.5.18",
                            "Berechtigungen im ERP werden weder beantragt noch regelmäßig überprüft.",
                            "Lena Fischer",
                            "30.04.2026",
                            "Kein Berechtigungskonzept vorhanden.",
                            "Rollenkonzept einführen; halbjährliche Rezertifizierung.",
                        ],
                        &[
                            "AB-2026-02",
                            "Nebenabweichung",
                            "Kap. 7.2",
                            "Für zwei neue Administratoren fehlen die Schulungsnachweise.",
                            "Leitung Rechenzentrum",
                            "31.05.2026",
                            "",
                            "",
                        ],
                        &[
                            "AB-2026-03",
                            "Beobachtung",
                            "A.7.4",
                            "Die Videoaufzeichnungen am Lagertor werden nur stichprobenartig gesichtet.",
                            "Haustechnik",
                            "30.06.2026",
                            "",
                            "",
                        ],
                        &[
                            "AB-2026-04",
                            "Empfehlung",
                            "A.8.13",
                            "Die Rücksicherung könnte quartalsweise geprobt werden.",
                            "Badr Karim",
                            "30.09.2026",
                            "",
                            "Quartalsweise Restore-Tests einplanen.",
                        ],
                    ],
                    ';',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("AB-2026-01", "major", "A.5.15, A.5.18", "Berechtigungen im ERP")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("AB-2026-02", "minor", "7.2", "Für zwei neue Administratoren")
                    .pending(&["Leitung Rechenzentrum"])
                    .plan(false),
                finding("AB-2026-03", "observation", "A.7.4", "Die Videoaufzeichnungen")
                    .plan(false),
                finding("AB-2026-04", "ofi", "A.8.13", "Die Rücksicherung")
                    .owner("badr@acme.test")
                    .plan(true),
            ],
        },
        Layout {
            id: "ho-all-quoted-csv",
            origin: "holdout: a CSV where every value is quoted (embedded commas and doubled quotes), a bare NC as a grade",
            file_name: "audit-export.csv",
            bytes: [
                r##""Finding Reference","Type","Standard Reference","Nonconformity","Responsible","Corrective Action""##,
                r##""IA-2026-001","NC","A.5.9","The asset register has no owner for 14 servers in the ""legacy"" rack, including DB01 and DB02.","Head of IT Operations","Assign owners during the April inventory.""##,
                r##""IA-2026-002","Major NC","Clause 10.2","Corrective actions from the 2025 audit were closed without checking their effectiveness.","Badr Karim","""##,
                r##""IA-2026-003","OFI","A.5.16","Service accounts could be named after their application, e.g. svc-crm, to ease reviews.","IT Admin","""##,
                "",
            ]
            .join("\r\n")
            .into_bytes(),
            expected: vec![
                finding("IA-2026-001", "minor", "A.5.9", "The asset register has no owner")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("IA-2026-002", "major", "10.2", "Corrective actions from the 2025")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("IA-2026-003", "ofi", "A.5.16", "Service accounts could")
                    .pending(&["IT Admin"])
                    .plan(false),
            ],
        },
        Layout {
            id: "ho-italian-empty-columns-ncm",
            origin: "holdout: Italian register starting at B2 with empty columns between filled ones, NCM = major and NCm = minor, Clausola 9.1",
            file_name: "rilievi-audit.xlsx",
            bytes: xlsx(vec![sheet(
                "Rilievi",
                1,
                1,
                &[
                    &[
                        "Rif.",
                        "",
                        "Tipo rilievo",
                        "Requisito",
                        "",
                        "Descrizione del rilievo",
                        "Responsabile",
                    ],
                    &[
                        "RA-01",
                        "",
                        "NCM",
                        "A.8.7",
                        "",
                        "Su tre postazioni di produzione l'antivirus è disattivato da mesi.",
                        "Responsabile IT",
                    ],
                    &[
                        "RA-02",
                        "",
                        "NCm",
                        "Clausola 9.1",
                        "",
                        "Gli indicatori di sicurezza non vengono misurati con la frequenza prevista.",
                        "CISO",
                    ],
                    &[
                        "RA-03",
                        "",
                        "Osservazione",
                        "A.5.10",
                        "",
                        "Il regolamento sull'uso accettabile non cita gli strumenti di IA generativa.",
                        "Ufficio legale",
                    ],
                    &[
                        "RA-04",
                        "",
                        "NCm",
                        "A.8.5",
                        "",
                        "L'autenticazione a due fattori non è attiva per l'accesso remoto dei fornitori.",
                        "Responsabile IT",
                    ],
                ],
            )]),
            expected: vec![
                finding("RA-01", "major", "A.8.7", "Su tre postazioni"),
                finding("RA-02", "minor", "9.1", "Gli indicatori di sicurezza"),
                finding("RA-03", "observation", "A.5.10", "Il regolamento"),
                finding("RA-04", "minor", "A.8.5", "L'autenticazione a due fattori"),
            ],
        },
        Layout {
            id: "ho-helper-columns",
            origin: "holdout: a tracker with helper columns (sort number, days open, weight, TRUE/FALSE, a concatenated key) and clauses stored as number cells",
            file_name: "findings-tracker.xlsx",
            bytes: xlsx(vec![sheet(
                "Tracker",
                0,
                0,
                &[
                    &[
                        "Sort",
                        "Finding ref",
                        "Clause",
                        "Grade",
                        "Finding",
                        "Owner",
                        "Raised",
                        "Days open",
                        "Weight",
                        "Overdue",
                        "Key",
                    ],
                    &[
                        "#n 1",
                        "FT-101",
                        "#n 9.2",
                        "Minor",
                        "The audit programme for 2026 has not been approved.",
                        "Badr Karim",
                        "#d 2026-01-20",
                        "#n 58",
                        "#n 1",
                        "FALSE",
                        "FT-101|Minor",
                    ],
                    &[
                        "#n 2",
                        "FT-102",
                        "A.8.9",
                        "Major",
                        "Default administrator passwords remain on 6 of 9 network switches.",
                        "Head of IT Operations",
                        "#d 2026-01-20",
                        "#n 58",
                        "#n 3",
                        "TRUE",
                        "FT-102|Major",
                    ],
                    &[
                        "#n 3",
                        "FT-103",
                        "#n 10.1",
                        "OFI",
                        "Nonconformities from customer audits could be logged in the same tracker.",
                        "",
                        "#d 2026-02-03",
                        "#n 44",
                        "#n 0.5",
                        "FALSE",
                        "FT-103|OFI",
                    ],
                ],
            )]),
            expected: vec![
                finding("FT-101", "minor", "9.2", "The audit programme for 2026")
                    .owner("badr@acme.test"),
                finding("FT-102", "major", "A.8.9", "Default administrator passwords")
                    .owner("ops@acme.test"),
                finding("FT-103", "ofi", "10.1", "Nonconformities from customer audits"),
            ],
        },
        Layout {
            id: "ho-merged-id-two-rows",
            origin: "holdout: id, grade and statement cells merged down over two rows, the second row adding a requirement or an evidence line",
            file_name: "audit-findings-merged.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Finding ID", "Grade", "Finding", "Requirement", "Evidence reviewed"],
                    &[
                        "MF-01",
                        "Minor",
                        "Security events from the firewalls are neither collected centrally nor reviewed.",
                        "A.8.15",
                        "Firewall log settings (local buffer only)",
                    ],
                    &["", "", "", "A.8.16", "No SIEM and no review records"],
                    &[
                        "MF-02",
                        "Major",
                        "The ISMS scope excludes the Lyon site although it hosts the payroll system.",
                        "4.3",
                        "Scope statement v1.2",
                    ],
                    &[
                        "MF-03",
                        "Minor",
                        "Cryptographic keys for the customer portal are stored in the source repository.",
                        "A.8.24",
                        "Repository scan of 12/03/2026",
                    ],
                    &["", "", "", "", "Interview with the lead developer"],
                ],
            )
            .merged(1, 0, 2, 0)
            .merged(1, 1, 2, 1)
            .merged(1, 2, 2, 2)
            .merged(4, 0, 5, 0)
            .merged(4, 1, 5, 1)
            .merged(4, 2, 5, 2)
            .merged(4, 3, 5, 3)]),
            expected: vec![
                finding("MF-01", "minor", "A.8.15, A.8.16", "Security events from the firewalls"),
                finding("MF-02", "major", "4.3", "The ISMS scope excludes"),
                finding("MF-03", "minor", "A.8.24", "Cryptographic keys"),
            ],
        },
        Layout {
            id: "ho-french-form-two-sheets",
            origin: "holdout: French nonconformity forms (fiche d'écart), labels merged over two columns with values in the third, one form per sheet, a plan in one of them",
            file_name: "fiches-ecart.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "FNC-07",
                    0,
                    0,
                    &[
                        &["FICHE DE NON-CONFORMITÉ"],
                        &[""],
                        &["N° de la fiche :", "", "FNC-2026-07"],
                        &["Date de l'audit :", "", "#d 2026-03-11"],
                        &["Classement :", "", "NC mineure"],
                        &["Exigence :", "", "§ 9.2 et A.5.35"],
                        &[
                            "Constat :",
                            "",
                            "Le programme d'audit interne ne couvre pas les prestataires d'infogérance.",
                        ],
                        &[
                            "Cause racine :",
                            "",
                            "Le périmètre du programme n'a pas été revu depuis 2023.",
                        ],
                        &[
                            "Action corrective proposée :",
                            "",
                            "Revoir le programme et planifier un audit de l'infogérant.",
                        ],
                        &["Pilote de l'action :", "", "Martín Lombardi"],
                        &["Visa de l'auditeur :", "", ""],
                    ],
                )
                .merged(0, 0, 0, 2)
                .merged(2, 0, 2, 1)
                .merged(3, 0, 3, 1)
                .merged(4, 0, 4, 1)
                .merged(5, 0, 5, 1)
                .merged(6, 0, 6, 1)
                .merged(7, 0, 7, 1)
                .merged(8, 0, 8, 1)
                .merged(9, 0, 9, 1)
                .merged(10, 0, 10, 1),
                sheet(
                    "FNC-08",
                    0,
                    0,
                    &[
                        &["FICHE DE NON-CONFORMITÉ"],
                        &[""],
                        &["N° de la fiche :", "", "FNC-2026-08"],
                        &["Date de l'audit :", "", "#d 2026-03-12"],
                        &["Classement :", "", "NC majeure"],
                        &["Exigence :", "", "A.8.13"],
                        &[
                            "Constat :",
                            "",
                            "Aucune sauvegarde des serveurs de production n'a été restaurée avec succès depuis un an.",
                        ],
                        &["Cause racine :", "", ""],
                        &["Action corrective proposée :", "", ""],
                        &["Pilote de l'action :", "", "DSI"],
                        &["Visa de l'auditeur :", "", ""],
                    ],
                )
                .merged(0, 0, 0, 2)
                .merged(2, 0, 2, 1)
                .merged(3, 0, 3, 1)
                .merged(4, 0, 4, 1)
                .merged(5, 0, 5, 1)
                .merged(6, 0, 6, 1)
                .merged(7, 0, 7, 1)
                .merged(8, 0, 8, 1)
                .merged(9, 0, 9, 1)
                .merged(10, 0, 10, 1),
            ]),
            expected: vec![
                finding("FNC-2026-07", "minor", "9.2, A.5.35", "Le programme d'audit interne")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("FNC-2026-08", "major", "A.8.13", "Aucune sauvegarde")
                    .pending(&["DSI"])
                    .plan(false),
            ],
        },
        Layout {
            id: "ho-legend-sheet-and-register",
            origin: "holdout: a workbook whose first sheet is a Legend (grade words with long meanings, a status table) before the register sheet",
            file_name: "isms-audit-2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Legend",
                    0,
                    0,
                    &[
                        &["Finding grades"],
                        &["Grade", "Meaning", "Response time"],
                        &[
                            "Major",
                            "The absence or total breakdown of a required process; certification is at risk.",
                            "30 days",
                        ],
                        &[
                            "Minor",
                            "A single lapse in meeting a requirement that does not put the ISMS at risk.",
                            "90 days",
                        ],
                        &[
                            "OFI",
                            "An opportunity for improvement; no response is required.",
                            "—",
                        ],
                        &[""],
                        &["Status", "Meaning"],
                        &["Open", "No action taken yet"],
                        &["Closed", "Verified effective by the auditor"],
                    ],
                ),
                sheet(
                    "Register",
                    0,
                    0,
                    &[
                        &["Ref", "Grade", "Control", "Finding", "Status"],
                        &[
                            "R-01",
                            "Minor",
                            "A.5.17",
                            "Temporary passwords for new staff are sent by e-mail in clear text.",
                            "Open",
                        ],
                        &[
                            "R-02",
                            "Major",
                            "A.5.29, A.5.30",
                            "No business continuity test has ever included the ICT systems.",
                            "Open",
                        ],
                        &[
                            "R-03",
                            "OFI",
                            "A.8.10",
                            "Deletion of customer data at contract end could be logged.",
                            "Open",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("R-01", "minor", "A.5.17", "Temporary passwords"),
                finding("R-02", "major", "A.5.29, A.5.30", "No business continuity test"),
                finding("R-03", "ofi", "A.8.10", "Deletion of customer data"),
            ],
        },
        Layout {
            id: "ho-iso2013-surveillance-csv",
            origin: "holdout: a surveillance audit CSV still citing ISO/IEC 27001:2013 Annex A controls (A.12.6.1, A.9.2.6, A.12.4.1 / A.12.3.1, A.16.1.2, A.15.1.1)",
            file_name: "surveillance-2013-findings.csv",
            bytes: delimited(
                &[
                    &[
                        "Finding #",
                        "ISO/IEC 27001:2013 ref",
                        "Nonconformity",
                        "Classification",
                    ],
                    &[
                        "S1-01",
                        "A.12.6.1",
                        "Critical security patches for the web servers were applied 75 days after release.",
                        "Minor",
                    ],
                    &[
                        "S1-02",
                        "A.9.2.6",
                        "Accounts of three leavers were still enabled two months after they left.",
                        "Major",
                    ],
                    &[
                        "S1-03",
                        "A.12.4.1 / A.12.3.1",
                        "Database audit logs and their backups are kept on the same volume.",
                        "Minor",
                    ],
                    &[
                        "S1-04",
                        "A.16.1.2",
                        "Staff do not know how to report a suspected phishing e-mail.",
                        "Minor",
                    ],
                    &[
                        "S1-05",
                        "A.15.1.1",
                        "The supplier security policy could define tiers by criticality.",
                        "OFI",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("S1-01", "minor", "A.8.8", "Critical security patches"),
                finding("S1-02", "major", "A.5.18", "Accounts of three leavers"),
                finding("S1-03", "minor", "A.8.15, A.8.13", "Database audit logs"),
                finding("S1-04", "minor", "A.6.8", "Staff do not know"),
                finding("S1-05", "ofi", "A.5.19", "The supplier security policy"),
            ],
        },
        Layout {
            id: "ho-dutch-section-title-grades",
            origin: "holdout: Dutch register with no grade column, the grade in section title rows (GROTE AFWIJKINGEN / KLEINE AFWIJKINGEN / VERBETERPUNTEN), A5.15, Bijlage A 8.32, two people in one owner cell, a non-user email",
            file_name: "auditrapport-bevindingen.xlsx",
            bytes: xlsx(vec![sheet(
                "Bevindingen",
                0,
                0,
                &[
                    &["Kenmerk", "Normeis", "Constatering", "Actiehouder"],
                    &["GROTE AFWIJKINGEN"],
                    &[
                        "BV-01",
                        "Clausule 6.1.2",
                        "Er is geen risicobeoordeling uitgevoerd voor het nieuwe klantportaal.",
                        "Lena Fischer",
                    ],
                    &["KLEINE AFWIJKINGEN"],
                    &[
                        "BV-02",
                        "A5.15",
                        "Toegangsrechten tot de HR-map worden via e-mail toegekend zonder goedkeuring.",
                        "Jan de Vries, Sanne Bakker",
                    ],
                    &[
                        "BV-03",
                        "Bijlage A 8.32",
                        "Wijzigingen op de firewall worden niet vooraf getest.",
                        "k.janssen@partner.test",
                    ],
                    &["VERBETERPUNTEN"],
                    &[
                        "BV-04",
                        "A.6.7",
                        "Het thuiswerkbeleid zou VPN-gebruik op openbare netwerken kunnen verplichten.",
                        "Head of IT Operations",
                    ],
                ],
            )
            .merged(1, 0, 1, 3)
            .merged(3, 0, 3, 3)
            .merged(6, 0, 6, 3)]),
            expected: vec![
                finding("BV-01", "major", "6.1.2", "Er is geen risicobeoordeling")
                    .owner("lena.fischer@acme.test"),
                finding("BV-02", "minor", "A.5.15", "Toegangsrechten tot de HR-map")
                    .pending(&["Jan de Vries", "Sanne Bakker"]),
                finding("BV-03", "minor", "A.8.32", "Wijzigingen op de firewall")
                    .pending(&["k.janssen@partner.test"]),
                finding("BV-04", "ofi", "A.6.7", "Het thuiswerkbeleid").owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho-portuguese-grade-in-opinion-column",
            origin: "holdout: Portuguese ;-CSV, the grade only in the free text of an auditor's opinion column, a conforming row that is no finding",
            file_name: "achados-auditoria.csv",
            bytes: delimited(
                &[
                    &[
                        "ID do achado",
                        "Controlo",
                        "Descrição",
                        "Parecer do auditor",
                        "Responsável",
                    ],
                    &[
                        "AC-01",
                        "A.8.2",
                        "Os administradores usam contas pessoais com privilégios de domínio no dia a dia.",
                        "Não conformidade maior: falha sistemática na gestão de acessos privilegiados.",
                        "Badr Karim",
                    ],
                    &[
                        "AC-02",
                        "A.5.14",
                        "Ficheiros de clientes são enviados por e-mail sem cifra.",
                        "Classificada como não conformidade menor; prazo de 90 dias.",
                        "Equipa de TI",
                    ],
                    &[
                        "AC-03",
                        "A.8.11",
                        "Os dados de teste poderiam ser mascarados antes de chegar ao ambiente de QA.",
                        "Oportunidade de melhoria, sem resposta obrigatória.",
                        "Desenvolvimento",
                    ],
                    &[
                        "AC-04",
                        "A.7.8",
                        "Os bastidores da sala técnica estão fechados e identificados.",
                        "Conforme.",
                        "",
                    ],
                ],
                ';',
            )
            .into_bytes(),
            expected: vec![
                finding("AC-01", "major", "A.8.2", "Os administradores usam")
                    .owner("badr@acme.test"),
                finding("AC-02", "minor", "A.5.14", "Ficheiros de clientes")
                    .pending(&["Equipa de TI"]),
                finding("AC-03", "ofi", "A.8.11", "Os dados de teste"),
            ],
        },
        Layout {
            id: "ho-french-type-column-strength-row",
            origin: "holdout: French surveillance audit table, grade header just \"Type\" (NC majeure / NC mineure / Piste de progrès / Point fort), two roles in one owner cell, a name with its role in brackets, plan columns",
            file_name: "ecarts-audit-surveillance.xlsx",
            bytes: xlsx(vec![sheet(
                "Synthèse",
                0,
                0,
                &[
                    &["Audit de surveillance n°1 — ISO/IEC 27001:2022"],
                    &["Site : Nantes — Auditeur : organisme certificateur"],
                    &[""],
                    &[
                        "Repère",
                        "Type",
                        "Référentiel",
                        "Description de l'écart",
                        "Analyse des causes",
                        "Action corrective",
                        "Responsable(s)",
                    ],
                    &[
                        "S1-E1",
                        "NC majeure",
                        "A.5.30",
                        "Le plan de reprise informatique n'a jamais été testé.",
                        "Aucun budget de test prévu.",
                        "Test de bascule planifié en mai.",
                        "RSSI / DSI",
                    ],
                    &[
                        "S1-E2",
                        "NC mineure",
                        "Chap. 7.5.3",
                        "Des versions obsolètes de la politique circulent sur l'intranet.",
                        "",
                        "",
                        "Lena Fischer",
                    ],
                    &[
                        "S1-E3",
                        "NC mineure",
                        "A.8.26 / A.8.28",
                        "Les exigences de sécurité ne figurent pas dans les user stories des applications métier.",
                        "Méthode agile sans critères de sécurité.",
                        "",
                        "Badr Karim (RSSI)",
                    ],
                    &[
                        "S1-P1",
                        "Point fort",
                        "A.6.3",
                        "Sensibilisation très suivie : 96 % du personnel formé.",
                        "",
                        "",
                        "",
                    ],
                    &[
                        "S1-E4",
                        "Piste de progrès",
                        "A.8.12",
                        "La prévention des fuites de données pourrait couvrir les clés USB.",
                        "",
                        "",
                        "DSI",
                    ],
                ],
            )
            .merged(0, 0, 0, 6)
            .merged(1, 0, 1, 6)]),
            expected: vec![
                finding("S1-E1", "major", "A.5.30", "Le plan de reprise")
                    .pending(&["RSSI", "DSI"])
                    .plan(true),
                finding("S1-E2", "minor", "7.5.3", "Des versions obsolètes")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("S1-E3", "minor", "A.8.26, A.8.28", "Les exigences de sécurité")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("S1-E4", "ofi", "A.8.12", "La prévention des fuites")
                    .pending(&["DSI"])
                    .plan(false),
            ],
        },
        Layout {
            id: "ho-sheet-per-grade-with-cover",
            origin: "holdout: one sheet per grade named Major / Minor / OFI with no grade column, a Cover sheet of label/value pairs, an Observations sheet saying none were raised, Annex A 5.21",
            file_name: "cb-findings-by-grade.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Cover",
                    0,
                    0,
                    &[
                        &["Surveillance audit 2 — Findings workbook"],
                        &["Client", "Brightwater Analytics GmbH"],
                        &["Audit date", "#d 2026-03-09"],
                        &["Findings", "#n 4"],
                    ],
                ),
                sheet(
                    "Major",
                    0,
                    0,
                    &[
                        &["Ref.", "Std. clause", "Detail", "Auditee contact"],
                        &[
                            "MJ-1",
                            "Clause 6.1.3",
                            "Risks rated high have no treatment decision and no risk owner.",
                            "Badr Karim",
                        ],
                    ],
                ),
                sheet(
                    "Minor",
                    0,
                    0,
                    &[
                        &["Ref.", "Std. clause", "Detail", "Auditee contact"],
                        &[
                            "MN-1",
                            "Annex A 5.21",
                            "Open-source components are not checked for known vulnerabilities before release.",
                            "Lena Fischer",
                        ],
                        &[
                            "MN-2",
                            "A.7.2",
                            "Visitors to the lab are not escorted after 18:00.",
                            "Reception",
                        ],
                    ],
                ),
                sheet(
                    "OFI",
                    0,
                    0,
                    &[
                        &["Ref.", "Std. clause", "Detail", "Auditee contact"],
                        &[
                            "OF-1",
                            "9.1",
                            "Security KPIs could be shown on the existing operations dashboard.",
                            "ops@acme.test",
                        ],
                    ],
                ),
                sheet(
                    "Observations",
                    0,
                    0,
                    &[
                        &["Ref.", "Std. clause", "Detail", "Auditee contact"],
                        &["No observations were raised during this audit."],
                    ],
                ),
            ]),
            expected: vec![
                finding("MJ-1", "major", "6.1.3", "Risks rated high").owner("badr@acme.test"),
                finding("MN-1", "minor", "A.5.21", "Open-source components")
                    .owner("lena.fischer@acme.test"),
                finding("MN-2", "minor", "A.7.2", "Visitors to the lab").pending(&["Reception"]),
                finding("OF-1", "ofi", "9.1", "Security KPIs").owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho-grade-in-reference",
            origin: "holdout: no grade column, the grade in the reference's letters (MNC-, MiNC-, OFI-) or in brackets after it (NC-7 (Major)), an email written with capitals",
            file_name: "nc-register-refs.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &["Reference", "Clause", "Nonconformity statement", "Auditee", "Due"],
                    &[
                        "MNC-002",
                        "A.5.31",
                        "The register of legal and contractual requirements omits the customer SLAs.",
                        "Legal counsel",
                        "#d 2026-04-30",
                    ],
                    &[
                        "MiNC-004",
                        "A.8.3",
                        "Shared drives grant read access to all staff by default.",
                        "Lena.Fischer@acme.test",
                        "#d 2026-05-31",
                    ],
                    &[
                        "NC-7 (Major)",
                        "9.3",
                        "Management review inputs do not include the results of the risk assessment.",
                        "Badr Karim",
                        "#d 2026-04-15",
                    ],
                    &[
                        "NC-8 (minor)",
                        "A.5.4",
                        "Managers do not confirm that their staff have read the new policies.",
                        "HR Business Partner",
                        "#d 2026-06-30",
                    ],
                    &[
                        "OFI-03",
                        "A.8.34",
                        "Audit tests on production could be scheduled outside business hours.",
                        "Head of IT Operations",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("MNC-002", "major", "A.5.31", "The register of legal")
                    .pending(&["Legal counsel"]),
                finding("MiNC-004", "minor", "A.8.3", "Shared drives grant")
                    .owner("lena.fischer@acme.test"),
                finding("NC-7", "major", "9.3", "Management review inputs")
                    .owner("badr@acme.test"),
                finding("NC-8", "minor", "A.5.4", "Managers do not confirm"),
                finding("OFI-03", "ofi", "A.8.34", "Audit tests on production")
                    .owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho-checklist-with-conforming-rows",
            origin: "holdout: an internal audit checklist where most rows are Conforming / Strength / N/A and only NC, Minor NC and OFI rows are findings; the finding is in the auditor's notes, not the question",
            file_name: "ia-checklist.xlsx",
            bytes: xlsx(vec![sheet(
                "Checklist",
                0,
                0,
                &[
                    &["Check", "Clause / control", "Question", "Audit result", "Auditor notes"],
                    &[
                        "CK-01",
                        "4.3",
                        "Is the ISMS scope documented?",
                        "Conforming",
                        "Scope statement v2.0 approved in February 2026.",
                    ],
                    &[
                        "CK-02",
                        "Clause 5.1",
                        "Does top management demonstrate leadership for the ISMS?",
                        "Strength",
                        "The CEO chairs the security committee every month.",
                    ],
                    &[
                        "CK-03",
                        "Clause 6.2",
                        "Are the information security objectives measurable?",
                        "NC",
                        "Objectives such as 'improve security' have no target and no date.",
                    ],
                    &[
                        "CK-04",
                        "A.8.30",
                        "Is outsourced development directed and monitored?",
                        "N/A",
                        "No development is outsourced.",
                    ],
                    &[
                        "CK-05",
                        "A.8.13",
                        "Are backups tested regularly?",
                        "Minor NC",
                        "Restore tests of the mail server are performed but not recorded.",
                    ],
                    &[
                        "CK-06",
                        "A.5.24",
                        "Is incident management planned and prepared?",
                        "OFI",
                        "Playbooks could cover ransomware specifically.",
                    ],
                    &[
                        "CK-07",
                        "A.8.15",
                        "Are logs protected against tampering?",
                        "Conforming",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("CK-03", "minor", "6.2", "Objectives such as"),
                finding("CK-05", "minor", "A.8.13", "Restore tests of the mail server"),
                finding("CK-06", "ofi", "A.5.24", "Playbooks could cover"),
            ],
        },
        Layout {
            id: "ho-multi-framework-columns",
            origin: "holdout: a unified audit register with one column per framework (ISO 27001:2022, SOC 2, NIST CSF 2.0, NIST 800-53) and a version number in the prose",
            file_name: "unified-audit-findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &[
                        "Issue ID",
                        "Rating",
                        "ISO 27001:2022",
                        "SOC 2",
                        "NIST CSF 2.0",
                        "NIST 800-53",
                        "Issue description",
                        "Owner",
                    ],
                    &[
                        "UA-01",
                        "Major",
                        "A.5.18",
                        "CC6.2",
                        "PR.AA-05",
                        "AC-2",
                        "User access to the billing platform is never recertified.",
                        "Badr Karim",
                    ],
                    &[
                        "UA-02",
                        "Minor",
                        "A.8.15",
                        "CC7.2",
                        "DE.CM-01",
                        "AU-11",
                        "Logs on the core switches (firmware 7.4) are overwritten after 48 hours.",
                        "ops@acme.test",
                    ],
                    &[
                        "UA-03",
                        "Minor",
                        "A.5.17",
                        "CC6.1",
                        "PR.AA-01",
                        "IA-5",
                        "The password policy allows 8 characters although the standard requires 12.",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("UA-01", "major", "A.5.18", "User access to the billing")
                    .owner("badr@acme.test")
                    .others(&["CC6.2", "PR.AA-05", "AC-2"]),
                finding("UA-02", "minor", "A.8.15", "Logs on the core switches")
                    .owner("ops@acme.test")
                    .others(&["CC7.2", "DE.CM-01", "AU-11"]),
                finding("UA-03", "minor", "A.5.17", "The password policy")
                    .others(&["CC6.1", "PR.AA-01", "IA-5"]),
            ],
        },
    ]
}

/// A second holdout, written blind like the first: from issue #12, the README's section on
/// importing registers and the helpers at the top of this file only, without reading the
/// importer or the rest of the corpus. It adds languages the importer is being extended to
/// (Polish, Swedish, Czech, Finnish, Danish, Norwegian), less obvious wording in languages it
/// already reads, and English layouts of less obvious kinds (a GRC tool's CAPA export, grades as
/// colours or letter codes explained on a legend sheet, a long executive summary above the
/// table, one sheet per site, a Jira export separated by `|`, requirements written out in full).
fn second_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho2-polish-cb-report",
            origin: "holdout 2: Polish stage 2 report (Niezgodność duża / mała / Obserwacja / Możliwość doskonalenia), title rows, a running number \"Lp.\" beside ids like NZ/2026/01, \"pkt 9.2\" and \"Załącznik A 8.13\", owners as names and a role, dates 30.04.2026",
            file_name: "raport-z-auditu-etap-2.xlsx",
            bytes: xlsx(vec![sheet(
                "Niezgodności",
                0,
                0,
                &[
                    &["RAPORT Z AUDITU CERTYFIKACYJNEGO – ETAP 2"],
                    &["Organizacja: Wisła Logistyka Sp. z o.o. · Norma: ISO/IEC 27001:2022 · Data auditu: 17.03.2026 – 19.03.2026"],
                    &[""],
                    &[
                        "Lp.",
                        "Nr zgłoszenia",
                        "Kategoria",
                        "Wymaganie normy",
                        "Opis niezgodności",
                        "Dowód obiektywny",
                        "Osoba odpowiedzialna",
                        "Termin realizacji",
                    ],
                    &[
                        "#n 1",
                        "NZ/2026/01",
                        "Niezgodność duża",
                        "pkt 9.2",
                        "Nie przeprowadzono audytu wewnętrznego SZBI w cyklu 2025.",
                        "Brak programu audytów i raportów z audytu za 2025 r.",
                        "Badr Karim",
                        "30.04.2026",
                    ],
                    &[
                        "#n 2",
                        "NZ/2026/02",
                        "Niezgodność mała",
                        "A.5.15, A.8.2",
                        "Uprawnienia administratorów systemu ERP nie są okresowo przeglądane.",
                        "Przegląd uprawnień z 2025 r. nie obejmował kont uprzywilejowanych.",
                        "Kierownik IT",
                        "15.05.2026",
                    ],
                    &[
                        "#n 3",
                        "NZ/2026/03",
                        "Niezgodność mała",
                        "Załącznik A 8.13",
                        "Nie testuje się odtwarzania kopii zapasowych serwera plików.",
                        "Brak zapisów z testów odtworzeniowych.",
                        "Lena Fischer",
                        "15.05.2026",
                    ],
                    &[
                        "#n 4",
                        "OBS/2026/01",
                        "Obserwacja",
                        "A.6.3",
                        "Szkolenia z bezpieczeństwa informacji dla nowych pracowników odbywają się z opóźnieniem.",
                        "3 z 8 nowych pracowników przeszkolonych po ponad 2 miesiącach.",
                        "",
                        "",
                    ],
                    &[
                        "#n 5",
                        "MD/2026/01",
                        "Możliwość doskonalenia",
                        "pkt 6.1.2",
                        "Warto uwzględnić w szacowaniu ryzyka zagrożenia związane z dostawcami usług chmurowych.",
                        "",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)]),
            expected: vec![
                finding("NZ/2026/01", "major", "9.2", "Nie przeprowadzono audytu")
                    .owner("badr@acme.test"),
                finding("NZ/2026/02", "minor", "A.5.15, A.8.2", "Uprawnienia administratorów")
                    .pending(&["Kierownik IT"]),
                finding("NZ/2026/03", "minor", "A.8.13", "Nie testuje się")
                    .owner("lena.fischer@acme.test"),
                finding("OBS/2026/01", "observation", "A.6.3", "Szkolenia z bezpieczeństwa"),
                finding("MD/2026/01", "ofi", "6.1.2", "Warto uwzględnić"),
            ],
        },
        Layout {
            id: "ho2-swedish-csv-windows-1252",
            origin: "holdout 2: Swedish internal audit exported by Excel as `;`-separated Windows-1252 CSV (Större / Mindre avvikelse, Observation, Förbättringsmöjlighet), \"avsnitt 9.3\" and \"Bilaga A 5.30\", ISO dates, owners as names and a role",
            file_name: "internrevision-lis-2026.csv",
            bytes: windows_1252(&delimited(
                &[
                    &[
                        "Avvikelse-ID",
                        "Datum",
                        "Typ",
                        "Standardkrav",
                        "Beskrivning av avvikelse",
                        "Orsak",
                        "Åtgärd",
                        "Ansvarig",
                        "Klart senast",
                        "Status",
                    ],
                    &[
                        "AVV-2026-01",
                        "2026-03-18",
                        "Större avvikelse",
                        "avsnitt 9.3",
                        "Ledningens genomgång har inte genomförts sedan november 2024.",
                        "",
                        "",
                        "Badr Karim",
                        "2026-04-30",
                        "Öppen",
                    ],
                    &[
                        "AVV-2026-02",
                        "2026-03-18",
                        "Mindre avvikelse",
                        "Bilaga A 5.30",
                        "Kontinuitetsplanen för IT-driften har inte testats.",
                        "Ingen ansvarig utsedd för övningar",
                        "Genomföra och dokumentera ett test av kontinuitetsplanen",
                        "IT-chef",
                        "2026-05-31",
                        "Pågår",
                    ],
                    &[
                        "AVV-2026-03",
                        "2026-03-19",
                        "Mindre avvikelse",
                        "A.8.15, A.8.16",
                        "Loggar från brandväggarna sparas endast i sju dagar och granskas inte.",
                        "",
                        "",
                        "Head of IT Operations",
                        "2026-05-31",
                        "Öppen",
                    ],
                    &[
                        "AVV-2026-04",
                        "2026-03-19",
                        "Observation",
                        "A.5.10",
                        "Regler för användning av privata molntjänster är inte kända av alla medarbetare.",
                        "",
                        "",
                        "Lena Fischer",
                        "",
                        "Öppen",
                    ],
                    &[
                        "AVV-2026-05",
                        "2026-03-19",
                        "Förbättringsmöjlighet",
                        "6.1.3",
                        "Tillämpningsförklaringen kan med fördel hänvisa till riskbehandlingsplanen.",
                        "",
                        "",
                        "Badr Karim",
                        "",
                        "Öppen",
                    ],
                ],
                ';',
            )),
            expected: vec![
                finding("AVV-2026-01", "major", "9.3", "Ledningens genomgång")
                    .owner("badr@acme.test"),
                finding("AVV-2026-02", "minor", "A.5.30", "Kontinuitetsplanen")
                    .pending(&["IT-chef"]),
                finding("AVV-2026-03", "minor", "A.8.15, A.8.16", "Loggar från brandväggarna")
                    .owner("ops@acme.test"),
                finding("AVV-2026-04", "observation", "A.5.10", "Regler för användning")
                    .owner("lena.fischer@acme.test"),
                finding("AVV-2026-05", "ofi", "6.1.3", "Tillämpningsförklaringen")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho2-czech-cb-report",
            origin: "holdout 2: Czech certification audit report (Závažná / Méně závažná neshoda, Pozorování, Příležitost ke zlepšení), title rows, \"čl. 9.2\", \"čl. 6.2\" (a clause, not control 6.2), \"příloha A, 5.23\", dates 20.4.2026",
            file_name: "zprava-z-auditu.xlsx",
            bytes: xlsx(vec![sheet(
                "Zjištění",
                0,
                0,
                &[
                    &["Zpráva z certifikačního auditu ISO/IEC 27001:2022"],
                    &["Organizace: Vltava Data s.r.o."],
                    &["Datum auditu: 17. 3. 2026 – 19. 3. 2026"],
                    &[""],
                    &[
                        "Č. zjištění",
                        "Klasifikace",
                        "Článek normy",
                        "Popis zjištění",
                        "Objektivní důkaz",
                        "Termín odstranění",
                    ],
                    &[
                        "Z-01",
                        "Závažná neshoda",
                        "čl. 9.2",
                        "Interní audit ISMS nebyl v roce 2025 proveden.",
                        "Program interních auditů neexistuje, zprávy nebyly předloženy.",
                        "20.4.2026",
                    ],
                    &[
                        "Z-02",
                        "Méně závažná neshoda",
                        "příloha A, 5.23",
                        "Nejsou stanovena pravidla pro pořizování a používání cloudových služeb.",
                        "Smlouva s poskytovatelem e-mailu neobsahuje požadavky na bezpečnost.",
                        "20.5.2026",
                    ],
                    &[
                        "Z-03",
                        "Méně závažná neshoda",
                        "A.8.8",
                        "Zranitelnosti zjištěné skenováním nejsou řešeny ve stanovených lhůtách.",
                        "12 kritických zranitelností starších 90 dnů.",
                        "20.5.2026",
                    ],
                    &[
                        "Z-04",
                        "Pozorování",
                        "A.7.4",
                        "Kamerový systém serverovny neuchovává záznamy déle než 48 hodin.",
                        "Nastavení rekordéru.",
                        "",
                    ],
                    &[
                        "Z-05",
                        "Příležitost ke zlepšení",
                        "čl. 6.2",
                        "Cíle bezpečnosti informací by mohly mít měřitelné ukazatele.",
                        "",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("Z-01", "major", "9.2", "Interní audit ISMS"),
                finding("Z-02", "minor", "A.5.23", "Nejsou stanovena pravidla"),
                finding("Z-03", "minor", "A.8.8", "Zranitelnosti zjištěné"),
                finding("Z-04", "observation", "A.7.4", "Kamerový systém"),
                finding("Z-05", "ofi", "6.2", "Cíle bezpečnosti"),
            ],
        },
        Layout {
            id: "ho2-finnish-tsv",
            origin: "holdout 2: Finnish register as UTF-8 TSV (Suuri / Pieni poikkeama, Havainto, Kehityskohde), \"kohta 9.3\" and \"liite A 5.7\", dates 30.4.2026, owners as names and a role",
            file_name: "poikkeamat-2026.tsv",
            bytes: delimited(
                &[
                    &[
                        "Tunnus",
                        "Havainnon tyyppi",
                        "Vaatimus",
                        "Havainto",
                        "Vastuuhenkilö",
                        "Määräaika",
                        "Tila",
                    ],
                    &[
                        "H-01",
                        "Suuri poikkeama",
                        "kohta 9.3",
                        "Johdon katselmusta ei ole pidetty vuonna 2025.",
                        "Lena Fischer",
                        "30.4.2026",
                        "Avoin",
                    ],
                    &[
                        "H-02",
                        "Pieni poikkeama",
                        "A.5.9",
                        "Tietovarantoluettelo ei kata käytössä olevia pilvipalveluita.",
                        "Tietohallintopäällikkö",
                        "31.5.2026",
                        "Avoin",
                    ],
                    &[
                        "H-03",
                        "Pieni poikkeama",
                        "A.8.24",
                        "Salausavainten hallinnalle ei ole määritelty menettelyä.",
                        "Badr Karim",
                        "31.5.2026",
                        "Työn alla",
                    ],
                    &[
                        "H-04",
                        "Havainto",
                        "A.6.7",
                        "Etätyöohjetta ei ole päivitetty vuoden 2022 jälkeen.",
                        "",
                        "",
                        "Avoin",
                    ],
                    &[
                        "H-05",
                        "Kehityskohde",
                        "liite A 5.7",
                        "Uhkatiedon keräämistä ja analysointia voisi systematisoida.",
                        "",
                        "",
                        "Avoin",
                    ],
                ],
                '\t',
            )
            .into_bytes(),
            expected: vec![
                finding("H-01", "major", "9.3", "Johdon katselmusta")
                    .owner("lena.fischer@acme.test"),
                finding("H-02", "minor", "A.5.9", "Tietovarantoluettelo")
                    .pending(&["Tietohallintopäällikkö"]),
                finding("H-03", "minor", "A.8.24", "Salausavainten hallinnalle")
                    .owner("badr@acme.test"),
                finding("H-04", "observation", "A.6.7", "Etätyöohjetta"),
                finding("H-05", "ofi", "A.5.7", "Uhkatiedon keräämistä"),
            ],
        },
        Layout {
            id: "ho2-danish-ncr-forms",
            origin: "holdout 2: Danish CB nonconformity reports, one form of label/value pairs per sheet (Større / Mindre afvigelse, Observation), \"Afsnit 8.2\" (a clause), dates 19.03.2026 and 19-06-2026",
            file_name: "afvigelsesrapporter.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "AFV-01",
                    0,
                    0,
                    &[
                        &["AFVIGELSESRAPPORT"],
                        &["Kunde:", "Nordhavn Shipping A/S"],
                        &["Standard:", "ISO/IEC 27001:2022"],
                        &["Afvigelse nr.:", "AFV-01"],
                        &["Kategori:", "Større afvigelse"],
                        &["Krav:", "Afsnit 8.2"],
                        &[
                            "Beskrivelse af afvigelse:",
                            "Risikovurderingen er ikke gennemført med de planlagte intervaller.",
                        ],
                        &["Objektivt bevis:", "Seneste risikovurdering er dateret 12.01.2024."],
                        &["Dato:", "19.03.2026"],
                        &["Frist for korrigerende handling:", "19-06-2026"],
                    ],
                ),
                sheet(
                    "AFV-02",
                    0,
                    0,
                    &[
                        &["AFVIGELSESRAPPORT"],
                        &["Kunde:", "Nordhavn Shipping A/S"],
                        &["Standard:", "ISO/IEC 27001:2022"],
                        &["Afvigelse nr.:", "AFV-02"],
                        &["Kategori:", "Mindre afvigelse"],
                        &["Krav:", "A.5.12"],
                        &[
                            "Beskrivelse af afvigelse:",
                            "Dokumenter med persondata er ikke klassificeret efter politikken.",
                        ],
                        &["Objektivt bevis:", "Stikprøve af 10 dokumenter på HR-drevet."],
                        &["Dato:", "19.03.2026"],
                        &["Frist for korrigerende handling:", "19-06-2026"],
                    ],
                ),
                sheet(
                    "AFV-03",
                    0,
                    0,
                    &[
                        &["AFVIGELSESRAPPORT"],
                        &["Kunde:", "Nordhavn Shipping A/S"],
                        &["Standard:", "ISO/IEC 27001:2022"],
                        &["Afvigelse nr.:", "AFV-03"],
                        &["Kategori:", "Mindre afvigelse"],
                        &["Krav:", "A.8.9"],
                        &[
                            "Beskrivelse af afvigelse:",
                            "Standardkonfigurationer for servere er ikke dokumenteret.",
                        ],
                        &["Objektivt bevis:", "Interview med driftsansvarlig."],
                        &["Dato:", "19.03.2026"],
                        &["Frist for korrigerende handling:", "19-06-2026"],
                    ],
                ),
                sheet(
                    "AFV-04",
                    0,
                    0,
                    &[
                        &["AFVIGELSESRAPPORT"],
                        &["Kunde:", "Nordhavn Shipping A/S"],
                        &["Standard:", "ISO/IEC 27001:2022"],
                        &["Afvigelse nr.:", "AFV-04"],
                        &["Kategori:", "Observation"],
                        &["Krav:", "A.5.37"],
                        &[
                            "Beskrivelse af afvigelse:",
                            "Driftsprocedurerne for backup henviser til et system, der er udfaset.",
                        ],
                        &["Objektivt bevis:", "Procedure DRIFT-07 version 3."],
                        &["Dato:", "19.03.2026"],
                        &["Frist for korrigerende handling:", ""],
                    ],
                ),
            ]),
            expected: vec![
                finding("AFV-01", "major", "8.2", "Risikovurderingen er ikke"),
                finding("AFV-02", "minor", "A.5.12", "Dokumenter med persondata"),
                finding("AFV-03", "minor", "A.8.9", "Standardkonfigurationer"),
                finding("AFV-04", "observation", "A.5.37", "Driftsprocedurerne"),
            ],
        },
        Layout {
            id: "ho2-norwegian-section-rows",
            origin: "holdout 2: Norwegian audit report with no grade column, the grade in merged section rows (STØRRE AVVIK, MINDRE AVVIK, OBSERVASJONER, FORBEDRINGSMULIGHETER), owners as names, an English role and a Norwegian role",
            file_name: "revisjonsrapport.xlsx",
            bytes: xlsx(vec![sheet(
                "Avvik",
                0,
                0,
                &[
                    &["Revisjonsrapport – sertifiseringsrevisjon ISO/IEC 27001:2022"],
                    &["Virksomhet: Fjordlys Data AS · Revisjonsdato: 18.03.2026"],
                    &[""],
                    &["Ref.", "Krav", "Beskrivelse", "Ansvarlig", "Frist"],
                    &["STØRRE AVVIK"],
                    &[
                        "R26-01",
                        "9.2",
                        "Internrevisjon er ikke gjennomført i henhold til revisjonsprogrammet.",
                        "Badr Karim",
                        "30.04.2026",
                    ],
                    &["MINDRE AVVIK"],
                    &[
                        "R26-02",
                        "A.5.19",
                        "Leverandøravtaler mangler krav til informasjonssikkerhet.",
                        "Innkjøpssjef",
                        "31.05.2026",
                    ],
                    &[
                        "R26-03",
                        "A.8.32",
                        "Endringer i produksjonsmiljøet godkjennes ikke skriftlig.",
                        "Head of IT Operations",
                        "31.05.2026",
                    ],
                    &["OBSERVASJONER"],
                    &[
                        "R26-04",
                        "A.7.7",
                        "Prinsippet om rent skrivebord følges ikke konsekvent i kundeservice.",
                        "",
                        "",
                    ],
                    &["FORBEDRINGSMULIGHETER"],
                    &[
                        "R26-05",
                        "A.5.7",
                        "Virksomheten kan ha nytte av å abonnere på trusseletterretning.",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 4)
            .merged(1, 0, 1, 4)
            .merged(4, 0, 4, 4)
            .merged(6, 0, 6, 4)
            .merged(9, 0, 9, 4)
            .merged(11, 0, 11, 4)]),
            expected: vec![
                finding("R26-01", "major", "9.2", "Internrevisjon er ikke")
                    .owner("badr@acme.test"),
                finding("R26-02", "minor", "A.5.19", "Leverandøravtaler mangler")
                    .pending(&["Innkjøpssjef"]),
                finding("R26-03", "minor", "A.8.32", "Endringer i produksjonsmiljøet")
                    .owner("ops@acme.test"),
                finding("R26-04", "observation", "A.7.7", "Prinsippet om rent skrivebord"),
                finding("R26-05", "ofi", "A.5.7", "Virksomheten kan ha nytte"),
            ],
        },
        Layout {
            id: "ho2-french-surveillance-report",
            origin: "holdout 2: French CB surveillance report (Non-conformité majeure / mineure, Point sensible, Piste de progrès) with a \"Point fort\" row in the table, \"Chapitre / mesure\" holding \"§ 9.3\", \"§ 7.2\" and \"Annexe A – 8.15\", reply deadlines as text",
            file_name: "rapport-audit-surveillance-1.xlsx",
            bytes: xlsx(vec![sheet(
                "Constats",
                0,
                0,
                &[
                    &["RAPPORT D'AUDIT – Audit de surveillance n°1"],
                    &["Organisme : Maison Dauphine SAS — Référentiel : ISO/IEC 27001:2022"],
                    &["Auditeur responsable : Responsable d'audit", "", "", "Date : 18/03/2026"],
                    &[""],
                    &[
                        "N° constat",
                        "Nature",
                        "Chapitre / mesure",
                        "Constat",
                        "Preuves",
                        "Délai de réponse",
                    ],
                    &[
                        "PF-01",
                        "Point fort",
                        "",
                        "L'engagement de la direction générale dans le SMSI est visible et suivi.",
                        "Comptes rendus des comités sécurité mensuels.",
                        "",
                    ],
                    &[
                        "NC-01",
                        "Non-conformité majeure",
                        "§ 9.3",
                        "La revue de direction ne traite ni des résultats de l'audit interne ni des objectifs.",
                        "Compte rendu de revue de direction du 14/11/2025.",
                        "sous 1 mois",
                    ],
                    &[
                        "NC-02",
                        "Non-conformité mineure",
                        "Annexe A – 8.15",
                        "Les journaux des pare-feux ne sont conservés que 7 jours.",
                        "Configuration du collecteur de journaux.",
                        "sous 3 mois",
                    ],
                    &[
                        "NC-03",
                        "Non-conformité mineure",
                        "§ 7.2",
                        "Les compétences requises pour les administrateurs systèmes ne sont pas définies.",
                        "Fiches de poste de l'équipe infrastructure.",
                        "sous 3 mois",
                    ],
                    &[
                        "PS-01",
                        "Point sensible",
                        "A.5.34",
                        "Le registre des traitements de données personnelles n'est pas relié à l'inventaire des actifs.",
                        "",
                        "",
                    ],
                    &[
                        "PP-01",
                        "Piste de progrès",
                        "A.8.10",
                        "La suppression des données en fin de contrat client pourrait être tracée.",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 5)
            .merged(1, 0, 1, 5)]),
            expected: vec![
                finding("NC-01", "major", "9.3", "La revue de direction"),
                finding("NC-02", "minor", "A.8.15", "Les journaux des pare-feux"),
                finding("NC-03", "minor", "7.2", "Les compétences requises"),
                finding("PS-01", "observation", "A.5.34", "Le registre des traitements"),
                finding("PP-01", "ofi", "A.8.10", "La suppression des données"),
            ],
        },
        Layout {
            id: "ho2-dutch-internal-audit",
            origin: "holdout 2: Dutch internal audit (Ernstige / Lichte afwijking, Aandachtspunt, Verbetersuggestie), statement before the grade, \"par. 9.2\" and \"Bijlage A 5.9\", dates 30-04-2026, owners as names and a role, a remark column",
            file_name: "interne-audit-isms-2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Bevindingen",
                0,
                0,
                &[
                    &["Interne audit ISMS – rapportage 2026"],
                    &["Afdeling: ICT & Facilitair", "", "Auditdatum: 12-03-2026"],
                    &[""],
                    &[
                        "Nr.",
                        "Bevinding",
                        "Norm-eis",
                        "Classificatie",
                        "Eigenaar",
                        "Streefdatum",
                        "Opmerking",
                    ],
                    &[
                        "IA-2026-01",
                        "De interne audit is niet onafhankelijk: de ICT-manager auditeert zijn eigen afdeling.",
                        "par. 9.2",
                        "Ernstige afwijking",
                        "Badr Karim",
                        "30-04-2026",
                        "",
                    ],
                    &[
                        "IA-2026-02",
                        "Er is geen actueel overzicht van de bedrijfsmiddelen van de afdeling.",
                        "Bijlage A 5.9",
                        "Lichte afwijking",
                        "Lena Fischer",
                        "31-05-2026",
                        "",
                    ],
                    &[
                        "IA-2026-03",
                        "Wachtwoorden van serviceaccounts worden niet periodiek gewijzigd.",
                        "A.5.17",
                        "Lichte afwijking",
                        "Functioneel beheerder",
                        "31-05-2026",
                        "Herhaalde bevinding uit 2025",
                    ],
                    &[
                        "IA-2026-04",
                        "Bezoekers worden niet altijd begeleid in de serverruimte.",
                        "A.7.2",
                        "Aandachtspunt",
                        "",
                        "",
                        "",
                    ],
                    &[
                        "IA-2026-05",
                        "Overweeg een phishingsimulatie als onderdeel van de bewustwordingscampagne.",
                        "A.6.3",
                        "Verbetersuggestie",
                        "",
                        "",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("IA-2026-01", "major", "9.2", "De interne audit is niet")
                    .owner("badr@acme.test"),
                finding("IA-2026-02", "minor", "A.5.9", "Er is geen actueel overzicht")
                    .owner("lena.fischer@acme.test"),
                finding("IA-2026-03", "minor", "A.5.17", "Wachtwoorden van serviceaccounts")
                    .pending(&["Functioneel beheerder"]),
                finding("IA-2026-04", "observation", "A.7.2", "Bezoekers worden niet"),
                finding("IA-2026-05", "ofi", "A.6.3", "Overweeg een phishingsimulatie"),
            ],
        },
        Layout {
            id: "ho2-brazil-rnc-csv",
            origin: "holdout 2: Brazilian Portuguese RNC register as `;`-separated UTF-8 CSV with a BOM (Não conformidade maior / menor, Observação, Oportunidade de melhoria), ids like RNC-001/2026, \"ABNT NBR ISO/IEC 27001:2022 – 6.1.3\", \"Anexo A 5.14\", \"cláusula 10.1\", plan columns (causa raiz, ação corretiva, responsável, prazo, situação)",
            file_name: "controle-rnc-sgsi.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &[
                            "Nº RNC",
                            "Data de abertura",
                            "Origem",
                            "Classificação",
                            "Requisito",
                            "Descrição da não conformidade",
                            "Causa raiz",
                            "Ação corretiva",
                            "Responsável",
                            "Prazo",
                            "Situação",
                        ],
                        &[
                            "RNC-001/2026",
                            "18/03/2026",
                            "Auditoria externa",
                            "Não conformidade maior",
                            "ABNT NBR ISO/IEC 27001:2022 – 6.1.3",
                            "A Declaração de Aplicabilidade não justifica a exclusão de controles do Anexo A.",
                            "Desconhecimento do requisito pela equipe do SGSI",
                            "Revisar a Declaração de Aplicabilidade com as justificativas",
                            "Martín Lombardi",
                            "30/04/2026",
                            "Em andamento",
                        ],
                        &[
                            "RNC-002/2026",
                            "18/03/2026",
                            "Auditoria externa",
                            "Não conformidade menor",
                            "Anexo A 5.14",
                            "Não há regras formais para a transferência de informações com clientes.",
                            "Processo nunca formalizado",
                            "Elaborar e divulgar procedimento de transferência de informações",
                            "Analista de Segurança da Informação",
                            "31/05/2026",
                            "Aberta",
                        ],
                        &[
                            "RNC-003/2026",
                            "19/03/2026",
                            "Auditoria externa",
                            "Não conformidade menor",
                            "A.8.28",
                            "As práticas de codificação segura não estão documentadas.",
                            "",
                            "",
                            "Badr Karim",
                            "31/05/2026",
                            "Aberta",
                        ],
                        &[
                            "OBS-001/2026",
                            "19/03/2026",
                            "Auditoria externa",
                            "Observação",
                            "A.5.31",
                            "O levantamento de requisitos legais não cita a LGPD de forma explícita.",
                            "",
                            "",
                            "",
                            "",
                            "Aberta",
                        ],
                        &[
                            "OM-001/2026",
                            "19/03/2026",
                            "Auditoria externa",
                            "Oportunidade de melhoria",
                            "cláusula 10.1",
                            "A organização poderia medir a eficácia das ações corretivas ao longo do tempo.",
                            "",
                            "",
                            "",
                            "",
                            "Aberta",
                        ],
                    ],
                    ';',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("RNC-001/2026", "major", "6.1.3", "A Declaração de Aplicabilidade")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("RNC-002/2026", "minor", "A.5.14", "Não há regras formais")
                    .pending(&["Analista de Segurança da Informação"])
                    .plan(true),
                finding("RNC-003/2026", "minor", "A.8.28", "As práticas de codificação")
                    .owner("badr@acme.test"),
                finding("OBS-001/2026", "observation", "A.5.31", "O levantamento de requisitos"),
                finding("OM-001/2026", "ofi", "10.1", "A organização poderia medir"),
            ],
        },
        Layout {
            id: "ho2-grc-capa-export",
            origin: "holdout 2: CAPA tracker exported as CSV from a GRC tool: twenty columns, ids like CAPA-2026-0042, a Title beside the Description, a Framework column holding \"ISO/IEC 27001:2022\", grades as \"NC - Major\", workflow states, owners as emails (one not a user) beside Created By emails, timestamps",
            file_name: "capa_export_2026-03-20.csv",
            bytes: delimited(
                &[
                    &[
                        "CAPA ID",
                        "Title",
                        "Record Type",
                        "Source",
                        "Finding Classification",
                        "Framework",
                        "Requirement",
                        "Description",
                        "Root Cause Analysis",
                        "Containment Action",
                        "Corrective Action",
                        "Preventive Action",
                        "CAPA Owner",
                        "Due Date",
                        "Workflow State",
                        "Effectiveness Review",
                        "Created By",
                        "Created On",
                        "Last Modified By",
                        "Last Modified On",
                    ],
                    &[
                        "CAPA-2026-0042",
                        "Outsourced SOC not controlled",
                        "Corrective",
                        "ISO 27001 Surveillance Audit 1 (external)",
                        "NC - Major",
                        "ISO/IEC 27001:2022",
                        "Clause 8.1",
                        "Outsourced processes are not determined or controlled: the managed SOC provider's service is outside the ISMS operational controls.",
                        "Outsourcing decision taken by procurement without ISMS review",
                        "Interim weekly service review with the provider",
                        "Define outsourced processes in the ISMS scope and add SOC service controls and KPIs",
                        "",
                        "ops@acme.test",
                        "2026-04-30",
                        "Open - Action Plan Approved",
                        "",
                        "grc.admin@acme.test",
                        "2026-03-20 09:14:31",
                        "grc.admin@acme.test",
                        "2026-03-20 10:02:07",
                    ],
                    &[
                        "CAPA-2026-0043",
                        "Cloud services policy missing",
                        "Corrective",
                        "ISO 27001 Surveillance Audit 1 (external)",
                        "NC - Minor",
                        "ISO/IEC 27001:2022",
                        "A.5.23 Information security for use of cloud services",
                        "There is no defined process for acquiring, using, managing and exiting cloud services.",
                        "Cloud adoption grew from shadow IT",
                        "",
                        "Write and approve a cloud services procedure; review the 14 SaaS contracts against it",
                        "",
                        "badr@acme.test",
                        "2026-05-31",
                        "In Progress",
                        "",
                        "grc.admin@acme.test",
                        "2026-03-20 09:16:55",
                        "badr@acme.test",
                        "2026-03-24 15:40:12",
                    ],
                    &[
                        "CAPA-2026-0044",
                        "Firewall logs not monitored",
                        "Corrective",
                        "ISO 27001 Surveillance Audit 1 (external)",
                        "NC - Minor",
                        "ISO/IEC 27001:2022",
                        "A.8.15, A.8.16",
                        "Firewall logs are collected but nobody reviews them and no alerts are defined.",
                        "No owner assigned for log review after SIEM migration",
                        "",
                        "Assign log review to the SOC and define alert use cases",
                        "",
                        "j.okafor@acme.test",
                        "2026-05-31",
                        "Open",
                        "",
                        "grc.admin@acme.test",
                        "2026-03-20 09:18:03",
                        "grc.admin@acme.test",
                        "2026-03-20 09:18:03",
                    ],
                    &[
                        "CAPA-2026-0045",
                        "ICT continuity plan untested",
                        "Corrective",
                        "ISO 27001 Surveillance Audit 1 (external)",
                        "Observation",
                        "ISO/IEC 27001:2022",
                        "A.5.30",
                        "The ICT continuity plan was updated in 2025 but has not been exercised since.",
                        "",
                        "",
                        "",
                        "",
                        "lena.fischer@acme.test",
                        "",
                        "Pending Review",
                        "",
                        "grc.admin@acme.test",
                        "2026-03-20 09:19:44",
                        "grc.admin@acme.test",
                        "2026-03-20 09:19:44",
                    ],
                    &[
                        "CAPA-2026-0046",
                        "Metrics for ISMS objectives",
                        "Preventive",
                        "ISO 27001 Surveillance Audit 1 (external)",
                        "OFI",
                        "ISO/IEC 27001:2022",
                        "Clause 9.1",
                        "ISMS metrics could be trended quarterly to show whether objectives are being met.",
                        "",
                        "",
                        "",
                        "",
                        "badr@acme.test",
                        "",
                        "Pending Review",
                        "",
                        "grc.admin@acme.test",
                        "2026-03-20 09:21:10",
                        "grc.admin@acme.test",
                        "2026-03-20 09:21:10",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("CAPA-2026-0042", "major", "8.1", "Outsourced processes are not")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("CAPA-2026-0043", "minor", "A.5.23", "There is no defined process")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("CAPA-2026-0044", "minor", "A.8.15, A.8.16", "Firewall logs are collected")
                    .pending(&["j.okafor@acme.test"])
                    .plan(true),
                finding("CAPA-2026-0045", "observation", "A.5.30", "The ICT continuity plan")
                    .owner("lena.fischer@acme.test"),
                finding("CAPA-2026-0046", "ofi", "9.1", "ISMS metrics could be trended")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho2-rag-colours-legend-sheet",
            origin: "holdout 2: consultancy gap register graded only by colour (Red / Amber / Yellow / Green) explained on a \"Read me\" legend sheet placed before it, an Area column, a Recommendation beside the Issue, owners as a role and a name",
            file_name: "isms-gap-register.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Read me",
                    0,
                    0,
                    &[
                        &["How to read this register"],
                        &[""],
                        &["RAG", "Meaning"],
                        &["Red", "Major nonconformity – certification cannot be recommended until closed"],
                        &["Amber", "Minor nonconformity – corrective action plan required within 30 days"],
                        &["Yellow", "Observation – may become a nonconformity if not addressed"],
                        &["Green", "Opportunity for improvement"],
                    ],
                ),
                sheet(
                    "Register",
                    0,
                    0,
                    &[
                        &["Ref", "RAG", "Area", "Control", "Issue", "Recommendation", "Owner"],
                        &[
                            "F01",
                            "Red",
                            "Access management",
                            "A.5.18",
                            "Leavers' accounts remained active for up to 60 days after their departure.",
                            "Automate deprovisioning from the HR system.",
                            "Head of IT Operations",
                        ],
                        &[
                            "F02",
                            "Amber",
                            "Cryptography",
                            "A.8.24",
                            "TLS 1.0 is still enabled on the customer portal load balancer.",
                            "Disable TLS 1.0 and 1.1.",
                            "Badr Karim",
                        ],
                        &[
                            "F03",
                            "Amber",
                            "Supplier management",
                            "A.5.21",
                            "Software suppliers are not asked for a bill of materials or patch commitments.",
                            "Add ICT supply chain clauses to the contract template.",
                            "",
                        ],
                        &[
                            "F04",
                            "Yellow",
                            "Physical security",
                            "A.7.1",
                            "The goods-in door beside the server room is propped open during deliveries.",
                            "Fit a door alarm.",
                            "",
                        ],
                        &[
                            "F05",
                            "Green",
                            "Awareness",
                            "A.6.3",
                            "Awareness training is the same for developers and office staff.",
                            "Add a secure coding module for developers.",
                            "",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("F01", "major", "A.5.18", "Leavers' accounts").owner("ops@acme.test"),
                finding("F02", "minor", "A.8.24", "TLS 1.0 is still enabled")
                    .owner("badr@acme.test"),
                finding("F03", "minor", "A.5.21", "Software suppliers"),
                finding("F04", "observation", "A.7.1", "The goods-in door"),
                finding("F05", "ofi", "A.6.3", "Awareness training is the same"),
            ],
        },
        Layout {
            id: "ho2-executive-summary-above-table",
            origin: "holdout 2: CB surveillance report on one sheet, 25 rows of executive summary (merged prose, audit details, a summary table of grade words and counts, recommendation, strengths) above the findings table, \"Clause 10.2\" and \"Clause 7.5\", dates as Excel dates",
            file_name: "surveillance-2-report.xlsx",
            bytes: xlsx(vec![sheet(
                "Report",
                0,
                0,
                &[
                    // 0
                    &["ISO/IEC 27001:2022 Surveillance Audit 2 – Audit Report"],
                    &[""],
                    &["1. Executive summary"],
                    &["The audit team concluded that the information security management system of Corvid Analytics plc is effectively implemented and maintained, with the exceptions noted below. The organisation has made good progress since the previous audit, closing all three nonconformities raised in 2025."],
                    &["Scope: design, development and hosting of analytics software as a service from the London and Manchester offices, in accordance with Statement of Applicability v7."],
                    // 5
                    &["Audit dates:", "#d 2026-03-16", "to", "#d 2026-03-18"],
                    &["Lead auditor:", "R. Whitfield"],
                    &["Audit team:", "S. Patel (technical expert)"],
                    &[""],
                    &["2. Summary of findings"],
                    // 10
                    &["Category", "Raised at this audit", "Open from previous audits"],
                    &["Major nonconformity", "#n 1", "#n 0"],
                    &["Minor nonconformity", "#n 2", "#n 0"],
                    &["Observation", "#n 1", "#n 0"],
                    &["Opportunity for improvement", "#n 1", "#n 0"],
                    // 15
                    &["Total", "#n 5", "#n 0"],
                    &[""],
                    &["3. Recommendation"],
                    &["Continued certification is recommended, subject to an acceptable corrective action plan for the major nonconformity within 28 days and its verification on site."],
                    &[""],
                    // 20
                    &["4. Strengths"],
                    &["Mature vulnerability management with clear remediation targets."],
                    &["Visible commitment of senior management to the ISMS."],
                    &[""],
                    &["5. Detailed findings"],
                    // 25
                    &[
                        "Finding ref.",
                        "Grading",
                        "Standard ref.",
                        "Finding and objective evidence",
                        "Auditee response due",
                    ],
                    &[
                        "SA2-01",
                        "Major",
                        "Clause 10.2",
                        "Corrective actions for the 2025 internal audit findings were closed without any review of their effectiveness. Evidence: CAPA log entries 25-03 to 25-07.",
                        "#d 2026-04-15",
                    ],
                    &[
                        "SA2-02",
                        "Minor",
                        "A.8.25",
                        "The secure development policy is not applied by the data pipeline team. Evidence: no code review records for 3 of 5 sampled releases.",
                        "#d 2026-05-15",
                    ],
                    &[
                        "SA2-03",
                        "Minor",
                        "Clause 7.5",
                        "Documented information for the ISMS is not under version control. Evidence: two versions of the risk methodology in use.",
                        "#d 2026-05-15",
                    ],
                    &[
                        "SA2-04",
                        "Observation",
                        "A.5.12",
                        "Classification labels are applied to documents but not to emails.",
                        "",
                    ],
                    // 30
                    &[
                        "SA2-05",
                        "OFI",
                        "A.8.12",
                        "Data leakage prevention could be extended to the analytics sandboxes.",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 4)
            .merged(3, 0, 3, 4)
            .merged(4, 0, 4, 4)
            .merged(18, 0, 18, 4)]),
            expected: vec![
                finding("SA2-01", "major", "10.2", "Corrective actions for the 2025"),
                finding("SA2-02", "minor", "A.8.25", "The secure development policy"),
                finding("SA2-03", "minor", "7.5", "Documented information for the ISMS"),
                finding("SA2-04", "observation", "A.5.12", "Classification labels"),
                finding("SA2-05", "ofi", "A.8.12", "Data leakage prevention"),
            ],
        },
        Layout {
            id: "ho2-one-sheet-per-site",
            origin: "holdout 2: multi-site audit workbook, an Overview sheet of counts per site then one sheet per site (Leeds, Rotterdam, Kraków) each with a merged title row, a running number beside site-prefixed ids and an \"Auditee\" column",
            file_name: "multisite-audit-2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Overview",
                    0,
                    0,
                    &[
                        &["Multi-site certification audit 2026 – overview"],
                        &[""],
                        &["Site", "Major NC", "Minor NC", "Observation", "OFI"],
                        &["Leeds (HQ)", "#n 0", "#n 2", "#n 0", "#n 1"],
                        &["Rotterdam DC", "#n 1", "#n 0", "#n 0", "#n 0"],
                        &["Kraków SSC", "#n 0", "#n 1", "#n 1", "#n 0"],
                        &["Total", "#n 1", "#n 3", "#n 1", "#n 1"],
                    ],
                ),
                sheet(
                    "Leeds (HQ)",
                    0,
                    0,
                    &[
                        &["Site: Leeds (HQ) – audited 16/03/2026"],
                        &["No.", "NC ref", "Type", "ISO 27001 ref", "Details", "Auditee"],
                        &[
                            "#n 1",
                            "LDS-01",
                            "Minor NC",
                            "A.7.9",
                            "Laptops taken home are not recorded on the off-site asset log.",
                            "Facilities Manager",
                        ],
                        &[
                            "#n 2",
                            "LDS-02",
                            "Minor NC",
                            "9.1",
                            "ISMS metrics are collected but not analysed or reported to management.",
                            "ISMS Manager",
                        ],
                        &[
                            "#n 3",
                            "LDS-03",
                            "OFI",
                            "A.5.1",
                            "Topic-specific policies could share one review calendar.",
                            "ISMS Manager",
                        ],
                    ],
                )
                .merged(0, 0, 0, 5),
                sheet(
                    "Rotterdam DC",
                    0,
                    0,
                    &[
                        &["Site: Rotterdam DC – audited 17/03/2026"],
                        &["No.", "NC ref", "Type", "ISO 27001 ref", "Details", "Auditee"],
                        &[
                            "#n 1",
                            "RTM-01",
                            "Major NC",
                            "A.7.2",
                            "Entry to the data hall is not logged: the badge reader log has been disabled since January.",
                            "Site Lead",
                        ],
                    ],
                )
                .merged(0, 0, 0, 5),
                sheet(
                    "Kraków SSC",
                    0,
                    0,
                    &[
                        &["Site: Kraków SSC – audited 18/03/2026"],
                        &["No.", "NC ref", "Type", "ISO 27001 ref", "Details", "Auditee"],
                        &[
                            "#n 1",
                            "KRK-01",
                            "Minor NC",
                            "A.6.1",
                            "Background checks are not performed for contractors.",
                            "HR Business Partner",
                        ],
                        &[
                            "#n 2",
                            "KRK-02",
                            "Observation",
                            "A.5.10",
                            "Staff print customer data on shared printers without secure release.",
                            "Office Manager",
                        ],
                    ],
                )
                .merged(0, 0, 0, 5),
            ]),
            expected: vec![
                finding("LDS-01", "minor", "A.7.9", "Laptops taken home"),
                finding("LDS-02", "minor", "9.1", "ISMS metrics are collected"),
                finding("LDS-03", "ofi", "A.5.1", "Topic-specific policies"),
                finding("RTM-01", "major", "A.7.2", "Entry to the data hall"),
                finding("KRK-01", "minor", "A.6.1", "Background checks"),
                finding("KRK-02", "observation", "A.5.10", "Staff print customer data"),
            ],
        },
        Layout {
            id: "ho2-jira-pipe-export",
            origin: "holdout 2: Jira issue export, `|`-separated: Issue key beside a numeric Issue id, the statement in Summary, a Priority that disagrees with the custom field holding the grade, the control custom field repeated as two columns (Jira's way with multi-value fields), Labels repeated, Assignee and Reporter both names, Jira dates (30/Apr/26)",
            file_name: "jira-isms-audit-findings.csv",
            bytes: delimited(
                &[
                    &[
                        "Issue key",
                        "Issue id",
                        "Summary",
                        "Issue Type",
                        "Status",
                        "Priority",
                        "Assignee",
                        "Reporter",
                        "Created",
                        "Updated",
                        "Due date",
                        "Labels",
                        "Labels",
                        "Custom field (Audit Finding Type)",
                        "Custom field (ISO 27001 Control)",
                        "Custom field (ISO 27001 Control)",
                        "Custom field (Audit)",
                    ],
                    &[
                        "ISMS-142",
                        "10412",
                        "Privileged access to the production database is not reviewed",
                        "Audit Finding",
                        "To Do",
                        "High",
                        "Badr Karim",
                        "Lena Fischer",
                        "20/Mar/26 9:14 AM",
                        "20/Mar/26 9:14 AM",
                        "30/Apr/26",
                        "audit-2026",
                        "iso27001",
                        "Major Nonconformity",
                        "A.8.2",
                        "",
                        "ISO 27001 Surveillance 2026",
                    ],
                    &[
                        "ISMS-143",
                        "10413",
                        "Backup restore tests are not documented for 2025",
                        "Audit Finding",
                        "In Progress",
                        "High",
                        "Head of IT Operations",
                        "Lena Fischer",
                        "20/Mar/26 9:20 AM",
                        "24/Mar/26 2:05 PM",
                        "31/May/26",
                        "audit-2026",
                        "iso27001",
                        "Minor Nonconformity",
                        "A.8.13",
                        "",
                        "ISO 27001 Surveillance 2026",
                    ],
                    &[
                        "ISMS-144",
                        "10414",
                        "Incident classification criteria are not applied by the service desk",
                        "Audit Finding",
                        "To Do",
                        "Medium",
                        "Martín Lombardi",
                        "Lena Fischer",
                        "20/Mar/26 9:31 AM",
                        "20/Mar/26 9:31 AM",
                        "31/May/26",
                        "audit-2026",
                        "iso27001",
                        "Minor Nonconformity",
                        "A.5.24",
                        "A.5.25",
                        "ISO 27001 Surveillance 2026",
                    ],
                    &[
                        "ISMS-145",
                        "10415",
                        "Runbooks for the payment service are out of date",
                        "Audit Finding",
                        "To Do",
                        "Low",
                        "",
                        "Lena Fischer",
                        "20/Mar/26 9:40 AM",
                        "20/Mar/26 9:40 AM",
                        "",
                        "audit-2026",
                        "",
                        "Observation",
                        "A.5.37",
                        "",
                        "ISO 27001 Surveillance 2026",
                    ],
                    &[
                        "ISMS-146",
                        "10416",
                        "Consider alerting on repeated failed MFA attempts",
                        "Audit Finding",
                        "Backlog",
                        "Lowest",
                        "",
                        "Lena Fischer",
                        "20/Mar/26 9:44 AM",
                        "20/Mar/26 9:44 AM",
                        "",
                        "audit-2026",
                        "",
                        "Opportunity for Improvement",
                        "A.8.16",
                        "",
                        "ISO 27001 Surveillance 2026",
                    ],
                ],
                '|',
            )
            .into_bytes(),
            expected: vec![
                finding("ISMS-142", "major", "A.8.2", "Privileged access to the production")
                    .owner("badr@acme.test"),
                finding("ISMS-143", "minor", "A.8.13", "Backup restore tests")
                    .owner("ops@acme.test"),
                finding("ISMS-144", "minor", "A.5.24, A.5.25", "Incident classification criteria")
                    .owner("martin@acme.test"),
                finding("ISMS-145", "observation", "A.5.37", "Runbooks for the payment"),
                finding("ISMS-146", "ofi", "A.8.16", "Consider alerting"),
            ],
        },
        Layout {
            id: "ho2-requirements-written-out",
            origin: "holdout 2: consultant's register whose requirement cells are written out in full (\"ISO/IEC 27001:2022 cl. 8.1\", \"Annex A control 5.23 (Information security for use of cloud services)\", \"cl. 7.2 / Annex A control 6.3 (...)\", \"Annex A controls 8.15 (Logging) and 8.16 (...)\"), requirement before grade, grades spelt out",
            file_name: "pre-assessment-findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Pre-assessment",
                0,
                0,
                &[
                    &["Finding ID", "Requirement reference", "Finding type", "Finding"],
                    &[
                        "F-2026-01",
                        "ISO/IEC 27001:2022 cl. 8.1",
                        "Minor nonconformity",
                        "Operational procedures for the outsourced payroll process are neither documented nor controlled.",
                    ],
                    &[
                        "F-2026-02",
                        "Annex A control 5.23 (Information security for use of cloud services)",
                        "Major nonconformity",
                        "No process exists to acquire, use, manage and exit cloud services, although 40 SaaS applications are in use.",
                    ],
                    &[
                        "F-2026-03",
                        "ISO/IEC 27001:2022 cl. 6.1.3 (d) and Annex A control 5.1 (Policies for information security)",
                        "Minor nonconformity",
                        "The Statement of Applicability does not justify the excluded controls, and the topic-specific policies were never approved.",
                    ],
                    &[
                        "F-2026-04",
                        "ISO/IEC 27001:2022 cl. 7.2 / Annex A control 6.3 (Information security awareness, education and training)",
                        "Minor nonconformity",
                        "Competence requirements and training records for the security team are missing.",
                    ],
                    &[
                        "F-2026-05",
                        "Annex A controls 8.15 (Logging) and 8.16 (Monitoring activities)",
                        "Observation",
                        "Application logs are kept but nobody is assigned to review them.",
                    ],
                    &[
                        "F-2026-06",
                        "ISO/IEC 27001:2022 cl. 9.1",
                        "Opportunity for improvement",
                        "Security metrics could be linked to the information security objectives.",
                    ],
                ],
            )]),
            expected: vec![
                finding("F-2026-01", "minor", "8.1", "Operational procedures"),
                finding("F-2026-02", "major", "A.5.23", "No process exists"),
                finding("F-2026-03", "minor", "6.1.3, A.5.1", "The Statement of Applicability"),
                finding("F-2026-04", "minor", "7.2, A.6.3", "Competence requirements"),
                finding("F-2026-05", "observation", "A.8.15, A.8.16", "Application logs"),
                finding("F-2026-06", "ofi", "9.1", "Security metrics could"),
            ],
        },
        Layout {
            id: "ho2-letter-grades-key-sheet",
            origin: "holdout 2: CB findings table graded by letters A / B / C / D explained on a \"Grading key\" sheet after it, a Clause column mixing bare clauses and A. controls, an evidence and a close-out column",
            file_name: "audit-findings-graded.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Findings",
                    0,
                    0,
                    &[
                        &[
                            "Item",
                            "Grade",
                            "Clause",
                            "Nonconformity / observation details",
                            "Evidence",
                            "Proposed close-out",
                        ],
                        &[
                            "FND-01",
                            "A",
                            "4.3",
                            "The ISMS scope does not mention the Dublin office, where customer support is delivered.",
                            "Scope statement v3; site visit.",
                            "#d 2026-04-20",
                        ],
                        &[
                            "FND-02",
                            "B",
                            "A.8.7",
                            "Anti-malware signatures on three build servers are more than 30 days old.",
                            "Console screenshot 18/03/2026.",
                            "#d 2026-05-20",
                        ],
                        &[
                            "FND-03",
                            "B",
                            "9.3",
                            "Management review minutes do not record decisions on resources.",
                            "Minutes of 02/12/2025.",
                            "#d 2026-05-20",
                        ],
                        &[
                            "FND-04",
                            "C",
                            "A.5.29",
                            "The business continuity plan does not say how security is kept during disruption.",
                            "BCP v5, section 4.",
                            "",
                        ],
                        &[
                            "FND-05",
                            "D",
                            "A.8.11",
                            "Test environments could use masked rather than copied production data.",
                            "",
                            "",
                        ],
                    ],
                ),
                sheet(
                    "Grading key",
                    0,
                    0,
                    &[
                        &["Grading key"],
                        &["A", "Major nonconformity: the absence or total breakdown of a system to meet a requirement"],
                        &["B", "Minor nonconformity: a single lapse in meeting a requirement"],
                        &["C", "Observation: not a nonconformity, but may lead to one if not addressed"],
                        &["D", "Opportunity for improvement"],
                    ],
                ),
            ]),
            expected: vec![
                finding("FND-01", "major", "4.3", "The ISMS scope does not"),
                finding("FND-02", "minor", "A.8.7", "Anti-malware signatures"),
                finding("FND-03", "minor", "9.3", "Management review minutes"),
                finding("FND-04", "observation", "A.5.29", "The business continuity plan"),
                finding("FND-05", "ofi", "A.8.11", "Test environments could"),
            ],
        },
    ]
}

/// A third holdout, written blind like the first two: from issue #12, the README's section on
/// importing registers and the helpers at the top of this file only, without reading the
/// importer or the rest of the corpus. It holds layouts certification bodies and companies
/// really send that the README does not describe: findings spread over several rows (a
/// statement continued below, an evidence row under each finding), a 28-column register with
/// its grade far right among dates, people and a risk rating, German, Italian, Spanish and
/// French reports in their bodies' own wording (all capitals, section rows with a strengths
/// section that holds no finding), an internal audit checklist whose conforming rows are no
/// findings, a tracker behind a cover sheet with a sheet of drop-down lists, a TSV with
/// multi-line cells, a CSV with a title and a trailing empty column, clauses typed as numbers,
/// German headers over English grades, and a block of label/value pairs above the table.
fn third_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho3-bsi-statement-continued-below",
            origin: "holdout 3: BSI-style assessment report findings table, each nonconformity followed by rows holding only \"Requirement: ...\" and \"Objective evidence: ...\" in the details column (other cells empty, not merged), a \"Standard\" column beside the \"Clause\" column, references like 2226534-202603-N1 / -I1, a statement that names a control it is not raised against",
            file_name: "BSI-Assessment-Report-Findings-2226534.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Assessment Report – Findings"],
                    &["Client: Northwind Analytics Ltd    Certificate: IS 771234    Visit: Recertification, 3–5 March 2026"],
                    &[""],
                    &[
                        "Finding Ref",
                        "Finding Grade",
                        "Standard",
                        "Clause",
                        "Finding Details",
                        "Response Due",
                    ],
                    &[
                        "2226534-202603-N1",
                        "Major",
                        "ISO/IEC 27001:2022",
                        "9.2",
                        "The internal audit programme has not been implemented as planned.",
                        "#d 2026-04-03",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "Requirement: The organization shall conduct internal audits at planned intervals.",
                        "",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "Objective evidence: The 2025 programme listed six audits; two were performed, none covering the data centre.",
                        "",
                    ],
                    &[
                        "2226534-202603-N2",
                        "Minor",
                        "ISO/IEC 27001:2022",
                        "A.5.19",
                        "Information security requirements have not been agreed with the cloud hosting supplier.",
                        "#d 2026-05-04",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "Objective evidence: The hosting contract signed in 2024 contains no security schedule.",
                        "",
                    ],
                    &[
                        "2226534-202603-N3",
                        "Minor",
                        "ISO/IEC 27001:2022",
                        "6.1.3",
                        "The Statement of Applicability does not justify the exclusion of control A.7.5.",
                        "#d 2026-05-04",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "Objective evidence: SoA v2.3, row A.7.5 marked \"excluded\" with no justification.",
                        "",
                    ],
                    &[
                        "2226534-202603-N4",
                        "Minor",
                        "ISO/IEC 27001:2022",
                        "A.8.13",
                        "Restores of backups are not tested.",
                        "#d 2026-05-04",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "Objective evidence: No restore test records for 2025 were available.",
                        "",
                    ],
                    &[
                        "2226534-202603-I1",
                        "Opportunity for Improvement",
                        "ISO/IEC 27001:2022",
                        "A.5.7",
                        "Threat intelligence from the sector CERT could be fed into the risk assessment.",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 5)
            .merged(1, 0, 1, 5)]),
            expected: vec![
                finding("2226534-202603-N1", "major", "9.2", "The internal audit programme"),
                finding("2226534-202603-N2", "minor", "A.5.19", "Information security requirements"),
                finding("2226534-202603-N3", "minor", "6.1.3", "The Statement of Applicability"),
                finding("2226534-202603-N4", "minor", "A.8.13", "Restores of backups"),
                finding("2226534-202603-I1", "ofi", "A.5.7", "Threat intelligence"),
            ],
        },
        Layout {
            id: "ho3-dnv-evidence-row-under-each",
            origin: "holdout 3: DNV-style audit findings table where every finding row is followed by an \"Evidence:\" row whose text is merged across the category, area, requirement and finding columns; requirements as \"ISO/IEC 27001:2022 A.5.18\" and \"ISO/IEC 27001:2022 clause 7.4\", an \"Area / Process\" column",
            file_name: "DNV_Audit_Findings_ISO27001_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Audit findings",
                0,
                0,
                &[
                    &["DNV Business Assurance – Audit findings – Periodic audit 1"],
                    &[""],
                    &[
                        "No.",
                        "Category",
                        "Area / Process",
                        "Requirement ref.",
                        "Finding",
                    ],
                    &[
                        "NC-01",
                        "Major",
                        "Risk management",
                        "ISO/IEC 27001:2022 clause 6.1.2",
                        "Risk owners have not been identified for the risks in the risk register.",
                    ],
                    &[
                        "Evidence:",
                        "Risk register v5 (January 2026): the owner column is empty for all 48 risks.",
                        "",
                        "",
                        "",
                    ],
                    &[
                        "NC-02",
                        "Minor",
                        "Access management",
                        "ISO/IEC 27001:2022 A.5.18",
                        "Access rights of leavers are not removed in a timely manner.",
                    ],
                    &[
                        "Evidence:",
                        "Two leavers of January 2026 still had active VPN accounts on 17 March 2026.",
                        "",
                        "",
                        "",
                    ],
                    &[
                        "OB-01",
                        "Observation",
                        "Change management",
                        "ISO/IEC 27001:2022 A.8.32",
                        "Emergency changes are approved after implementation without a documented time limit.",
                    ],
                    &[
                        "Evidence:",
                        "Change log February 2026: three emergency changes approved 4 to 9 days later.",
                        "",
                        "",
                        "",
                    ],
                    &[
                        "OFI-01",
                        "Opportunity for improvement",
                        "Communication",
                        "ISO/IEC 27001:2022 clause 7.4",
                        "The communication plan could name who communicates with authorities during an incident.",
                    ],
                    &[
                        "Evidence:",
                        "Communication plan v1.2, section 3.",
                        "",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 4)
            .merged(4, 1, 4, 4)
            .merged(6, 1, 6, 4)
            .merged(8, 1, 8, 4)
            .merged(10, 1, 10, 4)]),
            expected: vec![
                finding("NC-01", "major", "6.1.2", "Risk owners have not been identified"),
                finding("NC-02", "minor", "A.5.18", "Access rights of leavers"),
                finding("OB-01", "observation", "A.8.32", "Emergency changes are approved"),
                finding("OFI-01", "ofi", "7.4", "The communication plan could"),
            ],
        },
        Layout {
            id: "ho3-tuev-abweichungsbericht",
            origin: "holdout 3: German TÜV-style surveillance audit annex (Hauptabweichung / Nebenabweichung / Hinweis / Verbesserungspotenzial under \"Art der Feststellung\"), \"Lfd. Nr.\" numbers beside ids F-2026-01, \"Normkapitel\" holding \"Kap. 9.3\", \"A 5.23\", \"Anhang A, 8.8\", owners as a full name, a last name only one user has and a role",
            file_name: "Auditbericht_Anlage2_Feststellungen.xlsx",
            bytes: xlsx(vec![sheet(
                "Feststellungen",
                0,
                0,
                &[
                    &["Anlage 2 zum Auditbericht – Feststellungen"],
                    &["Auftrag-Nr.: 7091234567 | Auditart: Überwachungsaudit 1 | Norm: ISO/IEC 27001:2022 | Audittage: 09.–10.03.2026"],
                    &[""],
                    &[
                        "Lfd. Nr.",
                        "Feststellungs-Nr.",
                        "Normkapitel",
                        "Feststellung",
                        "Art der Feststellung",
                        "Verantwortlich (Kunde)",
                        "Frist Korrekturmaßnahme",
                    ],
                    &[
                        "#n 1",
                        "F-2026-01",
                        "Kap. 9.3",
                        "Die Managementbewertung 2025 enthält keine Bewertung der Informationssicherheitsleistung.",
                        "Nebenabweichung",
                        "Badr Karim",
                        "30.04.2026",
                    ],
                    &[
                        "#n 2",
                        "F-2026-02",
                        "A 5.23",
                        "Für die Nutzung von Cloud-Diensten sind keine Prozesse für Beschaffung, Nutzung und Beendigung festgelegt.",
                        "Hauptabweichung",
                        "IT-Leitung",
                        "17.04.2026",
                    ],
                    &[
                        "#n 3",
                        "F-2026-03",
                        "Anhang A, 8.8",
                        "Kritische Sicherheitsupdates werden auf den Produktionsservern bis zu 90 Tage verspätet eingespielt.",
                        "Nebenabweichung",
                        "Fischer",
                        "30.04.2026",
                    ],
                    &[
                        "#n 4",
                        "F-2026-04",
                        "7.5.3",
                        "Die Kennzeichnung dokumentierter Informationen externer Herkunft ist nicht einheitlich.",
                        "Hinweis",
                        "",
                        "",
                    ],
                    &[
                        "#n 5",
                        "F-2026-05",
                        "A.8.16",
                        "Die Auswertung der Firewall-Protokolle könnte automatisiert werden.",
                        "Verbesserungspotenzial",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 6)
            .merged(1, 0, 1, 6)]),
            expected: vec![
                finding("F-2026-01", "minor", "9.3", "Die Managementbewertung 2025")
                    .owner("badr@acme.test"),
                finding("F-2026-02", "major", "A.5.23", "Für die Nutzung von Cloud-Diensten")
                    .pending(&["IT-Leitung"]),
                finding("F-2026-03", "minor", "A.8.8", "Kritische Sicherheitsupdates")
                    .owner("lena.fischer@acme.test"),
                finding("F-2026-04", "observation", "7.5.3", "Die Kennzeichnung dokumentierter"),
                finding("F-2026-05", "ofi", "A.8.16", "Die Auswertung der Firewall-Protokolle"),
            ],
        },
        Layout {
            id: "ho3-certiquality-rilievi",
            origin: "holdout 3: Italian Certiquality-style renewal audit findings (NC maggiore / NC minore / Osservazione / Raccomandazione under \"Classificazione\"), ids \"NC 01/26\", \"Requisito norma\" holding \"punto 8.1\" (the clause, not control 8.1), \"All. A 8.13\", \"§ 7.3\", cause analysis and proposed corrective action columns, dd/mm/yyyy dates",
            file_name: "Rapporto_audit_rinnovo_rilievi.xlsx",
            bytes: xlsx(vec![sheet(
                "Rilievi",
                0,
                0,
                &[
                    &["RAPPORTO DI AUDIT – ELENCO DEI RILIEVI"],
                    &["Organizzazione: Adriatica Servizi Digitali S.r.l. – Norma: ISO/IEC 27001:2022 – Tipo di verifica: rinnovo"],
                    &[""],
                    &[
                        "N° rilievo",
                        "Classificazione",
                        "Requisito norma",
                        "Descrizione del rilievo",
                        "Evidenze oggettive",
                        "Analisi delle cause",
                        "Azione correttiva proposta",
                        "Responsabile",
                        "Data chiusura prevista",
                    ],
                    &[
                        "NC 01/26",
                        "NC maggiore",
                        "punto 8.1",
                        "Le azioni previste dal piano di trattamento del rischio non sono state attuate nei tempi stabiliti.",
                        "Piano di trattamento 2025: 7 azioni su 12 scadute senza riesame.",
                        "Mancanza di un referente per il monitoraggio del piano",
                        "Nomina di un referente e riesame mensile dello stato del piano",
                        "Badr Karim",
                        "15/05/2026",
                    ],
                    &[
                        "NC 02/26",
                        "NC minore",
                        "All. A 8.13",
                        "Non vengono eseguite prove periodiche di ripristino dei backup.",
                        "Nessuna registrazione di prove di ripristino nel 2025.",
                        "",
                        "",
                        "Responsabile IT",
                        "30/06/2026",
                    ],
                    &[
                        "NC 03/26",
                        "NC minore",
                        "A.5.29, A.5.30",
                        "Il piano di continuità non considera l'indisponibilità del fornitore di connettività.",
                        "Piano di continuità rev. 4 del 2024.",
                        "Analisi di impatto non aggiornata dopo il cambio di fornitore",
                        "Aggiornare la BIA e il piano di continuità",
                        "Martín Lombardi",
                        "30/06/2026",
                    ],
                    &[
                        "OSS 01/26",
                        "Osservazione",
                        "§ 7.3",
                        "Non tutto il personale intervistato conosce la politica per la sicurezza delle informazioni.",
                        "2 addetti su 6 intervistati al magazzino.",
                        "",
                        "",
                        "",
                        "",
                    ],
                    &[
                        "RAC 01/26",
                        "Raccomandazione",
                        "A.8.12",
                        "Si raccomanda di valutare l'adozione di strumenti di prevenzione della fuga di dati.",
                        "",
                        "",
                        "",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 8)
            .merged(1, 0, 1, 8)]),
            expected: vec![
                finding("NC 01/26", "major", "8.1", "Le azioni previste dal piano")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("NC 02/26", "minor", "A.8.13", "Non vengono eseguite prove")
                    .pending(&["Responsabile IT"]),
                finding("NC 03/26", "minor", "A.5.29, A.5.30", "Il piano di continuità")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("OSS 01/26", "observation", "7.3", "Non tutto il personale"),
                finding("RAC 01/26", "ofi", "A.8.12", "Si raccomanda di valutare"),
            ],
        },
        Layout {
            id: "ho3-aenor-mayusculas",
            origin: "holdout 3: Spanish AENOR-style findings sheet typed in capitals (NO CONFORMIDAD MAYOR / MENOR, OBSERVACIÓN, OPORTUNIDAD DE MEJORA), a \"Nº\" running number beside \"CÓDIGO\", requirements \"APDO. 6.1.2\", \"CONTROL A.5.23\", \"A.8.8 (ANTES A.12.6.1)\", \"APDO. 9.1 B)\", \"ANEXO A 5.7\", audit dates as date cells",
            file_name: "INFORME_AUDITORIA_HALLAZGOS.xlsx",
            bytes: xlsx(vec![sheet(
                "HALLAZGOS",
                0,
                0,
                &[
                    &[
                        "Nº",
                        "CÓDIGO",
                        "TIPO",
                        "APARTADO NORMA",
                        "DESCRIPCIÓN DEL HALLAZGO",
                        "EVIDENCIA",
                        "FECHA AUDITORÍA",
                    ],
                    &[
                        "#n 1",
                        "NC-01",
                        "NO CONFORMIDAD MAYOR",
                        "APDO. 6.1.2",
                        "No se han definido criterios de aceptación del riesgo.",
                        "Metodología de análisis de riesgos v1.0 sin umbral de aceptación.",
                        "#d 2026-03-10",
                    ],
                    &[
                        "#n 2",
                        "NC-02",
                        "NO CONFORMIDAD MENOR",
                        "CONTROL A.5.23",
                        "El uso de servicios en la nube no está sujeto a una evaluación de seguridad previa.",
                        "Alta de dos herramientas SaaS en 2025 sin evaluación.",
                        "#d 2026-03-10",
                    ],
                    &[
                        "#n 3",
                        "NC-03",
                        "NO CONFORMIDAD MENOR",
                        "A.8.8 (ANTES A.12.6.1)",
                        "Las vulnerabilidades críticas detectadas en los escaneos no se corrigen en el plazo definido.",
                        "Informe de escaneo de enero: 14 vulnerabilidades críticas abiertas más de 60 días.",
                        "#d 2026-03-11",
                    ],
                    &[
                        "#n 4",
                        "OBS-01",
                        "OBSERVACIÓN",
                        "APDO. 9.1 B)",
                        "Los métodos de seguimiento y medición no indican cuándo se analizan los resultados.",
                        "Cuadro de indicadores SGSI 2025.",
                        "#d 2026-03-11",
                    ],
                    &[
                        "#n 5",
                        "OM-01",
                        "OPORTUNIDAD DE MEJORA",
                        "ANEXO A 5.7",
                        "Se podría suscribir un servicio de inteligencia de amenazas del sector.",
                        "",
                        "#d 2026-03-11",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-01", "major", "6.1.2", "No se han definido criterios"),
                finding("NC-02", "minor", "A.5.23", "El uso de servicios en la nube"),
                finding("NC-03", "minor", "A.8.8", "Las vulnerabilidades críticas"),
                finding("OBS-01", "observation", "9.1", "Los métodos de seguimiento"),
                finding("OM-01", "ofi", "A.5.7", "Se podría suscribir"),
            ],
        },
        Layout {
            id: "ho3-afnor-sections-with-strengths",
            origin: "holdout 3: French AFNOR-style certification report where only section rows grade the findings (POINTS FORTS, ÉCARTS MAJEURS, ÉCARTS MINEURS, POINTS DE VIGILANCE, PISTES DE PROGRÈS, merged across the table), the strengths section's rows carrying ids and clauses like the findings but being none, \"Annexe A 5.15 et 5.18\", \"§ 7.5.3\"",
            file_name: "Rapport_audit_suivi_constats.xlsx",
            bytes: xlsx(vec![sheet(
                "Constats",
                0,
                0,
                &[
                    &["Rapport d'audit de suivi n°1 – ISO/IEC 27001:2022"],
                    &["Organisme audité : Armor Cloud SAS – Audit du 10/03/2026 au 12/03/2026"],
                    &[""],
                    &[
                        "N°",
                        "Chapitre / mesure",
                        "Constat",
                        "Preuves / éléments observés",
                    ],
                    &["POINTS FORTS", "", "", ""],
                    &[
                        "PF-1",
                        "§ 5.1",
                        "Fort engagement de la direction, visible dans les comités sécurité mensuels.",
                        "Comptes rendus des comités de janvier à mars 2026",
                    ],
                    &[
                        "PF-2",
                        "A.6.3",
                        "Programme de sensibilisation ludique et suivi individuel des participations.",
                        "Taux de participation de 96 %",
                    ],
                    &["ÉCARTS MAJEURS", "", "", ""],
                    &[
                        "EMA-1",
                        "§ 9.2",
                        "Le programme d'audit interne 2025 n'a pas été réalisé.",
                        "Aucun rapport d'audit interne depuis mars 2024",
                    ],
                    &["ÉCARTS MINEURS", "", "", ""],
                    &[
                        "EMI-1",
                        "Annexe A 5.15 et 5.18",
                        "Les droits d'accès à l'outil de paie ne sont pas revus périodiquement.",
                        "Dernière revue des habilitations : novembre 2024",
                    ],
                    &[
                        "EMI-2",
                        "A.8.7",
                        "L'antivirus n'est pas déployé sur quatre postes du site de Brest.",
                        "Console antivirus, extraction du 11/03/2026",
                    ],
                    &["POINTS DE VIGILANCE", "", "", ""],
                    &[
                        "PV-1",
                        "§ 7.5.3",
                        "La gestion des versions des procédures n'est pas homogène entre les services.",
                        "Procédures RH et IT sans historique des révisions",
                    ],
                    &["PISTES DE PROGRÈS", "", "", ""],
                    &[
                        "PP-1",
                        "A.5.7",
                        "Un abonnement à un flux de renseignement sur les menaces pourrait enrichir l'analyse de risques.",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 3)
            .merged(1, 0, 1, 3)
            .merged(4, 0, 4, 3)
            .merged(7, 0, 7, 3)
            .merged(9, 0, 9, 3)
            .merged(12, 0, 12, 3)
            .merged(14, 0, 14, 3)]),
            expected: vec![
                finding("EMA-1", "major", "9.2", "Le programme d'audit interne"),
                finding("EMI-1", "minor", "A.5.15, A.5.18", "Les droits d'accès"),
                finding("EMI-2", "minor", "A.8.7", "L'antivirus n'est pas déployé"),
                finding("PV-1", "observation", "7.5.3", "La gestion des versions"),
                finding("PP-1", "ofi", "A.5.7", "Un abonnement à un flux"),
            ],
        },
        Layout {
            id: "ho3-wide-register-28-columns",
            origin: "holdout 3: a company's findings register with 28 columns: the grade (\"Classification\") in the last column, an \"Audit ID\" repeated on every row before the \"Finding ID\", five date columns, four person columns (lead auditor, auditee, finding owner, verifier, the auditee and verifier being users too), a \"Risk Rating\" High/Medium/Low that disagrees with the grade, a clause title column, root cause, correction and corrective action",
            file_name: "ISMS_Audit_Findings_Register_FY2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &[
                        "Audit ID",
                        "Audit Type",
                        "Audit Date",
                        "Site",
                        "Department",
                        "Process",
                        "Lead Auditor",
                        "Auditee",
                        "Finding ID",
                        "Standard",
                        "Clause / Control",
                        "Clause Title",
                        "Finding Description",
                        "Objective Evidence",
                        "Risk Rating",
                        "Root Cause",
                        "Correction",
                        "Corrective Action",
                        "Finding Owner",
                        "Response Due",
                        "Target Date",
                        "Status",
                        "Closed On",
                        "Verified By",
                        "Verified On",
                        "Effectiveness Check",
                        "Comments",
                        "Classification",
                    ],
                    &[
                        "EXT-2026-01",
                        "Certification Stage 2",
                        "#d 2026-02-24",
                        "Leeds",
                        "IT",
                        "Vulnerability management",
                        "R. Okafor",
                        "Lena Fischer",
                        "F-2026-001",
                        "ISO/IEC 27001:2022",
                        "A.8.8",
                        "Management of technical vulnerabilities",
                        "Critical patches are not applied within the 14 days the patch policy requires.",
                        "Patch report February 2026: 23 of 140 servers miss critical patches older than 30 days.",
                        "High",
                        "No team owns patching of the Linux servers",
                        "The 23 servers were patched on 2026-03-02",
                        "Assign Linux patching to the platform team and report compliance weekly",
                        "Head of IT Operations",
                        "#d 2026-03-26",
                        "#d 2026-05-29",
                        "In progress",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "Minor NC",
                    ],
                    &[
                        "EXT-2026-01",
                        "Certification Stage 2",
                        "#d 2026-02-24",
                        "Leeds",
                        "Security",
                        "Risk management",
                        "R. Okafor",
                        "Badr Karim",
                        "F-2026-002",
                        "ISO/IEC 27001:2022",
                        "6.1.3",
                        "Information security risk treatment",
                        "The Statement of Applicability gives no justification for the excluded controls.",
                        "SoA v1.4: 9 controls excluded, justification column empty.",
                        "Medium",
                        "SoA template had no justification field",
                        "",
                        "Revise the SoA template and justify every exclusion",
                        "Martín Lombardi",
                        "#d 2026-03-26",
                        "#d 2026-04-24",
                        "Open",
                        "",
                        "",
                        "",
                        "",
                        "Raised as major at the closing meeting",
                        "Major NC",
                    ],
                    &[
                        "EXT-2026-01",
                        "Certification Stage 2",
                        "#d 2026-02-25",
                        "Leeds",
                        "IT",
                        "Asset management",
                        "R. Okafor",
                        "Lena Fischer",
                        "F-2026-003",
                        "ISO/IEC 27001:2022",
                        "A.5.9, A.5.10",
                        "Inventory of information and other associated assets; Acceptable use",
                        "Laptops issued to contractors are not recorded in the asset inventory.",
                        "Sample of 10 contractors: 4 laptops not in the CMDB.",
                        "Medium",
                        "",
                        "",
                        "",
                        "CISO + IT Asset Manager",
                        "#d 2026-03-26",
                        "#d 2026-05-29",
                        "Open",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "Minor NC",
                    ],
                    &[
                        "EXT-2026-01",
                        "Certification Stage 2",
                        "#d 2026-02-25",
                        "York",
                        "Security",
                        "Incident management",
                        "R. Okafor",
                        "Lena Fischer",
                        "F-2026-004",
                        "ISO/IEC 27001:2022",
                        "A.5.24",
                        "Information security incident management planning and preparation",
                        "The incident response plan has not been exercised since it was issued.",
                        "Plan v2.0 issued June 2025; no exercise records.",
                        "High",
                        "",
                        "",
                        "Run a tabletop exercise with the on-call teams",
                        "Badr Karim",
                        "",
                        "#d 2026-04-30",
                        "Closed",
                        "#d 2026-03-18",
                        "Lena Fischer",
                        "#d 2026-03-20",
                        "Effective",
                        "",
                        "Observation",
                    ],
                    &[
                        "EXT-2026-01",
                        "Certification Stage 2",
                        "#d 2026-02-25",
                        "York",
                        "Quality",
                        "Performance evaluation",
                        "R. Okafor",
                        "Badr Karim",
                        "F-2026-005",
                        "ISO/IEC 27001:2022",
                        "9.1",
                        "Monitoring, measurement, analysis and evaluation",
                        "ISMS metrics could be reported to the board with trends rather than monthly snapshots.",
                        "",
                        "Low",
                        "",
                        "",
                        "",
                        "Badr Karim",
                        "",
                        "",
                        "Open",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "OFI",
                    ],
                ],
            )]),
            expected: vec![
                finding("F-2026-001", "minor", "A.8.8", "Critical patches are not applied")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("F-2026-002", "major", "6.1.3", "The Statement of Applicability")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("F-2026-003", "minor", "A.5.9, A.5.10", "Laptops issued to contractors")
                    .pending(&["CISO", "IT Asset Manager"]),
                finding("F-2026-004", "observation", "A.5.24", "The incident response plan")
                    .owner("badr@acme.test"),
                finding("F-2026-005", "ofi", "9.1", "ISMS metrics could be reported")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho3-internal-checklist-results",
            origin: "holdout 3: an internal audit checklist of twelve questions, a \"Ref\" column Q01-Q12 on every row and a \"Finding No.\" only on the four findings, results C / OK / Conform / N/A / NC / OBS, the finding text in its own column beside the evidence seen, clauses \"7.2\" and \"5.2\" in a column that writes controls with \"A.\"",
            file_name: "Internal_Audit_Checklist_2026-Q1.xlsx",
            bytes: xlsx(vec![sheet(
                "Checklist",
                0,
                0,
                &[
                    &["ISMS internal audit checklist – Q1 2026 – Auditor: P. Novak – Auditee: IT department"],
                    &[""],
                    &[
                        "Ref",
                        "Clause / Control",
                        "Audit question",
                        "Evidence seen",
                        "Result",
                        "Finding No.",
                        "Finding",
                    ],
                    &[
                        "Q01",
                        "4.3",
                        "Is the ISMS scope documented and available?",
                        "ISMS scope v3.1 on the intranet",
                        "C",
                        "",
                        "",
                    ],
                    &[
                        "Q02",
                        "5.2",
                        "Is the information security policy approved by top management?",
                        "Policy signed by the CEO on 12.01.2026",
                        "OK",
                        "",
                        "",
                    ],
                    &[
                        "Q03",
                        "6.1.2",
                        "Is a risk assessment process defined and applied?",
                        "Risk methodology v2, risk register March 2026",
                        "Conform",
                        "",
                        "",
                    ],
                    &[
                        "Q04",
                        "7.2",
                        "Are competence requirements for ISMS roles defined?",
                        "Job descriptions of the security team",
                        "NC",
                        "IA-26-01",
                        "Competence requirements for the security analyst roles are not defined.",
                    ],
                    &[
                        "Q05",
                        "7.3",
                        "Are staff aware of the information security policy?",
                        "Interviews with 5 staff members",
                        "C",
                        "",
                        "",
                    ],
                    &[
                        "Q06",
                        "9.2",
                        "Is there an internal audit programme?",
                        "Audit programme 2026",
                        "C",
                        "",
                        "",
                    ],
                    &[
                        "Q07",
                        "A.5.9",
                        "Is an inventory of assets maintained?",
                        "CMDB export of 03/2026",
                        "OBS",
                        "IA-26-02",
                        "The CMDB does not record an owner for 12 % of the assets.",
                    ],
                    &[
                        "Q08",
                        "A.5.15",
                        "Are access control rules documented?",
                        "Access control policy v4",
                        "C",
                        "",
                        "",
                    ],
                    &[
                        "Q09",
                        "A.7.4",
                        "Is the site monitored for unauthorised physical access?",
                        "Servers hosted in a colocation centre; no own premises in scope",
                        "N/A",
                        "",
                        "",
                    ],
                    &[
                        "Q10",
                        "A.8.13",
                        "Are backups tested?",
                        "Backup job reports; no restore tests",
                        "NC",
                        "IA-26-03",
                        "Backup restore tests were not performed in 2025.",
                    ],
                    &[
                        "Q11",
                        "A.8.15",
                        "Are event logs produced and kept?",
                        "SIEM retention 12 months",
                        "OK",
                        "",
                        "",
                    ],
                    &[
                        "Q12",
                        "A.8.24",
                        "Are cryptographic keys managed?",
                        "Certificate inventory",
                        "OBS",
                        "IA-26-04",
                        "Renewal of the TLS certificates relies on one administrator's calendar reminder.",
                    ],
                ],
            )
            .merged(0, 0, 0, 6)]),
            expected: vec![
                finding("IA-26-01", "minor", "7.2", "Competence requirements"),
                finding("IA-26-02", "observation", "A.5.9", "The CMDB does not record"),
                finding("IA-26-03", "minor", "A.8.13", "Backup restore tests"),
                finding("IA-26-04", "observation", "A.8.24", "Renewal of the TLS certificates"),
            ],
        },
        Layout {
            id: "ho3-tracker-behind-cover-and-lists",
            origin: "holdout 3: a company's NC tracker workbook: a \"Cover\" sheet with a table of contents and instructions, the \"Tracker\" sheet, then a \"Lists\" sheet of drop-down values (grades, statuses, sources) that holds no finding; severities \"Maj.\", \"Min. \", \"Obs.\", \"OFI \" with full stops and trailing spaces, a \"Source\" column naming the audit, \"ISO ref\" cells \"A 5.23\", \"A.5.23 & A.5.30\", \"Cl. 9.1 b)\", \"Annex A / 8.16\", \"7.5.3 (2013: 7.5.3)\", owners as names, a role and a pair of roles",
            file_name: "NC_Tracker_ISO27001.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Cover",
                    0,
                    0,
                    &[
                        &["Nonconformity & Improvement Tracker"],
                        &["Maintained by the Information Security Office – version 4 – last updated 2026-03-21"],
                        &[""],
                        &["Contents"],
                        &["Sheet", "What it holds"],
                        &["Tracker", "All audit findings, external and internal, with their actions"],
                        &["Lists", "Drop-down values used in the tracker"],
                        &[""],
                        &["How to use"],
                        &["1. Add one row per finding; pick Severity and Status from the drop-downs."],
                        &["2. Update the status every week; closed items stay in the tracker."],
                    ],
                ),
                sheet(
                    "Tracker",
                    0,
                    0,
                    &[
                        &[
                            "NC #",
                            "Date raised",
                            "Raised by",
                            "Source",
                            "ISO ref",
                            "Description",
                            "Severity",
                            "Action owner",
                            "Due",
                            "Status",
                        ],
                        &[
                            "LR-01",
                            "#d 2026-03-12",
                            "LRQA",
                            "Surveillance audit 1",
                            "A 5.23",
                            "No security requirements are defined for the adoption of new SaaS tools.",
                            "Maj.",
                            "Badr Karim",
                            "#d 2026-04-30",
                            "Open",
                        ],
                        &[
                            "LR-02",
                            "#d 2026-03-12",
                            "LRQA",
                            "Surveillance audit 1",
                            "A.5.23 & A.5.30",
                            "Cloud services are not covered by the ICT continuity plan.",
                            "Min. ",
                            "Head of IT Operations",
                            "#d 2026-06-12",
                            "Open",
                        ],
                        &[
                            "LR-03",
                            "#d 2026-03-13",
                            "LRQA",
                            "Surveillance audit 1",
                            "Cl. 9.1 b)",
                            "The methods for monitoring the effectiveness of the ISMS are not documented.",
                            "Min.",
                            "GRC Lead + IT Admin",
                            "#d 2026-06-12",
                            "In progress",
                        ],
                        &[
                            "IA-07",
                            "#d 2026-01-20",
                            "Internal audit",
                            "Internal audit 2025",
                            "Annex A / 8.16",
                            "Alerts from the SIEM are not reviewed at weekends.",
                            "Obs.",
                            "Lena Fischer",
                            "#d 2026-03-31",
                            "Open",
                        ],
                        &[
                            "IA-08",
                            "#d 2026-01-20",
                            "Internal audit",
                            "Internal audit 2025",
                            "7.5.3 (2013: 7.5.3)",
                            "Document templates could carry a default classification label.",
                            "OFI ",
                            "",
                            "",
                            "Open",
                        ],
                    ],
                ),
                sheet(
                    "Lists",
                    0,
                    0,
                    &[
                        &["Severity", "Status", "Source"],
                        &["Maj.", "Open", "Certification audit"],
                        &["Min.", "In progress", "Surveillance audit 1"],
                        &["Obs.", "Closed", "Internal audit 2025"],
                        &["OFI", "", "Management review"],
                    ],
                ),
            ]),
            expected: vec![
                finding("LR-01", "major", "A.5.23", "No security requirements")
                    .owner("badr@acme.test"),
                finding("LR-02", "minor", "A.5.23, A.5.30", "Cloud services are not covered")
                    .owner("ops@acme.test"),
                finding("LR-03", "minor", "9.1", "The methods for monitoring")
                    .pending(&["GRC Lead", "IT Admin"]),
                finding("IA-07", "observation", "A.8.16", "Alerts from the SIEM")
                    .owner("lena.fischer@acme.test"),
                finding("IA-08", "ofi", "7.5.3", "Document templates could"),
            ],
        },
        Layout {
            id: "ho3-tsv-multiline-cells",
            origin: "holdout 3: a tab-separated UTF-8 export with quoted multi-line cells: two requirements on two lines of one cell, a SOC 2 criterion on the line below an Annex A control, statements with an \"Evidence:\" paragraph or a line break mid-sentence, owners as emails (one not a user) and a name, \"6.2\" in a column that writes controls with \"A.\", dd/mm/yyyy dates",
            file_name: "audit-findings-export.tsv",
            bytes: delimited(
                &[
                    &[
                        "Finding Ref",
                        "Type",
                        "Clause(s)",
                        "Finding",
                        "Auditor comments",
                        "Owner",
                        "Target date",
                    ],
                    &[
                        "ISMS-SA2-01",
                        "Minor Nonconformity",
                        "A.5.19\nA.5.20",
                        "Supplier agreements do not include information security requirements.\nEvidence: 3 of 5 contracts reviewed (hosting, payroll, helpdesk) have no security clauses.",
                        "Raised at the closing meeting.\nClient accepted.",
                        "badr@acme.test",
                        "31/05/2026",
                    ],
                    &[
                        "ISMS-SA2-02",
                        "Major Nonconformity",
                        "9.3",
                        "Management review has not been held since the previous audit.",
                        "",
                        "Head of IT Operations",
                        "30/04/2026",
                    ],
                    &[
                        "ISMS-SA2-03",
                        "Minor Nonconformity",
                        "A.8.5\nCC6.1",
                        "Multi-factor authentication is not enforced for the\nadministration console of the firewall.",
                        "Also relevant to the SOC 2 report.",
                        "j.meyer@client.example",
                        "31/05/2026",
                    ],
                    &[
                        "ISMS-SA2-04",
                        "Observation",
                        "6.2",
                        "Information security objectives have no measurable targets for 2026.",
                        "",
                        "Lena Fischer",
                        "",
                    ],
                    &[
                        "ISMS-SA2-05",
                        "Opportunity for Improvement",
                        "A.8.34",
                        "Vulnerability scans of production could be scheduled\noutside business hours.",
                        "",
                        "",
                        "",
                    ],
                ],
                '\t',
            )
            .into_bytes(),
            expected: vec![
                finding("ISMS-SA2-01", "minor", "A.5.19, A.5.20", "Supplier agreements do not include")
                    .owner("badr@acme.test"),
                finding("ISMS-SA2-02", "major", "9.3", "Management review has not been held")
                    .owner("ops@acme.test"),
                finding("ISMS-SA2-03", "minor", "A.8.5", "Multi-factor authentication is not enforced")
                    .pending(&["j.meyer@client.example"])
                    .others(&["CC6.1"]),
                finding("ISMS-SA2-04", "observation", "6.2", "Information security objectives")
                    .owner("lena.fischer@acme.test"),
                finding("ISMS-SA2-05", "ofi", "A.8.34", "Vulnerability scans of production"),
            ],
        },
        Layout {
            id: "ho3-sgs-csv-title-trailing-column",
            origin: "holdout 3: an SGS-style findings report saved by Excel as comma-separated UTF-8 CSV: a title line and a client line padded with commas, empty lines before the header, CRLF, every line ending in an empty trailing column; requirements written \"ISO 27001:2022 - Clause 5.3 Organizational roles, responsibilities and authorities\" and \"ISO 27001:2022 - A.5.9 Inventory of ...\", dates 20-Mar-2026",
            file_name: "SGS_Findings_Report_export.csv",
            bytes: format!(
                "{}\r\n",
                delimited(
                    &[
                        &["SGS - Audit Findings Report - ISO/IEC 27001:2022", "", "", "", "", "", "", ""],
                        &["Client: Harbour Freight Systems Ltd - Surveillance 2", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", ""],
                        &[
                            "Finding No.",
                            "Finding Type",
                            "Standard Requirement",
                            "Description of Nonconformity / Observation",
                            "Objective Evidence",
                            "Auditor",
                            "Date Raised",
                            "",
                        ],
                        &[
                            "NC1",
                            "Minor",
                            "ISO 27001:2022 - Clause 5.3 Organizational roles, responsibilities and authorities",
                            "The ISMS manager role has not been reassigned since the previous holder left.",
                            "Organisation chart dated 02/2026 shows the role vacant.",
                            "T. Hughes",
                            "20-Mar-2026",
                            "",
                        ],
                        &[
                            "NC2",
                            "Minor",
                            "ISO 27001:2022 - A.5.9 Inventory of information and other associated assets",
                            "Mobile devices used in the warehouse are not in the asset inventory.",
                            "12 handheld scanners seen, none listed in the inventory.",
                            "T. Hughes",
                            "20-Mar-2026",
                            "",
                        ],
                        &[
                            "NC3",
                            "Major",
                            "ISO 27001:2022 - Clause 10.2 Nonconformity and corrective action",
                            "Corrective actions for the nonconformities of the last audit have not been implemented.",
                            "NC1 and NC2 of 2025 still open, no root cause analysis.",
                            "T. Hughes",
                            "21-Mar-2026",
                            "",
                        ],
                        &[
                            "OBS1",
                            "Observation",
                            "ISO 27001:2022 - A.8.23 Web filtering",
                            "Web filtering categories have not been reviewed since 2023.",
                            "",
                            "T. Hughes",
                            "21-Mar-2026",
                            "",
                        ],
                        &[
                            "OFI1",
                            "Opportunity for Improvement",
                            "ISO 27001:2022 - Clause 6.3 Planning of changes",
                            "Changes to the ISMS could be recorded in a change log, with their purpose and consequences.",
                            "",
                            "T. Hughes",
                            "21-Mar-2026",
                            "",
                        ],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("NC1", "minor", "5.3", "The ISMS manager role"),
                finding("NC2", "minor", "A.5.9", "Mobile devices used in the warehouse"),
                finding("NC3", "major", "10.2", "Corrective actions for the nonconformities"),
                finding("OBS1", "observation", "A.8.23", "Web filtering categories"),
                finding("OFI1", "ofi", "6.3", "Changes to the ISMS could"),
            ],
        },
        Layout {
            id: "ho3-intertek-car-log-numeric-clauses",
            origin: "holdout 3: an Intertek-style CAR log whose \"Clause\" column holds clauses typed as numbers (9.2, 10.1, 4.2) beside controls typed as text (A.8.9, A.5.24), issue and due dates as date cells, containment, root cause and corrective action columns, an empty auditor verification column",
            file_name: "CAR_Log_ISO27001_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "CAR Log",
                0,
                0,
                &[
                    &["Corrective Action Request (CAR) Log – ISO/IEC 27001:2022 surveillance"],
                    &[""],
                    &[
                        "CAR No.",
                        "Issued",
                        "Severity",
                        "Clause",
                        "Nonconformity",
                        "Containment / Correction",
                        "Root Cause",
                        "Corrective Action",
                        "Responsible",
                        "Due Date",
                        "Auditor Verification",
                    ],
                    &[
                        "CAR-2603-01",
                        "#d 2026-03-05",
                        "Major",
                        "#n 9.2",
                        "No internal audit covered the Annex A controls in the last audit cycle.",
                        "Audit of the Annex A controls scheduled for April",
                        "The only internal auditor left in 2025",
                        "Contract an external internal auditor and train a second employee",
                        "Badr Karim",
                        "#d 2026-04-20",
                        "",
                    ],
                    &[
                        "CAR-2603-02",
                        "#d 2026-03-05",
                        "Minor",
                        "#n 10.1",
                        "Improvement actions decided at the last management review were not followed up.",
                        "",
                        "",
                        "",
                        "Martín Lombardi",
                        "#d 2026-05-29",
                        "",
                    ],
                    &[
                        "CAR-2603-03",
                        "#d 2026-03-06",
                        "Minor",
                        "A.8.9",
                        "Baseline configurations of the network switches are not documented.",
                        "",
                        "No configuration standard for network devices",
                        "Write and apply a hardening baseline for switches",
                        "Network Team",
                        "#d 2026-05-29",
                        "",
                    ],
                    &[
                        "CAR-2603-04",
                        "#d 2026-03-06",
                        "Minor",
                        "#n 4.2",
                        "The security requirements in customer contracts are not identified as requirements of interested parties.",
                        "",
                        "",
                        "",
                        "Lena Fischer",
                        "#d 2026-05-29",
                        "",
                    ],
                    &[
                        "CAR-2603-05",
                        "#d 2026-03-06",
                        "Observation",
                        "A.5.24",
                        "Roles in the incident procedure are named by person, not by function.",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 10)]),
            expected: vec![
                finding("CAR-2603-01", "major", "9.2", "No internal audit covered")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("CAR-2603-02", "minor", "10.1", "Improvement actions decided")
                    .owner("martin@acme.test"),
                finding("CAR-2603-03", "minor", "A.8.9", "Baseline configurations")
                    .pending(&["Network Team"])
                    .plan(true),
                finding("CAR-2603-04", "minor", "4.2", "The security requirements in customer")
                    .owner("lena.fischer@acme.test"),
                finding("CAR-2603-05", "observation", "A.5.24", "Roles in the incident procedure"),
            ],
        },
        Layout {
            id: "ho3-dekra-german-headers-english-grades",
            origin: "holdout 3: a DEKRA-style export as `;`-separated UTF-8 CSV with a BOM: German headers (\"Feststellungs-ID\", \"Einstufung\", \"Anforderung (Norm)\", \"Beschreibung der Feststellung\", \"Verantwortlich\", \"Termin\") over English grades in capitals and English statements, requirements \"ISO/IEC 27001:2022 Kap. 8.2\", \"A.8.8 (formerly A.12.6.1)\", \"7.5.3 (2013: 7.5.3)\", owners as emails (one not a user), dates 30.04.2026",
            file_name: "DEKRA_Feststellungen_Export.csv",
            bytes: {
                let mut bytes = vec![0xEF_u8, 0xBB, 0xBF];
                bytes.extend(
                    delimited(
                        &[
                            &[
                                "Feststellungs-ID",
                                "Einstufung",
                                "Anforderung (Norm)",
                                "Beschreibung der Feststellung",
                                "Nachweis",
                                "Maßnahme",
                                "Verantwortlich",
                                "Termin",
                            ],
                            &[
                                "DE-26-001",
                                "MAJOR NONCONFORMITY",
                                "ISO/IEC 27001:2022 Kap. 8.2",
                                "Information security risk assessments were not performed at planned intervals.",
                                "Last risk assessment dated 14.02.2024.",
                                "",
                                "badr@acme.test",
                                "30.04.2026",
                            ],
                            &[
                                "DE-26-002",
                                "MINOR NONCONFORMITY",
                                "A.8.8 (formerly A.12.6.1)",
                                "Vulnerability scans of the DMZ have not run since the scanner licence expired.",
                                "Scanner console: last scan 02.11.2025.",
                                "Renew licence; weekly scans",
                                "ops@acme.test",
                                "31.05.2026",
                            ],
                            &[
                                "DE-26-003",
                                "MINOR NONCONFORMITY",
                                "7.5.3 (2013: 7.5.3)",
                                "Obsolete versions of the ISMS procedures are still accessible on the shared drive.",
                                "Shared drive folder ISMS/old holds 14 superseded documents.",
                                "",
                                "k.weber@kunde.example",
                                "31.05.2026",
                            ],
                            &[
                                "DE-26-004",
                                "OBSERVATION",
                                "A.5.34",
                                "The records of processing activities are not linked to the asset inventory.",
                                "",
                                "",
                                "",
                                "",
                            ],
                            &[
                                "DE-26-005",
                                "OPPORTUNITY FOR IMPROVEMENT",
                                "A.6.8",
                                "The channel for reporting security events could be promoted on the intranet.",
                                "",
                                "",
                                "",
                                "",
                            ],
                        ],
                        ';',
                    )
                    .into_bytes(),
                );
                bytes
            },
            expected: vec![
                finding("DE-26-001", "major", "8.2", "Information security risk assessments")
                    .owner("badr@acme.test"),
                finding("DE-26-002", "minor", "A.8.8", "Vulnerability scans of the DMZ")
                    .owner("ops@acme.test"),
                finding("DE-26-003", "minor", "7.5.3", "Obsolete versions of the ISMS")
                    .pending(&["k.weber@kunde.example"]),
                finding("DE-26-004", "observation", "A.5.34", "The records of processing"),
                finding("DE-26-005", "ofi", "A.6.8", "The channel for reporting"),
            ],
        },
        Layout {
            id: "ho3-lrqa-label-block-above-table",
            origin: "holdout 3: an LRQA-style findings sheet whose table sits under a block of label/value pairs in two cells each (Client:, Standard:, Assessment type:, Assessment dates:, Lead assessor:, Report reference:), finding ids of digits and a dash (00419872-01), \"ISO 27001 clause / Annex A control\" holding \"Clause 5.3\", \"A.8.15 / A.8.16\", \"6.1.2 c)\", closure dates as date cells",
            file_name: "LRQA_Assessment_Findings_00419872.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Client:", "Harbourside Health Ltd"],
                    &["Standard:", "ISO/IEC 27001:2022"],
                    &["Assessment type:", "Reassessment"],
                    &["Assessment dates:", "09/03/2026 - 11/03/2026"],
                    &["Lead assessor:", "A. Whitfield"],
                    &["Report reference:", "LRQA-RA-00419872"],
                    &[""],
                    &[
                        "Finding ID",
                        "Finding Type",
                        "ISO 27001 clause / Annex A control",
                        "Finding",
                        "Objective evidence",
                        "Closure required by",
                    ],
                    &[
                        "00419872-01",
                        "Minor NC",
                        "Clause 5.3",
                        "Responsibilities for the ISMS were not reassigned after the reorganisation in January.",
                        "Organisation chart v7; the ISMS manager role is vacant.",
                        "#d 2026-05-10",
                    ],
                    &[
                        "00419872-02",
                        "Major NC",
                        "A.8.15 / A.8.16",
                        "Security logs of the patient portal are neither retained nor monitored.",
                        "Portal logs rotate after 24 hours; no alerting configured.",
                        "#d 2026-04-10",
                    ],
                    &[
                        "00419872-03",
                        "Minor NC",
                        "A.5.12",
                        "Patient correspondence exported to spreadsheets is not classified.",
                        "Three exports seen on a shared drive without a label.",
                        "#d 2026-05-10",
                    ],
                    &[
                        "00419872-04",
                        "Observation",
                        "6.1.2 c)",
                        "Risk owners are named for only part of the risks in the clinical systems register.",
                        "Clinical systems risk register, 11 of 30 risks without owner.",
                        "",
                    ],
                    &[
                        "00419872-05",
                        "Opportunity for Improvement",
                        "A.5.37",
                        "Operating procedures for the on-call team could be kept in one place.",
                        "",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("00419872-01", "minor", "5.3", "Responsibilities for the ISMS"),
                finding("00419872-02", "major", "A.8.15, A.8.16", "Security logs of the patient portal"),
                finding("00419872-03", "minor", "A.5.12", "Patient correspondence exported"),
                finding("00419872-04", "observation", "6.1.2", "Risk owners are named"),
                finding("00419872-05", "ofi", "A.5.37", "Operating procedures for the on-call"),
            ],
        },
    ]
}

/// A fourth holdout, written blind like the first three: from issue #12, the README's section on
/// importing registers and the helpers at the top of this file only, without reading the
/// importer or the rest of the corpus. It holds layouts that the README does not spell out:
/// findings numbered by report section (`1.1`, `2.1`) beside a clause column, grades coded by
/// case (`M`, `m`, `O`) and explained in a footnote, grades ticked in one of three columns
/// behind an audit plan sheet, a `;` CSV with decimal commas and quoted `;`, an integrated
/// register of ISO 27001, ISO 9001 and ISO 22301 findings, a SharePoint list export with its
/// internal column names, statements that start `Nonconformity:` beside a column of
/// requirement text, a header of two rows under `Finding` and `Action`, a table that starts in
/// column B above signatures, groups sorted by grade and graded on their first row only, a
/// three-column CSV with the requirement at the start of the details, a Portuguese and an
/// Italian report (the latter Excel's tab-delimited text in Windows-1252), and owners written
/// in capitals, as `Name <email>` and as `email (Name)`.
fn fourth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho4-section-dot-finding-numbers",
            origin: "holdout 4: a certification body's stage 2 findings table whose findings are numbered by report section (1.1, 2.1, 2.2, 3.1 as text), the grade only in numbered section rows merged across the table (\"1. Major nonconformities\"), a separate Clause column mixing A.-prefixed controls with bare clauses",
            file_name: "Stage2-Findings-Harbourline.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Audit Findings",
                    0,
                    0,
                    &[
                        &["Stage 2 Certification Audit – Findings"],
                        &["Organisation: Harbourline Logistics Ltd    Standard: ISO/IEC 27001:2022    Dates: 2–4 March 2026"],
                        &[""],
                        &["No.", "Clause", "Finding", "Objective evidence", "Auditee"],
                        &["1. Major nonconformities"],
                        &[
                            "1.1",
                            "9.2",
                            "No internal audit of the ISMS has been carried out since the scope was extended to the Felixstowe depot.",
                            "Audit programme 2025 lists the head office only; no audit reports for the depot.",
                            "ISMS Manager",
                        ],
                        &["2. Minor nonconformities"],
                        &[
                            "2.1",
                            "A.8.8",
                            "Critical patches for the warehouse management servers were applied 60 days after release.",
                            "Patch report of 14 February 2026; the patch policy requires 14 days.",
                            "IT Infrastructure",
                        ],
                        &[
                            "2.2",
                            "A.5.30",
                            "ICT continuity requirements have not been derived from the business impact analysis.",
                            "BIA v1.2 sets an RTO of 4 hours for dispatch; no ICT recovery plan exists.",
                            "IT Infrastructure",
                        ],
                        &[
                            "2.3",
                            "7.2",
                            "Competence records for the warehouse supervisors with administrator access are missing.",
                            "3 of 4 supervisors sampled had no training record.",
                            "HR",
                        ],
                        &["3. Opportunities for improvement"],
                        &[
                            "3.1",
                            "A.8.16",
                            "Alerts from the network monitoring tool could be routed to the on-call rota instead of a shared mailbox.",
                            "",
                            "IT Infrastructure",
                        ],
                    ],
                )
                .merged(0, 0, 0, 4)
                .merged(1, 0, 1, 4)
                .merged(4, 0, 4, 4)
                .merged(6, 0, 6, 4)
                .merged(10, 0, 10, 4),
            ]),
            expected: vec![
                finding("1.1", "major", "9.2", "No internal audit of the ISMS"),
                finding("2.1", "minor", "A.8.8", "Critical patches for the warehouse"),
                finding("2.2", "minor", "A.5.30", "ICT continuity requirements"),
                finding("2.3", "minor", "7.2", "Competence records for the warehouse"),
                finding("3.1", "ofi", "A.8.16", "Alerts from the network monitoring tool"),
            ],
        },
        Layout {
            id: "ho4-case-coded-type-footnote",
            origin: "holdout 4: a company's NC log graded in a column headed \"Type (M/m/O)\" with the single letters M, m and O, explained only by a footnote below the table, clauses written \"Cl. 8.2\", owners as \"Name <email>\" (one display name that differs from the user's)",
            file_name: "NC_Log_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "NC Log",
                0,
                0,
                &[
                    &["ISMS Nonconformity Log – external audit March 2026"],
                    &[""],
                    &[
                        "NC #",
                        "Date",
                        "Dept.",
                        "Clause / Control",
                        "Description of finding",
                        "Type (M/m/O)",
                        "Owner",
                        "Target date",
                    ],
                    &[
                        "NC-01",
                        "#d 2026-03-10",
                        "ISMS",
                        "Cl. 8.2",
                        "The information security risk assessment was not repeated after the move to the new data centre.",
                        "M",
                        "Badr Karim <badr@acme.test>",
                        "#d 2026-04-24",
                    ],
                    &[
                        "NC-02",
                        "#d 2026-03-10",
                        "IT",
                        "A.5.9",
                        "The asset inventory does not list the laptops issued to contractors.",
                        "m",
                        "IT Operations <ops@acme.test>",
                        "#d 2026-05-29",
                    ],
                    &[
                        "NC-03",
                        "#d 2026-03-11",
                        "Development",
                        "A.8.7",
                        "Anti-malware is disabled on two build servers.",
                        "m",
                        "Lena Fischer <lena.fischer@acme.test>",
                        "#d 2026-05-29",
                    ],
                    &[
                        "NC-04",
                        "#d 2026-03-11",
                        "ISMS",
                        "Cl. 10.2",
                        "Corrective actions from the 2025 audit are closed without a check of their effectiveness.",
                        "O",
                        "Badr Karim <badr@acme.test>",
                        "",
                    ],
                    &[""],
                    &["Type: M = major nonconformity, m = minor nonconformity, O = observation"],
                    &["Owners are accountable for closing the NC by the target date."],
                ],
            )]),
            expected: vec![
                finding("NC-01", "major", "8.2", "The information security risk assessment")
                    .owner("badr@acme.test"),
                finding("NC-02", "minor", "A.5.9", "The asset inventory does not list")
                    .owner("ops@acme.test"),
                finding("NC-03", "minor", "A.8.7", "Anti-malware is disabled")
                    .owner("lena.fischer@acme.test"),
                finding("NC-04", "observation", "10.2", "Corrective actions from the 2025 audit")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho4-ticked-grade-columns-behind-plan",
            origin: "holdout 4: a surveillance audit workbook whose first sheet is the audit plan (days, processes, clauses, auditors) and whose second holds the findings, graded by an X (once a lower-case x) in one of three columns headed Maj, Min and Obs, requirements written \"Control 8.20\" and \"Clause 5.3\", dates as Excel dates",
            file_name: "SA1-2026-audit-workbook.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Audit plan",
                    0,
                    0,
                    &[
                        &["Surveillance audit 1 – audit plan"],
                        &["Day", "Time", "Process / area", "Clauses / controls", "Auditor", "Auditee"],
                        &["#d 2026-03-03", "09:00", "Opening meeting", "", "R. Okafor", "Top management"],
                        &["#d 2026-03-03", "09:30", "Leadership and ISMS roles", "Clause 5.1, 5.3", "R. Okafor", "CEO, ISMS Manager"],
                        &["#d 2026-03-03", "11:00", "Human resources", "Control 6.1, 6.3", "R. Okafor", "HR Manager"],
                        &["#d 2026-03-03", "14:00", "Change management", "Control 8.19, 8.20, 8.32", "S. Lindqvist", "IT Operations"],
                        &["#d 2026-03-04", "09:00", "Facilities", "Control 7.1, 7.4", "S. Lindqvist", "Facilities"],
                        &["#d 2026-03-04", "11:00", "Secure development", "Control 8.25, 8.28", "S. Lindqvist", "Development"],
                        &["#d 2026-03-04", "15:00", "Closing meeting", "", "R. Okafor", "Top management"],
                    ],
                ),
                sheet(
                    "Findings",
                    0,
                    0,
                    &[
                        &["Surveillance audit 1 – summary of findings"],
                        &[""],
                        &["Ref", "Process", "Clause", "Maj", "Min", "Obs", "Finding", "Raised"],
                        &[
                            "SA1-01",
                            "Human resources",
                            "Control 6.1",
                            "",
                            "X",
                            "",
                            "Background checks were not completed for two administrators hired in 2025.",
                            "#d 2026-03-03",
                        ],
                        &[
                            "SA1-02",
                            "Change management",
                            "Control 8.20",
                            "X",
                            "",
                            "",
                            "The production network is not segregated from the guest Wi-Fi.",
                            "#d 2026-03-03",
                        ],
                        &[
                            "SA1-03",
                            "Leadership",
                            "Clause 5.3",
                            "",
                            "",
                            "X",
                            "The ISMS Manager's role description predates the 2024 reorganisation.",
                            "#d 2026-03-03",
                        ],
                        &[
                            "SA1-04",
                            "Facilities",
                            "Control 7.4",
                            "",
                            "x",
                            "",
                            "CCTV recordings of the server room are kept for 3 days instead of the 30 days the policy requires.",
                            "#d 2026-03-04",
                        ],
                        &[
                            "SA1-05",
                            "Secure development",
                            "Control 8.28",
                            "",
                            "",
                            "X",
                            "Secure coding guidelines do not yet cover the new mobile app framework.",
                            "#d 2026-03-04",
                        ],
                    ],
                )
                .merged(0, 0, 0, 7),
            ]),
            expected: vec![
                finding("SA1-01", "minor", "A.6.1", "Background checks were not completed"),
                finding("SA1-02", "major", "A.8.20", "The production network is not segregated"),
                finding("SA1-03", "observation", "5.3", "The ISMS Manager's role description"),
                finding("SA1-04", "minor", "A.7.4", "CCTV recordings of the server room"),
                finding("SA1-05", "observation", "A.8.28", "Secure coding guidelines"),
            ],
        },
        Layout {
            id: "ho4-semicolon-csv-decimal-scores",
            origin: "holdout 4: an internal audit export saved by a European Excel as UTF-8 CSV with a BOM, `;`-separated, English headers, a constant Audit ID column beside the finding numbers, quoted cells holding `;`, a risk score with decimal commas (9,2 / 6,1), owners as \"Last, First\", dates as 03-Mar-2026, a bare 8.3 in a column that writes controls with A.",
            file_name: "internal-audit-2026-02-findings.csv",
            bytes: format!(
                "\u{feff}{}\r\n",
                delimited(
                    &[
                        &[
                            "Audit ID",
                            "Finding No",
                            "Category",
                            "Standard clause",
                            "Finding description",
                            "Area",
                            "Risk score",
                            "Raised on",
                            "Responsible",
                        ],
                        &[
                            "ISMS-IA-2026-02",
                            "F-01",
                            "Major NC",
                            "A.8.2, A.8.18",
                            "Local administrator rights and system utilities are available to all service desk staff; no approval is recorded.",
                            "IT; Service Desk",
                            "9,2",
                            "03-Mar-2026",
                            "Karim, Badr",
                        ],
                        &[
                            "ISMS-IA-2026-02",
                            "F-02",
                            "Minor NC",
                            "A.5.31",
                            "The register of legal and contractual requirements has not been reviewed since 2023.",
                            "Legal; Compliance",
                            "6,1",
                            "03-Mar-2026",
                            "Fischer, Lena",
                        ],
                        &[
                            "ISMS-IA-2026-02",
                            "F-03",
                            "Minor NC",
                            "8.3",
                            "Risk treatment actions agreed in the 2025 risk assessment have not been implemented; 4 of 9 are still open.",
                            "ISMS",
                            "7,5",
                            "04-Mar-2026",
                            "Fischer, Lena",
                        ],
                        &[
                            "ISMS-IA-2026-02",
                            "F-04",
                            "OFI",
                            "A.5.36",
                            "Compliance checks of the firewall rules could be automated with the existing configuration tool.",
                            "Finance; Procurement",
                            "2,5",
                            "04-Mar-2026",
                            "",
                        ],
                    ],
                    ';',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("F-01", "major", "A.8.2, A.8.18", "Local administrator rights"),
                finding("F-02", "minor", "A.5.31", "The register of legal and contractual"),
                finding("F-03", "minor", "8.3", "Risk treatment actions agreed"),
                finding("F-04", "ofi", "A.5.36", "Compliance checks of the firewall rules"),
            ],
        },
        Layout {
            id: "ho4-integrated-27001-9001-22301",
            origin: "holdout 4: an integrated management system audit register listing ISO/IEC 27001, ISO 9001 and ISO 22301 findings in one table with a Standard column; the ISO 9001 and ISO 22301 rows cite their own clauses (9.2 and 8.4 read like an ISO 27001 clause and control), one row is raised against both ISO 27001 and ISO 9001 at their shared clause 7.5.3",
            file_name: "IMS-Audit-Findings-2026.xlsx",
            bytes: xlsx(vec![sheet(
                "IMS findings",
                0,
                0,
                &[
                    &["Integrated management system – certification audit findings"],
                    &[""],
                    &["Finding ID", "Standard", "Clause", "Grade", "Finding", "Process owner"],
                    &[
                        "IMS-01",
                        "ISO/IEC 27001:2022",
                        "A.5.30",
                        "Minor NC",
                        "ICT readiness for business continuity has not been tested for the ERP system.",
                        "IT Manager",
                    ],
                    &[
                        "IMS-02",
                        "ISO 9001:2015",
                        "8.4.1",
                        "Minor NC",
                        "Supplier evaluation criteria are not applied to the packaging suppliers added in 2025.",
                        "Purchasing Manager",
                    ],
                    &[
                        "IMS-03",
                        "ISO 22301:2019",
                        "8.4",
                        "Major NC",
                        "No business continuity plan exists for the Rotterdam warehouse.",
                        "Operations Director",
                    ],
                    &[
                        "IMS-04",
                        "ISO/IEC 27001:2022",
                        "6.1.2",
                        "Observation",
                        "Risk acceptance criteria are not applied consistently across the three sites.",
                        "ISMS Manager",
                    ],
                    &[
                        "IMS-05",
                        "ISO 9001:2015",
                        "9.2",
                        "OFI",
                        "Internal quality audits could be combined with the process walk-throughs of the production lines.",
                        "Quality Manager",
                    ],
                    &[
                        "IMS-06",
                        "ISO/IEC 27001:2022 / ISO 9001:2015",
                        "7.5.3",
                        "Minor NC",
                        "Obsolete versions of the dispatch procedures are in use at the Antwerp site.",
                        "Quality Manager",
                    ],
                ],
            )
            .merged(0, 0, 0, 5)]),
            expected: vec![
                finding("IMS-01", "minor", "A.5.30", "ICT readiness for business continuity"),
                finding("IMS-02", "minor", "", "Supplier evaluation criteria"),
                finding("IMS-03", "major", "", "No business continuity plan exists"),
                finding("IMS-04", "observation", "6.1.2", "Risk acceptance criteria"),
                finding("IMS-05", "ofi", "", "Internal quality audits could be combined"),
                finding("IMS-06", "minor", "7.5.3", "Obsolete versions of the dispatch procedures"),
            ],
        },
        Layout {
            id: "ho4-sharepoint-list-internal-names",
            origin: "holdout 4: a Microsoft Lists / SharePoint findings list exported as CSV by a flow, with internal column names (Title renamed \"Finding No.\" in the list but exported as Title, Finding_x0020_Type, Clause_x0020_Ref, Assigned_x0020_To), item IDs that are not a running number, a multi-choice clause column joined by \";#\", ISO timestamps, and Author/Editor columns naming a user on every row beside the assignee",
            file_name: "ISMS Findings.csv",
            bytes: delimited(
                &[
                    &[
                        "ID",
                        "Title",
                        "Finding_x0020_Type",
                        "Clause_x0020_Ref",
                        "Finding_x0020_Details",
                        "Assigned_x0020_To",
                        "Due_x0020_Date",
                        "Status",
                        "ContentType",
                        "Attachments",
                        "Created",
                        "Modified",
                        "Author",
                        "Editor",
                        "OData__UIVersionString",
                    ],
                    &[
                        "41",
                        "ISMS-F-2026-01",
                        "Minor Nonconformity",
                        "A.5.24;#A.5.26",
                        "The incident response procedure names no roles for out-of-hours incidents, and the January outage was handled without one.",
                        "Martín Lombardi",
                        "2026-04-30T07:00:00Z",
                        "Open",
                        "Item",
                        "False",
                        "2026-03-05T09:14:22Z",
                        "2026-03-06T11:02:10Z",
                        "Lena Fischer",
                        "Lena Fischer",
                        "2.0",
                    ],
                    &[
                        "42",
                        "ISMS-F-2026-02",
                        "Major Nonconformity",
                        "9.3",
                        "Management review has not considered the results of the 2025 risk assessment.",
                        "Badr Karim",
                        "2026-04-15T07:00:00Z",
                        "Open",
                        "Item",
                        "True",
                        "2026-03-05T09:20:41Z",
                        "2026-03-05T09:20:41Z",
                        "Lena Fischer",
                        "Lena Fischer",
                        "1.0",
                    ],
                    &[
                        "43",
                        "ISMS-F-2026-03",
                        "Minor Nonconformity",
                        "A.8.13",
                        "Backups of the HR database are not encrypted.",
                        "Priya Natarajan",
                        "2026-05-29T07:00:00Z",
                        "In Progress",
                        "Item",
                        "False",
                        "2026-03-05T09:31:07Z",
                        "2026-03-09T15:47:55Z",
                        "Lena Fischer",
                        "Badr Karim",
                        "3.0",
                    ],
                    &[
                        "47",
                        "ISMS-F-2026-04",
                        "Observation",
                        "A.5.12",
                        "Classification labels are applied to documents but not to e-mails.",
                        "",
                        "",
                        "Open",
                        "Item",
                        "False",
                        "2026-03-06T10:02:19Z",
                        "2026-03-06T10:02:19Z",
                        "Lena Fischer",
                        "Lena Fischer",
                        "1.0",
                    ],
                    &[
                        "48",
                        "ISMS-F-2026-05",
                        "Opportunity for Improvement",
                        "A.5.7",
                        "Threat intelligence feeds could be reviewed at the weekly security meeting.",
                        "",
                        "",
                        "Open",
                        "Item",
                        "False",
                        "2026-03-06T10:05:44Z",
                        "2026-03-06T10:05:44Z",
                        "Lena Fischer",
                        "Lena Fischer",
                        "1.0",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("ISMS-F-2026-01", "minor", "A.5.24, A.5.26", "The incident response procedure")
                    .owner("martin@acme.test"),
                finding("ISMS-F-2026-02", "major", "9.3", "Management review has not considered")
                    .owner("badr@acme.test"),
                finding("ISMS-F-2026-03", "minor", "A.8.13", "Backups of the HR database")
                    .pending(&["Priya Natarajan"]),
                finding("ISMS-F-2026-04", "observation", "A.5.12", "Classification labels")
                    .pending(&[]),
                finding("ISMS-F-2026-05", "ofi", "A.5.7", "Threat intelligence feeds"),
            ],
        },
        Layout {
            id: "ho4-prefixed-statements-requirement-text",
            origin: "holdout 4: an auditor's findings sheet where each statement starts with \"Nonconformity:\" or \"Finding:\", a column headed Requirement holds the text of the requirement (\"The organization shall ...\") and the clause or control is only in a \"Ref.\" column (one with a list letter, 6.1.3 c)), an ID column of identifiers, a Grade column, and an Auditor column naming the external auditor",
            file_name: "Findings_AcmeCorp_ISO27001_SA2.xlsx",
            bytes: xlsx(vec![sheet(
                "Sheet1",
                0,
                0,
                &[
                    &["ID", "Ref.", "Requirement", "Finding", "Grade", "Auditor"],
                    &[
                        "SA2-N01",
                        "6.1.3 c)",
                        "The organization shall define and apply an information security risk treatment process to compare the controls determined with those in Annex A and verify that no necessary controls have been omitted.",
                        "Nonconformity: The Statement of Applicability was not compared with the controls of the new risk treatment plan.",
                        "Minor",
                        "R. Okafor",
                    ],
                    &[
                        "SA2-N02",
                        "A.8.24",
                        "Rules for the effective use of cryptography, including cryptographic key management, should be defined and implemented.",
                        "Finding: Private keys of the customer portal certificate are stored on a shared drive readable by all developers.",
                        "Major",
                        "R. Okafor",
                    ],
                    &[
                        "SA2-N03",
                        "10.2",
                        "The organization shall retain documented information as evidence of the nature of the nonconformities and any subsequent actions taken, and the results of any corrective action.",
                        "Nonconformity: Two nonconformities from the internal audit have no record of the action taken.",
                        "Minor",
                        "S. Lindqvist",
                    ],
                    &[
                        "SA2-O01",
                        "7.3",
                        "Persons doing work under the organization's control shall be aware of the information security policy and their contribution to the effectiveness of the ISMS.",
                        "Finding: Awareness of the clear desk rule could be reinforced with short reminders on the intranet.",
                        "OFI",
                        "S. Lindqvist",
                    ],
                ],
            )]),
            expected: vec![
                finding("SA2-N01", "minor", "6.1.3", "Nonconformity: The Statement of Applicability"),
                finding("SA2-N02", "major", "A.8.24", "Finding: Private keys of the customer portal"),
                finding("SA2-N03", "minor", "10.2", "Nonconformity: Two nonconformities"),
                finding("SA2-O01", "ofi", "7.3", "Finding: Awareness of the clear desk rule"),
            ],
        },
        Layout {
            id: "ho4-two-row-header-finding-action",
            origin: "holdout 4: an internal audit register whose header has two rows, the upper merged into the groups Finding (No., Grade, Clause, Description) and Action (Corrective action, Owner, Due, Status), owners as \"email (Name)\", due dates as text 2026/04/15, an OFI with no action",
            file_name: "ISMS-Internal-Audit-Q1-2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &["Internal ISMS Audit Q1 2026 – Finding and Action Register"],
                    &[""],
                    &["Finding", "", "", "", "Action", "", "", ""],
                    &[
                        "No.",
                        "Grade",
                        "Clause",
                        "Description",
                        "Corrective action",
                        "Owner",
                        "Due",
                        "Status",
                    ],
                    &[
                        "Q1-01",
                        "Minor",
                        "4.3",
                        "The ISMS scope statement does not mention the Leeds office opened in 2025.",
                        "Update the scope statement and send it to the certification body.",
                        "lena.fischer@acme.test (Lena Fischer)",
                        "2026/04/15",
                        "In progress",
                    ],
                    &[
                        "Q1-02",
                        "Major",
                        "A.5.10",
                        "Customer data is copied to personal cloud storage by the sales team.",
                        "Block personal cloud storage on managed devices and brief the sales team.",
                        "badr@acme.test (Badr Karim)",
                        "2026/03/31",
                        "Open",
                    ],
                    &[
                        "Q1-03",
                        "Minor",
                        "A.8.9",
                        "Configuration baselines for the database servers are not documented.",
                        "Document the CIS-based baseline and check the servers against it.",
                        "ops@acme.test (IT Operations)",
                        "2026/05/29",
                        "Open",
                    ],
                    &[
                        "Q1-04",
                        "OFI",
                        "A.6.7",
                        "Remote working guidance could cover the use of public Wi-Fi.",
                        "",
                        "",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(2, 0, 2, 3)
            .merged(2, 4, 2, 7)]),
            expected: vec![
                finding("Q1-01", "minor", "4.3", "The ISMS scope statement").plan(true),
                finding("Q1-02", "major", "A.5.10", "Customer data is copied").plan(true),
                finding("Q1-03", "minor", "A.8.9", "Configuration baselines").plan(true),
                finding("Q1-04", "ofi", "A.6.7", "Remote working guidance"),
            ],
        },
        Layout {
            id: "ho4-starts-in-column-b-signed",
            origin: "holdout 4: a supplier-site audit report whose table starts in cell B4 (column A and row 1 empty), requirements written \"Annex A.5.23\" and \"Clause 10.1\", owners as roles and names, and a signature block below the table (Prepared by / Approved by, a user's name, a role in the grade column, a date)",
            file_name: "Supplier-Audit-Findings-CloudHost.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                1,
                1,
                &[
                    &["Supplier information security audit – CloudHost B.V."],
                    &[""],
                    &[
                        "Finding No.",
                        "Requirement",
                        "Grading",
                        "Finding",
                        "Agreed action",
                        "Responsible",
                        "Target",
                    ],
                    &[
                        "SUP-01",
                        "Annex A.5.23",
                        "Minor",
                        "The exit plan for the hosting service has not been tested.",
                        "Run a data export test with the supplier.",
                        "Head of IT Operations",
                        "#d 2026-05-15",
                    ],
                    &[
                        "SUP-02",
                        "Clause 10.1",
                        "Major",
                        "Security improvements agreed at the 2025 supplier review were not tracked by anyone.",
                        "Add supplier actions to the ISMS improvement log.",
                        "Badr Karim",
                        "#d 2026-04-10",
                    ],
                    &[
                        "SUP-03",
                        "Annex A.8.30",
                        "Minor",
                        "The supplier's offshore development team is not covered by the security requirements of the contract.",
                        "Amend the contract schedule.",
                        "Procurement Manager",
                        "#d 2026-06-30",
                    ],
                    &[
                        "SUP-04",
                        "Annex A.5.20",
                        "Observation",
                        "The right to audit is limited to one visit a year with 60 days' notice.",
                        "",
                        "",
                        "",
                    ],
                    &[""],
                    &[""],
                    &["Prepared by:", "Lena Fischer", "Lead Auditor", "", "", "Date:", "#d 2026-03-06"],
                    &["Approved by:", "Badr Karim", "CISO", "", "", "Date:", "#d 2026-03-09"],
                ],
            )
            .merged(1, 1, 1, 7)]),
            expected: vec![
                finding("SUP-01", "minor", "A.5.23", "The exit plan for the hosting service")
                    .owner("ops@acme.test"),
                finding("SUP-02", "major", "10.1", "Security improvements agreed")
                    .owner("badr@acme.test"),
                finding("SUP-03", "minor", "A.8.30", "The supplier's offshore development team")
                    .pending(&["Procurement Manager"]),
                finding("SUP-04", "observation", "A.5.20", "The right to audit is limited")
                    .pending(&[]),
            ],
        },
        Layout {
            id: "ho4-sorted-by-grade-first-row-only",
            origin: "holdout 4: a findings sheet sorted by grade, the groups separated by a blank row with no section titles, the category written only on the first row of each group (the references out of order), a bare 8.1 in a column that writes controls with A.",
            file_name: "surveillance-2026-findings-by-category.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Reference", "Category", "ISO 27001:2022 ref", "Detail", "Site"],
                    &[
                        "SA-2026-04",
                        "Major",
                        "8.1",
                        "Operational changes to the payment platform are made without the planned controls being applied.",
                        "Leeds",
                    ],
                    &[""],
                    &[
                        "SA-2026-01",
                        "Minor",
                        "A.7.4",
                        "The CCTV of the loading bay has not worked since January.",
                        "Leeds",
                    ],
                    &[
                        "SA-2026-02",
                        "",
                        "A.5.34",
                        "Personal data of drivers is kept longer than the retention schedule allows.",
                        "Hull",
                    ],
                    &[
                        "SA-2026-06",
                        "",
                        "A.8.15",
                        "Logs of the customer portal are overwritten after 48 hours.",
                        "Leeds",
                    ],
                    &[""],
                    &[
                        "SA-2026-03",
                        "OFI",
                        "A.8.23",
                        "Web filtering categories could be reviewed with the HR team.",
                        "Hull",
                    ],
                    &[
                        "SA-2026-05",
                        "",
                        "A.5.37",
                        "Operating procedures for the night shift could be published on the intranet.",
                        "Leeds",
                    ],
                ],
            )]),
            expected: vec![
                finding("SA-2026-04", "major", "8.1", "Operational changes to the payment platform"),
                finding("SA-2026-01", "minor", "A.7.4", "The CCTV of the loading bay"),
                finding("SA-2026-02", "minor", "A.5.34", "Personal data of drivers"),
                finding("SA-2026-06", "minor", "A.8.15", "Logs of the customer portal"),
                finding("SA-2026-03", "ofi", "A.8.23", "Web filtering categories"),
                finding("SA-2026-05", "ofi", "A.5.37", "Operating procedures for the night shift"),
            ],
        },
        Layout {
            id: "ho4-three-column-csv-requirement-in-details",
            origin: "holdout 4: a very short register of a small company, two findings in a three-column CSV (ID,Type,Details), ids written like a year and month (2026-01), the requirement and its title at the start of the details cell (\"A.5.15 – Access control: ...\", \"Clause 6.1.3 – ...\")",
            file_name: "findings.csv",
            bytes: delimited(
                &[
                    &["ID", "Type", "Details"],
                    &[
                        "2026-01",
                        "Minor NC",
                        "A.5.15 – Access control: Access rights of leavers are not removed within the 24 hours the access policy requires; 3 of 12 leavers sampled still had VPN accounts.",
                    ],
                    &[
                        "2026-02",
                        "Observation",
                        "Clause 6.1.3 – Information security risk treatment: The risk treatment plan has no target dates for the accepted actions.",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("2026-01", "minor", "A.5.15", "A.5.15 – Access control: Access rights of leavers"),
                finding("2026-02", "observation", "6.1.3", "Clause 6.1.3 – Information security risk treatment"),
            ],
        },
        Layout {
            id: "ho4-portuguese-achado",
            origin: "holdout 4: a Portuguese (Portugal) certification report's findings table: Achado as the statement, Classificação with Não conformidade maior / menor, Observação and Oportunidade de melhoria, Requisito written \"Cláusula 9.1\", \"Controlo A.5.14\", \"Anexo A 8.9\", owners as names (one not a user), deadlines as Excel dates",
            file_name: "Relatorio-Auditoria-Constatacoes.xlsx",
            bytes: xlsx(vec![sheet(
                "Constatações",
                0,
                0,
                &[
                    &["Relatório de auditoria de certificação – Fase 2 – Constatações"],
                    &[""],
                    &[
                        "N.º",
                        "Requisito",
                        "Achado",
                        "Classificação",
                        "Evidência",
                        "Responsável",
                        "Prazo",
                    ],
                    &[
                        "AC-01",
                        "Cláusula 9.1",
                        "Os indicadores de desempenho do SGSI não são medidos nem analisados.",
                        "Não conformidade menor",
                        "Não existe relatório de indicadores de 2025.",
                        "Martín Lombardi",
                        "#d 2026-05-29",
                    ],
                    &[
                        "AC-02",
                        "Controlo A.5.14",
                        "A transferência de dados de clientes para o parceiro logístico é feita por e-mail sem cifragem.",
                        "Não conformidade maior",
                        "E-mails de 12 e 19 de fevereiro com ficheiros de clientes em anexo.",
                        "Badr Karim",
                        "#d 2026-04-17",
                    ],
                    &[
                        "AC-03",
                        "Anexo A 8.9",
                        "As configurações de referência dos servidores não estão documentadas.",
                        "Observação",
                        "",
                        "Ana Sousa",
                        "#d 2026-06-30",
                    ],
                    &[
                        "AC-04",
                        "Cláusula 7.4",
                        "Poderia ser definido um plano de comunicação interna para o SGSI.",
                        "Oportunidade de melhoria",
                        "",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 6)]),
            expected: vec![
                finding("AC-01", "minor", "9.1", "Os indicadores de desempenho do SGSI")
                    .owner("martin@acme.test"),
                finding("AC-02", "major", "A.5.14", "A transferência de dados de clientes")
                    .owner("badr@acme.test"),
                finding("AC-03", "observation", "A.8.9", "As configurações de referência")
                    .pending(&["Ana Sousa"]),
                finding("AC-04", "ofi", "7.4", "Poderia ser definido um plano"),
            ],
        },
        Layout {
            id: "ho4-italian-rilievi-tab-text-1252",
            origin: "holdout 4: an Italian register saved by Excel as \"Text (Tab delimited)\" (.txt, Windows-1252): Rilievo both in the number's header (N. rilievo) and as the statement's, Tipo with NC maggiore / NC minore / Osservazione / Opportunità di miglioramento, Riferimento norma written \"punto 7.5.3\", \"Allegato A 8.12\", \"punto 8.1\", dd/mm/yyyy dates",
            file_name: "Rilievi_audit_2026.txt",
            bytes: windows_1252(&delimited(
                &[
                    &[
                        "N. rilievo",
                        "Tipo",
                        "Riferimento norma",
                        "Rilievo",
                        "Evidenze",
                        "Funzione responsabile",
                        "Data chiusura prevista",
                    ],
                    &[
                        "R1",
                        "NC minore",
                        "punto 7.5.3",
                        "Le procedure del SGSI in uso presso il reparto logistica non riportano la revisione vigente.",
                        "Procedura PR-07 rev. 2 in uso, rev. 4 approvata il 10/01/2026.",
                        "Responsabile Qualità",
                        "30/04/2026",
                    ],
                    &[
                        "R2",
                        "NC maggiore",
                        "Allegato A 8.12",
                        "Non sono presenti misure per prevenire la fuga di dati verso supporti rimovibili.",
                        "Porte USB abilitate su tutte le postazioni dell'amministrazione.",
                        "Responsabile IT",
                        "31/03/2026",
                    ],
                    &[
                        "R3",
                        "Osservazione",
                        "punto 8.1",
                        "La pianificazione e il controllo dei processi operativi non sono documentati per il nuovo data center.",
                        "",
                        "Responsabile IT",
                        "",
                    ],
                    &[
                        "R4",
                        "Opportunità di miglioramento",
                        "A.6.3",
                        "Il programma di formazione sulla sicurezza potrebbe includere simulazioni di phishing.",
                        "",
                        "Ufficio Personale",
                        "",
                    ],
                ],
                '\t',
            )),
            expected: vec![
                finding("R1", "minor", "7.5.3", "Le procedure del SGSI in uso"),
                finding("R2", "major", "A.8.12", "Non sono presenti misure"),
                finding("R3", "observation", "8.1", "La pianificazione e il controllo"),
                finding("R4", "ofi", "A.6.3", "Il programma di formazione"),
            ],
        },
        Layout {
            id: "ho4-nc-ofi-severity-owner-spellings",
            origin: "holdout 4: a register graded by two columns, \"NC/OFI\" (NC or OFI) and Severity (Major or Minor, empty for OFIs), owners written in capitals, as \"email (Name)\" and as \"Name <email>\", one not a user, dates as text \"March 3rd, 2026\", a bare 6.2 in a column that writes controls with A.",
            file_name: "Cert-Audit-2026-NC-OFI-Register.xlsx",
            bytes: xlsx(vec![sheet(
                "NC-OFI",
                0,
                0,
                &[
                    &[
                        "Finding ref",
                        "NC/OFI",
                        "Severity",
                        "Control",
                        "Finding",
                        "Owner",
                        "Raised",
                    ],
                    &[
                        "SR-01",
                        "NC",
                        "Major",
                        "A.8.32",
                        "Changes to the firewall rule base are made without approval.",
                        "LENA FISCHER",
                        "March 3rd, 2026",
                    ],
                    &[
                        "SR-02",
                        "NC",
                        "Minor",
                        "6.2",
                        "Information security objectives are not measurable and have no owner.",
                        "badr@acme.test (Badr Karim)",
                        "March 3rd, 2026",
                    ],
                    &[
                        "SR-03",
                        "OFI",
                        "",
                        "A.6.3",
                        "Induction training could include a short module on reporting phishing.",
                        "HEAD OF IT OPERATIONS",
                        "March 4th, 2026",
                    ],
                    &[
                        "SR-04",
                        "NC",
                        "Minor",
                        "A.5.9",
                        "Network devices at the Hull site are missing from the asset inventory.",
                        "J. NOWAK",
                        "March 4th, 2026",
                    ],
                    &[
                        "SR-05",
                        "OFI",
                        "",
                        "A.8.10",
                        "Test data on decommissioned laptops could be wiped with the same tool as production data.",
                        "Martín Lombardi <martin@acme.test>",
                        "March 5th, 2026",
                    ],
                ],
            )]),
            expected: vec![
                finding("SR-01", "major", "A.8.32", "Changes to the firewall rule base")
                    .owner("lena.fischer@acme.test"),
                finding("SR-02", "minor", "6.2", "Information security objectives")
                    .owner("badr@acme.test"),
                finding("SR-03", "ofi", "A.6.3", "Induction training could include")
                    .owner("ops@acme.test"),
                finding("SR-04", "minor", "A.5.9", "Network devices at the Hull site")
                    .pending(&["J. NOWAK"]),
                finding("SR-05", "ofi", "A.8.10", "Test data on decommissioned laptops")
                    .owner("martin@acme.test"),
            ],
        },
    ]
}

/// What is wrong with a preview against what a person reads off the file.
fn fifth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho5-de-semicolon-multiline-csv",
            origin: "holdout 5: a German certification body's findings exported from Excel as a `;`-separated CSV in Windows-1252, a title line and a blank line above the header, statements quoted over several lines (evidence on the second line, one with a `;` inside), grades Hauptabweichung / Nebenabweichung / Hinweis / Verbesserungspotenzial, requirements `Kap. 9.2`, `Kap. 6.1.3 d)` and `A.8.8`, one statement naming another control, dates as 30.04.2026 text, one owner no user has and one left empty",
            file_name: "Feststellungen_Rezertifizierung_2026.csv",
            bytes: windows_1252(&delimited(
                &[
                    &["Auditbericht ISO/IEC 27001:2022 - Rezertifizierungsaudit - Brandt Logistik GmbH"],
                    &[""],
                    &["Nr.", "Normabschnitt", "Feststellung", "Bewertung", "Verantwortlich", "Frist", "Status"],
                    &[
                        "F-01",
                        "Kap. 9.2",
                        "Für den Standort Leipzig wurde seit der Erweiterung des Geltungsbereichs kein internes Audit durchgeführt.\nNachweis: Auditprogramm 2025, Rev. 2.",
                        "Hauptabweichung",
                        "Badr Karim",
                        "30.04.2026",
                        "offen",
                    ],
                    &[
                        "F-02",
                        "A.8.8",
                        "Sicherheitsupdates für die Lagerverwaltungsserver wurden erst 45 Tage nach Veröffentlichung eingespielt.\nDie Patchrichtlinie fordert 14 Tage.\nStichprobe: 3 von 5 Servern.",
                        "Nebenabweichung",
                        "Lena Fischer",
                        "29.05.2026",
                        "in Bearbeitung",
                    ],
                    &[
                        "F-03",
                        "Kap. 6.1.3 d)",
                        "Die Erklärung zur Anwendbarkeit begründet den Ausschluss von A.8.28 nicht.\nNachweis: SoA Version 4 vom 02.02.2026.",
                        "Nebenabweichung",
                        "Badr Karim",
                        "29.05.2026",
                        "offen",
                    ],
                    &[
                        "F-04",
                        "A.7.4",
                        "Die Videoaufzeichnungen am Rolltor werden nur 48 Stunden aufbewahrt;\nein Abgleich mit den Zutrittsprotokollen ist so kaum möglich.",
                        "Hinweis",
                        "Jonas Weber",
                        "",
                        "offen",
                    ],
                    &[
                        "F-05",
                        "A.5.23",
                        "Für die genutzten Cloud-Dienste könnte ein zentrales Register der Verträge und Verantwortlichen geführt werden.",
                        "Verbesserungspotenzial",
                        "",
                        "",
                        "",
                    ],
                ],
                ';',
            )),
            expected: vec![
                finding("F-01", "major", "9.2", "Für den Standort Leipzig wurde")
                    .owner("badr@acme.test"),
                finding("F-02", "minor", "A.8.8", "Sicherheitsupdates für die Lager")
                    .owner("lena.fischer@acme.test"),
                finding("F-03", "minor", "6.1.3", "Die Erklärung zur Anwendbarkeit")
                    .owner("badr@acme.test"),
                finding("F-04", "observation", "A.7.4", "Die Videoaufzeichnungen am Rolltor")
                    .pending(&["Jonas Weber"]),
                finding("F-05", "ofi", "A.5.23", "Für die genutzten Cloud-Dienste")
                    .pending(&[]),
            ],
        },
        Layout {
            id: "ho5-finding-blocks-one-sheet",
            origin: "holdout 5: a certification body's findings report on one sheet in two columns (label, value): an audit header (Client, Standard, dates, lead auditor), then per finding a block of rows `Finding no.`, `Requirement:`, `Finding:`, sometimes `Objective evidence:`, `Grade:`, blocks separated by blank rows, requirements as `ISO/IEC 27001:2022 clause 6.1.2` and `Annex A 5.15, 5.18`, a signature block under the last finding",
            file_name: "Kestrel_Stage2_Findings_Report.xlsx",
            bytes: xlsx(vec![sheet(
                "NC Report",
                0,
                0,
                &[
                    &["Stage 2 audit – Findings report"],
                    &["Client:", "Kestrel Analytics Ltd"],
                    &["Standard:", "ISO/IEC 27001:2022"],
                    &["Audit dates:", "10–12 March 2026"],
                    &["Lead auditor:", "Priya Raman"],
                    &[""],
                    &["Finding no.", "KA-01"],
                    &["Requirement:", "ISO/IEC 27001:2022 clause 6.1.2"],
                    &["Finding:", "Risk owners have not been identified for the risks in the risk register; the register names departments only."],
                    &["Grade:", "Minor nonconformity"],
                    &[""],
                    &["Finding no.", "KA-02"],
                    &["Requirement:", "Annex A 5.15, 5.18"],
                    &["Finding:", "Three leavers from the finance team still had active VPN accounts six weeks after their last day."],
                    &["Objective evidence:", "HR leavers list January 2026 compared with the VPN user export of 11 March 2026."],
                    &["Grade:", "Major nonconformity"],
                    &[""],
                    &["Finding no.", "KA-03"],
                    &["Requirement:", "ISO/IEC 27001:2022 clause 9.3.2"],
                    &["Finding:", "The inputs to the management review of November 2025 did not include the status of the risk treatment plan."],
                    &["Objective evidence:", "Management review minutes MR-2025-02, agenda items 1 to 7."],
                    &["Grade:", "Minor nonconformity"],
                    &[""],
                    &["Finding no.", "KA-04"],
                    &["Requirement:", "Annex A 5.7"],
                    &["Finding:", "Threat intelligence is collected by the SOC provider but not passed on to the ISMS team."],
                    &["Grade:", "Observation"],
                    &[""],
                    &["Finding no.", "KA-05"],
                    &["Requirement:", "Annex A 8.16"],
                    &["Finding:", "Correlating the firewall and endpoint logs in the SIEM would shorten the time to detect."],
                    &["Grade:", "Opportunity for improvement"],
                    &[""],
                    &["Auditor signature:", "Priya Raman"],
                    &["Date:", "#d 2026-03-12"],
                ],
            )]),
            expected: vec![
                finding("KA-01", "minor", "6.1.2", "Risk owners have not been identified"),
                finding("KA-02", "major", "A.5.15, A.5.18", "Three leavers from the finance team"),
                finding("KA-03", "minor", "9.3.2", "The inputs to the management review"),
                finding("KA-04", "observation", "A.5.7", "Threat intelligence is collected"),
                finding("KA-05", "ofi", "A.8.16", "Correlating the firewall and endpoint"),
            ],
        },
        Layout {
            id: "ho5-gsheets-emoji-grades",
            origin: "holdout 5: a Google Sheets tracker downloaded as xlsx: an emoji title row merged across the table and a 'last updated' line above the header, a `#` running number beside the finding ids, grades written with a coloured emoji in front (`🔴 Major NC`, `🟠 Minor NC`, `🔵 Observation`, `💡 OFI`), a status column with the same coloured emoji (`🔴 Open`), a TRUE/FALSE checkbox column, owners as emails, names and one name no user has",
            file_name: "ISO 27001 Audit 2026 - Findings Tracker.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["🛡️ ISO 27001 Surveillance Audit 2026 — Findings Tracker"],
                    &["Last updated: 18 Mar 2026 · Certification body: Northbridge Certification · Scope: SaaS platform & HQ"],
                    &["#", "Finding ID", "Type", "Clause / Control", "What we found", "Owner", "Status", "Due", "Evidence uploaded?"],
                    &[
                        "#n 1",
                        "AUD26-01",
                        "🔴 Major NC",
                        "A.8.13",
                        "Backups of the production database have never been test-restored.",
                        "lena.fischer@acme.test",
                        "🟡 In progress",
                        "#d 2026-04-15",
                        "FALSE",
                    ],
                    &[
                        "#n 2",
                        "AUD26-02",
                        "🟠 Minor NC",
                        "7.5.3",
                        "Two different versions of the access control policy are published on the intranet.",
                        "Badr Karim",
                        "🟢 Done",
                        "#d 2026-04-30",
                        "TRUE",
                    ],
                    &[
                        "#n 3",
                        "AUD26-03",
                        "🟠 Minor NC",
                        "A.5.18",
                        "Access reviews for the admin console were skipped in Q4 2025.",
                        "ops@acme.test",
                        "🔴 Open",
                        "#d 2026-04-30",
                        "FALSE",
                    ],
                    &[
                        "#n 4",
                        "AUD26-04",
                        "🔵 Observation",
                        "A.6.3",
                        "Security awareness completion is tracked in a spreadsheet only HR can see.",
                        "Priya Nair",
                        "🔴 Open",
                        "",
                        "FALSE",
                    ],
                    &[
                        "#n 5",
                        "AUD26-05",
                        "💡 OFI",
                        "A.8.2",
                        "Privileged accounts could be moved to just-in-time elevation.",
                        "martin@acme.test",
                        "⚪ Not started",
                        "",
                        "FALSE",
                    ],
                ],
            )
            .merged(0, 0, 0, 8)]),
            expected: vec![
                finding("AUD26-01", "major", "A.8.13", "Backups of the production database")
                    .owner("lena.fischer@acme.test"),
                finding("AUD26-02", "minor", "7.5.3", "Two different versions of the access")
                    .owner("badr@acme.test"),
                finding("AUD26-03", "minor", "A.5.18", "Access reviews for the admin console")
                    .owner("ops@acme.test"),
                finding("AUD26-04", "observation", "A.6.3", "Security awareness completion")
                    .pending(&["Priya Nair"]),
                finding("AUD26-05", "ofi", "A.8.2", "Privileged accounts could be moved")
                    .owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "ho5-helper-sort-columns",
            origin: "holdout 5: a company's findings register with two formula helper columns at the right (`sort_key` 1 to 4 that follows the grade, major = 1 … OFI = 4, and `open_flag` 1/0), the grade written as words under `Classification` (`Improvement opportunity` for the OFI), a bare clause `9.1` in a column of A.-prefixed controls, one cell listing two controls, owners as names and a role no user has",
            file_name: "Audit_Findings_Register_Feb2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &["Information Security – Audit Findings Register (external audit, February 2026)"],
                    &[
                        "Finding",
                        "Raised",
                        "Area",
                        "ISO 27001:2022 ref",
                        "Classification",
                        "Detail",
                        "Owner",
                        "Target",
                        "sort_key",
                        "open_flag",
                    ],
                    &[
                        "F-2026-01",
                        "#d 2026-02-17",
                        "Incident management",
                        "A.5.24, A.5.26",
                        "Major",
                        "There is no documented procedure for responding to a ransomware incident; the on-call engineer could not describe the escalation path.",
                        "Head of IT Operations",
                        "#d 2026-03-31",
                        "#n 1",
                        "#n 1",
                    ],
                    &[
                        "F-2026-02",
                        "#d 2026-02-17",
                        "Supplier management",
                        "A.5.21",
                        "Minor",
                        "The security requirements in the hosting contract have not been reviewed since 2021.",
                        "Martín Lombardi",
                        "#d 2026-05-15",
                        "#n 2",
                        "#n 1",
                    ],
                    &[
                        "F-2026-03",
                        "#d 2026-02-18",
                        "ISMS performance",
                        "9.1",
                        "Minor",
                        "The effectiveness of the ISMS is not evaluated; the 2025 monitoring report lists activities but no measures.",
                        "Badr Karim",
                        "#d 2026-05-15",
                        "#n 2",
                        "#n 0",
                    ],
                    &[
                        "F-2026-04",
                        "#d 2026-02-18",
                        "Physical security",
                        "A.7.2",
                        "Observation",
                        "Visitor badges are not collected at reception when visitors leave.",
                        "Facilities Manager",
                        "",
                        "#n 3",
                        "#n 1",
                    ],
                    &[
                        "F-2026-05",
                        "#d 2026-02-18",
                        "Development",
                        "A.8.25",
                        "Improvement opportunity",
                        "Secure coding training could be added to the onboarding of new developers.",
                        "Lena Fischer",
                        "",
                        "#n 4",
                        "#n 1",
                    ],
                ],
            )]),
            expected: vec![
                finding("F-2026-01", "major", "A.5.24, A.5.26", "There is no documented procedure")
                    .owner("ops@acme.test"),
                finding("F-2026-02", "minor", "A.5.21", "The security requirements in the hosting")
                    .owner("martin@acme.test"),
                finding("F-2026-03", "minor", "9.1", "The effectiveness of the ISMS")
                    .owner("badr@acme.test"),
                finding("F-2026-04", "observation", "A.7.2", "Visitor badges are not collected")
                    .pending(&["Facilities Manager"]),
                finding("F-2026-05", "ofi", "A.8.25", "Secure coding training could")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "ho5-nc-bracket-grades-cl-spellings",
            origin: "holdout 5: a certification body's stage 2 nonconformity statements where two auditors wrote the grade differently in one column (`NC (Minor)`, `NC (Major)`, `Minor (NC)`), requirements spelled `ISO 27001 cl. 9.2`, `27001:2022 §A.8.8`, `Annex A Control 5.15` and one cell `ISO 27001 cl. 4.3 / Annex A Control 5.9`, the standard's own number in every requirement cell",
            file_name: "S2_NC_statements.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Certification audit ISO/IEC 27001:2022 – Stage 2 – statements of nonconformity"],
                    &[""],
                    &["Ref", "Standard reference", "Statement of nonconformity", "Grade", "Auditee representative", "Response due"],
                    &[
                        "S2-01",
                        "ISO 27001 cl. 9.2",
                        "The internal audit programme does not take into account the results of previous audits.",
                        "NC (Minor)",
                        "ISMS Manager",
                        "#d 2026-04-20",
                    ],
                    &[
                        "S2-02",
                        "27001:2022 §A.8.8",
                        "Vulnerability scans of the external perimeter are not performed; the last scan report is from June 2024.",
                        "NC (Major)",
                        "IT Manager",
                        "#d 2026-04-20",
                    ],
                    &[
                        "S2-03",
                        "Annex A Control 5.15",
                        "The access control policy does not cover the customer support tool.",
                        "Minor (NC)",
                        "IT Manager",
                        "#d 2026-04-20",
                    ],
                    &[
                        "S2-04",
                        "ISO 27001 cl. 4.3 / Annex A Control 5.9",
                        "The ISMS scope excludes the mobile app, but its servers are listed in the asset inventory without explanation.",
                        "Minor (NC)",
                        "ISMS Manager",
                        "#d 2026-04-20",
                    ],
                    &[
                        "S2-05",
                        "27001:2022 §A.5.30",
                        "ICT readiness for business continuity is tested only for the primary data centre.",
                        "Observation",
                        "IT Manager",
                        "",
                    ],
                    &[
                        "S2-06",
                        "ISO 27001 cl. 7.3",
                        "Awareness of the information security policy among warehouse staff could be raised with short toolbox talks.",
                        "OFI",
                        "HR Manager",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("S2-01", "minor", "9.2", "The internal audit programme does not"),
                finding("S2-02", "major", "A.8.8", "Vulnerability scans of the external"),
                finding("S2-03", "minor", "A.5.15", "The access control policy does not"),
                finding("S2-04", "minor", "4.3, A.5.9", "The ISMS scope excludes the mobile app"),
                finding("S2-05", "observation", "A.5.30", "ICT readiness for business continuity"),
                finding("S2-06", "ofi", "7.3", "Awareness of the information security"),
            ],
        },
        Layout {
            id: "ho5-grouped-two-row-header",
            origin: "holdout 5: a company's corrective action register with a two-row header whose upper row groups the columns under merged `Finding` and `Corrective action` cells (`No.` merged over both rows), `Description` under Finding beside `Root cause` / `Action` / `Action owner` / `Due date` / `Status` under Corrective action, a bare clause `6.2` in a column of A.-prefixed controls, the last finding with its action columns all empty",
            file_name: "CAR_SA2_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "CAR",
                    0,
                    0,
                    &[
                        &["Corrective action register – ISO/IEC 27001:2022 surveillance audit SA2 (February 2026)"],
                        &[""],
                        &["No.", "Finding", "", "", "", "Corrective action", "", "", "", ""],
                        &["", "Clause", "Description", "Grade", "Raised by", "Root cause", "Action", "Action owner", "Due date", "Status"],
                        &[
                            "SA2-01",
                            "A.8.32",
                            "Emergency changes to the firewall rules are not reviewed after implementation.",
                            "Minor",
                            "J. Osei",
                            "The change procedure does not define emergency changes.",
                            "Add an emergency change path with a review within two working days.",
                            "Head of IT Operations",
                            "#d 2026-04-30",
                            "In progress",
                        ],
                        &[
                            "SA2-02",
                            "6.2",
                            "Information security objectives for 2026 have not been set; the 2025 objectives expired in December.",
                            "Minor",
                            "J. Osei",
                            "Objectives were set for one year only and nobody was assigned to renew them.",
                            "Set the 2026 objectives and make their yearly review a task of the ISMS manager.",
                            "Badr Karim",
                            "#d 2026-03-31",
                            "Open",
                        ],
                        &[
                            "SA2-03",
                            "A.5.19, A.5.20",
                            "The cloud payroll provider was onboarded without a security assessment.",
                            "Major",
                            "M. Brandt",
                            "Procurement bypassed the supplier onboarding checklist for a low-value contract.",
                            "Assess the provider and make the checklist mandatory in the purchasing system.",
                            "Martín Lombardi",
                            "#d 2026-03-20",
                            "Open",
                        ],
                        &[
                            "SA2-04",
                            "A.8.15",
                            "Logs of the HR system are kept for 30 days, less than the 90 days the logging standard requires.",
                            "Minor",
                            "M. Brandt",
                            "The default retention of the SaaS plan was never changed.",
                            "Raise the retention to 90 days and add the setting to the SaaS onboarding checklist.",
                            "Lena Fischer",
                            "#d 2026-04-15",
                            "Closed",
                        ],
                        &[
                            "SA2-05",
                            "9.1",
                            "The ISMS dashboard could show trends over several quarters rather than the last month only.",
                            "Observation",
                            "J. Osei",
                            "",
                            "",
                            "",
                            "",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 9)
                .merged(2, 0, 3, 0)
                .merged(2, 1, 2, 4)
                .merged(2, 5, 2, 9),
            ]),
            expected: vec![
                finding("SA2-01", "minor", "A.8.32", "Emergency changes to the firewall").plan(true),
                finding("SA2-02", "minor", "6.2", "Information security objectives for 2026")
                    .plan(true),
                finding("SA2-03", "major", "A.5.19, A.5.20", "The cloud payroll provider").plan(true),
                finding("SA2-04", "minor", "A.8.15", "Logs of the HR system are kept").plan(true),
                finding("SA2-05", "observation", "9.1", "The ISMS dashboard could show").plan(false),
            ],
        },
        Layout {
            id: "ho5-totals-under-table",
            origin: "holdout 5: a company's NC register with a count block under the table after a blank row: labels such as `Total major nonconformities` written in the statement column and their counts as numbers in the grade column, then `Total findings`; owners as names, a role and one role no user has",
            file_name: "ISMS_NC_Register_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "NC Register 2026",
                0,
                0,
                &[
                    &["ISMS Nonconformity Register"],
                    &["Audit: recertification audit, 16–18 February 2026"],
                    &[""],
                    &["NC No.", "Date raised", "Clause", "Nonconformity", "Category", "Owner", "Status"],
                    &[
                        "RA-01",
                        "#d 2026-02-16",
                        "A.5.31",
                        "The register of legal and contractual requirements omits the NIS2 obligations that apply since October 2024.",
                        "Minor",
                        "Badr Karim",
                        "Open",
                    ],
                    &[
                        "RA-02",
                        "#d 2026-02-16",
                        "A.8.24",
                        "TLS 1.0 is still enabled on the load balancer of the customer portal.",
                        "Major",
                        "Head of IT Operations",
                        "Open",
                    ],
                    &[
                        "RA-03",
                        "#d 2026-02-17",
                        "10.2",
                        "Nonconformities from the 2025 internal audit were closed without evidence of the action taken.",
                        "Minor",
                        "Lena Fischer",
                        "Closed",
                    ],
                    &[
                        "RA-04",
                        "#d 2026-02-17",
                        "A.7.7",
                        "Confidential printouts were left on two printers in the open-plan office.",
                        "Observation",
                        "Office Manager",
                        "Open",
                    ],
                    &[
                        "RA-05",
                        "#d 2026-02-18",
                        "A.5.37",
                        "Operating procedures could be kept in the wiki instead of on a file share.",
                        "OFI",
                        "Martín Lombardi",
                        "Open",
                    ],
                    &[""],
                    &["", "", "", "Total major nonconformities", "#n 1"],
                    &["", "", "", "Total minor nonconformities", "#n 2"],
                    &["", "", "", "Total observations", "#n 1"],
                    &["", "", "", "Total OFIs", "#n 1"],
                    &["", "", "", "Total findings", "#n 5"],
                ],
            )]),
            expected: vec![
                finding("RA-01", "minor", "A.5.31", "The register of legal and contractual")
                    .owner("badr@acme.test"),
                finding("RA-02", "major", "A.8.24", "TLS 1.0 is still enabled")
                    .owner("ops@acme.test"),
                finding("RA-03", "minor", "10.2", "Nonconformities from the 2025 internal")
                    .owner("lena.fischer@acme.test"),
                finding("RA-04", "observation", "A.7.7", "Confidential printouts were left")
                    .pending(&["Office Manager"]),
                finding("RA-05", "ofi", "A.5.37", "Operating procedures could be kept")
                    .owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "ho5-numeric-severity-key-in-header",
            origin: "holdout 5: a company's findings list graded by numbers 1, 2 and 3 (number cells) in a column headed `Severity (1=Major, 2=Minor, 3=OFI)`, the only key being that header, root cause and planned action columns filled except for the OFI, ids like ISMS-101 that hold numbers too",
            file_name: "external_audit_findings_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &[
                        "ID",
                        "Requirement",
                        "Finding description",
                        "Severity (1=Major, 2=Minor, 3=OFI)",
                        "Responsible",
                        "Root cause",
                        "Planned action",
                        "Due",
                    ],
                    &[
                        "ISMS-101",
                        "6.1.3",
                        "The statement of applicability has not been updated since the transition to the 2022 edition.",
                        "#n 2",
                        "Badr Karim",
                        "The SoA owner left in 2024 and the task was not reassigned.",
                        "Review the SoA against the 93 controls and assign an owner.",
                        "#d 2026-05-01",
                    ],
                    &[
                        "ISMS-102",
                        "A.8.15",
                        "Administrator activity on the domain controllers is not logged.",
                        "#n 1",
                        "Head of IT Operations",
                        "Audit policy was reset to defaults during the 2025 server migration.",
                        "Re-apply the audit policy by GPO and forward the events to the SIEM.",
                        "#d 2026-04-01",
                    ],
                    &[
                        "ISMS-103",
                        "A.5.19, A.5.20",
                        "Supplier agreements for two SaaS tools contain no information security clauses.",
                        "#n 2",
                        "Martín Lombardi",
                        "Click-through terms were accepted without legal review.",
                        "Add a security addendum or record the accepted risk for each tool.",
                        "#d 2026-05-15",
                    ],
                    &[
                        "ISMS-104",
                        "9.3.2",
                        "The management review minutes do not show that changes in the needs of interested parties were discussed.",
                        "#n 2",
                        "Badr Karim",
                        "The review agenda template predates the 2024 amendment.",
                        "Update the agenda template with all required inputs.",
                        "#d 2026-04-15",
                    ],
                    &[
                        "ISMS-105",
                        "A.8.24",
                        "Key rotation for the payment API could be automated.",
                        "#n 3",
                        "Lena Fischer",
                        "",
                        "",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("ISMS-101", "minor", "6.1.3", "The statement of applicability has not")
                    .plan(true),
                finding("ISMS-102", "major", "A.8.15", "Administrator activity on the domain")
                    .plan(true),
                finding("ISMS-103", "minor", "A.5.19, A.5.20", "Supplier agreements for two SaaS")
                    .plan(true),
                finding("ISMS-104", "minor", "9.3.2", "The management review minutes do not")
                    .plan(true),
                finding("ISMS-105", "ofi", "A.8.24", "Key rotation for the payment API"),
            ],
        },
        Layout {
            id: "ho5-sheets-per-grade",
            origin: "holdout 5: a certification body's workbook with a `Summary` cover sheet (label/value pairs and a count per grade) and one sheet per grade, `Major NCs`, `Minor NCs` and `OFIs`, none with a grade column, references numbered across the sheets (R-01 … R-06, no grade letters), a bare clause `7.2` beside A.-prefixed controls",
            file_name: "Vireo_Recertification_2026_Findings.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Summary",
                    0,
                    0,
                    &[
                        &["ISO/IEC 27001:2022 recertification audit – Vireo Health Ltd"],
                        &["Audit dates", "24–26 February 2026"],
                        &["Certification body", "Albion Assurance"],
                        &["Recommendation", "Recertification recommended once the major nonconformity is closed"],
                        &[""],
                        &["Findings", "Count"],
                        &["Major NCs", "#n 1"],
                        &["Minor NCs", "#n 3"],
                        &["OFIs", "#n 2"],
                    ],
                ),
                sheet(
                    "Major NCs",
                    0,
                    0,
                    &[
                        &["Ref", "Clause", "Finding", "Evidence", "Owner"],
                        &[
                            "R-01",
                            "9.3",
                            "Top management has not held a management review since October 2024.",
                            "Last minutes are dated 14 October 2024.",
                            "Badr Karim",
                        ],
                    ],
                ),
                sheet(
                    "Minor NCs",
                    0,
                    0,
                    &[
                        &["Ref", "Clause", "Finding", "Evidence", "Owner"],
                        &[
                            "R-02",
                            "A.8.9",
                            "Baseline configurations for the new Kubernetes clusters are not documented.",
                            "Cluster build runbook v0.3 has no hardening section.",
                            "Head of IT Operations",
                        ],
                        &[
                            "R-03",
                            "A.5.34",
                            "The privacy notice for patients does not cover the telehealth app.",
                            "Privacy notice v5 (2023); app launched in 2025.",
                            "Lena Fischer",
                        ],
                        &[
                            "R-04",
                            "7.2",
                            "The competence requirements for the SOC analysts are not defined.",
                            "Job descriptions for SOC roles list no security skills.",
                            "Tomasz Zieliński",
                        ],
                    ],
                ),
                sheet(
                    "OFIs",
                    0,
                    0,
                    &[
                        &["Ref", "Clause", "Finding", "Evidence", "Owner"],
                        &[
                            "R-05",
                            "A.8.12",
                            "Data leakage prevention rules could be extended to the email gateway.",
                            "",
                            "Head of IT Operations",
                        ],
                        &[
                            "R-06",
                            "A.5.7",
                            "Threat intelligence feeds could be reviewed in the monthly security meeting.",
                            "",
                            "Martín Lombardi",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("R-01", "major", "9.3", "Top management has not held")
                    .owner("badr@acme.test"),
                finding("R-02", "minor", "A.8.9", "Baseline configurations for the new")
                    .owner("ops@acme.test"),
                finding("R-03", "minor", "A.5.34", "The privacy notice for patients")
                    .owner("lena.fischer@acme.test"),
                finding("R-04", "minor", "7.2", "The competence requirements for the SOC")
                    .pending(&["Tomasz Zieliński"]),
                finding("R-05", "ofi", "A.8.12", "Data leakage prevention rules")
                    .owner("ops@acme.test"),
                finding("R-06", "ofi", "A.5.7", "Threat intelligence feeds could be")
                    .owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "ho5-us-spelled-dates-control-titles",
            origin: "holdout 5: a US company's findings log with dates as text in US style (`March 3, 2026`), requirements as `Annex A Control 8.8` and `Clause 9.2` beside a column of the controls' titles, grades spelled out in Title Case in the last column (`Minor Nonconformity`, `Opportunity for Improvement`), owners as names, a role and a name no user has",
            file_name: "Stage2_Findings_Log.xlsx",
            bytes: xlsx(vec![sheet(
                "Audit Findings",
                0,
                0,
                &[
                    &["Acme Corp – ISO/IEC 27001:2022 Stage 2 Audit – Findings Log"],
                    &[
                        "Finding #",
                        "Date Identified",
                        "ISO Ref.",
                        "Control Title",
                        "Description",
                        "Responsible Party",
                        "Due Date",
                        "Classification",
                    ],
                    &[
                        "FND-001",
                        "March 3, 2026",
                        "Annex A Control 8.8",
                        "Management of technical vulnerabilities",
                        "Critical vulnerabilities on the VPN appliance remained unpatched for 93 days.",
                        "Martín Lombardi",
                        "April 17, 2026",
                        "Minor Nonconformity",
                    ],
                    &[
                        "FND-002",
                        "March 3, 2026",
                        "Annex A Control 5.15",
                        "Access control",
                        "Shared administrator accounts are used on the production database servers.",
                        "Head of IT Operations",
                        "April 3, 2026",
                        "Major Nonconformity",
                    ],
                    &[
                        "FND-003",
                        "March 4, 2026",
                        "Clause 9.2",
                        "Internal audit",
                        "The internal auditor audited her own work on the quarterly access review.",
                        "Badr Karim",
                        "May 1, 2026",
                        "Minor Nonconformity",
                    ],
                    &[
                        "FND-004",
                        "March 4, 2026",
                        "Annex A Control 8.13",
                        "Information backup",
                        "Backup failure alerts go to a mailbox that nobody monitors on weekends.",
                        "Dana Whitfield",
                        "",
                        "Observation",
                    ],
                    &[
                        "FND-005",
                        "March 5, 2026",
                        "Clause 5.3",
                        "Organizational roles, responsibilities and authorities",
                        "The ISMS RACI could be published on the intranet so staff know whom to contact.",
                        "Badr Karim",
                        "",
                        "Opportunity for Improvement",
                    ],
                ],
            )]),
            expected: vec![
                finding("FND-001", "minor", "A.8.8", "Critical vulnerabilities on the VPN")
                    .owner("martin@acme.test"),
                finding("FND-002", "major", "A.5.15", "Shared administrator accounts")
                    .owner("ops@acme.test"),
                finding("FND-003", "minor", "9.2", "The internal auditor audited her own")
                    .owner("badr@acme.test"),
                finding("FND-004", "observation", "A.8.13", "Backup failure alerts go to")
                    .pending(&["Dana Whitfield"]),
                finding("FND-005", "ofi", "5.3", "The ISMS RACI could be published")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho5-es-certification-report",
            origin: "holdout 5: a Spanish certification body's stage 2 findings: title and organisation lines above the header, `Nº`, `Requisito`, `Descripción del hallazgo`, `Tipo de hallazgo` (No conformidad mayor / menor, Observación, Oportunidad de mejora), requirements as `Cláusula 9.2`, `Anexo A 8.8` and `A.5.15`, commitment dates written `15 de abril de 2026`, owners as names and one name no user has",
            file_name: "Informe_Etapa2_Hallazgos.xlsx",
            bytes: xlsx(vec![sheet(
                "Hallazgos",
                0,
                0,
                &[
                    &["Informe de auditoría de certificación – Etapa 2 – ISO/IEC 27001:2022"],
                    &["Organización: Grupo Ibérica de Servicios S.L.   Fechas: 2 a 4 de marzo de 2026"],
                    &[""],
                    &["Nº", "Requisito", "Descripción del hallazgo", "Tipo de hallazgo", "Responsable", "Fecha compromiso"],
                    &[
                        "H-01",
                        "Cláusula 9.2",
                        "No se ha realizado la auditoría interna del SGSI en el centro de datos de Valencia.",
                        "No conformidad mayor",
                        "Martín Lombardi",
                        "15 de abril de 2026",
                    ],
                    &[
                        "H-02",
                        "Anexo A 8.8",
                        "Los parches críticos de los servidores de correo se aplicaron con 60 días de retraso.",
                        "No conformidad menor",
                        "Lucía Torres",
                        "30 de abril de 2026",
                    ],
                    &[
                        "H-03",
                        "A.5.15",
                        "La política de control de accesos no contempla a los usuarios externos.",
                        "No conformidad menor",
                        "Badr Karim",
                        "30 de abril de 2026",
                    ],
                    &[
                        "H-04",
                        "Cláusula 6.1.3",
                        "La declaración de aplicabilidad no justifica la exclusión del control de desarrollo seguro.",
                        "Observación",
                        "Lena Fischer",
                        "",
                    ],
                    &[
                        "H-05",
                        "Anexo A 5.7",
                        "Se recomienda suscribirse a fuentes de inteligencia de amenazas del sector.",
                        "Oportunidad de mejora",
                        "Lucía Torres",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("H-01", "major", "9.2", "No se ha realizado la auditoría")
                    .owner("martin@acme.test"),
                finding("H-02", "minor", "A.8.8", "Los parches críticos de los")
                    .pending(&["Lucía Torres"]),
                finding("H-03", "minor", "A.5.15", "La política de control de accesos")
                    .owner("badr@acme.test"),
                finding("H-04", "observation", "6.1.3", "La declaración de aplicabilidad")
                    .owner("lena.fischer@acme.test"),
                finding("H-05", "ofi", "A.5.7", "Se recomienda suscribirse")
                    .pending(&["Lucía Torres"]),
            ],
        },
        Layout {
            id: "ho5-german-grade-header-english-register",
            origin: "holdout 5: a Swiss company's English findings register on its German-speaking certification body's template, so the grade column alone is headed in German (`Einstufung`) over English values (Major, Minor, Observation), the requirements column headed `Control` though it also holds `Clause 10.2` and `Clause 4.2`",
            file_name: "Helvetia_SA_2026_findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Helvetia Payments AG – ISO/IEC 27001:2022 surveillance audit 2026 – findings"],
                    &["Finding ID", "Control", "Finding details", "Einstufung", "Owner", "Status"],
                    &[
                        "HP-26-01",
                        "A.8.20",
                        "Network segmentation between the card data environment and the office LAN is not enforced for the printers.",
                        "Major",
                        "Head of IT Operations",
                        "Open",
                    ],
                    &[
                        "HP-26-02",
                        "Clause 10.2",
                        "Root causes of the 2025 security incidents were not analysed before corrective actions were chosen.",
                        "Minor",
                        "Badr Karim",
                        "Open",
                    ],
                    &[
                        "HP-26-03",
                        "A.5.37",
                        "The operating procedure for the payment switch failover is out of date.",
                        "Minor",
                        "Martín Lombardi",
                        "In progress",
                    ],
                    &[
                        "HP-26-04",
                        "Clause 4.2",
                        "The list of interested parties does not yet include the new acquiring bank.",
                        "Observation",
                        "Lena Fischer",
                        "Open",
                    ],
                ],
            )]),
            expected: vec![
                finding("HP-26-01", "major", "A.8.20", "Network segmentation between the card")
                    .owner("ops@acme.test"),
                finding("HP-26-02", "minor", "10.2", "Root causes of the 2025 security")
                    .owner("badr@acme.test"),
                finding("HP-26-03", "minor", "A.5.37", "The operating procedure for the payment")
                    .owner("martin@acme.test"),
                finding("HP-26-04", "observation", "4.2", "The list of interested parties")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "ho5-it-abbreviated-grades-legend-above",
            origin: "holdout 5: an Italian certification body's surveillance report graded with abbreviations (`NC magg.`, `NC min.`, `OSS`, `OdM`) explained by a `Legenda:` line above the table, under the header `Classif.`; references `R.01`, requirements under `Punto norma` as bare `9.2`, `§ 7.5.3` and A.-prefixed controls, owners as functions",
            file_name: "Rapporto_SA1_rilievi.xlsx",
            bytes: xlsx(vec![sheet(
                "Rilievi",
                0,
                0,
                &[
                    &["Rapporto di audit – Sorveglianza 1 – ISO/IEC 27001:2022 – Officine Ferraresi S.p.A."],
                    &["Legenda: NC magg. = non conformità maggiore; NC min. = non conformità minore; OSS = osservazione; OdM = opportunità di miglioramento"],
                    &[""],
                    &["Rif.", "Punto norma", "Descrizione del rilievo", "Classif.", "Funzione responsabile", "Chiusura prevista"],
                    &[
                        "R.01",
                        "9.2",
                        "Il programma di audit interno 2025 non comprende il processo di sviluppo software.",
                        "NC min.",
                        "Qualità",
                        "#d 2026-05-15",
                    ],
                    &[
                        "R.02",
                        "A.8.8",
                        "Le vulnerabilità critiche del firewall perimetrale non sono state corrette entro i tempi previsti.",
                        "NC magg.",
                        "Sistemi informativi",
                        "#d 2026-04-15",
                    ],
                    &[
                        "R.03",
                        "A.5.15",
                        "Gli account dei consulenti esterni non hanno una data di scadenza.",
                        "NC min.",
                        "Sistemi informativi",
                        "#d 2026-05-15",
                    ],
                    &[
                        "R.04",
                        "§ 7.5.3",
                        "Alcune istruzioni operative in uso in produzione sono copie stampate non controllate.",
                        "OSS",
                        "Produzione",
                        "",
                    ],
                    &[
                        "R.05",
                        "A.8.16",
                        "Si suggerisce di centralizzare i log dei PLC di stabilimento.",
                        "OdM",
                        "Sistemi informativi",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("R.01", "minor", "9.2", "Il programma di audit interno 2025"),
                finding("R.02", "major", "A.8.8", "Le vulnerabilità critiche del firewall"),
                finding("R.03", "minor", "A.5.15", "Gli account dei consulenti esterni"),
                finding("R.04", "observation", "7.5.3", "Alcune istruzioni operative in uso"),
                finding("R.05", "ofi", "A.8.16", "Si suggerisce di centralizzare"),
            ],
        },
        Layout {
            id: "ho5-grouped-by-clause-merged-down",
            origin: "holdout 5: a surveillance audit's findings sorted by requirement: the requirement and its title merged down over the three findings against A.8.8, the same clause 9.2 then written out again on two consecutive rows, the requirement in the first column and the reference in the third, owners as a role, names and a role no user has",
            file_name: "SA1_findings_by_requirement.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Findings by clause",
                    0,
                    0,
                    &[
                        &["Surveillance audit SA1 – findings grouped by requirement"],
                        &["Clause / control", "Title", "Ref", "Finding", "Grade", "Owner"],
                        &[
                            "A.8.8",
                            "Management of technical vulnerabilities",
                            "N-01",
                            "Patches for the Linux fleet are applied by hand; 12 of 40 servers were more than 30 days behind.",
                            "Minor",
                            "Head of IT Operations",
                        ],
                        &[
                            "",
                            "",
                            "N-02",
                            "The vulnerability scanner does not cover the cloud network added in 2025.",
                            "Minor",
                            "Head of IT Operations",
                        ],
                        &[
                            "",
                            "",
                            "N-03",
                            "Exceptions to the patch policy are approved by e-mail and not recorded.",
                            "Observation",
                            "Lena Fischer",
                        ],
                        &[
                            "9.2",
                            "Internal audit",
                            "N-04",
                            "The internal audit of the data centre was performed by its own operations team.",
                            "Major",
                            "Badr Karim",
                        ],
                        &[
                            "9.2",
                            "Internal audit",
                            "N-05",
                            "The audit programme could weight audits by the risk of each process.",
                            "OFI",
                            "Badr Karim",
                        ],
                        &[
                            "A.5.9",
                            "Inventory of information and other associated assets",
                            "N-06",
                            "Laptops held in stock are missing from the asset inventory.",
                            "Minor",
                            "Stores Supervisor",
                        ],
                    ],
                )
                .merged(2, 0, 4, 0)
                .merged(2, 1, 4, 1),
            ]),
            expected: vec![
                finding("N-01", "minor", "A.8.8", "Patches for the Linux fleet")
                    .owner("ops@acme.test"),
                finding("N-02", "minor", "A.8.8", "The vulnerability scanner does not")
                    .owner("ops@acme.test"),
                finding("N-03", "observation", "A.8.8", "Exceptions to the patch policy")
                    .owner("lena.fischer@acme.test"),
                finding("N-04", "major", "9.2", "The internal audit of the data centre")
                    .owner("badr@acme.test"),
                finding("N-05", "ofi", "9.2", "The audit programme could weight")
                    .owner("badr@acme.test"),
                finding("N-06", "minor", "A.5.9", "Laptops held in stock are missing")
                    .pending(&["Stores Supervisor"]),
            ],
        },
    ]
}

fn sixth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho6-pl-cb-register-lp-beside-numbers",
            origin: "holdout 6: a Polish certification body's register (title and organisation lines merged across the table), a running number \"Lp.\" (1, 2, 3 as numbers) beside the findings' own numbers NC/01, OBS/01, OFI/01, grades written \"Niezgodność duża\", \"Niezgodność mała\", \"Obserwacja\", \"Możliwość doskonalenia\", requirements as \"pkt 9.2\" beside A.-controls, dates as 10.04.2026 text, owners as Polish names (one unknown)",
            file_name: "Rejestr_niezgodnosci_ISO27001_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Niezgodności",
                    0,
                    0,
                    &[
                        &["Rejestr niezgodności i obserwacji – audyt certyfikujący ISO/IEC 27001:2022"],
                        &["Organizacja: Wisła Software sp. z o.o.   Audyt: etap 2, 10–12.03.2026   Audytor wiodący: J. Zieliński"],
                        &[""],
                        &[
                            "Lp.",
                            "Nr ustalenia",
                            "Punkt normy / zabezpieczenie",
                            "Opis niezgodności",
                            "Kategoria",
                            "Przyczyna źródłowa",
                            "Osoba odpowiedzialna",
                            "Termin realizacji",
                        ],
                        &[
                            "#n 1",
                            "NC/01",
                            "pkt 6.1.3",
                            "Deklaracja stosowania nie zawiera uzasadnienia wyłączeń zabezpieczeń dotyczących usług chmurowych.",
                            "Niezgodność duża",
                            "Brak przeglądu deklaracji stosowania po migracji do chmury.",
                            "Badr Karim",
                            "10.04.2026",
                        ],
                        &[
                            "#n 2",
                            "NC/02",
                            "A.8.8",
                            "Krytyczne poprawki bezpieczeństwa na serwerach bazodanowych nie zostały zainstalowane od listopada 2025 r.",
                            "Niezgodność mała",
                            "Brak uzgodnionego okna serwisowego z działem sprzedaży.",
                            "Katarzyna Nowak",
                            "30.04.2026",
                        ],
                        &[
                            "#n 3",
                            "NC/03",
                            "pkt 9.2",
                            "Program audytów wewnętrznych na 2025 r. nie obejmował procesu wytwarzania oprogramowania.",
                            "Niezgodność mała",
                            "",
                            "Lena Fischer",
                            "30.04.2026",
                        ],
                        &[
                            "#n 4",
                            "OBS/01",
                            "A.5.18",
                            "Przegląd uprawnień w systemie CRM jest wykonywany, ale jego wyniki nie są dokumentowane.",
                            "Obserwacja",
                            "",
                            "Katarzyna Nowak",
                            "",
                        ],
                        &[
                            "#n 5",
                            "OFI/01",
                            "A.6.3",
                            "Szkolenia z zakresu bezpieczeństwa informacji mogłyby obejmować symulowane ataki phishingowe.",
                            "Możliwość doskonalenia",
                            "",
                            "",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 7)
                .merged(1, 0, 1, 7),
            ]),
            expected: vec![
                finding("NC/01", "major", "6.1.3", "Deklaracja stosowania nie zawiera")
                    .owner("badr@acme.test"),
                finding("NC/02", "minor", "A.8.8", "Krytyczne poprawki bezpieczeństwa")
                    .pending(&["Katarzyna Nowak"]),
                finding("NC/03", "minor", "9.2", "Program audytów wewnętrznych")
                    .owner("lena.fischer@acme.test"),
                finding("OBS/01", "observation", "A.5.18", "Przegląd uprawnień w systemie CRM")
                    .pending(&["Katarzyna Nowak"]),
                finding("OFI/01", "ofi", "A.6.3", "Szkolenia z zakresu bezpieczeństwa"),
            ],
        },
        Layout {
            id: "ho6-cz-csv-bom-semicolon-title-line",
            origin: "holdout 6: a Czech list of findings saved from Excel as a UTF-8 CSV with a BOM and semicolons, a title line padded with empty cells above the header, grades \"Závažná neshoda\", \"Méně závažná neshoda\", \"Pozorování\", \"Příležitost ke zlepšení\", requirements \"čl. 7.5.3\" and \"Příloha A 5.31\", Czech dates with spaces (15. 5. 2026), a status column (Otevřeno, Uzavřeno)",
            file_name: "zjisteni_certifikacni_audit_2026.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &["Certifikační audit ISO/IEC 27001:2022 – seznam zjištění (Vltava Data s.r.o.)", "", "", "", "", "", ""],
                        &["Číslo zjištění", "Článek normy", "Popis zjištění", "Typ zjištění", "Odpovědná osoba", "Termín nápravy", "Stav"],
                        &[
                            "Z-01",
                            "čl. 7.5.3",
                            "Platná verze bezpečnostní politiky není zaměstnancům dostupná na intranetu; zveřejněna je verze z roku 2022.",
                            "Méně závažná neshoda",
                            "Petr Dvořák",
                            "15. 5. 2026",
                            "Otevřeno",
                        ],
                        &[
                            "Z-02",
                            "čl. 9.3",
                            "Přezkoumání systému vedením v roce 2025 neprojednalo výsledky posouzení rizik ani stav nápravných opatření.",
                            "Závažná neshoda",
                            "Badr Karim",
                            "30. 4. 2026",
                            "Otevřeno",
                        ],
                        &[
                            "Z-03",
                            "A.8.13",
                            "Obnova ze záloh nebyla od zavedení nového zálohovacího řešení otestována.",
                            "Méně závažná neshoda",
                            "Martín Lombardi",
                            "15. 5. 2026",
                            "Otevřeno",
                        ],
                        &[
                            "Z-04",
                            "Příloha A 5.31",
                            "Registr právních a smluvních požadavků neobsahuje nový zákon o kybernetické bezpečnosti.",
                            "Pozorování",
                            "Petr Dvořák",
                            "",
                            "Otevřeno",
                        ],
                        &[
                            "Z-05",
                            "čl. 6.2",
                            "Cíle bezpečnosti informací by mohly mít měřitelné ukazatele pro každé oddělení.",
                            "Příležitost ke zlepšení",
                            "",
                            "",
                            "Uzavřeno",
                        ],
                    ],
                    ';',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("Z-01", "minor", "7.5.3", "Platná verze bezpečnostní politiky")
                    .pending(&["Petr Dvořák"]),
                finding("Z-02", "major", "9.3", "Přezkoumání systému vedením")
                    .owner("badr@acme.test"),
                finding("Z-03", "minor", "A.8.13", "Obnova ze záloh nebyla")
                    .owner("martin@acme.test"),
                finding("Z-04", "observation", "A.5.31", "Registr právních a smluvních")
                    .pending(&["Petr Dvořák"]),
                finding("Z-05", "ofi", "6.2", "Cíle bezpečnosti informací by"),
            ],
        },
        Layout {
            id: "ho6-se-status-closed-bilaga-a",
            origin: "holdout 6: a Swedish deviation report (Avvikelserapport) whose status column marks two findings \"Stängd\" (closed, still findings), grades \"Större avvikelse\", \"Mindre avvikelse\", \"Observation\", \"Förbättringsmöjlighet\", requirements \"kap. 8.2\" and \"Bilaga A 5.30\", ISO dates as text, references AV-2026-01 (a year inside the reference), a last-updated line above the header",
            file_name: "Avvikelserapport_Nordkust_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Avvikelser",
                0,
                0,
                &[
                    &["Avvikelserapport – certifieringsrevision ISO/IEC 27001:2022, Nordkust AB, 2026-03-17–18"],
                    &["Senast uppdaterad: 2026-04-20"],
                    &[""],
                    &[
                        "Id",
                        "Krav",
                        "Beskrivning av avvikelse",
                        "Klassificering",
                        "Ansvarig",
                        "Åtgärdas senast",
                        "Status",
                    ],
                    &[
                        "AV-2026-01",
                        "kap. 8.2",
                        "Riskbedömningen har inte uppdaterats efter att lönehanteringen lades ut på en extern leverantör.",
                        "Större avvikelse",
                        "Lena Fischer",
                        "2026-04-30",
                        "Öppen",
                    ],
                    &[
                        "AV-2026-02",
                        "Bilaga A 5.30",
                        "Kontinuitetsplanen för IT har inte testats sedan 2023.",
                        "Mindre avvikelse",
                        "Martín Lombardi",
                        "2026-05-31",
                        "Pågående",
                    ],
                    &[
                        "AV-2026-03",
                        "Bilaga A 8.15",
                        "Loggar från brandväggen sparas endast i sju dagar, vilket strider mot den egna loggningsrutinen.",
                        "Mindre avvikelse",
                        "Erik Johansson",
                        "2026-05-31",
                        "Stängd",
                    ],
                    &[
                        "AV-2026-04",
                        "kap. 7.3",
                        "Flera konsulter kände inte till rutinen för att rapportera säkerhetsincidenter.",
                        "Observation",
                        "Erik Johansson",
                        "",
                        "Stängd",
                    ],
                    &[
                        "AV-2026-05",
                        "kap. 10.1",
                        "Förslag från personalen om förbättringar av ledningssystemet samlas inte på ett ställe; ärendesystemet kan användas.",
                        "Förbättringsmöjlighet",
                        "",
                        "",
                        "Öppen",
                    ],
                ],
            )
            .merged(0, 0, 0, 6)]),
            expected: vec![
                finding("AV-2026-01", "major", "8.2", "Riskbedömningen har inte uppdaterats")
                    .owner("lena.fischer@acme.test"),
                finding("AV-2026-02", "minor", "A.5.30", "Kontinuitetsplanen för IT")
                    .owner("martin@acme.test"),
                finding("AV-2026-03", "minor", "A.8.15", "Loggar från brandväggen sparas")
                    .pending(&["Erik Johansson"]),
                finding("AV-2026-04", "observation", "7.3", "Flera konsulter kände inte till")
                    .pending(&["Erik Johansson"]),
                finding("AV-2026-05", "ofi", "10.1", "Förslag från personalen om"),
            ],
        },
        Layout {
            id: "ho6-dk-notes-sheet-before-register",
            origin: "holdout 6: a Danish audit workbook whose first sheet holds the auditor's notes (date, area, a note citing controls such as A.8.8 and a finding number), the register on the second sheet: grades \"Større afvigelse\", \"Mindre afvigelse\", \"Observation\", \"Forbedringsmulighed\", requirements \"pkt. 9.1\" and \"Bilag A 5.7\", Excel dates, root cause and corrective action columns filled for two findings",
            file_name: "Fjordlys_ISO27001_revision_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Noter",
                    0,
                    0,
                    &[
                        &["Noter fra certificeringsaudit – Fjordlys A/S"],
                        &["Dato", "Område", "Note"],
                        &["#d 2026-03-09", "Ledelse", "Interview med direktionen om pkt. 5.1 – god forankring, ingen afvigelser."],
                        &["#d 2026-03-09", "IT-drift", "Gennemgang af patch-rapporter (A.8.8) – stikprøve på 10 servere, alle opdateret."],
                        &["#d 2026-03-10", "HR", "Baggrundstjek (A.6.1) udført for alle nyansatte i stikprøven."],
                        &["#d 2026-03-10", "Udvikling", "Kodegennemgang og test (A.8.28, A.8.29) – se AFV-03."],
                        &["#d 2026-03-10", "Afslutning", "Afsluttende møde kl. 15; fem fund gennemgået med ledelsen."],
                    ],
                ),
                sheet(
                    "Afvigelser",
                    0,
                    0,
                    &[
                        &["Afvigelsesrapport – ISO/IEC 27001:2022"],
                        &[""],
                        &[
                            "Nr.",
                            "Krav",
                            "Beskrivelse",
                            "Klassifikation",
                            "Ansvarlig",
                            "Frist",
                            "Rodårsag",
                            "Korrigerende handling",
                        ],
                        &[
                            "AFV-01",
                            "pkt. 9.1",
                            "Der er ikke fastlagt, hvordan effektiviteten af informationssikkerhedskontrollerne skal måles.",
                            "Mindre afvigelse",
                            "Lena Fischer",
                            "#d 2026-05-15",
                            "Målepunkter blev ikke defineret ved implementeringen af ISMS.",
                            "Der udarbejdes en måleplan med nøgletal for ti udvalgte kontroller.",
                        ],
                        &[
                            "AFV-02",
                            "Bilag A 5.7",
                            "Der indsamles ikke trusselsefterretninger, og der findes ingen proces for at vurdere nye trusler.",
                            "Større afvigelse",
                            "Badr Karim",
                            "#d 2026-04-17",
                            "Kontrollen er ny i 2022-udgaven og blev overset ved overgangen.",
                            "Abonnement på CFCS-varsler og månedlig trusselsvurdering i sikkerhedsudvalget.",
                        ],
                        &[
                            "AFV-03",
                            "A.8.28",
                            "Retningslinjer for sikker kodning er ikke udarbejdet; udviklerne følger ingen fælles standard.",
                            "Mindre afvigelse",
                            "Martín Lombardi",
                            "#d 2026-05-15",
                            "",
                            "",
                        ],
                        &[
                            "AFV-04",
                            "A.5.24",
                            "Beredskabsplanen for sikkerhedshændelser angiver ikke, hvem der underretter Datatilsynet.",
                            "Observation",
                            "Mette Sørensen",
                            "",
                            "",
                            "",
                        ],
                        &[
                            "AFV-05",
                            "pkt. 7.4",
                            "Den interne kommunikation om informationssikkerhed kunne samles i en årlig kommunikationsplan.",
                            "Forbedringsmulighed",
                            "",
                            "",
                            "",
                            "",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("AFV-01", "minor", "9.1", "Der er ikke fastlagt, hvordan")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("AFV-02", "major", "A.5.7", "Der indsamles ikke trussels")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("AFV-03", "minor", "A.8.28", "Retningslinjer for sikker kodning")
                    .owner("martin@acme.test"),
                finding("AFV-04", "observation", "A.5.24", "Beredskabsplanen for sikkerhedshændelser")
                    .pending(&["Mette Sørensen"]),
                finding("AFV-05", "ofi", "7.4", "Den interne kommunikation om"),
            ],
        },
        Layout {
            id: "ho6-no-tsv-newline-requirement-lists",
            origin: "holdout 6: a Norwegian deviation list (Avviksliste) saved as UTF-8 tab-separated text, whose requirement cells are quoted multi-line lists (\"A.5.15\\nA.5.18\\nA.8.2\"), some of bare clause numbers that are also control numbers (8.2, 7.2, 7.3, read as clauses because the column writes its controls with A.), grades \"Stort avvik\", \"Mindre avvik\", \"Observasjon\", \"Forbedringsmulighet\", dates 30.04.2026, a status column with \"Lukket\"",
            file_name: "avviksliste_sertifisering_2026.tsv",
            bytes: delimited(
                &[
                    &["Avviksliste – sertifiseringsrevisjon ISO/IEC 27001:2022, Vestlandskraft AS"],
                    &[""],
                    &["Avviksnr.", "Krav", "Beskrivelse", "Kategori", "Ansvarlig", "Frist", "Status"],
                    &[
                        "AVV-1",
                        "A.5.15\nA.5.18\nA.8.2",
                        "Privilegerte tilganger i ERP-systemet tildeles uten godkjenning fra systemeier, og tilgangene gjennomgås ikke.",
                        "Stort avvik",
                        "Lena Fischer",
                        "30.04.2026",
                        "Åpen",
                    ],
                    &[
                        "AVV-2",
                        "6.1.2\n8.2",
                        "Risikovurderingen dekker ikke de nye lokalene i Bergen.",
                        "Mindre avvik",
                        "Ole Hansen",
                        "31.05.2026",
                        "Åpen",
                    ],
                    &[
                        "AVV-3",
                        "A.7.2\nA.7.4",
                        "Besøkende i datarommet registreres ikke, og kameraovervåkingen har ikke vært i drift siden januar.",
                        "Mindre avvik",
                        "ops@acme.test",
                        "31.05.2026",
                        "Lukket",
                    ],
                    &[
                        "AVV-4",
                        "7.2\n7.3",
                        "Opplæringsplanen for informasjonssikkerhet er ikke oppdatert for 2026, og nyansatte får ingen bevisstgjøring.",
                        "Observasjon",
                        "Ole Hansen",
                        "",
                        "Åpen",
                    ],
                    &[
                        "AVV-5",
                        "A.8.16",
                        "Det kan vurderes å automatisere analysen av hendelseslogger fra skytjenestene.",
                        "Forbedringsmulighet",
                        "",
                        "",
                        "Åpen",
                    ],
                ],
                '\t',
            )
            .into_bytes(),
            expected: vec![
                finding("AVV-1", "major", "A.5.15, A.5.18, A.8.2", "Privilegerte tilganger i ERP")
                    .owner("lena.fischer@acme.test"),
                finding("AVV-2", "minor", "6.1.2, 8.2", "Risikovurderingen dekker ikke")
                    .pending(&["Ole Hansen"]),
                finding("AVV-3", "minor", "A.7.2, A.7.4", "Besøkende i datarommet")
                    .owner("ops@acme.test"),
                finding("AVV-4", "observation", "7.2, 7.3", "Opplæringsplanen for informasjon")
                    .pending(&["Ole Hansen"]),
                finding("AVV-5", "ofi", "A.8.16", "Det kan vurderes å automatisere"),
            ],
        },
        Layout {
            id: "ho6-fi-table-at-c5",
            origin: "holdout 6: a Finnish findings table (Poikkeamat) whose columns A and B are empty and whose header is at C5 under a title at C2 merged across the table, grades \"Merkittävä poikkeama\", \"Lievä poikkeama\", \"Huomio\", \"Kehittämiskohde\", a statement column headed \"Havainnon kuvaus\" (havainto also means observation), clauses as \"kohta 9.3\", Finnish dates 17.4.2026 as text",
            file_name: "ISO27001_sertifiointiauditointi_poikkeamat.xlsx",
            bytes: xlsx(vec![sheet(
                "Poikkeamat",
                1,
                2,
                &[
                    &["Sertifiointiauditointi ISO/IEC 27001:2022 – Pohjolan Pilvi Oy, 24.–25.3.2026"],
                    &[""],
                    &[""],
                    &[
                        "Tunniste",
                        "Vaatimus",
                        "Havainnon kuvaus",
                        "Luokitus",
                        "Vastuuhenkilö",
                        "Määräaika",
                    ],
                    &[
                        "P1",
                        "kohta 4.3",
                        "Soveltamisalan kuvaus ei mainitse Tampereen toimipistettä, vaikka siellä käsitellään asiakastietoja.",
                        "Merkittävä poikkeama",
                        "Badr Karim",
                        "17.4.2026",
                    ],
                    &[
                        "P2",
                        "A.5.12",
                        "Tietojen luokitteluohjetta ei ole otettu käyttöön asiakirjahallinnassa.",
                        "Lievä poikkeama",
                        "Aino Virtanen",
                        "29.5.2026",
                    ],
                    &[
                        "P3",
                        "kohta 9.3",
                        "Johdon katselmuksen pöytäkirjasta puuttuvat päätökset resurssitarpeista.",
                        "Lievä poikkeama",
                        "Badr Karim",
                        "29.5.2026",
                    ],
                    &[
                        "H1",
                        "A.7.7",
                        "Puhtaan pöydän periaatetta ei noudateta kaikissa avokonttorin työpisteissä.",
                        "Huomio",
                        "Aino Virtanen",
                        "",
                    ],
                    &[
                        "K1",
                        "A.8.9",
                        "Palvelinten konfiguraatiomuutoksia voitaisiin seurata automaattisesti.",
                        "Kehittämiskohde",
                        "",
                        "",
                    ],
                ],
            )
            .merged(1, 2, 1, 7)]),
            expected: vec![
                finding("P1", "major", "4.3", "Soveltamisalan kuvaus ei mainitse")
                    .owner("badr@acme.test"),
                finding("P2", "minor", "A.5.12", "Tietojen luokitteluohjetta ei ole")
                    .pending(&["Aino Virtanen"]),
                finding("P3", "minor", "9.3", "Johdon katselmuksen pöytäkirjasta")
                    .owner("badr@acme.test"),
                finding("H1", "observation", "A.7.7", "Puhtaan pöydän periaatetta")
                    .pending(&["Aino Virtanen"]),
                finding("K1", "ofi", "A.8.9", "Palvelinten konfiguraatiomuutoksia"),
            ],
        },
        Layout {
            id: "ho6-nl-nen-en-2023-header",
            origin: "holdout 6: a Dutch findings register whose requirements column is headed with the Dutch national edition \"Normeis (NEN-EN-ISO/IEC 27001:2023)\" (the 2022 text) and holds bare clauses, one of them 5.3 (a clause, since the column writes controls with A.), grades \"Major tekortkoming\", \"Minor tekortkoming\", \"Observatie\", \"Verbetermogelijkheid\", dates 15-5-2026, a status column with \"Gesloten\"",
            file_name: "Bevindingen_certificatieaudit_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Bevindingen",
                0,
                0,
                &[
                    &["Bevindingenrapport certificatieaudit – Polderdata B.V."],
                    &["Auditdata: 2 en 3 maart 2026 · Lead auditor: M. Bakker"],
                    &[""],
                    &[
                        "Nr.",
                        "Normeis (NEN-EN-ISO/IEC 27001:2023)",
                        "Bevinding",
                        "Classificatie",
                        "Verantwoordelijke",
                        "Deadline",
                        "Status",
                    ],
                    &[
                        "B-01",
                        "5.3",
                        "De rol van CISO is belegd, maar de verantwoordelijkheden en bevoegdheden zijn nergens vastgelegd.",
                        "Minor tekortkoming",
                        "Lena Fischer",
                        "15-5-2026",
                        "Open",
                    ],
                    &[
                        "B-02",
                        "A.5.15",
                        "Autorisaties in het HR-systeem worden niet ingetrokken bij uitdiensttreding; 4 van 20 vertrokken medewerkers hadden nog toegang.",
                        "Major tekortkoming",
                        "Martín Lombardi",
                        "17-4-2026",
                        "Open",
                    ],
                    &[
                        "B-03",
                        "A.8.12",
                        "Er zijn geen maatregelen genomen om het lekken van persoonsgegevens via e-mail te voorkomen.",
                        "Minor tekortkoming",
                        "Jeroen de Vries",
                        "15-5-2026",
                        "Gesloten",
                    ],
                    &[
                        "B-04",
                        "7.5.2",
                        "Documenten hebben geen versiebeheer; op het intranet staan twee versies van het wachtwoordbeleid.",
                        "Observatie",
                        "Jeroen de Vries",
                        "",
                        "Gesloten",
                    ],
                    &[
                        "B-05",
                        "A.5.36",
                        "De naleving van het informatiebeveiligingsbeleid kan periodiek met een korte self-assessment worden getoetst.",
                        "Verbetermogelijkheid",
                        "",
                        "",
                        "Open",
                    ],
                ],
            )]),
            expected: vec![
                finding("B-01", "minor", "5.3", "De rol van CISO is belegd")
                    .owner("lena.fischer@acme.test"),
                finding("B-02", "major", "A.5.15", "Autorisaties in het HR-systeem")
                    .owner("martin@acme.test"),
                finding("B-03", "minor", "A.8.12", "Er zijn geen maatregelen genomen")
                    .pending(&["Jeroen de Vries"]),
                finding("B-04", "observation", "7.5.2", "Documenten hebben geen versiebeheer")
                    .pending(&["Jeroen de Vries"]),
                finding("B-05", "ofi", "A.5.36", "De naleving van het informatie"),
            ],
        },
        Layout {
            id: "ho6-br-evidence-column-controle",
            origin: "holdout 6: a Brazilian certification audit findings sheet with a long \"Evidência objetiva\" column beside the statement, grades \"Não conformidade maior\", \"Não conformidade menor\", \"Observação\", \"Oportunidade de melhoria\", references NC 01, OBS 01, OM 01 with a space, requirements mixing a bare 8.3 (a clause: the risk treatment plan, the column writes controls with A.), \"Controle 5.19\" and A.-controls, dates 17/04/2026 as text",
            file_name: "Constatacoes_auditoria_certificacao_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Constatações",
                0,
                0,
                &[
                    &["Relatório de auditoria de certificação – Constatações"],
                    &["Empresa: Ipê Tecnologia Ltda. | Norma: ABNT NBR ISO/IEC 27001:2022 | Data: 10 a 12/03/2026"],
                    &[""],
                    &[
                        "Nº",
                        "Requisito da norma",
                        "Descrição da constatação",
                        "Evidência objetiva",
                        "Classificação",
                        "Responsável",
                        "Prazo",
                    ],
                    &[
                        "NC 01",
                        "8.3",
                        "O plano de tratamento de riscos aprovado em 2025 não foi implementado para os riscos classificados como altos.",
                        "Planilha de riscos v3.2: 7 riscos altos sem ação iniciada; nenhuma aceitação formal pelo proprietário do risco.",
                        "Não conformidade maior",
                        "Badr Karim",
                        "17/04/2026",
                    ],
                    &[
                        "NC 02",
                        "A.5.15",
                        "As regras de controle de acesso ao sistema de folha de pagamento não estão documentadas.",
                        "Entrevista com o analista de RH; não há política específica nem matriz de perfis.",
                        "Não conformidade menor",
                        "Fernanda Souza",
                        "29/05/2026",
                    ],
                    &[
                        "NC 03",
                        "Controle 5.19",
                        "Os fornecedores de serviços em nuvem não foram avaliados quanto à segurança da informação antes da contratação.",
                        "Contratos com 2 provedores assinados em 2025 sem avaliação prévia.",
                        "Não conformidade menor",
                        "Martín Lombardi",
                        "29/05/2026",
                    ],
                    &[
                        "OBS 01",
                        "7.5.3",
                        "Alguns procedimentos impressos nas salas técnicas estão desatualizados.",
                        "Sala técnica 2: procedimento de backup revisão 3, vigente revisão 5.",
                        "Observação",
                        "Fernanda Souza",
                        "",
                    ],
                    &[
                        "OM 01",
                        "A.8.16",
                        "A correlação de eventos no SIEM poderia reduzir o tempo de detecção de incidentes.",
                        "",
                        "Oportunidade de melhoria",
                        "",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 6)
            .merged(1, 0, 1, 6)]),
            expected: vec![
                finding("NC 01", "major", "8.3", "O plano de tratamento de riscos")
                    .owner("badr@acme.test"),
                finding("NC 02", "minor", "A.5.15", "As regras de controle de acesso")
                    .pending(&["Fernanda Souza"]),
                finding("NC 03", "minor", "A.5.19", "Os fornecedores de serviços em nuvem")
                    .owner("martin@acme.test"),
                finding("OBS 01", "observation", "7.5.3", "Alguns procedimentos impressos")
                    .pending(&["Fernanda Souza"]),
                finding("OM 01", "ofi", "A.8.16", "A correlação de eventos no SIEM"),
            ],
        },
        Layout {
            id: "ho6-fr-ecarts-cp1252-semicolon",
            origin: "holdout 6: a French list of gaps (\"Liste des écarts\") exported as a Windows-1252 CSV with semicolons, a title line, a statement holding \" ; \" (quoted), grades \"Écart majeur\", \"Écart mineur\", \"Point sensible\", \"Piste d'amélioration\", requirements \"§ 6.1.2\" and \"Annexe A - 5.9\", the owner column headed \"Pilote\", one pilot named Claire Martin (not the user Martín Lombardi), status \"Soldé\" for a closed gap",
            file_name: "liste_des_ecarts_certification_2026.csv",
            bytes: windows_1252(&delimited(
                &[
                    &["Audit de certification ISO/IEC 27001:2022 - Liste des écarts", "", "", "", "", "", ""],
                    &["N° écart", "Chapitre / mesure", "Constat", "Type d'écart", "Pilote", "Échéance", "Statut"],
                    &[
                        "E1",
                        "§ 6.1.2",
                        "Les critères d'acceptation des risques ne sont pas définis ; la méthode ne précise pas le seuil de risque résiduel acceptable.",
                        "Écart majeur",
                        "Badr Karim",
                        "17/04/2026",
                        "Ouvert",
                    ],
                    &[
                        "E2",
                        "A.8.32",
                        "Les changements en production sur le portail client ne sont pas approuvés avant leur déploiement.",
                        "Écart mineur",
                        "Martín Lombardi",
                        "15/05/2026",
                        "En cours",
                    ],
                    &[
                        "E3",
                        "Annexe A - 5.9",
                        "L'inventaire des actifs n'inclut pas les postes de travail des prestataires.",
                        "Écart mineur",
                        "Claire Martin",
                        "15/05/2026",
                        "Soldé",
                    ],
                    &[
                        "PS1",
                        "§ 7.3",
                        "Plusieurs prestataires ne connaissent pas la procédure de signalement des incidents.",
                        "Point sensible",
                        "Claire Martin",
                        "",
                        "Ouvert",
                    ],
                    &[
                        "PA1",
                        "§ 9.1",
                        "Les indicateurs du SMSI pourraient être présentés dans un tableau de bord mensuel.",
                        "Piste d'amélioration",
                        "",
                        "",
                        "Ouvert",
                    ],
                ],
                ';',
            )),
            expected: vec![
                finding("E1", "major", "6.1.2", "Les critères d'acceptation des risques")
                    .owner("badr@acme.test"),
                finding("E2", "minor", "A.8.32", "Les changements en production")
                    .owner("martin@acme.test"),
                finding("E3", "minor", "A.5.9", "L'inventaire des actifs n'inclut")
                    .pending(&["Claire Martin"]),
                finding("PS1", "observation", "7.3", "Plusieurs prestataires ne connaissent")
                    .pending(&["Claire Martin"]),
                finding("PA1", "ofi", "9.1", "Les indicateurs du SMSI pourraient"),
            ],
        },
        Layout {
            id: "ho6-grc-csv-control-id-soc2-mix",
            origin: "holdout 6: a compliance automation tool's (Vanta/Drata-like) findings CSV whose \"Control ID\" cells mix SOC 2 criteria with ISO controls in varying separators (\"CC6.2, A.5.18\", \"A.8.8; CC7.1\", \"CC8.1 / A.8.32\"), a \"Frameworks\" column naming both, a \"Control name\" column of short titles beside the \"Finding description\", the grade in \"Finding type\" beside a \"Severity\" column that disagrees with it (a minor graded High, a major Critical), owners as emails, ISO timestamps",
            file_name: "audit_findings_export_2026-03-20.csv",
            bytes: delimited(
                &[
                    &[
                        "Finding ID",
                        "Control name",
                        "Finding description",
                        "Control ID",
                        "Frameworks",
                        "Finding type",
                        "Severity",
                        "Status",
                        "Owner",
                        "Due date",
                        "Created at",
                    ],
                    &[
                        "FND-1042",
                        "Access reviews",
                        "User access reviews for production AWS accounts were not performed in Q3 and Q4 2025.",
                        "CC6.2, A.5.18",
                        "ISO 27001:2022, SOC 2",
                        "Minor nonconformity",
                        "High",
                        "In progress",
                        "ops@acme.test",
                        "2026-04-30",
                        "2026-03-12T09:31:04Z",
                    ],
                    &[
                        "FND-1043",
                        "Vulnerability management",
                        "Critical vulnerabilities on 3 internet-facing hosts remained open beyond the 15-day SLA.",
                        "A.8.8; CC7.1",
                        "ISO 27001:2022, SOC 2",
                        "Major nonconformity",
                        "Critical",
                        "In progress",
                        "lena.fischer@acme.test",
                        "2026-04-10",
                        "2026-03-12T10:02:47Z",
                    ],
                    &[
                        "FND-1044",
                        "Change management",
                        "Two production changes were deployed without a peer-reviewed pull request.",
                        "CC8.1 / A.8.32",
                        "ISO 27001:2022, SOC 2",
                        "Minor nonconformity",
                        "Medium",
                        "Remediated",
                        "martin@acme.test",
                        "2026-04-30",
                        "2026-03-12T11:15:20Z",
                    ],
                    &[
                        "FND-1045",
                        "Incident response",
                        "The incident response plan was last tested in 2024 and names a former CTO as incident lead.",
                        "A.5.24",
                        "ISO 27001:2022",
                        "Observation",
                        "Low",
                        "Not started",
                        "badr@acme.test",
                        "",
                        "2026-03-13T08:45:00Z",
                    ],
                    &[
                        "FND-1046",
                        "Security awareness training",
                        "Completion of annual security awareness training could be tracked per team in the HR system.",
                        "CC1.4, A.6.3",
                        "ISO 27001:2022, SOC 2",
                        "Opportunity for improvement",
                        "Low",
                        "Not started",
                        "",
                        "",
                        "2026-03-13T09:12:38Z",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("FND-1042", "minor", "A.5.18", "User access reviews for production")
                    .owner("ops@acme.test")
                    .others(&["CC6.2"]),
                finding("FND-1043", "major", "A.8.8", "Critical vulnerabilities on 3")
                    .owner("lena.fischer@acme.test")
                    .others(&["CC7.1"]),
                finding("FND-1044", "minor", "A.8.32", "Two production changes were deployed")
                    .owner("martin@acme.test")
                    .others(&["CC8.1"]),
                finding("FND-1045", "observation", "A.5.24", "The incident response plan was")
                    .owner("badr@acme.test")
                    .others(&[]),
                finding("FND-1046", "ofi", "A.6.3", "Completion of annual security")
                    .others(&["CC1.4"]),
            ],
        },
        Layout {
            id: "ho6-servicenow-issue-export",
            origin: "holdout 6: a ServiceNow-like GRC issue export (UTF-8 CSV with a BOM, every cell quoted as the tool writes) with Number (ISS0010231), Short description (the statement), State (Analyze, Respond, Closed, New), Priority (\"1 - Critical\" to \"5 - Planning\", not the grade), Assigned to as display names, Assignment group, a Control column of \"ISO/IEC 27001:2022 A.8.2 - Privileged access rights\", the grade in a Classification column (\"Nonconformity - Major\"), and Close notes with a date on the closed issue",
            file_name: "sn_grc_issue.csv",
            bytes: format!(
                "\u{feff}{}",
                [
                    "\"Number\",\"Short description\",\"State\",\"Priority\",\"Assigned to\",\"Assignment group\",\"Control\",\"Classification\",\"Opened\",\"Due date\",\"Close notes\"",
                    "\"ISS0010231\",\"Internal audit programme did not cover the Lisbon office in 2025\",\"Analyze\",\"3 - Moderate\",\"Lena Fischer\",\"GRC\",\"ISO/IEC 27001:2022 9.2 - Internal audit\",\"Nonconformity - Minor\",\"2026-03-19 10:42:07\",\"2026-05-29\",\"\"",
                    "\"ISS0010232\",\"Privileged access to the payment database is shared through a generic admin account\",\"Respond\",\"1 - Critical\",\"Martín Lombardi\",\"IT Security\",\"ISO/IEC 27001:2022 A.8.2 - Privileged access rights\",\"Nonconformity - Major\",\"2026-03-19 10:55:31\",\"2026-04-17\",\"\"",
                    "\"ISS0010233\",\"Backup restore test evidence missing for the HR SaaS platform\",\"Closed\",\"3 - Moderate\",\"Badr Karim\",\"IT Operations\",\"ISO/IEC 27001:2022 A.8.13 - Information backup\",\"Nonconformity - Minor\",\"2026-03-19 11:20:12\",\"2026-05-29\",\"Restore test performed 2026-04-02, evidence attached to the issue.\"",
                    "\"ISS0010234\",\"Visitor badges are not always returned at reception\",\"New\",\"4 - Low\",\"Sofia Rinaldi\",\"Facilities\",\"ISO/IEC 27001:2022 A.7.2 - Physical entry\",\"Observation\",\"2026-03-19 11:48:55\",\"\",\"\"",
                    "\"ISS0010235\",\"Joiner, mover and leaver steps between HR and IAM could be automated\",\"New\",\"5 - Planning\",\"\",\"IT Security\",\"ISO/IEC 27001:2022 A.5.16 - Identity management\",\"Opportunity for Improvement\",\"2026-03-19 12:03:40\",\"\",\"\"",
                ]
                .join("\r\n")
            )
            .into_bytes(),
            expected: vec![
                finding("ISS0010231", "minor", "9.2", "Internal audit programme did not")
                    .owner("lena.fischer@acme.test"),
                finding("ISS0010232", "major", "A.8.2", "Privileged access to the payment")
                    .owner("martin@acme.test"),
                finding("ISS0010233", "minor", "A.8.13", "Backup restore test evidence")
                    .owner("badr@acme.test"),
                finding("ISS0010234", "observation", "A.7.2", "Visitor badges are not always")
                    .pending(&["Sofia Rinaldi"]),
                finding("ISS0010235", "ofi", "A.5.16", "Joiner, mover and leaver steps"),
            ],
        },
        Layout {
            id: "ho6-type-nc-ofi-category-major-minor",
            origin: "holdout 6: a company's audit register mixing NCs and OFIs with a \"Type\" column (NC, OFI) and a separate \"Category\" column (Major, Minor) filled only for NCs, references written 2026/ISO/001 (slashes and a year), bare clause 7.2 in a column that writes controls with A., one cell listing two controls, owners as names and a role",
            file_name: "ISMS_Audit_Register_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &["ISMS external audit register – recertification audit, February 2026"],
                    &[""],
                    &[
                        "Ref",
                        "Type",
                        "Category",
                        "Clause/Control",
                        "Description",
                        "Owner",
                        "Due",
                        "Status",
                    ],
                    &[
                        "2026/ISO/001",
                        "NC",
                        "Minor",
                        "A.5.23",
                        "Information security requirements for the use of Microsoft 365 have not been defined.",
                        "Badr Karim",
                        "#d 2026-04-30",
                        "Open",
                    ],
                    &[
                        "2026/ISO/002",
                        "OFI",
                        "",
                        "9.1",
                        "Security KPIs could be trended over twelve months to show the effectiveness of controls.",
                        "Badr Karim",
                        "",
                        "Open",
                    ],
                    &[
                        "2026/ISO/003",
                        "NC",
                        "Major",
                        "6.1.3",
                        "The Statement of Applicability does not include the controls added in the 2022 revision.",
                        "Lena Fischer",
                        "#d 2026-03-31",
                        "Open",
                    ],
                    &[
                        "2026/ISO/004",
                        "NC",
                        "Minor",
                        "A.8.15, A.8.16",
                        "Logs of the VPN gateway are not reviewed and its alerts are not monitored.",
                        "Head of IT Operations",
                        "#d 2026-04-30",
                        "Open",
                    ],
                    &[
                        "2026/ISO/005",
                        "OFI",
                        "",
                        "A.5.7",
                        "Threat intelligence summaries could be shared with the development team.",
                        "",
                        "",
                        "Open",
                    ],
                    &[
                        "2026/ISO/006",
                        "NC",
                        "Minor",
                        "7.2",
                        "Two of five new starters sampled had no record of the security induction.",
                        "Kwame Mensah",
                        "#d 2026-04-30",
                        "Open",
                    ],
                ],
            )]),
            expected: vec![
                finding("2026/ISO/001", "minor", "A.5.23", "Information security requirements for")
                    .owner("badr@acme.test"),
                finding("2026/ISO/002", "ofi", "9.1", "Security KPIs could be trended")
                    .owner("badr@acme.test"),
                finding("2026/ISO/003", "major", "6.1.3", "The Statement of Applicability")
                    .owner("lena.fischer@acme.test"),
                finding("2026/ISO/004", "minor", "A.8.15, A.8.16", "Logs of the VPN gateway")
                    .owner("ops@acme.test"),
                finding("2026/ISO/005", "ofi", "A.5.7", "Threat intelligence summaries"),
                finding("2026/ISO/006", "minor", "7.2", "Two of five new starters sampled")
                    .pending(&["Kwame Mensah"]),
            ],
        },
        Layout {
            id: "ho6-grade-in-statement-sentence",
            origin: "holdout 6: a surveillance audit report table with no grade column: each finding's grade is written in a sentence at the end of its statement (\"This is a minor nonconformity.\", \"raised as a major nonconformity rather than a minor one\", \"Recorded as an observation.\", \"No nonconformity is raised; this is an opportunity for improvement.\"), a long Evidence column beside it, clause 6.2 bare in a column that writes controls with A.",
            file_name: "SA2_report_findings_table.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Surveillance audit 2 – Kestrel Analytics Ltd – findings"],
                    &["Audit dates: 17–18 February 2026. Lead auditor: P. Adeyemi"],
                    &[""],
                    &["Ref", "Area", "Clause", "Finding", "Evidence", "Auditee"],
                    &[
                        "SA2-01",
                        "Leadership",
                        "6.2",
                        "Information security objectives for 2026 have been drafted but not approved by top management. This is a minor nonconformity.",
                        "Draft objectives v0.3 dated 12 January 2026; no approval in the management meeting minutes.",
                        "CISO",
                    ],
                    &[
                        "SA2-02",
                        "Internal audit",
                        "9.2",
                        "No internal audit has been carried out since the certification audit in 2024. As the whole audit programme was not implemented, this is raised as a major nonconformity rather than a minor one.",
                        "Audit programme 2025 approved; none of its six audits performed.",
                        "ISMS Manager",
                    ],
                    &[
                        "SA2-03",
                        "Supplier security",
                        "A.5.20",
                        "The contract with the new payroll provider contains no information security clauses. This is a minor nonconformity.",
                        "Contract signed 3 October 2025, reviewed during the audit.",
                        "Procurement",
                    ],
                    &[
                        "SA2-04",
                        "Physical security",
                        "A.7.9",
                        "Laptops taken to customer sites are not signed out, and the procedure does not require it. Recorded as an observation.",
                        "Interview with the service desk; sign-out sheet used for projectors only.",
                        "Service desk",
                    ],
                    &[
                        "SA2-05",
                        "Monitoring",
                        "A.8.16",
                        "The SOC's monthly report does not show trends of false positives. No nonconformity is raised; this is an opportunity for improvement.",
                        "SOC reports for November 2025 to January 2026.",
                        "IT Security",
                    ],
                ],
            )]),
            expected: vec![
                finding("SA2-01", "minor", "6.2", "Information security objectives for"),
                finding("SA2-02", "major", "9.2", "No internal audit has been carried"),
                finding("SA2-03", "minor", "A.5.20", "The contract with the new payroll"),
                finding("SA2-04", "observation", "A.7.9", "Laptops taken to customer sites"),
                finding("SA2-05", "ofi", "A.8.16", "The SOC's monthly report does not"),
            ],
        },
        Layout {
            id: "ho6-open-closed-sections-multiline-refs",
            origin: "holdout 6: a company's NC register split by merged section rows that are statuses, not grades (\"Open findings\", \"Closed findings – verified by the auditor\"), closed findings still findings, grades Major, Minor, Obs, OFI in a Grade column, one requirement cell with two controls on two lines of the same cell, a bare 8.1 that is the clause (the column writes controls with A.), root cause and corrective action filled for three findings, Excel dates",
            file_name: "NC_register_2026_status.xlsx",
            bytes: xlsx(vec![sheet(
                "NC register",
                0,
                0,
                &[
                    &[
                        "NC No.",
                        "Raised",
                        "Grade",
                        "ISO 27001:2022 ref",
                        "Nonconformity",
                        "Root cause",
                        "Corrective action",
                        "Owner",
                        "Status",
                        "Closed on",
                    ],
                    &["Open findings"],
                    &[
                        "NC-2026-07",
                        "#d 2026-02-24",
                        "Minor",
                        "A.5.29",
                        "Business continuity plans do not address information security during a disruption.",
                        "Plans were written by facilities without ISMS input.",
                        "Add ISMS requirements to the BCP template and test them in Q2.",
                        "Martín Lombardi",
                        "Open",
                        "",
                    ],
                    &[
                        "NC-2026-08",
                        "#d 2026-02-24",
                        "OFI",
                        "A.8.23",
                        "Web filtering categories could be reviewed every quarter with HR.",
                        "",
                        "",
                        "",
                        "Open",
                        "",
                    ],
                    &["Closed findings – verified by the auditor"],
                    &[
                        "NC-2026-01",
                        "#d 2026-02-23",
                        "Major",
                        "8.1",
                        "Outsourced processes are not controlled: the managed SOC's SLA reports have not been reviewed since onboarding.",
                        "Supplier management was owned by procurement without ISMS input.",
                        "Monthly SLA review meeting set up; reports from October to February reviewed.",
                        "Lena Fischer",
                        "Closed",
                        "#d 2026-03-30",
                    ],
                    &[
                        "NC-2026-02",
                        "#d 2026-02-23",
                        "Minor",
                        "A.5.10\nA.5.13",
                        "Acceptable use rules are not given to contractors, and exported reports carry no classification label.",
                        "Onboarding checklist for contractors did not exist.",
                        "Checklist created; report template now prints the label.",
                        "Badr Karim",
                        "Closed",
                        "#d 2026-03-27",
                    ],
                    &[
                        "NC-2026-03",
                        "#d 2026-02-24",
                        "Obs",
                        "10.2",
                        "Corrective action records do not always state the root cause.",
                        "",
                        "",
                        "Badr Karim",
                        "Closed",
                        "#d 2026-03-27",
                    ],
                ],
            )
            .merged(1, 0, 1, 9)
            .merged(4, 0, 4, 9)]),
            expected: vec![
                finding("NC-2026-07", "minor", "A.5.29", "Business continuity plans do not")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("NC-2026-08", "ofi", "A.8.23", "Web filtering categories could"),
                finding("NC-2026-01", "major", "8.1", "Outsourced processes are not controlled")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("NC-2026-02", "minor", "A.5.10, A.5.13", "Acceptable use rules are not given")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("NC-2026-03", "observation", "10.2", "Corrective action records do not")
                    .owner("badr@acme.test"),
            ],
        },
    ]
}

fn seventh_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho7-cover-and-summary-above-table",
            origin: "holdout 7: a certification body's recertification report on one sheet: 21 rows of cover (label and value pairs: client, standard, audit type, dates, team, scope), an audit summary paragraph and a summary of findings with counts per grade (\"Major nonconformities | 1\") and a recommendation, before the findings table whose header is on row 23; requirements written \"ISO/IEC 27001:2022 Clause 6.1.3 d)\" and \"ISO/IEC 27001:2022 Annex A 5.23\"",
            file_name: "Recertification-Report-Northwind-2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Report",
                    0,
                    0,
                    &[
                        &["CertiQ Assurance Ltd – Certification Audit Report"],
                        &[""],
                        &["Client", "Northwind Freight Ltd"],
                        &["Client reference", "C-20931"],
                        &["Standard", "ISO/IEC 27001:2022"],
                        &["Audit type", "Recertification audit"],
                        &["Audit dates", "#d 2026-02-17", "to", "#d 2026-02-19"],
                        &["Lead auditor", "Priya Raman"],
                        &["Audit team", "Tom Okonkwo (technical expert)"],
                        &["Sites audited", "Bristol (head office), Avonmouth warehouse"],
                        &[
                            "Scope",
                            "The ISMS supporting freight forwarding, customs brokerage and warehouse management services, in accordance with the Statement of Applicability v7 of 12 January 2026.",
                        ],
                        &[""],
                        &["Audit summary"],
                        &[
                            "The audit found the ISMS to be generally effective. Management review and risk assessment were well evidenced. The findings are listed below; a corrective action plan for the major nonconformity is required within 30 days of the closing meeting.",
                        ],
                        &[""],
                        &["Summary of findings"],
                        &["Major nonconformities", "#n 1"],
                        &["Minor nonconformities", "#n 2"],
                        &["Opportunities for improvement", "#n 2"],
                        &[
                            "Recommendation",
                            "Recertification recommended subject to acceptance of the corrective action plan for the major nonconformity",
                        ],
                        &[""],
                        &["Detailed findings"],
                        &[
                            "Finding ID",
                            "Type",
                            "Standard reference",
                            "Details of finding",
                            "Auditee representative",
                        ],
                        &[
                            "R-01",
                            "Major NC",
                            "ISO/IEC 27001:2022 Clause 6.1.3 d)",
                            "The Statement of Applicability has not been updated since the Avonmouth warehouse was added to the scope; the physical security controls are marked not applicable although the warehouse has its own perimeter.",
                            "ISMS Manager",
                        ],
                        &[
                            "R-02",
                            "Minor NC",
                            "ISO/IEC 27001:2022 Annex A 5.23",
                            "Cloud services used for customs declarations were adopted without the supplier security assessment required by procedure PR-14.",
                            "Procurement Lead",
                        ],
                        &[
                            "R-03",
                            "Minor NC",
                            "ISO/IEC 27001:2022 A.7.10",
                            "Removable media holding CCTV exports are stored unlabelled in an unlocked drawer at Avonmouth.",
                            "Warehouse Manager",
                        ],
                        &[
                            "R-04",
                            "OFI",
                            "ISO/IEC 27001:2022 A.8.13",
                            "Backup success reports could be reviewed weekly by the service owner rather than only when a job fails.",
                            "IT Manager",
                        ],
                        &[
                            "R-05",
                            "OFI",
                            "ISO/IEC 27001:2022 Clause 7.3",
                            "Awareness material for warehouse staff could be offered in Polish and Romanian, the first languages of many operatives.",
                            "HR Manager",
                        ],
                    ],
                )
                .merged(0, 0, 0, 4)
                .merged(10, 1, 10, 4)
                .merged(13, 0, 13, 4)
                .merged(19, 1, 19, 4),
            ]),
            expected: vec![
                finding("R-01", "major", "6.1.3", "The Statement of Applicability has"),
                finding("R-02", "minor", "A.5.23", "Cloud services used for customs"),
                finding("R-03", "minor", "A.7.10", "Removable media holding CCTV"),
                finding("R-04", "ofi", "A.8.13", "Backup success reports could be"),
                finding("R-05", "ofi", "7.3", "Awareness material for warehouse"),
            ],
        },
        Layout {
            id: "ho7-two-tables-nc-then-obs-ofi",
            origin: "holdout 7: an internal audit sheet holding two tables one under the other: \"A. Nonconformities\" (NC Ref, Clause / Control, Grade, statement, Evidence, Responsible) and, after two blank rows, \"B. Observations and opportunities for improvement\" with its own header row in another order (Description first, Category, Ref., Related requirement, Area) and no owner column; owners as names and a role in the first table",
            file_name: "Internal-Audit-2026-Q1-Findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings register",
                0,
                0,
                &[
                    &["Internal ISMS audit 2026-Q1 – findings"],
                    &[""],
                    &["A. Nonconformities"],
                    &[
                        "NC Ref",
                        "Clause / Control",
                        "Grade",
                        "Nonconformity statement",
                        "Evidence",
                        "Responsible",
                    ],
                    &[
                        "NC-01",
                        "A.5.15",
                        "Minor",
                        "Access to the payroll share is granted to the whole Finance group, including two trainees.",
                        "ACL export of the payroll share, 3 February 2026",
                        "Lena Fischer",
                    ],
                    &[
                        "NC-02",
                        "9.2.2",
                        "Major",
                        "The internal audit programme for 2025 was not carried out: none of the six planned audits took place.",
                        "Audit programme 2025 v1.0; no audit reports on file",
                        "Badr Karim",
                    ],
                    &[
                        "NC-03",
                        "A.8.13",
                        "Minor",
                        "Restore tests of the file server backups are not recorded.",
                        "Backup procedure BP-03 requires quarterly restore tests; none recorded in 2025",
                        "Head of IT Operations",
                    ],
                    &[""],
                    &[""],
                    &["B. Observations and opportunities for improvement"],
                    &["Description", "Category", "Ref.", "Related requirement", "Area"],
                    &[
                        "Visitor badges are collected at reception but not reconciled at the end of the day.",
                        "Observation",
                        "OBS-01",
                        "A.7.2",
                        "Facilities",
                    ],
                    &[
                        "Threat intelligence from the national CERT could be fed into the vulnerability management process.",
                        "Opportunity for improvement",
                        "OFI-01",
                        "A.5.7",
                        "Security team",
                    ],
                    &[
                        "The communication plan could name who informs customers of security incidents.",
                        "Opportunity for improvement",
                        "OFI-02",
                        "Clause 7.4",
                        "ISMS",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-01", "minor", "A.5.15", "Access to the payroll share is")
                    .owner("lena.fischer@acme.test"),
                finding("NC-02", "major", "9.2.2", "The internal audit programme for 2025")
                    .owner("badr@acme.test"),
                finding("NC-03", "minor", "A.8.13", "Restore tests of the file server")
                    .owner("ops@acme.test"),
                finding("OBS-01", "observation", "A.7.2", "Visitor badges are collected at"),
                finding("OFI-01", "ofi", "A.5.7", "Threat intelligence from the national"),
                finding("OFI-02", "ofi", "7.4", "The communication plan could name"),
            ],
        },
        Layout {
            id: "ho7-statement-split-criterion-evidence",
            origin: "holdout 7: a certification body's NC register with no single description column: the statement is split over \"Requirement / criterion\" (the requirement text, sometimes quoting the company's own policy) and \"Evidence / finding\" (what was seen), beside a separate \"ISO 27001 clause\" column; the word Requirement heads a column of prose, not of references (the holdout's author read the statement as the criterion followed by the evidence; the fourth holdout's `ho4-prefixed-statements-requirement-text` reads a column of the requirement's text beside the finding as no part of it, and that reading is kept: the statement is the evidence / finding)",
            file_name: "NC-register-stage2.xlsx",
            bytes: xlsx(vec![sheet(
                "NC register",
                0,
                0,
                &[
                    &["Stage 2 audit – nonconformity register"],
                    &[""],
                    &[
                        "Ref",
                        "ISO 27001 clause",
                        "Requirement / criterion",
                        "Evidence / finding",
                        "Grading",
                        "Process owner",
                        "Agreed by auditee",
                    ],
                    &[
                        "NC-1",
                        "9.2.2",
                        "The organisation shall define the audit criteria and scope for each audit.",
                        "Internal audit reports IA-25-03 and IA-25-04 state neither criteria nor scope.",
                        "Minor",
                        "Badr Karim",
                        "Yes",
                    ],
                    &[
                        "NC-2",
                        "A.8.15",
                        "Logging standard LS-02 requires firewall logs to be kept for 90 days and reviewed weekly.",
                        "Firewall logs are retained for 7 days only; no review records exist for Q4 2025.",
                        "Major",
                        "Head of IT Operations",
                        "Yes",
                    ],
                    &[
                        "NC-3",
                        "A.6.3",
                        "Training policy v2.0 requires security awareness training on joining and every year.",
                        "4 of 10 sampled new starters in 2025 had not completed the induction training.",
                        "Minor",
                        "Lena Fischer",
                        "Yes",
                    ],
                    &[
                        "NC-4",
                        "6.1.2",
                        "Risk methodology RM-01 requires risk owners to approve the risk assessment results.",
                        "11 of the 38 risks in the 2025 risk register have no approval by their owner.",
                        "Minor",
                        "Badr Karim",
                        "Partly",
                    ],
                    &[
                        "OFI-1",
                        "A.5.24",
                        "Incident management roles should be rehearsed periodically (good practice).",
                        "No incident exercise has been held since the plan was issued in 2024.",
                        "OFI",
                        "Tomasz Nowak",
                        "Yes",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-1", "minor", "9.2.2", "Internal audit reports IA-25-03 and")
                    .owner("badr@acme.test"),
                finding("NC-2", "major", "A.8.15", "Firewall logs are retained for 7 days")
                    .owner("ops@acme.test"),
                finding("NC-3", "minor", "A.6.3", "4 of 10 sampled new starters in 2025")
                    .owner("lena.fischer@acme.test"),
                finding("NC-4", "minor", "6.1.2", "11 of the 38 risks in the 2025 risk")
                    .owner("badr@acme.test"),
                finding("OFI-1", "ofi", "A.5.24", "No incident exercise has been held")
                    .pending(&["Tomasz Nowak"]),
            ],
        },
        Layout {
            id: "ho7-de-pdf-export-wrapped-rows",
            origin: "holdout 7: a German audit report's findings annex converted from PDF to Excel (sheet \"Table 1\"): long statements wrap into a second row holding only the continuation text in the Feststellung column, a page break repeats a \"Seite 2 von 2\" line and the header row mid-table, dates as text (31.05.2026), grades Hauptabweichung, Nebenabweichung, Beobachtung, Verbesserungspotenzial",
            file_name: "Auditbericht_Anlage2_Feststellungen.xlsx",
            bytes: xlsx(vec![sheet(
                "Table 1",
                0,
                0,
                &[
                    &["Auditbericht ISO/IEC 27001:2022 – Anlage 2: Feststellungen"],
                    &["Seite 1 von 2"],
                    &["Nr.", "Normkapitel", "Feststellung", "Bewertung", "Verantwortlich", "Frist"],
                    &[
                        "A-01",
                        "9.3.2",
                        "Die Managementbewertung 2025 behandelt die Ergebnisse",
                        "Nebenabweichung",
                        "B. Karim",
                        "31.05.2026",
                    ],
                    &["", "", "der internen Audits und den Stand der Korrekturmaßnahmen nicht."],
                    &[
                        "A-02",
                        "A.8.8",
                        "Für die Produktionsserver wurden kritische Sicherheitsupdates",
                        "Hauptabweichung",
                        "IT-Betrieb",
                        "30.04.2026",
                    ],
                    &["", "", "über 90 Tage nicht eingespielt; ein Ausnahmeprozess fehlt."],
                    &[
                        "A-03",
                        "A.5.20",
                        "Lieferantenverträge enthalten keine Anforderungen an die Informationssicherheit.",
                        "Nebenabweichung",
                        "Einkauf",
                        "30.06.2026",
                    ],
                    &["Seite 2 von 2"],
                    &["Nr.", "Normkapitel", "Feststellung", "Bewertung", "Verantwortlich", "Frist"],
                    &[
                        "A-04",
                        "7.5.3",
                        "Die Lenkung dokumentierter Information ist nicht",
                        "Beobachtung",
                        "QM",
                        "",
                    ],
                    &["", "", "durchgängig umgesetzt: drei Arbeitsanweisungen ohne Versionsangabe."],
                    &[
                        "A-05",
                        "A.5.7",
                        "Bedrohungsinformationen könnten systematischer",
                        "Verbesserungspotenzial",
                        "ISB",
                        "",
                    ],
                    &["", "", "ausgewertet und an das Risikomanagement weitergegeben werden."],
                ],
            )]),
            expected: vec![
                finding("A-01", "minor", "9.3.2", "Die Managementbewertung 2025"),
                finding("A-02", "major", "A.8.8", "Für die Produktionsserver wurden"),
                finding("A-03", "minor", "A.5.20", "Lieferantenverträge enthalten keine"),
                finding("A-04", "observation", "7.5.3", "Die Lenkung dokumentierter"),
                finding("A-05", "ofi", "A.5.7", "Bedrohungsinformationen könnten"),
            ],
        },
        Layout {
            id: "ho7-numbered-refs-coded-grades-utf16",
            origin: "holdout 7: a UTF-16 tab-separated export of a stage 2 register whose references are only running numbers 1 to 5 in a \"No.\" column (no other identifier column), the grade coded NC-MA, NC-MI, OBS, OFI in a \"Code\" column after the statement and explained by a \"Codes:\" line above the header; a date and auditor initials beside the number",
            file_name: "stage2_findings_export.txt",
            bytes: utf16le_with_bom(&delimited(
                &[
                    &["Stage 2 audit - register of findings"],
                    &["Codes: NC-MA = major nonconformity; NC-MI = minor nonconformity; OBS = observation; OFI = opportunity for improvement"],
                    &[""],
                    &["No.", "Date", "Auditor", "Clause / control", "Finding", "Code", "Auditee"],
                    &[
                        "1",
                        "2026-01-21",
                        "JH",
                        "A.5.1",
                        "The information security policy has not been reviewed since 2022, although it requires a yearly review.",
                        "NC-MI",
                        "ISMS Manager",
                    ],
                    &[
                        "2",
                        "2026-01-21",
                        "JH",
                        "6.1.3",
                        "Risk treatment plans have not been approved by the risk owners and residual risks are accepted by nobody.",
                        "NC-MA",
                        "ISMS Manager",
                    ],
                    &[
                        "3",
                        "2026-01-22",
                        "AM",
                        "A.8.2",
                        "Domain administrator rights are held by five staff, three of whom no longer need them.",
                        "NC-MI",
                        "IT",
                    ],
                    &[
                        "4",
                        "2026-01-22",
                        "AM",
                        "A.5.37",
                        "Operating procedures for the payment gateway exist only as notes in a personal wiki page.",
                        "OBS",
                        "IT",
                    ],
                    &[
                        "5",
                        "2026-01-22",
                        "JH",
                        "9.1",
                        "Security metrics could be tied to the objectives set in the ISMS plan.",
                        "OFI",
                        "ISMS Manager",
                    ],
                ],
                '\t',
            )),
            expected: vec![
                finding("1", "minor", "A.5.1", "The information security policy has"),
                finding("2", "major", "6.1.3", "Risk treatment plans have not been"),
                finding("3", "minor", "A.8.2", "Domain administrator rights are held"),
                finding("4", "observation", "A.5.37", "Operating procedures for the payment"),
                finding("5", "ofi", "9.1", "Security metrics could be tied to"),
            ],
        },
        Layout {
            id: "ho7-header-with-blank-cells",
            origin: "holdout 7: an internal audit register laid out for printing: the header row has blank cells between named columns (an empty spacer column B and H), the description header and every statement merged over three columns (D:F), a bare clause 5.1 in a column that writes controls with A., owners as names and a role",
            file_name: "ISMS-IA-Findings-Q1.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Sheet1",
                    0,
                    0,
                    &[
                        &["ISMS Internal Audit Findings – Q1 2026"],
                        &[""],
                        &[
                            "Ref",
                            "",
                            "Clause",
                            "Finding description",
                            "",
                            "",
                            "Category",
                            "",
                            "Owner",
                            "Target date",
                        ],
                        &[
                            "IA-01",
                            "",
                            "A.5.10",
                            "Customer data extracts are sent to the marketing agency by unencrypted e-mail.",
                            "",
                            "",
                            "Minor",
                            "",
                            "Lena Fischer",
                            "#d 2026-05-15",
                        ],
                        &[
                            "IA-02",
                            "",
                            "A.8.9",
                            "Baseline configurations for the new firewall cluster are not documented.",
                            "",
                            "",
                            "Minor",
                            "",
                            "Head of IT Operations",
                            "#d 2026-05-31",
                        ],
                        &[
                            "IA-03",
                            "",
                            "5.1",
                            "Top management has not communicated the importance of the ISMS to staff since the 2024 kick-off.",
                            "",
                            "",
                            "Major",
                            "",
                            "Badr Karim",
                            "#d 2026-04-30",
                        ],
                        &[
                            "IA-04",
                            "",
                            "A.5.36",
                            "Compliance checks against the acceptable use policy are done ad hoc; a yearly plan would help.",
                            "",
                            "",
                            "OFI",
                            "",
                            "Martín Lombardi",
                            "#d 2026-06-30",
                        ],
                        &[
                            "IA-05",
                            "",
                            "A.7.9",
                            "Laptops taken to trade fairs are not recorded on an off-site equipment register.",
                            "",
                            "",
                            "Observation",
                            "",
                            "Karen Holt",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 9)
                .merged(2, 3, 2, 5)
                .merged(3, 3, 3, 5)
                .merged(4, 3, 4, 5)
                .merged(5, 3, 5, 5)
                .merged(6, 3, 6, 5)
                .merged(7, 3, 7, 5),
            ]),
            expected: vec![
                finding("IA-01", "minor", "A.5.10", "Customer data extracts are sent")
                    .owner("lena.fischer@acme.test"),
                finding("IA-02", "minor", "A.8.9", "Baseline configurations for the new")
                    .owner("ops@acme.test"),
                finding("IA-03", "major", "5.1", "Top management has not communicated")
                    .owner("badr@acme.test"),
                finding("IA-04", "ofi", "A.5.36", "Compliance checks against the")
                    .owner("martin@acme.test"),
                finding("IA-05", "observation", "A.7.9", "Laptops taken to trade fairs")
                    .pending(&["Karen Holt"]),
            ],
        },
        Layout {
            id: "ho7-multi-site-sheets-one-empty",
            origin: "holdout 7: a multi-site surveillance workbook: a Summary sheet first whose table counts findings per site under headers Major, Minor, Obs, OFI (numbers, not ticks, and a Total row), then one sheet per site with the same title line and table; the Glasgow sheet holds only its header and a \"No findings raised at this site.\" line",
            file_name: "Multi-site-SA2-2026-findings.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Summary",
                    0,
                    0,
                    &[
                        &["Multi-site surveillance audit 2026 – findings by site"],
                        &[""],
                        &["Site", "Audit date", "Major", "Minor", "Obs", "OFI", "Total"],
                        &["Manchester (HQ)", "#d 2026-02-10", "#n 1", "#n 1", "#n 1", "#n 0", "#n 3"],
                        &["Glasgow", "#d 2026-02-11", "#n 0", "#n 0", "#n 0", "#n 0", "#n 0"],
                        &["Cardiff", "#d 2026-02-12", "#n 0", "#n 1", "#n 0", "#n 1", "#n 2"],
                        &["Total", "", "#n 1", "#n 2", "#n 1", "#n 1", "#n 5"],
                    ],
                ),
                sheet(
                    "Manchester",
                    0,
                    0,
                    &[
                        &["Site: Manchester (HQ) – audited 10 February 2026"],
                        &[""],
                        &["Ref", "Area", "Requirement", "Finding", "Grade", "Owner"],
                        &[
                            "MAN-01",
                            "Data centre",
                            "A.7.11",
                            "The UPS for the server room has not been maintained since March 2023.",
                            "Major",
                            "Head of IT Operations",
                        ],
                        &[
                            "MAN-02",
                            "HR",
                            "A.6.5",
                            "Leavers' access is removed on average nine days after their last working day.",
                            "Minor",
                            "Lena Fischer",
                        ],
                        &[
                            "MAN-03",
                            "ISMS",
                            "Clause 9.1",
                            "The ISMS objectives dashboard has not been updated since Q2 2025.",
                            "Observation",
                            "Badr Karim",
                        ],
                    ],
                ),
                sheet(
                    "Glasgow",
                    0,
                    0,
                    &[
                        &["Site: Glasgow – audited 11 February 2026"],
                        &[""],
                        &["Ref", "Area", "Requirement", "Finding", "Grade", "Owner"],
                        &["No findings raised at this site."],
                    ],
                ),
                sheet(
                    "Cardiff",
                    0,
                    0,
                    &[
                        &["Site: Cardiff – audited 12 February 2026"],
                        &[""],
                        &["Ref", "Area", "Requirement", "Finding", "Grade", "Owner"],
                        &[
                            "CAR-01",
                            "Reception",
                            "A.7.2",
                            "The visitor log at reception is kept on paper and is not retained as the procedure requires.",
                            "Minor",
                            "Martín Lombardi",
                        ],
                        &[
                            "CAR-02",
                            "IT",
                            "A.8.1",
                            "Screen lock could be enforced by policy on the shared warehouse terminals.",
                            "OFI",
                            "Martín Lombardi",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("MAN-01", "major", "A.7.11", "The UPS for the server room has")
                    .owner("ops@acme.test"),
                finding("MAN-02", "minor", "A.6.5", "Leavers' access is removed on")
                    .owner("lena.fischer@acme.test"),
                finding("MAN-03", "observation", "9.1", "The ISMS objectives dashboard has")
                    .owner("badr@acme.test"),
                finding("CAR-01", "minor", "A.7.2", "The visitor log at reception is")
                    .owner("martin@acme.test"),
                finding("CAR-02", "ofi", "A.8.1", "Screen lock could be enforced by")
                    .owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "ho7-grade-in-column-15-csv",
            origin: "holdout 7: a GRC tool's CSV export of 16 columns (ID, Audit, Date raised, Site, Department, Process, Standard, Clause, Clause title, Description, Evidence, Raised by, Auditee, Status...) whose grade sits in the 15th column, Classification, just before the due date; a bare 5.3 among A.-prefixed controls with its clause title beside it",
            file_name: "audit_findings_export_2026-03-13.csv",
            bytes: delimited(
                &[
                    &[
                        "ID",
                        "Audit",
                        "Date raised",
                        "Site",
                        "Department",
                        "Process",
                        "Standard",
                        "Clause",
                        "Clause title",
                        "Description",
                        "Evidence",
                        "Raised by",
                        "Auditee",
                        "Status",
                        "Classification",
                        "Due date",
                    ],
                    &[
                        "FND-0412",
                        "Surveillance audit 2 (2026)",
                        "2026-03-09",
                        "Rotterdam",
                        "IT",
                        "Change management",
                        "ISO/IEC 27001:2022",
                        "A.8.32",
                        "Change management",
                        "Emergency changes to the ERP were deployed without retrospective approval by the CAB.",
                        "Change log CHG-2291, CHG-2304; CAB minutes January-February 2026",
                        "R. Okafor",
                        "IT Operations Manager",
                        "Open",
                        "Minor NC",
                        "2026-05-08",
                    ],
                    &[
                        "FND-0413",
                        "Surveillance audit 2 (2026)",
                        "2026-03-09",
                        "Rotterdam",
                        "Management",
                        "ISMS governance",
                        "ISO/IEC 27001:2022",
                        "5.3",
                        "Organizational roles, responsibilities and authorities",
                        "The responsibilities of the ISMS manager have not been assigned in writing since the 2025 reorganisation.",
                        "Organisation chart v11; no appointment letter",
                        "R. Okafor",
                        "Managing Director",
                        "Open",
                        "Minor NC",
                        "2026-05-08",
                    ],
                    &[
                        "FND-0414",
                        "Surveillance audit 2 (2026)",
                        "2026-03-10",
                        "Rotterdam",
                        "HR",
                        "Recruitment",
                        "ISO/IEC 27001:2022",
                        "A.6.1",
                        "Screening",
                        "Background checks for 2 of 6 sampled administrators were completed after they were granted privileged access.",
                        "HR files of new hires 2025 (sample of 6)",
                        "S. Lindqvist",
                        "HR Manager",
                        "Open",
                        "Major NC",
                        "2026-04-10",
                    ],
                    &[
                        "FND-0415",
                        "Surveillance audit 2 (2026)",
                        "2026-03-10",
                        "Rotterdam",
                        "Facilities",
                        "Physical security",
                        "ISO/IEC 27001:2022",
                        "A.7.4",
                        "Physical security monitoring",
                        "CCTV recordings are overwritten after 72 hours, less than the time needed to investigate weekend incidents.",
                        "CCTV retention setting observed on site",
                        "S. Lindqvist",
                        "Facilities Manager",
                        "Open",
                        "Observation",
                        "",
                    ],
                    &[
                        "FND-0416",
                        "Surveillance audit 2 (2026)",
                        "2026-03-11",
                        "Rotterdam",
                        "IT",
                        "Capacity management",
                        "ISO/IEC 27001:2022",
                        "A.8.6",
                        "Capacity management",
                        "Capacity forecasts could use the monitoring data already collected instead of annual estimates.",
                        "",
                        "R. Okafor",
                        "IT Operations Manager",
                        "Open",
                        "OFI",
                        "",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("FND-0412", "minor", "A.8.32", "Emergency changes to the ERP were"),
                finding("FND-0413", "minor", "5.3", "The responsibilities of the ISMS"),
                finding("FND-0414", "major", "A.6.1", "Background checks for 2 of 6"),
                finding("FND-0415", "observation", "A.7.4", "CCTV recordings are overwritten"),
                finding("FND-0416", "ofi", "A.8.6", "Capacity forecasts could use the"),
            ],
        },
        Layout {
            id: "ho7-cap-tracker-action-rows",
            origin: "holdout 7: a company's corrective action plan tracker where each nonconformity has two or three action rows under it: reference, grade, requirement, statement and root cause on the first row only, then an action number (1.1, 1.2...), the action, its owner, due date and status on every row, so the rows below carry no reference, grade or statement",
            file_name: "CAP-Tracker-SA-Feb2026.xlsx",
            bytes: xlsx(vec![sheet(
                "CAP Tracker",
                0,
                0,
                &[
                    &["Corrective Action Plan – ISO 27001 surveillance audit February 2026"],
                    &[""],
                    &[
                        "NC Ref",
                        "Grade",
                        "Requirement",
                        "Nonconformity",
                        "Root cause",
                        "Action No.",
                        "Corrective action",
                        "Action owner",
                        "Due date",
                        "Status",
                    ],
                    &[
                        "NC-01",
                        "Major",
                        "A.8.13",
                        "Backups of the CRM database have not been restore-tested since go-live in 2024.",
                        "Nobody was given responsibility for restore tests after the CRM migration.",
                        "1.1",
                        "Assign restore-test ownership in the backup procedure",
                        "Head of IT Operations",
                        "#d 2026-03-31",
                        "Done",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "",
                        "1.2",
                        "Perform and document a full restore test of the CRM database",
                        "Head of IT Operations",
                        "#d 2026-04-15",
                        "In progress",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "",
                        "1.3",
                        "Add quarterly restore tests to the operations calendar",
                        "Head of IT Operations",
                        "#d 2026-04-30",
                        "Open",
                    ],
                    &[
                        "NC-02",
                        "Minor",
                        "A.5.18",
                        "Access rights of staff moving between departments are not reviewed; 3 of 12 movers kept their old rights.",
                        "The HR transfer form does not notify IT.",
                        "2.1",
                        "Add an IT notification step to the transfer form",
                        "Lena Fischer",
                        "#d 2026-04-30",
                        "Open",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "",
                        "2.2",
                        "Review and correct the rights of all 2025 movers",
                        "Lena Fischer",
                        "#d 2026-05-15",
                        "Open",
                    ],
                    &[
                        "NC-03",
                        "Minor",
                        "10.2",
                        "Corrective actions from the 2025 internal audit were closed without evidence of effectiveness.",
                        "The CAPA procedure has no effectiveness review step.",
                        "3.1",
                        "Add an effectiveness review to the CAPA procedure",
                        "Badr Karim",
                        "#d 2026-04-15",
                        "In progress",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "",
                        "3.2",
                        "Re-open the 2025 actions and verify their effectiveness",
                        "Badr Karim",
                        "#d 2026-05-31",
                        "Open",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "",
                        "3.3",
                        "Report effectiveness results to the management review",
                        "Badr Karim",
                        "#d 2026-06-30",
                        "Open",
                    ],
                    &[
                        "NC-04",
                        "Minor",
                        "A.7.7",
                        "Printed customer contracts were left on desks overnight in the sales office.",
                        "The clear desk rule is not part of the sales onboarding.",
                        "4.1",
                        "Brief the sales team on the clear desk rule",
                        "Martín Lombardi",
                        "#d 2026-03-31",
                        "Done",
                    ],
                    &[
                        "",
                        "",
                        "",
                        "",
                        "",
                        "4.2",
                        "Install lockable drawers in the sales office",
                        "Martín Lombardi",
                        "#d 2026-05-31",
                        "Open",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-01", "major", "A.8.13", "Backups of the CRM database have")
                    .plan(true),
                finding("NC-02", "minor", "A.5.18", "Access rights of staff moving")
                    .plan(true),
                finding("NC-03", "minor", "10.2", "Corrective actions from the 2025")
                    .plan(true),
                finding("NC-04", "minor", "A.7.7", "Printed customer contracts were left")
                    .plan(true),
            ],
        },
        Layout {
            id: "ho7-repeat-findings-previous-refs",
            origin: "holdout 7: a register with a \"Repeat finding?\" Yes/No column and a \"Previous ref.\" column holding older references (NC-2024-07, and OFI-2025-02 on a row now graded Minor) between the reference and the requirement; owners as names, one unknown",
            file_name: "Findings-2026-with-repeats.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings 2026",
                0,
                0,
                &[
                    &[
                        "Ref",
                        "Grade",
                        "Repeat finding?",
                        "Previous ref.",
                        "Clause / Annex A",
                        "Finding",
                        "Owner",
                        "Due",
                    ],
                    &[
                        "NC-2026-01",
                        "Major",
                        "Yes",
                        "NC-2024-07",
                        "A.5.30",
                        "ICT readiness for business continuity has still not been tested; the recovery of the order system was last exercised in 2023.",
                        "Badr Karim",
                        "#d 2026-04-30",
                    ],
                    &[
                        "NC-2026-02",
                        "Minor",
                        "No",
                        "",
                        "A.8.24",
                        "TLS certificates on two public web servers use keys of 1024 bits, below the cryptography standard.",
                        "Lena Fischer",
                        "#d 2026-05-31",
                    ],
                    &[
                        "NC-2026-03",
                        "Minor",
                        "Yes",
                        "OFI-2025-02",
                        "9.3.2",
                        "The management review does not consider changes in the needs of interested parties.",
                        "Martín Lombardi",
                        "#d 2026-06-30",
                    ],
                    &[
                        "NC-2026-04",
                        "Observation",
                        "No",
                        "",
                        "A.6.7",
                        "Remote working rules do not mention working from public places such as trains.",
                        "Priya Shah",
                        "",
                    ],
                    &[
                        "NC-2026-05",
                        "OFI",
                        "No",
                        "",
                        "A.5.12",
                        "Classification labels could be applied automatically to documents created from templates.",
                        "",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-2026-01", "major", "A.5.30", "ICT readiness for business continuity")
                    .owner("badr@acme.test"),
                finding("NC-2026-02", "minor", "A.8.24", "TLS certificates on two public web")
                    .owner("lena.fischer@acme.test"),
                finding("NC-2026-03", "minor", "9.3.2", "The management review does not")
                    .owner("martin@acme.test"),
                finding("NC-2026-04", "observation", "A.6.7", "Remote working rules do not mention")
                    .pending(&["Priya Shah"]),
                finding("NC-2026-05", "ofi", "A.5.12", "Classification labels could be"),
            ],
        },
        Layout {
            id: "ho7-sharepoint-evidence-links",
            origin: "holdout 7: a SharePoint list exported to Excel with an Evidence column of hyperlink text (https://sharepoint.example/evidence/123, one URL path containing A.8.8 and %20), one statement ending with a link, \"Assigned To\" as email addresses and names, a Modified timestamp column",
            file_name: "AuditFindings-query.xlsx",
            bytes: xlsx(vec![sheet(
                "owssvr",
                0,
                0,
                &[
                    &["ID", "Control", "Finding", "Type", "Evidence", "Assigned To", "Modified"],
                    &[
                        "AF-101",
                        "A.5.15",
                        "Shared mailboxes of the finance team can be opened by all staff of the head office.",
                        "Minor nonconformity",
                        "https://sharepoint.example/evidence/123",
                        "lena.fischer@acme.test",
                        "#d 2026-03-12",
                    ],
                    &[
                        "AF-102",
                        "A.8.8",
                        "The vulnerability scanner has not covered the DMZ since the firewall change in November 2025.",
                        "Major nonconformity",
                        "https://sharepoint.example/sites/isms/Evidence/2026/A.8.8%20scan%20coverage.xlsx",
                        "ops@acme.test",
                        "#d 2026-03-12",
                    ],
                    &[
                        "AF-103",
                        "A.5.34",
                        "Personal data in the test environment is not masked, see https://sharepoint.example/evidence/125",
                        "Minor nonconformity",
                        "https://sharepoint.example/evidence/125",
                        "Jonas Weber",
                        "#d 2026-03-13",
                    ],
                    &[
                        "AF-104",
                        "Clause 7.5.3",
                        "Superseded versions of the access control policy are still published on the intranet.",
                        "Observation",
                        "https://sharepoint.example/evidence/126",
                        "Badr Karim",
                        "#d 2026-03-13",
                    ],
                    &[
                        "AF-105",
                        "A.8.16",
                        "Alerts from the SIEM could be grouped by asset to reduce duplicate tickets.",
                        "Opportunity for improvement",
                        "https://sharepoint.example/evidence/127",
                        "ops@acme.test",
                        "#d 2026-03-14",
                    ],
                ],
            )]),
            expected: vec![
                finding("AF-101", "minor", "A.5.15", "Shared mailboxes of the finance team")
                    .owner("lena.fischer@acme.test"),
                finding("AF-102", "major", "A.8.8", "The vulnerability scanner has not")
                    .owner("ops@acme.test"),
                finding("AF-103", "minor", "A.5.34", "Personal data in the test environment")
                    .pending(&["Jonas Weber"]),
                finding("AF-104", "observation", "7.5.3", "Superseded versions of the access")
                    .owner("badr@acme.test"),
                finding("AF-105", "ofi", "A.8.16", "Alerts from the SIEM could be grouped")
                    .owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho7-fr-requirements-with-titles",
            origin: "holdout 7: a French register whose requirement cells list several requirements with their French titles separated by \" ; \" (\"A.5.15 Contrôle d'accès ; A.5.18 Droits d'accès\", \"9.2 Audit interne ; 10.2 Non-conformité et action corrective\"), grades NC majeure, NC mineure, Observation, Piste de progrès, due dates as dd/mm/yyyy text, owners under \"Pilote\"",
            file_name: "Registre_ecarts_audit_ISO27001_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Écarts",
                0,
                0,
                &[
                    &["Audit de surveillance ISO/IEC 27001:2022 – registre des écarts"],
                    &[""],
                    &[
                        "N° écart",
                        "Exigence(s)",
                        "Constat",
                        "Classement",
                        "Pilote",
                        "Échéance",
                    ],
                    &[
                        "E1",
                        "A.5.15 Contrôle d'accès ; A.5.18 Droits d'accès",
                        "Les droits d'accès à l'ERP ne sont pas revus : 14 comptes d'anciens salariés restent actifs.",
                        "NC majeure",
                        "Badr Karim",
                        "30/04/2026",
                    ],
                    &[
                        "E2",
                        "9.2 Audit interne ; 10.2 Non-conformité et action corrective",
                        "Les écarts de l'audit interne de 2025 n'ont pas fait l'objet d'actions correctives.",
                        "NC mineure",
                        "Martín Lombardi",
                        "30/06/2026",
                    ],
                    &[
                        "E3",
                        "A.8.8 Gestion des vulnérabilités techniques",
                        "Le délai de correction des vulnérabilités critiques n'est pas défini.",
                        "NC mineure",
                        "Claire Dubois",
                        "30/06/2026",
                    ],
                    &[
                        "E4",
                        "A.7.4 Surveillance de la sécurité physique ; A.7.2 Contrôles physiques des accès",
                        "Les enregistrements vidéo de l'entrepôt ne sont consultés qu'après un incident déclaré.",
                        "Observation",
                        "Martín Lombardi",
                        "",
                    ],
                    &[
                        "E5",
                        "6.1.3 Traitement des risques de sécurité de l'information",
                        "La déclaration d'applicabilité pourrait indiquer pour chaque mesure son propriétaire.",
                        "Piste de progrès",
                        "Badr Karim",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("E1", "major", "A.5.15, A.5.18", "Les droits d'accès à l'ERP ne sont")
                    .owner("badr@acme.test"),
                finding("E2", "minor", "9.2, 10.2", "Les écarts de l'audit interne de 2025")
                    .owner("martin@acme.test"),
                finding("E3", "minor", "A.8.8", "Le délai de correction des")
                    .pending(&["Claire Dubois"]),
                finding("E4", "observation", "A.7.4, A.7.2", "Les enregistrements vidéo de")
                    .owner("martin@acme.test"),
                finding("E5", "ofi", "6.1.3", "La déclaration d'applicabilité pourrait")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho7-es-checklist-four-findings",
            origin: "holdout 7: a Spanish audit checklist of 18 numbered questions (Nº 1-18 as numbers) with a \"¿Cumple?\" column (Sí, No, Parcial, N/A) and auditor comments on every row, where only four rows carry a finding type and a finding reference (H-01 to H-04) in the last two columns; one finding (an opportunity for improvement) sits on a row answered Sí",
            file_name: "Lista_verificacion_SGSI_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Lista de verificación",
                0,
                0,
                &[
                    &["Auditoría interna SGSI 2026 – lista de verificación"],
                    &["Auditor: Elena Ruiz    Fecha: 18/02/2026"],
                    &[""],
                    &[
                        "Nº",
                        "Cláusula / Control",
                        "Pregunta de auditoría",
                        "¿Cumple?",
                        "Evidencia / comentarios",
                        "Tipo de hallazgo",
                        "Ref. hallazgo",
                    ],
                    &["#n 1", "4.3", "¿Está documentado el alcance del SGSI?", "Sí", "Alcance en el Manual del SGSI v5, cap. 2.", "", ""],
                    &["#n 2", "5.2", "¿Existe una política de seguridad aprobada por la dirección?", "Sí", "Política aprobada el 12/01/2026.", "", ""],
                    &[
                        "#n 3",
                        "6.1.2",
                        "¿Se ha realizado la evaluación de riesgos según la metodología definida?",
                        "Parcial",
                        "La evaluación de riesgos de 2025 no incluye los activos del nuevo centro de Valencia.",
                        "No conformidad menor",
                        "H-01",
                    ],
                    &["#n 4", "6.1.3", "¿Está actualizada la declaración de aplicabilidad?", "Sí", "DdA v7 revisada en enero de 2026.", "", ""],
                    &["#n 5", "7.2", "¿Se mantienen registros de competencia del personal clave?", "Sí", "Muestra de 5 expedientes correcta.", "", ""],
                    &["#n 6", "7.3", "¿Conoce el personal la política de seguridad?", "Sí", "Entrevistas con 6 empleados.", "", ""],
                    &["#n 7", "7.5.3", "¿Se controlan las versiones de los documentos?", "Sí", "Gestor documental con control de versiones.", "", ""],
                    &["#n 8", "8.1", "¿Se planifican y controlan los procesos operativos?", "Sí", "Plan operativo 2026.", "", ""],
                    &["#n 9", "9.1", "¿Se miden los indicadores del SGSI?", "Sí", "Cuadro de mando trimestral.", "", ""],
                    &[
                        "#n 10",
                        "9.2",
                        "¿Se ha ejecutado el programa de auditoría interna?",
                        "No",
                        "No se ha realizado ninguna auditoría interna del SGSI en 2025; el programa está aprobado pero sin ejecutar.",
                        "No conformidad mayor",
                        "H-02",
                    ],
                    &["#n 11", "9.3", "¿Se ha realizado la revisión por la dirección?", "Sí", "Acta de revisión del 20/11/2025.", "", ""],
                    &["#n 12", "10.2", "¿Se tratan las no conformidades?", "Sí", "Registro de acciones correctivas al día.", "", ""],
                    &["#n 13", "A.5.9", "¿Existe un inventario de activos actualizado?", "Sí", "Inventario en la CMDB.", "", ""],
                    &["#n 14", "A.5.15", "¿Está definida la política de control de acceso?", "Sí", "Política de control de acceso v3.", "", ""],
                    &[
                        "#n 15",
                        "A.5.23",
                        "¿Se gestionan los servicios en la nube según requisitos definidos?",
                        "Sí",
                        "El procedimiento de contratación de servicios en la nube no recoge criterios de salida del proveedor.",
                        "Observación",
                        "H-03",
                    ],
                    &["#n 16", "A.6.3", "¿Recibe el personal formación en seguridad?", "Sí", "Plan de formación 2026.", "", ""],
                    &["#n 17", "A.7.6", "¿Se controla el trabajo en áreas seguras?", "N/A", "No hay áreas seguras en el alcance.", "", ""],
                    &[
                        "#n 18",
                        "A.8.13",
                        "¿Se realizan y prueban las copias de seguridad?",
                        "Sí",
                        "Las pruebas de restauración se registran en correos; un registro centralizado facilitaría el seguimiento.",
                        "Oportunidad de mejora",
                        "H-04",
                    ],
                ],
            )]),
            expected: vec![
                finding("H-01", "minor", "6.1.2", "La evaluación de riesgos de 2025"),
                finding("H-02", "major", "9.2", "No se ha realizado ninguna auditoría"),
                finding("H-03", "observation", "A.5.23", "El procedimiento de contratación"),
                finding("H-04", "ofi", "A.8.13", "Las pruebas de restauración se"),
            ],
        },
        Layout {
            id: "ho7-excel-sep-line-csv-1252",
            origin: "holdout 7: a semicolon CSV saved by Excel in Windows-1252 whose first line is Excel's \"sep=;\" delimiter hint, a quoted statement containing semicolons, owners as a name with an accented letter (Martín), an email, a role and an unknown name (Sinéad O'Brien), the grade written out as \"Opportunity for improvement\", and a totals line under the table",
            file_name: "nc_register_2026.csv",
            bytes: windows_1252(&delimited(
                &[
                    &["sep=;"],
                    &[
                        "Finding ID",
                        "Raised on",
                        "Clause",
                        "Nonconformity",
                        "Grade",
                        "Owner",
                        "Target date",
                    ],
                    &[
                        "F-26-01",
                        "2026-03-16",
                        "A.8.5",
                        "Multi-factor authentication is not enforced for the VPN; 12 of 140 accounts are exempt without approval.",
                        "Major",
                        "Head of IT Operations",
                        "2026-04-30",
                    ],
                    &[
                        "F-26-02",
                        "2026-03-16",
                        "A.5.31",
                        "The register of legal requirements omits the NIS2 transposition; it was last updated in 2024.",
                        "Minor",
                        "Martín Lombardi",
                        "2026-06-15",
                    ],
                    &[
                        "F-26-03",
                        "2026-03-17",
                        "7.5.2",
                        "Three security procedures carry no approval; the document owner, date and version fields are blank.",
                        "Minor",
                        "badr@acme.test",
                        "2026-05-29",
                    ],
                    &[
                        "F-26-04",
                        "2026-03-17",
                        "A.7.14",
                        "Decommissioned hard disks awaiting destruction are kept in an open cage; the contractor collects them twice a year.",
                        "Observation",
                        "Sinéad O'Brien",
                        "",
                    ],
                    &[
                        "F-26-05",
                        "2026-03-17",
                        "A.5.27",
                        "Lessons learned from incidents could be shared with the service desk in its monthly meeting.",
                        "Opportunity for improvement",
                        "badr@acme.test",
                        "",
                    ],
                    &[""],
                    &["Total findings: 5"],
                ],
                ';',
            )),
            expected: vec![
                finding("F-26-01", "major", "A.8.5", "Multi-factor authentication is not")
                    .owner("ops@acme.test"),
                finding("F-26-02", "minor", "A.5.31", "The register of legal requirements")
                    .owner("martin@acme.test"),
                finding("F-26-03", "minor", "7.5.2", "Three security procedures carry no")
                    .owner("badr@acme.test"),
                finding("F-26-04", "observation", "A.7.14", "Decommissioned hard disks awaiting")
                    .pending(&["Sinéad O'Brien"]),
                finding("F-26-05", "ofi", "A.5.27", "Lessons learned from incidents could")
                    .owner("badr@acme.test"),
            ],
        },
    ]
}

fn eighth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho8-turkish-cb-stage2",
            origin: "holdout 8: a Turkish certification body's stage 2 findings list, headers only in Turkish (Bulgu No, Bulgu Türü, Standart Maddesi, Bulgu Açıklaması, Objektif Kanıt, Sorumlu, Termin) under a merged title naming the national standard TS EN ISO/IEC 27001:2022, statements and evidence in Turkish; only the cells' values tell the columns apart: grades written Major NC / Minor NC / OFI, requirements A.5.15 or bare clauses, owners as email addresses, dates as Excel dates; one statement names a control (A.8.23) that is not its requirement (6.1.3)",
            file_name: "Bulgu_Listesi_Asama2_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Bulgular",
                    0,
                    0,
                    &[
                        &["TS EN ISO/IEC 27001:2022 Belgelendirme Denetimi – Aşama 2 Bulgu Listesi"],
                        &["Kuruluş: Anadolu Lojistik A.Ş.    Denetim tarihleri: 09–11 Mart 2026    Baş denetçi: Ayşe Demir"],
                        &[""],
                        &[
                            "Bulgu No",
                            "Bulgu Türü",
                            "Standart Maddesi",
                            "Bulgu Açıklaması",
                            "Objektif Kanıt",
                            "Sorumlu",
                            "Termin",
                        ],
                        &[
                            "B-01",
                            "Major NC",
                            "9.2",
                            "2025 yılı iç tetkik programı, kapsama eklenen İzmir deposunu içermemektedir; depoda hiç iç tetkik yapılmamıştır.",
                            "2025 iç tetkik planı rev.2; İzmir deposuna ait tetkik raporu bulunmamaktadır.",
                            "badr@acme.test",
                            "#d 2026-04-10",
                        ],
                        &[
                            "B-02",
                            "Minor NC",
                            "A.5.15, A.8.2",
                            "Ayrıcalıklı erişim hakları üç ayda bir gözden geçirilmemektedir; son gözden geçirme Haziran 2025 tarihlidir.",
                            "Domain Admins grubunda 14 kullanıcı var; erişim gözden geçirme kaydı 06.2025.",
                            "ops@acme.test",
                            "#d 2026-05-08",
                        ],
                        &[
                            "B-03",
                            "Minor NC",
                            "A.8.13",
                            "Yedeklerden geri yükleme testleri planlanmış olmasına rağmen 2025 yılında hiç gerçekleştirilmemiştir.",
                            "Yedekleme prosedürü YP-04 altı ayda bir test öngörüyor; test kaydı yok.",
                            "lena.fischer@acme.test",
                            "#d 2026-05-08",
                        ],
                        &[
                            "B-04",
                            "Minor NC",
                            "6.1.3",
                            "Uygulanabilirlik Bildirgesinde A.8.23 kontrolünün hariç tutulma gerekçesi belirtilmemiştir.",
                            "Uygulanabilirlik Bildirgesi sürüm 3.1, 12.01.2026.",
                            "badr@acme.test",
                            "#d 2026-05-08",
                        ],
                        &[
                            "B-05",
                            "OFI",
                            "A.6.3",
                            "Bilgi güvenliği farkındalık eğitimleri kimlik avı simülasyonlarıyla desteklenebilir.",
                            "",
                            "",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(1, 0, 1, 6),
            ]),
            expected: vec![
                finding("B-01", "major", "9.2", "2025 yılı iç tetkik programı")
                    .owner("badr@acme.test"),
                finding("B-02", "minor", "A.5.15, A.8.2", "Ayrıcalıklı erişim hakları üç ayda")
                    .owner("ops@acme.test"),
                finding("B-03", "minor", "A.8.13", "Yedeklerden geri yükleme testleri")
                    .owner("lena.fischer@acme.test"),
                finding("B-04", "minor", "6.1.3", "Uygulanabilirlik Bildirgesinde A.8.23")
                    .owner("badr@acme.test"),
                finding("B-05", "ofi", "A.6.3", "Bilgi güvenliği farkındalık eğitimleri"),
            ],
        },
        Layout {
            id: "ho8-romanian-semicolon-csv-bom",
            origin: "holdout 8: a Romanian `;`-separated CSV in UTF-8 with a BOM (Excel's \"CSV UTF-8\"), headers only in Romanian with diacritics (Nr. constatare, Cerință standard, Tip constatare, Descrierea constatării, Dovezi obiective, Responsabil, Termen), the requirement column before the grade column, grades Major / Minor / Observation / OFI, statements in Romanian, some holding `;` and so quoted, dates dd.mm.yyyy; bare 7.2 is the clause on competence (the column writes controls with A.); owners as names, one not a user",
            file_name: "constatari_audit_ISO27001_2026.csv",
            bytes: format!(
                "\u{feff}{}\r\n",
                delimited(
                    &[
                        &[
                            "Nr. constatare",
                            "Cerință standard",
                            "Tip constatare",
                            "Descrierea constatării",
                            "Dovezi obiective",
                            "Responsabil",
                            "Termen",
                        ],
                        &[
                            "C-01",
                            "A.5.19, A.5.20",
                            "Major",
                            "Contractele cu furnizorii de servicii cloud nu conțin cerințe de securitate a informației; 3 din 3 contracte eșantionate nu au astfel de clauze.",
                            "Contractele nr. 114/2024, 27/2025 și 63/2025.",
                            "Lena Fischer",
                            "15.05.2026",
                        ],
                        &[
                            "C-02",
                            "7.2",
                            "Minor",
                            "Evidența competențelor administratorilor de sistem nu este actualizată; pentru 2 din 4 persoane lipsesc dovezile de instruire.",
                            "Dosarele de personal ale administratorilor IT.",
                            "Badr Karim",
                            "29.05.2026",
                        ],
                        &[
                            "C-03",
                            "A.8.15",
                            "Minor",
                            "Jurnalele de evenimente ale firewall-ului sunt păstrate doar 7 zile, deși politica de jurnalizare cere 90 de zile.",
                            "Configurația de retenție a jurnalelor, 10.03.2026.",
                            "Martín Lombardi",
                            "29.05.2026",
                        ],
                        &[
                            "C-04",
                            "9.3",
                            "Observation",
                            "Analiza efectuată de management în decembrie 2025 nu a inclus stadiul acțiunilor din analiza anterioară.",
                            "Procesul-verbal al analizei de management din 18.12.2025.",
                            "Badr Karim",
                            "",
                        ],
                        &[
                            "C-05",
                            "A.5.24",
                            "OFI",
                            "Procedura de gestionare a incidentelor ar putea include scenarii de exercițiu pentru atacuri de tip ransomware.",
                            "",
                            "Andrei Popescu",
                            "",
                        ],
                    ],
                    ';',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("C-01", "major", "A.5.19, A.5.20", "Contractele cu furnizorii de servicii")
                    .owner("lena.fischer@acme.test"),
                finding("C-02", "minor", "7.2", "Evidența competențelor administratorilor")
                    .owner("badr@acme.test"),
                finding("C-03", "minor", "A.8.15", "Jurnalele de evenimente ale firewall")
                    .owner("martin@acme.test"),
                finding("C-04", "observation", "9.3", "Analiza efectuată de management")
                    .owner("badr@acme.test"),
                finding("C-05", "ofi", "A.5.24", "Procedura de gestionare a incidentelor")
                    .pending(&["Andrei Popescu"]),
            ],
        },
        Layout {
            id: "ho8-hungarian-internal-audit",
            origin: "holdout 8: a Hungarian internal audit register, header only in Hungarian (Azonosító, Szabványpont, Besorolás, Megállapítás, Felelős, Határidő, Állapot) on row 4 under a merged title and a line of audit details, grades Major NC / Minor NC / Observation / OFI, statements in Hungarian, dates as Hungarian text (2026. 05. 15.), a status column of a Hungarian word (Nyitott) no vocabulary knows, owners written family name first; bare 8.1 and 5.3 are clauses (the column writes controls with A., and 5.3's statement is about ISMS roles)",
            file_name: "Belso_audit_2026_elteresek.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Eltérések",
                    0,
                    0,
                    &[
                        &["Belső ISMS audit 2026 – eltérések nyilvántartása"],
                        &["Auditált terület: teljes ISMS hatókör    Auditor: Szabó Gergely    Dátum: 2026. 02. 23–25."],
                        &[""],
                        &[
                            "Azonosító",
                            "Szabványpont",
                            "Besorolás",
                            "Megállapítás",
                            "Felelős",
                            "Határidő",
                            "Állapot",
                        ],
                        &[
                            "BA-2026-01",
                            "8.1, A.8.32",
                            "Minor NC",
                            "A változáskezelési eljárást nem alkalmazták a bérszámfejtő rendszer februári frissítésénél, jóváhagyás nem található.",
                            "Kovács Péter",
                            "2026. 04. 30.",
                            "Nyitott",
                        ],
                        &[
                            "BA-2026-02",
                            "A.7.4",
                            "Minor NC",
                            "A szerverterem beléptető rendszerének naplóit 2025 szeptembere óta senki nem tekintette át.",
                            "Nagy Anna",
                            "2026. 04. 30.",
                            "Nyitott",
                        ],
                        &[
                            "BA-2026-03",
                            "5.3",
                            "Major NC",
                            "Az információbiztonsági vezető megbízatása 2025 szeptemberében megszűnt, azóta nincs kijelölt felelős az ISMS-ért.",
                            "Tóth László",
                            "2026. 03. 31.",
                            "Nyitott",
                        ],
                        &[
                            "BA-2026-04",
                            "A.5.37",
                            "Observation",
                            "Az üzemeltetési eljárások egy része csak angol nyelven érhető el, amit az éjszakai műszak nem minden tagja ért.",
                            "Kovács Péter",
                            "2026. 05. 15.",
                            "Nyitott",
                        ],
                        &[
                            "BA-2026-05",
                            "A.8.12",
                            "OFI",
                            "Adatszivárgás-megelőző (DLP) megoldás bevezetése mérlegelhető a levelezőrendszerben.",
                            "Nagy Anna",
                            "",
                            "Nyitott",
                        ],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(1, 0, 1, 6),
            ]),
            expected: vec![
                finding("BA-2026-01", "minor", "8.1, A.8.32", "A változáskezelési eljárást nem"),
                finding("BA-2026-02", "minor", "A.7.4", "A szerverterem beléptető rendszerének"),
                finding("BA-2026-03", "major", "5.3", "Az információbiztonsági vezető"),
                finding("BA-2026-04", "observation", "A.5.37", "Az üzemeltetési eljárások egy része"),
                finding("BA-2026-05", "ofi", "A.8.12", "Adatszivárgás-megelőző (DLP)"),
            ],
        },
        Layout {
            id: "ho8-greek-running-number-codes",
            origin: "holdout 8: a Greek certification body's findings table, headers only in Greek (Α/Α, Κωδικός, Κατηγορία, Απαίτηση προτύπου, Περιγραφή ευρήματος, Τεκμήρια) under a Greek title, a running Α/Α 1-5 (numbers) beside codes NC1, NC2, NC3, OBS1, OFI1, grades Major / Minor / Observation / OFI, a Greek statement followed by a Greek evidence column of similar sentences",
            file_name: "Ευρήματα_ISO27001_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Ευρήματα",
                0,
                0,
                &[
                    &["Έκθεση Επιθεώρησης Πιστοποίησης ISO/IEC 27001:2022 – Πίνακας Ευρημάτων"],
                    &["Οργανισμός: Αιγαίον Πληροφορική Α.Ε.    Ημερομηνίες: 16–18 Μαρτίου 2026"],
                    &[""],
                    &[
                        "Α/Α",
                        "Κωδικός",
                        "Κατηγορία",
                        "Απαίτηση προτύπου",
                        "Περιγραφή ευρήματος",
                        "Τεκμήρια",
                    ],
                    &[
                        "#n 1",
                        "NC1",
                        "Major",
                        "A.5.30",
                        "Δεν έχει καταρτιστεί σχέδιο ετοιμότητας ΤΠΕ για την επιχειρησιακή συνέχεια των κρίσιμων συστημάτων.",
                        "Η ανάλυση επιχειρησιακών επιπτώσεων ορίζει RTO 4 ωρών· δεν υπάρχει σχέδιο ανάκαμψης.",
                    ],
                    &[
                        "#n 2",
                        "NC2",
                        "Minor",
                        "A.8.9",
                        "Οι βασικές ρυθμίσεις ασφαλείας των διακομιστών Linux δεν είναι τεκμηριωμένες ούτε ελέγχονται.",
                        "Δείγμα 5 διακομιστών με διαφορετικές ρυθμίσεις SSH και υπηρεσιών.",
                    ],
                    &[
                        "#n 3",
                        "NC3",
                        "Minor",
                        "7.5.3",
                        "Η πολιτική ασφάλειας πληροφοριών που διανέμεται στο προσωπικό δεν είναι η εγκεκριμένη έκδοση.",
                        "Στο intranet η έκδοση 2.0· εγκεκριμένη από τη Διοίκηση η έκδοση 2.1.",
                    ],
                    &[
                        "#n 4",
                        "OBS1",
                        "Observation",
                        "9.1",
                        "Οι δείκτες μέτρησης της αποτελεσματικότητας του ΣΔΑΠ δεν έχουν τιμές-στόχους.",
                        "Αναφορά δεικτών Q4 2025.",
                    ],
                    &[
                        "#n 5",
                        "OFI1",
                        "OFI",
                        "A.6.3",
                        "Η εκπαίδευση ευαισθητοποίησης θα μπορούσε να συμπληρωθεί με ασκήσεις phishing.",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 5)
            .merged(1, 0, 1, 5)]),
            expected: vec![
                finding("NC1", "major", "A.5.30", "Δεν έχει καταρτιστεί σχέδιο ετοιμότητας"),
                finding("NC2", "minor", "A.8.9", "Οι βασικές ρυθμίσεις ασφαλείας"),
                finding("NC3", "minor", "7.5.3", "Η πολιτική ασφάλειας πληροφοριών"),
                finding("OBS1", "observation", "9.1", "Οι δείκτες μέτρησης της"),
                finding("OFI1", "ofi", "A.6.3", "Η εκπαίδευση ευαισθητοποίησης"),
            ],
        },
        Layout {
            id: "ho8-japanese-utf16-tsv",
            origin: "holdout 8: a Japanese register saved from Excel as Unicode text (UTF-16 LE with a BOM, tab-separated), headers only in Japanese (管理番号, 指摘区分, 該当箇条, 指摘事項, 担当者, 是正期限), statements in Japanese with no spaces, grades Major / Minor / Observation / OFI, dates 2026/04/30; bare 7.3 is the clause on awareness (the column writes controls with A.); owners as Japanese names (no user: pending) and once an email address",
            file_name: "指摘事項一覧_2026.txt",
            bytes: utf16le_with_bom(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["管理番号", "指摘区分", "該当箇条", "指摘事項", "担当者", "是正期限"],
                        &[
                            "JP-NC-01",
                            "Major",
                            "9.3",
                            "2025年度のマネジメントレビューが実施されておらず、その記録も存在しない。",
                            "山田太郎",
                            "2026/04/30",
                        ],
                        &[
                            "JP-NC-02",
                            "Minor",
                            "A.8.16",
                            "ファイアウォールのアラートが監視されておらず、重大なアラート3件が未対応のままであった。",
                            "badr@acme.test",
                            "2026/05/29",
                        ],
                        &[
                            "JP-NC-03",
                            "Minor",
                            "A.5.23",
                            "クラウドサービスの利用に関する情報セキュリティ要件が定められていない。",
                            "鈴木花子",
                            "2026/05/29",
                        ],
                        &[
                            "JP-OBS-01",
                            "Observation",
                            "7.3",
                            "一部の派遣社員が情報セキュリティ方針の所在を認識していなかった。",
                            "山田太郎",
                            "",
                        ],
                        &[
                            "JP-OFI-01",
                            "OFI",
                            "A.5.7",
                            "脅威インテリジェンスの収集結果をリスクアセスメントに活用することが望ましい。",
                            "",
                            "",
                        ],
                    ],
                    '\t',
                )
            )),
            expected: vec![
                finding("JP-NC-01", "major", "9.3", "2025年度のマネジメントレビューが実施されて")
                    .pending(&["山田太郎"]),
                finding("JP-NC-02", "minor", "A.8.16", "ファイアウォールのアラートが監視されて")
                    .owner("badr@acme.test"),
                finding("JP-NC-03", "minor", "A.5.23", "クラウドサービスの利用に関する情報セキュリティ")
                    .pending(&["鈴木花子"]),
                finding("JP-OBS-01", "observation", "7.3", "一部の派遣社員が情報セキュリティ方針の")
                    .pending(&["山田太郎"]),
                finding("JP-OFI-01", "ofi", "A.5.7", "脅威インテリジェンスの収集結果を"),
            ],
        },
        Layout {
            id: "ho8-clause-number-cells-ambiguous",
            origin: "holdout 8: an internal audit register whose Clause column holds clauses typed as number cells (9.2, 6.1, 10.2, 5.2), two of them (6.1, 5.2) also controls' numbers, beside controls typed as text with A. (A.8.8, A.5.15), so the bare numbers are clauses; the 6.1 statement says \"(clause 6.1)\" and the 5.2 one is about the information security policy",
            file_name: "Internal_Audit_Register_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                0,
                &[
                    &[
                        "Finding ID",
                        "Audit area",
                        "Clause",
                        "Nonconformity",
                        "Grade",
                        "Auditee",
                        "Due date",
                    ],
                    &[
                        "IA-26-01",
                        "ISMS management",
                        "#n 9.2",
                        "Internal audits in 2025 were performed by the ISMS manager on his own processes, so the objectivity of the audit was not ensured.",
                        "Minor",
                        "ISMS Manager",
                        "#d 2026-05-15",
                    ],
                    &[
                        "IA-26-02",
                        "Risk management",
                        "#n 6.1",
                        "Actions to address risks and opportunities (clause 6.1) were not planned for the new payments platform; the risk register has no entry for it.",
                        "Major",
                        "Risk Manager",
                        "#d 2026-04-15",
                    ],
                    &[
                        "IA-26-03",
                        "Improvement",
                        "#n 10.2",
                        "Nonconformities from the supplier audit were closed without recording their root cause or the corrective action taken.",
                        "Minor",
                        "ISMS Manager",
                        "#d 2026-05-15",
                    ],
                    &[
                        "IA-26-04",
                        "Leadership",
                        "#n 5.2",
                        "The information security policy published on the intranet is version 3, while version 4 was approved by top management in January.",
                        "Observation",
                        "CISO",
                        "",
                    ],
                    &[
                        "IA-26-05",
                        "IT operations",
                        "A.8.8",
                        "Vulnerability scans of the DMZ are run quarterly, but findings rated high were left open for up to five months.",
                        "Minor",
                        "Infrastructure Lead",
                        "#d 2026-05-15",
                    ],
                    &[
                        "IA-26-06",
                        "Access management",
                        "A.5.15",
                        "Access rights to the HR share could be reviewed against the access control policy each quarter rather than once a year.",
                        "OFI",
                        "HR Systems",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("IA-26-01", "minor", "9.2", "Internal audits in 2025 were performed"),
                finding("IA-26-02", "major", "6.1", "Actions to address risks and"),
                finding("IA-26-03", "minor", "10.2", "Nonconformities from the supplier audit"),
                finding("IA-26-04", "observation", "5.2", "The information security policy"),
                finding("IA-26-05", "minor", "A.8.8", "Vulnerability scans of the DMZ"),
                finding("IA-26-06", "ofi", "A.5.15", "Access rights to the HR share"),
            ],
        },
        Layout {
            id: "ho8-instructions-row-under-header",
            origin: "holdout 8: a company's NC register template whose header is followed by a row of instructions for each column (\"Unique ID, format NC-YYYY-NNN\", \"Enter the clause number or Annex A control, e.g. 9.2 or A.5.15\", \"Select from list: Major / Minor / Observation / OFI\", \"dd/mm/yyyy\"), the instructions holding grade words and references of their own; plans checked: root cause, corrective action, action owner and target date filled on two rows, all empty on three",
            file_name: "NC_Register_Template_v3_filled.xlsx",
            bytes: xlsx(vec![sheet(
                "NC Register",
                0,
                0,
                &[
                    &[
                        "NC Ref",
                        "Date raised",
                        "Raised by",
                        "Clause / control",
                        "Category",
                        "Description of nonconformity",
                        "Root cause",
                        "Corrective action",
                        "Action owner",
                        "Target date",
                    ],
                    &[
                        "Unique ID, format NC-YYYY-NNN",
                        "dd/mm/yyyy",
                        "Auditor name",
                        "Enter the clause number or Annex A control, e.g. 9.2 or A.5.15",
                        "Select from list: Major / Minor / Observation / OFI",
                        "Describe what was found, against which requirement, and the evidence seen",
                        "Why did it happen? Use the 5 whys",
                        "What will be done to prevent recurrence",
                        "Name of the person responsible",
                        "dd/mm/yyyy",
                    ],
                    &[
                        "NC-2026-001",
                        "#d 2026-02-17",
                        "J. Morrison",
                        "A.8.5",
                        "Minor",
                        "Multi-factor authentication is not enforced for the remote access VPN used by the finance team.",
                        "An MFA exemption granted during the 2024 migration was never revoked.",
                        "Remove the exemption group and enforce MFA on all VPN profiles.",
                        "Head of IT Operations",
                        "#d 2026-04-30",
                    ],
                    &[
                        "NC-2026-002",
                        "#d 2026-02-17",
                        "J. Morrison",
                        "9.2",
                        "Major",
                        "No internal audit has been performed since the ISMS was certified in March 2025.",
                        "The internal auditor left the company and no replacement was appointed.",
                        "Contract an external auditor and complete an internal audit covering all clauses.",
                        "Badr Karim",
                        "#d 2026-03-31",
                    ],
                    &[
                        "NC-2026-003",
                        "#d 2026-02-18",
                        "J. Morrison",
                        "A.5.34",
                        "Minor",
                        "The record of processing activities has not been updated for the new CRM system holding customer personal data.",
                        "",
                        "",
                        "",
                        "",
                    ],
                    &[
                        "NC-2026-004",
                        "#d 2026-02-18",
                        "P. Adeyemi",
                        "7.5.3",
                        "Observation",
                        "Two printed copies of the superseded incident procedure were found at the service desk.",
                        "",
                        "",
                        "",
                        "",
                    ],
                    &[
                        "NC-2026-005",
                        "#d 2026-02-18",
                        "P. Adeyemi",
                        "A.5.7",
                        "OFI",
                        "Threat intelligence feeds subscribed to by the SOC could be used as input to the annual risk assessment.",
                        "",
                        "",
                        "",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-2026-001", "minor", "A.8.5", "Multi-factor authentication is not")
                    .plan(true),
                finding("NC-2026-002", "major", "9.2", "No internal audit has been performed")
                    .plan(true),
                finding("NC-2026-003", "minor", "A.5.34", "The record of processing activities")
                    .plan(false),
                finding("NC-2026-004", "observation", "7.5.3", "Two printed copies of the superseded")
                    .plan(false),
                finding("NC-2026-005", "ofi", "A.5.7", "Threat intelligence feeds subscribed")
                    .plan(false),
            ],
        },
        Layout {
            id: "ho8-grade-only-in-reference-code",
            origin: "holdout 8: a register with no grade column at all: the grade is only the prefix of the ID (MAJ-03, MIN-01, OBS-05, OFI-02), numbered in one run across grades and sorted by clause so the grades interleave; bare 4.3, 6.2 and 8.2 are clauses (the column writes controls with A.; 8.2's statement is about the risk assessment, 6.2's about objectives); owners as names and a role, one not a user; a Status column of Open",
            file_name: "ISMS_findings_tracker.xlsx",
            bytes: xlsx(vec![sheet(
                "Tracker",
                0,
                0,
                &[
                    &["ID", "Clause", "Finding", "Evidence", "Owner", "Status"],
                    &[
                        "MIN-01",
                        "4.3",
                        "The ISMS scope statement does not mention the Lisbon development office, which has operated since 2025.",
                        "Scope document v2.0; office lease from April 2025.",
                        "Badr Karim",
                        "Open",
                    ],
                    &[
                        "OFI-02",
                        "6.2",
                        "Information security objectives could be broken down into quarterly targets per department.",
                        "Objectives 2026 (one annual target each).",
                        "Badr Karim",
                        "Open",
                    ],
                    &[
                        "MAJ-03",
                        "8.2",
                        "The information security risk assessment planned for Q3 2025 was not performed; none has been carried out since 2023.",
                        "Risk register last updated 14 June 2023.",
                        "Lena Fischer",
                        "Open",
                    ],
                    &[
                        "MIN-04",
                        "A.5.23",
                        "Security requirements for the use of cloud services have not been defined for the three SaaS tools adopted in 2025.",
                        "Supplier list; no assessment for the three tools.",
                        "Martín Lombardi",
                        "Open",
                    ],
                    &[
                        "OBS-05",
                        "A.7.7",
                        "Documents marked confidential were left on desks in the open-plan office after working hours.",
                        "Walk-round on 3 March 2026, 19:10.",
                        "Sofia Almeida",
                        "Open",
                    ],
                    &[
                        "MIN-06",
                        "A.8.24",
                        "TLS 1.0 is still enabled on the load balancer in front of the customer portal.",
                        "SSL Labs report of 2 March 2026.",
                        "Head of IT Operations",
                        "Open",
                    ],
                ],
            )]),
            expected: vec![
                finding("MIN-01", "minor", "4.3", "The ISMS scope statement does not")
                    .owner("badr@acme.test"),
                finding("OFI-02", "ofi", "6.2", "Information security objectives could")
                    .owner("badr@acme.test"),
                finding("MAJ-03", "major", "8.2", "The information security risk assessment")
                    .owner("lena.fischer@acme.test"),
                finding("MIN-04", "minor", "A.5.23", "Security requirements for the use")
                    .owner("martin@acme.test"),
                finding("OBS-05", "observation", "A.7.7", "Documents marked confidential")
                    .pending(&["Sofia Almeida"]),
                finding("MIN-06", "minor", "A.8.24", "TLS 1.0 is still enabled")
                    .owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho8-short-title-and-details",
            origin: "holdout 8: a register with both a short title column headed \"Finding\" (\"Internal audit coverage\") and, after it, a long column headed \"Details\"; the statement is the long one, though the title's header is the word registers usually give the statement; grades spelled out (Minor nonconformity, Opportunity for improvement), requirements \"Clause 9.2\" and A.5.18",
            file_name: "Certification_audit_findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &[
                        "No.",
                        "Finding",
                        "Details",
                        "ISO 27001 requirement",
                        "Classification",
                        "Responsible",
                        "Target",
                    ],
                    &[
                        "F-01",
                        "Internal audit coverage",
                        "The 2025 internal audit programme omitted the Manchester data centre, which is inside the ISMS scope; it has not been audited since 2023.",
                        "Clause 9.2",
                        "Minor nonconformity",
                        "ISMS Manager",
                        "#d 2026-05-31",
                    ],
                    &[
                        "F-02",
                        "Supplier access",
                        "Three former contractors of the managed service provider still held active VPN accounts two months after their contracts ended.",
                        "A.5.18, A.5.19",
                        "Major nonconformity",
                        "IT Security",
                        "#d 2026-04-15",
                    ],
                    &[
                        "F-03",
                        "Database logging",
                        "Audit logging on the production database cluster is disabled for schema changes, so changes cannot be traced to a person.",
                        "A.8.15",
                        "Minor nonconformity",
                        "DBA team",
                        "#d 2026-05-31",
                    ],
                    &[
                        "F-04",
                        "Awareness timing",
                        "New starters complete security awareness training on average 45 days after joining, against the 10 days set in the training procedure.",
                        "Clause 7.3",
                        "Observation",
                        "HR",
                        "",
                    ],
                    &[
                        "F-05",
                        "Threat intelligence",
                        "The SOC's threat intelligence reports are not shared with risk owners; sharing them would improve risk treatment decisions.",
                        "A.5.7",
                        "Opportunity for improvement",
                        "SOC",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("F-01", "minor", "9.2", "The 2025 internal audit programme"),
                finding("F-02", "major", "A.5.18, A.5.19", "Three former contractors of the"),
                finding("F-03", "minor", "A.8.15", "Audit logging on the production database"),
                finding("F-04", "observation", "7.3", "New starters complete security awareness"),
                finding("F-05", "ofi", "A.5.7", "The SOC's threat intelligence reports"),
            ],
        },
        Layout {
            id: "ho8-register-third-after-cover-and-plan",
            origin: "holdout 8: a recertification audit workbook whose register is the third sheet, after a Cover (client, dates, team and a summary of findings by grade with counts) and an Audit plan whose rows carry a running session number and clause and control numbers; the register's grades in a Category column as Major NC / Minor NC / OFI; one statement names a control (A.7.12) that is not its requirement (6.1.3)",
            file_name: "NWP_RC2026_audit_workbook.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Cover",
                    0,
                    0,
                    &[
                        &["ISO/IEC 27001:2022 Recertification Audit"],
                        &[""],
                        &["Client", "Northwind Pharma Ltd"],
                        &["Audit dates", "24–26 February 2026"],
                        &["Lead auditor", "M. Haddad"],
                        &["Audit team", "M. Haddad, T. Brennan"],
                        &[""],
                        &["Summary of findings"],
                        &["Major NC", "#n 1"],
                        &["Minor NC", "#n 2"],
                        &["OFI", "#n 1"],
                        &[""],
                        &["Recommendation", "Recertification subject to acceptance of the corrective action plan for the major nonconformity."],
                    ],
                ),
                sheet(
                    "Audit plan",
                    0,
                    0,
                    &[
                        &["Session", "Date", "Time", "Process", "Clauses / controls", "Auditor", "Auditee"],
                        &["#n 1", "#d 2026-02-24", "09:00", "Opening meeting", "", "M. Haddad", "Management team"],
                        &["#n 2", "#d 2026-02-24", "09:45", "Context, scope and leadership", "4.1, 4.2, 4.3, 5.1, 5.3", "M. Haddad", "CEO, ISMS Manager"],
                        &["#n 3", "#d 2026-02-24", "13:30", "Risk assessment and treatment", "6.1.2, 6.1.3, 8.2, 8.3", "M. Haddad", "ISMS Manager"],
                        &["#n 4", "#d 2026-02-25", "09:00", "Asset management", "A.5.9, A.5.10, A.5.12", "T. Brennan", "IT Service Desk"],
                        &["#n 5", "#d 2026-02-25", "11:00", "Backup and continuity", "A.8.13, A.5.29, A.5.30", "T. Brennan", "Infrastructure"],
                        &["#n 6", "#d 2026-02-25", "14:00", "Performance evaluation", "9.1, 9.2, 9.3", "M. Haddad", "ISMS Manager"],
                        &["#n 7", "#d 2026-02-26", "15:00", "Closing meeting", "", "M. Haddad", "Management team"],
                    ],
                ),
                sheet(
                    "Findings register",
                    0,
                    0,
                    &[
                        &[
                            "Finding No.",
                            "Category",
                            "Clause",
                            "Statement of nonconformity",
                            "Objective evidence",
                            "Auditee representative",
                        ],
                        &[
                            "NWP-RC26-01",
                            "Major NC",
                            "A.8.13",
                            "Backups of the LIMS database have never been test-restored since go-live in 2024, and the backup job failed for 9 consecutive days without an alert.",
                            "Backup console history, 1–9 February 2026; no restore test records.",
                            "Infrastructure Lead",
                        ],
                        &[
                            "NWP-RC26-02",
                            "Minor NC",
                            "6.1.3",
                            "The Statement of Applicability does not justify the exclusion of control A.7.12.",
                            "SoA version 5, approved 10 October 2025.",
                            "ISMS Manager",
                        ],
                        &[
                            "NWP-RC26-03",
                            "Minor NC",
                            "A.5.9",
                            "The information asset inventory does not include the clinical trial data held on the partner's SharePoint site.",
                            "Asset inventory export of 20 February 2026.",
                            "IT Service Desk",
                        ],
                        &[
                            "NWP-RC26-04",
                            "OFI",
                            "9.1",
                            "Security metrics are reported to management without trends over time; a quarterly trend view would support decisions.",
                            "",
                            "ISMS Manager",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("NWP-RC26-01", "major", "A.8.13", "Backups of the LIMS database"),
                finding("NWP-RC26-02", "minor", "6.1.3", "The Statement of Applicability does"),
                finding("NWP-RC26-03", "minor", "A.5.9", "The information asset inventory"),
                finding("NWP-RC26-04", "ofi", "9.1", "Security metrics are reported to"),
            ],
        },
        Layout {
            id: "ho8-two-owners-per-finding",
            origin: "holdout 8: a surveillance audit register whose Owner(s) column names two people per finding, separated by a slash (\"Badr Karim / Lena Fischer\"), once only one; findings naming two users are not owner-checked (which of the two becomes the owner is not a matter of reading), those naming two non-users expect both pending, the one naming one user expects that user; bare 7.4 is the clause on communication (the column writes controls with A.)",
            file_name: "SA2_2026_findings.xlsx",
            bytes: xlsx(vec![sheet(
                "SA2 findings",
                0,
                0,
                &[
                    &["Surveillance audit 2 – findings and owners"],
                    &[""],
                    &[
                        "Ref",
                        "Requirement",
                        "Type",
                        "Nonconformity statement",
                        "Owner(s)",
                        "Agreed completion",
                    ],
                    &[
                        "SA2-01",
                        "A.5.24, A.5.26",
                        "Minor",
                        "The incident response procedure was not followed for the ransomware alert of 12 January: no incident record was opened.",
                        "Badr Karim / Lena Fischer",
                        "#d 2026-04-30",
                    ],
                    &[
                        "SA2-02",
                        "A.8.32",
                        "Major",
                        "Changes to the firewall rule base are made directly in production without approval; 11 of 15 changes sampled had no ticket.",
                        "Priya Nair / Tom Becker",
                        "#d 2026-03-31",
                    ],
                    &[
                        "SA2-03",
                        "A.5.31",
                        "Minor",
                        "The register of legal and contractual requirements has not been reviewed since 2023 and does not list NIS2.",
                        "Head of IT Operations / Martín Lombardi",
                        "#d 2026-05-29",
                    ],
                    &[
                        "SA2-04",
                        "7.4",
                        "Obs",
                        "The communication plan required by the ISMS manual (what, when, to whom, by whom) has not been produced.",
                        "Lena Fischer",
                        "",
                    ],
                    &[
                        "SA2-05",
                        "A.8.16",
                        "OFI",
                        "Alerts from the firewall and the endpoint protection tool could be correlated in one console to shorten triage.",
                        "Jonas Weber / Amira Haddad",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("SA2-01", "minor", "A.5.24, A.5.26", "The incident response procedure"),
                finding("SA2-02", "major", "A.8.32", "Changes to the firewall rule base")
                    .pending(&["Priya Nair", "Tom Becker"]),
                finding("SA2-03", "minor", "A.5.31", "The register of legal and contractual"),
                finding("SA2-04", "observation", "7.4", "The communication plan required by")
                    .owner("lena.fischer@acme.test"),
                finding("SA2-05", "ofi", "A.8.16", "Alerts from the firewall and the")
                    .pending(&["Jonas Weber", "Amira Haddad"]),
            ],
        },
        Layout {
            id: "ho8-csv-trailing-commas",
            origin: "holdout 8: a tracker's CSV export with a trailing empty column: every line, the header too, ends with a comma; statements quoted because they hold commas, one requirement cell quoted because it lists two controls, ISO dates, empty dates on the last two rows, owners as email addresses",
            file_name: "findings_export_20260320.csv",
            bytes: format!(
                "{}\r\n",
                delimited(
                    &[
                        &["Finding ID", "Severity", "Clause", "Description", "Owner email", "Due date", ""],
                        &[
                            "ISMS-F-101",
                            "Minor",
                            "A.8.8",
                            "Patch compliance for Windows servers was 71%, below the 95% target, with 4 servers missing the January update.",
                            "ops@acme.test",
                            "2026-04-15",
                            "",
                        ],
                        &[
                            "ISMS-F-102",
                            "Major",
                            "A.5.29, A.5.30",
                            "No business continuity test has been carried out for the order system, although the BIA rates it critical.",
                            "badr@acme.test",
                            "2026-03-31",
                            "",
                        ],
                        &[
                            "ISMS-F-103",
                            "Minor",
                            "9.3",
                            "The management review of November 2025 did not consider the risk assessment results or the status of objectives.",
                            "badr@acme.test",
                            "2026-05-31",
                            "",
                        ],
                        &[
                            "ISMS-F-104",
                            "Observation",
                            "A.6.7",
                            "Remote working guidelines do not address working from public places, such as trains and cafes.",
                            "lena.fischer@acme.test",
                            "",
                            "",
                        ],
                        &[
                            "ISMS-F-105",
                            "OFI",
                            "A.8.23",
                            "Web filtering categories could be reviewed with HR to cover gambling and file-sharing sites.",
                            "martin@acme.test",
                            "",
                            "",
                        ],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("ISMS-F-101", "minor", "A.8.8", "Patch compliance for Windows servers")
                    .owner("ops@acme.test"),
                finding("ISMS-F-102", "major", "A.5.29, A.5.30", "No business continuity test has")
                    .owner("badr@acme.test"),
                finding("ISMS-F-103", "minor", "9.3", "The management review of November 2025")
                    .owner("badr@acme.test"),
                finding("ISMS-F-104", "observation", "A.6.7", "Remote working guidelines do not")
                    .owner("lena.fischer@acme.test"),
                finding("ISMS-F-105", "ofi", "A.8.23", "Web filtering categories could be")
                    .owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "ho8-spanish-serial-dates-as-text",
            origin: "holdout 8: a Spanish register whose two date columns, placed before the reference, hold Excel serial numbers typed as text (\"46098\" to \"46100\" for 17-19 March 2026, \"46142\" for 30 April), five-digit values that look like identifiers, left by pasting from a system export; references H-0412 to H-0416, grades NC mayor / NC menor / Observación / Oportunidad de mejora, owners as names and one role (not a user: pending)",
            file_name: "Registro_hallazgos_certificacion_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Hallazgos",
                0,
                0,
                &[
                    &["Registro de no conformidades – Auditoría de certificación ISO/IEC 27001:2022"],
                    &[""],
                    &[
                        "Fecha apertura",
                        "Fecha límite",
                        "Nº hallazgo",
                        "Requisito",
                        "Clasificación",
                        "Descripción",
                        "Responsable",
                    ],
                    &[
                        "46098",
                        "46142",
                        "H-0412",
                        "A.5.12, A.5.13",
                        "NC menor",
                        "Los documentos exportados desde el sistema de RR. HH. no llevan la etiqueta de clasificación exigida por la política.",
                        "Lena Fischer",
                    ],
                    &[
                        "46098",
                        "46127",
                        "H-0413",
                        "9.2",
                        "NC mayor",
                        "No se ejecutó el programa de auditoría interna de 2025: tres de las cinco auditorías previstas no se realizaron.",
                        "Badr Karim",
                    ],
                    &[
                        "46099",
                        "46188",
                        "H-0414",
                        "A.8.22",
                        "NC menor",
                        "La red wifi de invitados no está segregada de la red corporativa; un equipo invitado llegó al servidor de ficheros.",
                        "Martín Lombardi",
                    ],
                    &[
                        "46100",
                        "46188",
                        "H-0415",
                        "A.7.7",
                        "Observación",
                        "Se encontraron documentos confidenciales sobre las mesas de la oficina fuera del horario laboral.",
                        "Responsable de Sistemas",
                    ],
                    &[
                        "46100",
                        "",
                        "H-0416",
                        "A.8.28",
                        "Oportunidad de mejora",
                        "Las guías de desarrollo seguro podrían incluir ejemplos del OWASP Top 10 para los frameworks del equipo web.",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 6)]),
            expected: vec![
                finding("H-0412", "minor", "A.5.12, A.5.13", "Los documentos exportados desde")
                    .owner("lena.fischer@acme.test"),
                finding("H-0413", "major", "9.2", "No se ejecutó el programa de auditoría")
                    .owner("badr@acme.test"),
                finding("H-0414", "minor", "A.8.22", "La red wifi de invitados no está")
                    .owner("martin@acme.test"),
                finding("H-0415", "observation", "A.7.7", "Se encontraron documentos confidenciales")
                    .pending(&["Responsable de Sistemas"]),
                finding("H-0416", "ofi", "A.8.28", "Las guías de desarrollo seguro"),
            ],
        },
        Layout {
            id: "ho8-german-numbers-restart-per-section",
            origin: "holdout 8: a German internal audit register whose numbers restart in each section (1, 2 under \"Hauptabweichungen\"; 1, 2, 3 under \"Nebenabweichungen\"; 1 under \"Verbesserungspotenziale\"), section rows merged across the table, with a prefix column (Kürzel: HA, NA, VP) beside the number; a line above the table says findings are cited as prefix and number (\"z. B. NA-2\"), so a reader's references are HA-1, HA-2, NA-1, NA-2, NA-3, VP-1 (the number alone is not unique); bare 7.2 is the clause on competence (the column writes controls with A.)",
            file_name: "Interne_Auditierung_2026_Feststellungen.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Feststellungen",
                    0,
                    0,
                    &[
                        &["Interne Auditierung ISMS 2026 – Feststellungen"],
                        &["Feststellungen werden mit Kürzel und Nummer zitiert (z. B. NA-2)."],
                        &[""],
                        &["Kürzel", "Nr.", "Normabschnitt", "Feststellung", "Verantwortlich", "Frist"],
                        &["Hauptabweichungen"],
                        &[
                            "HA",
                            "#n 1",
                            "A.5.30",
                            "Für das ERP-System existiert kein getesteter Wiederanlaufplan, obwohl die BIA eine maximale Ausfallzeit von 8 Stunden festlegt.",
                            "Badr Karim",
                            "#d 2026-04-30",
                        ],
                        &[
                            "HA",
                            "#n 2",
                            "9.2",
                            "Das interne Auditprogramm 2025 wurde nicht umgesetzt; von sechs geplanten Audits fand keines statt.",
                            "Badr Karim",
                            "#d 2026-04-30",
                        ],
                        &["Nebenabweichungen"],
                        &[
                            "NA",
                            "#n 1",
                            "A.8.8",
                            "Kritische Sicherheitsupdates für die VPN-Gateways wurden erst nach 45 Tagen eingespielt.",
                            "Lena Fischer",
                            "#d 2026-06-30",
                        ],
                        &[
                            "NA",
                            "#n 2",
                            "A.5.18",
                            "Die Zugriffsrechte ausgeschiedener Mitarbeitender wurden in zwei von zehn Stichproben nicht entzogen.",
                            "Martín Lombardi",
                            "#d 2026-06-30",
                        ],
                        &[
                            "NA",
                            "#n 3",
                            "7.2",
                            "Für zwei Administratoren liegen keine Nachweise über die erforderliche Kompetenz (Schulungen, Zertifikate) vor.",
                            "Jana Hoffmann",
                            "#d 2026-06-30",
                        ],
                        &["Verbesserungspotenziale"],
                        &[
                            "VP",
                            "#n 1",
                            "A.5.7",
                            "Erkenntnisse aus Threat-Intelligence-Quellen könnten systematischer in die Risikobeurteilung einfließen.",
                            "",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 5)
                .merged(1, 0, 1, 5)
                .merged(4, 0, 4, 5)
                .merged(7, 0, 7, 5)
                .merged(11, 0, 11, 5),
            ]),
            expected: vec![
                finding("HA-1", "major", "A.5.30", "Für das ERP-System existiert kein")
                    .owner("badr@acme.test"),
                finding("HA-2", "major", "9.2", "Das interne Auditprogramm 2025")
                    .owner("badr@acme.test"),
                finding("NA-1", "minor", "A.8.8", "Kritische Sicherheitsupdates für die")
                    .owner("lena.fischer@acme.test"),
                finding("NA-2", "minor", "A.5.18", "Die Zugriffsrechte ausgeschiedener")
                    .owner("martin@acme.test"),
                finding("NA-3", "minor", "7.2", "Für zwei Administratoren liegen keine")
                    .pending(&["Jana Hoffmann"]),
                finding("VP-1", "ofi", "A.5.7", "Erkenntnisse aus Threat-Intelligence"),
            ],
        },
    ]
}

fn ninth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho9-bsi-paired-label-blocks",
            origin: "holdout 9: a BSI-like assessment report's findings pasted into Excel as one block per finding, two label/value pairs per row with no colons (\"Finding Reference | 0047781-202603-N1 | Certificate / Site | IS 712345 / Reading\", then Category / Area, Clause, Details, Objective evidence), the Details and evidence values merged across three columns; one statement names a control (A.7.4) that is not the finding's requirement (its Clause is \"6.1.3 d)\")",
            file_name: "0047781-SV1-2026-findings.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Findings",
                    0,
                    0,
                    &[
                        &["Assessment Report – Findings"],
                        &["Client: Northgate Pharma Services Ltd   Visit: Continuing assessment (surveillance) SV1   Standard: ISO/IEC 27001:2022   Dates: 16–17 March 2026"],
                        &[""],
                        &["Finding Reference", "0047781-202603-N1", "Certificate / Site", "IS 712345 / Reading"],
                        &["Category", "Major", "Area / process", "Internal audit"],
                        &["Clause", "9.2.2", "", ""],
                        &[
                            "Details",
                            "The internal audit programme for 2025 was not implemented: none of the four audits planned for the second half of the year took place and no revised programme was approved.",
                        ],
                        &[
                            "Objective evidence",
                            "Audit programme ISMS-PR-09 v4; no reports for audits IA-25-03 to IA-25-06; management review minutes of 20 January 2026 do not mention the gap.",
                        ],
                        &[""],
                        &["Finding Reference", "0047781-202603-N2", "Certificate / Site", "IS 712345 / Reading"],
                        &["Category", "Minor", "Area / process", "Supplier management"],
                        &["Clause", "A.5.22", "", ""],
                        &[
                            "Details",
                            "Service delivery of the two cloud hosting providers in scope is not monitored or reviewed against the agreed security requirements.",
                        ],
                        &[
                            "Objective evidence",
                            "Supplier register lists both providers as critical; no review record since onboarding in 2024; no SOC 2 reports obtained.",
                        ],
                        &[""],
                        &["Finding Reference", "0047781-202603-N3", "Certificate / Site", "IS 712345 / Slough"],
                        &["Category", "Minor", "Area / process", "Risk treatment"],
                        &["Clause", "6.1.3 d)", "", ""],
                        &[
                            "Details",
                            "The Statement of Applicability excludes control A.7.4 without a justification, and its version does not match the one approved by the risk owners.",
                        ],
                        &[
                            "Objective evidence",
                            "SoA v2.3 dated 04/11/2025; the risk treatment plan was approved against SoA v2.1.",
                        ],
                        &[""],
                        &["Finding Reference", "0047781-202603-I1", "Certificate / Site", "IS 712345 / Reading"],
                        &["Category", "Opportunity for improvement", "Area / process", "Monitoring"],
                        &["Clause", "A.8.16", "", ""],
                        &[
                            "Details",
                            "Alerts from the endpoint protection platform and the firewall could be correlated in the SIEM so that the service desk sees one incident rather than two.",
                        ],
                        &["Objective evidence", "Demonstration of the SIEM dashboard with IT Operations."],
                    ],
                )
                .merged(0, 0, 0, 3)
                .merged(1, 0, 1, 3)
                .merged(6, 1, 6, 3)
                .merged(7, 1, 7, 3)
                .merged(12, 1, 12, 3)
                .merged(13, 1, 13, 3)
                .merged(18, 1, 18, 3)
                .merged(19, 1, 19, 3)
                .merged(24, 1, 24, 3)
                .merged(25, 1, 25, 3),
            ]),
            expected: vec![
                finding("0047781-202603-N1", "major", "9.2.2", "The internal audit programme for 2025"),
                finding("0047781-202603-N2", "minor", "A.5.22", "Service delivery of the two cloud"),
                finding("0047781-202603-N3", "minor", "6.1.3", "The Statement of Applicability excludes"),
                finding("0047781-202603-I1", "ofi", "A.8.16", "Alerts from the endpoint protection"),
            ],
        },
        Layout {
            id: "ho9-dnv-cat-codes-response",
            origin: "holdout 9: a DNV-like findings list graded \"Cat 1\", \"Cat 2\", \"Obs\" and \"OFI\" (no key in the file), each requirement prefixed by the standard's designation (\"ISO/IEC 27001:2022 - 7.2, 7.3\", bare clauses beside A.-prefixed controls), a certificate number ending in \"-NA\" in the title, a Status column that says \"No action required\" on the observation and the OFI, and an Auditee response column that mentions other clauses and controls",
            file_name: "DNV_312456_RA_2026_findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Audit report – findings list"],
                    &["Customer: Calder Analytics AS   Certificate no.: 312456-2019-AIS-NOR-NA   Audit type: Recertification audit   Standard: ISO/IEC 27001:2022"],
                    &[""],
                    &[
                        "Finding no.",
                        "Category",
                        "Requirement",
                        "Finding",
                        "Objective evidence",
                        "Status",
                        "Auditee response",
                        "Due date",
                    ],
                    &[
                        "F-01",
                        "Cat 2",
                        "ISO/IEC 27001:2022 - 6.1.2",
                        "Risk acceptance criteria are not defined; risks are accepted case by case by the IT manager without reference to any criteria.",
                        "Risk methodology RM-01 v1.4 section 3; risk register entries R-17 and R-22.",
                        "Open - CAP accepted",
                        "Acceptance criteria will be added to RM-01 and approved by management; the SoA (clause 6.1.3) and policy A.5.1 will be aligned.",
                        "#d 2026-05-15",
                    ],
                    &[
                        "F-02",
                        "Cat 1",
                        "ISO/IEC 27001:2022 - A.5.23",
                        "No information security requirements have been defined for the acquisition, use and exit of cloud services, although customer data is hosted on three SaaS platforms.",
                        "Cloud service list (CRM, HR, ticketing); procurement procedure PR-04 has no security criteria.",
                        "Open",
                        "Root cause analysis in progress.",
                        "#d 2026-04-17",
                    ],
                    &[
                        "F-03",
                        "Cat 2",
                        "ISO/IEC 27001:2022 - 7.2, 7.3",
                        "Security awareness training has not been completed by 14 of 60 staff, and no competence requirements are defined for the two system administrators.",
                        "LMS completion report of 02/03/2026; job descriptions of the system administrators.",
                        "Open - CAP accepted",
                        "Training made mandatory in onboarding; competence matrix to be drafted by HR.",
                        "#d 2026-05-15",
                    ],
                    &[
                        "F-04",
                        "Obs",
                        "ISO/IEC 27001:2022 - A.8.32",
                        "Emergency changes are approved retrospectively by e-mail, and the change record does not always reference the approval.",
                        "Changes CHG-2211 and CHG-2240.",
                        "No action required",
                        "Noted.",
                        "",
                    ],
                    &[
                        "F-05",
                        "OFI",
                        "ISO/IEC 27001:2022 - 9.1",
                        "The ISMS performance indicators could include the time taken to close security incidents.",
                        "",
                        "No action required",
                        "",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("F-01", "minor", "6.1.2", "Risk acceptance criteria are not defined"),
                finding("F-02", "major", "A.5.23", "No information security requirements"),
                finding("F-03", "minor", "7.2, 7.3", "Security awareness training has not"),
                finding("F-04", "observation", "A.8.32", "Emergency changes are approved"),
                finding("F-05", "ofi", "9.1", "The ISMS performance indicators could"),
            ],
        },
        Layout {
            id: "ho9-lrqa-transposed-unicode-text",
            origin: "holdout 9: an LRQA-like issue summary saved from Excel as \"Unicode Text\" (UTF-16 with a BOM, tab-separated) and transposed: the field names run down the first column (Issue ref, Grade, Clause, Issue, Evidence, Status, Auditee response, Response due) and each issue is a column, so no row is a finding; one requirement written \"Clause 8.1\" beside A.-prefixed controls",
            file_name: "LRQA-issues-summary-RA2026.txt",
            bytes: utf16le_with_bom(&delimited(
                &[
                    &["Assessment findings - ISO/IEC 27001:2022 reassessment, 9-11 March 2026", "", "", "", ""],
                    &["Organisation: Pellham Clinical Research Ltd", "", "", "", ""],
                    &["", "", "", "", ""],
                    &["Issue ref", "RA-01", "RA-02", "RA-03", "RA-04"],
                    &["Grade", "Major", "Minor", "Minor", "Observation"],
                    &["Clause", "A.5.15", "Clause 8.1", "A.8.13", "4.3"],
                    &[
                        "Issue",
                        "Access rights to the clinical trial database are granted by the vendor on e-mail request from any employee, without approval by the data owner.",
                        "Processes outsourced to the data centre provider are not controlled: the contract sets no criteria for them and their performance has not been reviewed.",
                        "Restores from backup have not been tested since the migration to the new backup service in June 2025.",
                        "The ISMS scope statement still names the Cambridge office, which closed in December 2025.",
                    ],
                    &[
                        "Evidence",
                        "Vendor ticket export, 18 grants in January 2026 with no approval.",
                        "Hosting contract HC-2023-07; no service review minutes.",
                        "Backup service console; no restore test record.",
                        "Scope statement ISMS-DOC-01 v5.",
                    ],
                    &["Status", "Open", "Open", "Open", "Open"],
                    &[
                        "Auditee response",
                        "Access procedure being rewritten with the vendor.",
                        "",
                        "Restore test booked for April.",
                        "",
                    ],
                    &["Response due", "10/04/2026", "09/05/2026", "09/05/2026", ""],
                ],
                '\t',
            )),
            expected: vec![
                finding("RA-01", "major", "A.5.15", "Access rights to the clinical trial"),
                finding("RA-02", "minor", "8.1", "Processes outsourced to the data centre"),
                finding("RA-03", "minor", "A.8.13", "Restores from backup have not been"),
                finding("RA-04", "observation", "4.3", "The ISMS scope statement still names"),
            ],
        },
        Layout {
            id: "ho9-bv-french-case-codes",
            origin: "holdout 9: a Bureau Veritas-like French summary of findings (\"Synthèse des constats\") graded by codes EM, Em, PS and PP explained by a \"Classement :\" line above the table (EM and Em differ only by case; PS is a point sensible, i.e. an observation; PP a piste de progrès), requirements written \"§ 9.3.2\" and \"§ 10.2 ; A.5.27\", with Statut and Réponse de l'audité columns; the Statut of the point sensible and the piste de progrès is \"Sans objet\" (nothing to answer), which does not make them no findings",
            file_name: "BV_Lumeris_Suivi1_2026_constats.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Synthèse des constats",
                    0,
                    0,
                    &[
                        &["Rapport d'audit ISO/IEC 27001:2022 – Synthèse des constats"],
                        &["Organisme audité : Lumeris SAS – Audit de suivi n°1 – 10 et 11 mars 2026 – Auditeur responsable : C. Moreau"],
                        &["Classement : EM = écart majeur ; Em = écart mineur ; PS = point sensible ; PP = piste de progrès"],
                        &[""],
                        &[
                            "N°",
                            "Exigence (chapitre / mesure)",
                            "Constat",
                            "Classement",
                            "Preuves",
                            "Statut",
                            "Réponse de l'audité",
                        ],
                        &[
                            "C-01",
                            "§ 9.3.2",
                            "La revue de direction de 2025 n'a traité ni l'état des actions décidées lors de la revue précédente ni les retours des parties intéressées.",
                            "Em",
                            "Compte rendu de la revue de direction du 12/12/2025.",
                            "Ouvert",
                            "Ordre du jour type de la revue mis à jour.",
                        ],
                        &[
                            "C-02",
                            "A.5.23",
                            "Aucune exigence de sécurité n'a été définie pour l'usage des services cloud, alors que les données clients sont hébergées sur deux plateformes SaaS.",
                            "EM",
                            "Liste des applications SaaS ; procédure achats PA-02 v3.",
                            "Ouvert",
                            "Plan d'actions transmis le 24/03/2026.",
                        ],
                        &[
                            "C-03",
                            "§ 7.5.3",
                            "Plusieurs procédures publiées sur l'intranet ne sont pas à leur dernière version approuvée.",
                            "Em",
                            "Procédures PR-05 et PR-11 : version intranet 2.0, version approuvée 2.2.",
                            "Ouvert",
                            "",
                        ],
                        &[
                            "C-04",
                            "A.8.13",
                            "Les tests de restauration des sauvegardes sont réalisés mais ne sont pas enregistrés.",
                            "PS",
                            "Entretien avec l'administrateur système.",
                            "Sans objet",
                            "",
                        ],
                        &[
                            "C-05",
                            "§ 10.2 ; A.5.27",
                            "Les enseignements tirés des incidents pourraient être partagés avec l'équipe support de niveau 1.",
                            "PP",
                            "",
                            "Sans objet",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(1, 0, 1, 6)
                .merged(2, 0, 2, 6),
            ]),
            expected: vec![
                finding("C-01", "minor", "9.3.2", "La revue de direction de 2025"),
                finding("C-02", "major", "A.5.23", "Aucune exigence de sécurité"),
                finding("C-03", "minor", "7.5.3", "Plusieurs procédures publiées"),
                finding("C-04", "observation", "A.8.13", "Les tests de restauration des"),
                finding("C-05", "ofi", "10.2, A.5.27", "Les enseignements tirés des incidents"),
            ],
        },
        Layout {
            id: "ho9-tuv-german-na-code",
            origin: "holdout 9: a TÜV-like German findings table whose grade column is headed with its own key \"Bewertung (HA = Hauptabweichung, NA = Nebenabweichung, H = Hinweis, VP = Verbesserungspotenzial)\", so the code NA means a minor nonconformity, not \"not applicable\"; a running Lfd. Nr. beside the Feststellungs-Nr., requirements as \"Kap. 7.2; Anhang A 6.3\", a Stellungnahme der Organisation column",
            file_name: "Auditbericht_UeA1_2026_Feststellungen.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Feststellungen",
                    0,
                    0,
                    &[
                        &["Auditbericht ISO/IEC 27001:2022 – Überwachungsaudit 1 – Feststellungen"],
                        &["Organisation: Brenner Logistik GmbH, Standort Augsburg – Audittage: 17.–18.03.2026 – Auditleiter: Dipl.-Inf. M. Wagner"],
                        &[""],
                        &[
                            "Lfd. Nr.",
                            "Feststellungs-Nr.",
                            "Normforderung",
                            "Feststellung",
                            "Bewertung (HA = Hauptabweichung, NA = Nebenabweichung, H = Hinweis, VP = Verbesserungspotenzial)",
                            "Frist",
                            "Status",
                            "Stellungnahme der Organisation",
                        ],
                        &[
                            "#n 1",
                            "ÜA1-2026-01",
                            "Kap. 6.1.2",
                            "Die Kriterien für die Risikoakzeptanz sind nicht festgelegt; Restrisiken werden vom IT-Leiter ohne Bezug auf Kriterien akzeptiert.",
                            "NA",
                            "#d 2026-05-18",
                            "offen",
                            "Risikomethodik wird bis Ende April überarbeitet.",
                        ],
                        &[
                            "#n 2",
                            "ÜA1-2026-02",
                            "Anhang A 8.15",
                            "Die Protokolle der Firewall und der Domänencontroller werden nur 7 Tage aufbewahrt und nicht ausgewertet; die Richtlinie fordert 90 Tage.",
                            "HA",
                            "#d 2026-04-17",
                            "offen",
                            "Ursachenanalyse läuft.",
                        ],
                        &[
                            "#n 3",
                            "ÜA1-2026-03",
                            "Kap. 7.2; Anhang A 6.3",
                            "Für 9 von 25 stichprobenartig geprüften Mitarbeitenden fehlt der Nachweis der jährlichen Sensibilisierungsschulung.",
                            "NA",
                            "#d 2026-05-18",
                            "offen",
                            "",
                        ],
                        &[
                            "#n 4",
                            "ÜA1-2026-04",
                            "Anhang A 5.30",
                            "Der Wiederanlaufplan für das Lagerverwaltungssystem wurde seit 2024 nicht getestet.",
                            "H",
                            "",
                            "zur Kenntnis genommen",
                            "",
                        ],
                        &[
                            "#n 5",
                            "ÜA1-2026-05",
                            "Kap. 9.1",
                            "Die Kennzahlen zur Informationssicherheit könnten um die Dauer bis zur Schließung von Sicherheitsvorfällen ergänzt werden.",
                            "VP",
                            "",
                            "",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 7)
                .merged(1, 0, 1, 7),
            ]),
            expected: vec![
                finding("ÜA1-2026-01", "minor", "6.1.2", "Die Kriterien für die Risikoakzeptanz"),
                finding("ÜA1-2026-02", "major", "A.8.15", "Die Protokolle der Firewall"),
                finding("ÜA1-2026-03", "minor", "7.2, A.6.3", "Für 9 von 25 stichprobenartig"),
                finding("ÜA1-2026-04", "observation", "A.5.30", "Der Wiederanlaufplan für das"),
                finding("ÜA1-2026-05", "ofi", "9.1", "Die Kennzahlen zur Informations"),
            ],
        },
        Layout {
            id: "ho9-isms-online-breadcrumbs",
            origin: "holdout 9: an ISMS.online-like CSV export of improvements whose linked requirements are breadcrumb paths (\"ISO 27001:2022 > A.8 Technological controls > A.8.8 Management of technical vulnerabilities\", one per line), so the theme (A.8) and the clause group (6 Planning) are no requirements, clauses bare with their titles (\"8.3 Information security risk treatment\", \"7.4 Communication\" are clauses, not the controls A.8.3 and A.7.4), a short Title beside the long Description, owners as names (one by a user's display name, one unknown)",
            file_name: "improvements-export-2026-03-13.csv",
            bytes: delimited(
                &[
                    &["ID", "Title", "Type", "Linked requirements", "Description", "Owner", "Raised on", "Due", "State"],
                    &[
                        "IMP-0214",
                        "Leavers' accounts",
                        "Minor Non-conformity",
                        "ISO 27001:2022 > A.5 Organisational controls > A.5.18 Access rights",
                        "Accounts of three leavers remained active in the CRM for up to 40 days after their last working day.",
                        "Badr Karim",
                        "12 Mar 2026",
                        "30 Apr 2026",
                        "Open",
                    ],
                    &[
                        "IMP-0215",
                        "Vulnerability scanning",
                        "Major Non-conformity",
                        "ISO 27001:2022 > A.8 Technological controls > A.8.8 Management of technical vulnerabilities",
                        "No vulnerability scans of the internet-facing systems have been run since October 2025, and 11 critical findings of the last scan remain unresolved.",
                        "Head of IT Operations",
                        "12 Mar 2026",
                        "10 Apr 2026",
                        "In progress",
                    ],
                    &[
                        "IMP-0216",
                        "Risk treatment plan",
                        "Minor Non-conformity",
                        "ISO 27001:2022 > 6 Planning > 6.1.3 Information security risk treatment\nISO 27001:2022 > 8 Operation > 8.3 Information security risk treatment",
                        "The risk treatment plan has not been updated since the risk assessment of January 2026 and does not cover the four new high risks.",
                        "Priya Natarajan",
                        "12 Mar 2026",
                        "30 Apr 2026",
                        "Open",
                    ],
                    &[
                        "IMP-0217",
                        "Supplier reviews",
                        "Observation",
                        "ISO 27001:2022 > A.5 Organisational controls > A.5.22 Monitoring, review and change management of supplier services",
                        "Supplier reviews are held but their outcome is not recorded in the supplier register.",
                        "Lena Fischer",
                        "13 Mar 2026",
                        "",
                        "Open",
                    ],
                    &[
                        "IMP-0218",
                        "Policy acknowledgement",
                        "Opportunity for Improvement",
                        "ISO 27001:2022 > 7 Support > 7.4 Communication",
                        "Staff could be asked to acknowledge policy changes in the policy portal rather than by e-mail.",
                        "Badr Karim",
                        "13 Mar 2026",
                        "",
                        "Open",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("IMP-0214", "minor", "A.5.18", "Accounts of three leavers remained")
                    .owner("badr@acme.test"),
                finding("IMP-0215", "major", "A.8.8", "No vulnerability scans of the internet")
                    .owner("ops@acme.test"),
                finding("IMP-0216", "minor", "6.1.3, 8.3", "The risk treatment plan has not been")
                    .pending(&["Priya Natarajan"]),
                finding("IMP-0217", "observation", "A.5.22", "Supplier reviews are held but")
                    .owner("lena.fischer@acme.test"),
                finding("IMP-0218", "ofi", "7.4", "Staff could be asked to acknowledge")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho9-vanta-snake-case-json",
            origin: "holdout 9: a Vanta-like compliance platform's CSV (UTF-8 with a BOM) of audit findings: grades as snake_case enum values (major_nonconformity, opportunity_for_improvement), controls as JSON arrays ([\"A.5.17\",\"A.8.5\"]), a uuid column before the human finding_id, ISO 8601 timestamps with a Z, a framework column naming \"ISO 27001:2022\", owners as email addresses",
            file_name: "audit_findings_export.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &[
                            "uuid",
                            "finding_id",
                            "title",
                            "classification",
                            "framework",
                            "controls",
                            "description",
                            "owner_email",
                            "status",
                            "created_at",
                            "due_at",
                        ],
                        &[
                            "3f9c2a7e-5b1d-4c8e-9a61-0d2b7e4f1c35",
                            "FND-31",
                            "MFA not enforced for admin console",
                            "major_nonconformity",
                            "ISO 27001:2022",
                            "[\"A.5.17\",\"A.8.5\"]",
                            "Multi-factor authentication is not enforced for the cloud admin console; 6 of 9 administrator accounts sign in with a password only.",
                            "ops@acme.test",
                            "open",
                            "2026-03-12T09:14:03Z",
                            "2026-04-11T00:00:00Z",
                        ],
                        &[
                            "8a1e0c44-2f7b-4d19-b3c5-6e9d01a7f228",
                            "FND-32",
                            "Access review incomplete",
                            "minor_nonconformity",
                            "ISO 27001:2022",
                            "[\"A.5.18\"]",
                            "The quarterly access review for Q4 2025 covered the production database but not the data warehouse.",
                            "badr@acme.test",
                            "open",
                            "2026-03-12T10:02:41Z",
                            "2026-05-11T00:00:00Z",
                        ],
                        &[
                            "c47d9b10-9e3a-4a6f-8d2e-51f0b6c3a9e7",
                            "FND-33",
                            "Internal audit independence",
                            "minor_nonconformity",
                            "ISO 27001:2022",
                            "[\"9.2.1\",\"9.2.2\"]",
                            "The internal audit of change management was carried out by the change manager, who audited his own work.",
                            "badr@acme.test",
                            "open",
                            "2026-03-12T14:30:19Z",
                            "2026-05-11T00:00:00Z",
                        ],
                        &[
                            "05be7f3d-1c68-4e2a-a9f4-d83c27e6b501",
                            "FND-34",
                            "Secure coding guidance not referenced",
                            "observation",
                            "ISO 27001:2022",
                            "[\"A.8.28\"]",
                            "Secure coding guidelines exist but are not referenced in the pull request template.",
                            "lena.fischer@acme.test",
                            "open",
                            "2026-03-13T08:47:55Z",
                            "",
                        ],
                        &[
                            "e2a8d6c9-7b40-4f13-9c5e-3a1f8b0d64c2",
                            "FND-35",
                            "Threat intelligence for patching",
                            "opportunity_for_improvement",
                            "ISO 27001:2022",
                            "[\"A.5.7\"]",
                            "Threat intelligence feeds could be used to prioritise the patching backlog.",
                            "ops@acme.test",
                            "open",
                            "2026-03-13T09:05:12Z",
                            "",
                        ],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("FND-31", "major", "A.5.17, A.8.5", "Multi-factor authentication is not")
                    .owner("ops@acme.test"),
                finding("FND-32", "minor", "A.5.18", "The quarterly access review for Q4")
                    .owner("badr@acme.test"),
                finding("FND-33", "minor", "9.2.1, 9.2.2", "The internal audit of change management")
                    .owner("badr@acme.test"),
                finding("FND-34", "observation", "A.8.28", "Secure coding guidelines exist")
                    .owner("lena.fischer@acme.test"),
                finding("FND-35", "ofi", "A.5.7", "Threat intelligence feeds could be")
                    .owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho9-jira-duplicate-labels",
            origin: "holdout 9: a Jira-like comma CSV export (\"Export Excel CSV (all fields)\"): Summary first and a long Description last (the statement), Issue key beside a numeric Issue id, two columns both headed \"Labels\", the grade in \"Custom field (Finding grade)\" beside a Priority that disagrees with it, the requirements in \"Custom field (ISO 27001 clause/control)\", Jira dates (\"12/Mar/26 9:14 AM\"), the external auditor as Reporter on every row and the owner as Assignee (one unassigned), the description with Jira wiki markup after its first sentence",
            file_name: "Jira 2026-03-16T10_22_31+0100.csv",
            bytes: delimited(
                &[
                    &[
                        "Summary",
                        "Issue key",
                        "Issue id",
                        "Issue Type",
                        "Status",
                        "Priority",
                        "Assignee",
                        "Reporter",
                        "Created",
                        "Due date",
                        "Labels",
                        "Labels",
                        "Custom field (Finding grade)",
                        "Custom field (ISO 27001 clause/control)",
                        "Description",
                    ],
                    &[
                        "Patch SLA missed on DMZ servers",
                        "ISMS-142",
                        "10452",
                        "Audit Finding",
                        "In Progress",
                        "High",
                        "Head of IT Operations",
                        "Rachel Dunn",
                        "12/Mar/26 9:14 AM",
                        "30/Apr/26",
                        "iso27001",
                        "surveillance-2026",
                        "Minor Nonconformity",
                        "A.8.8",
                        "Critical security patches for the three DMZ web servers were installed 45 days after release; the patch standard requires 14 days.\n\n*Evidence:* WSUS report of 2 March 2026, servers web01 to web03.",
                    ],
                    &[
                        "Management review not held",
                        "ISMS-143",
                        "10453",
                        "Audit Finding",
                        "To Do",
                        "Medium",
                        "Badr Karim",
                        "Rachel Dunn",
                        "12/Mar/26 9:31 AM",
                        "10/Apr/26",
                        "iso27001",
                        "surveillance-2026",
                        "Major Nonconformity",
                        "Clause 9.3",
                        "No management review has taken place since November 2024; the review planned for November 2025 was cancelled and not rescheduled.\n\n*Evidence:* meeting calendar, minutes folder on SharePoint.",
                    ],
                    &[
                        "Supplier agreements lack security clauses",
                        "ISMS-144",
                        "10454",
                        "Audit Finding",
                        "To Do",
                        "Low",
                        "Martín Lombardi",
                        "Rachel Dunn",
                        "12/Mar/26 11:05 AM",
                        "30/Apr/26",
                        "iso27001",
                        "",
                        "Minor Nonconformity",
                        "A.5.19, A.5.20",
                        "Agreements with two of the five sampled IT suppliers contain no information security clauses.\n\n*Evidence:* contracts with Nordhost and Printwise.",
                    ],
                    &[
                        "Clear desk in finance office",
                        "ISMS-145",
                        "10455",
                        "Audit Finding",
                        "To Do",
                        "Low",
                        "",
                        "Rachel Dunn",
                        "13/Mar/26 8:50 AM",
                        "",
                        "iso27001",
                        "surveillance-2026",
                        "Observation",
                        "A.7.7",
                        "Documents with customer bank details were left on desks in the finance office after working hours.",
                    ],
                    &[
                        "Objectives per department",
                        "ISMS-146",
                        "10456",
                        "Audit Finding",
                        "To Do",
                        "Lowest",
                        "Lena Fischer",
                        "Rachel Dunn",
                        "13/Mar/26 9:12 AM",
                        "",
                        "iso27001",
                        "",
                        "Opportunity for Improvement",
                        "Clause 6.2",
                        "The information security objectives could be broken down into quarterly targets per department.",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("ISMS-142", "minor", "A.8.8", "Critical security patches for the three")
                    .owner("ops@acme.test"),
                finding("ISMS-143", "major", "9.3", "No management review has taken place")
                    .owner("badr@acme.test"),
                finding("ISMS-144", "minor", "A.5.19, A.5.20", "Agreements with two of the five")
                    .owner("martin@acme.test"),
                finding("ISMS-145", "observation", "A.7.7", "Documents with customer bank details")
                    .pending(&[]),
                finding("ISMS-146", "ofi", "6.2", "The information security objectives")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "ho9-excel-table-column1-total",
            origin: "holdout 9: a register kept as an Excel Table: the grade column's header was left blank when the table was made, so Excel named it \"Column1\" (and an empty notes column \"Column2\"), the Table's Total row under the last finding (\"Total\" and a count of 5 under Finding), every reference prefixed NC- even for the observation and the OFI, an owner written without the accent of the user's name (Martin Lombardi)",
            file_name: "ISMS_NC_Register_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "NC Register",
                0,
                0,
                &[
                    &["ISMS Nonconformity Register – External audit 2026"],
                    &[""],
                    &["ID", "Column1", "ISO 27001 ref", "Finding", "Owner", "Due", "Column2"],
                    &[
                        "NC-2026-01",
                        "Major NC",
                        "A.8.24",
                        "Backups of the customer database are stored unencrypted at the offsite provider, contrary to the cryptography policy.",
                        "Martin Lombardi",
                        "#d 2026-04-10",
                        "",
                    ],
                    &[
                        "NC-2026-02",
                        "Minor NC",
                        "A.6.1",
                        "Background checks are not carried out for contractors who are given administrator rights.",
                        "Lena Fischer",
                        "#d 2026-05-29",
                        "",
                    ],
                    &[
                        "NC-2026-03",
                        "Minor NC",
                        "7.5.2",
                        "Two ISMS procedures were published without the approval the document control procedure requires.",
                        "Badr Karim",
                        "#d 2026-05-29",
                        "see e-mail of 14/03",
                    ],
                    &[
                        "NC-2026-04",
                        "Observation",
                        "A.5.24",
                        "The incident response plan does not name a deputy for the incident manager.",
                        "Badr Karim",
                        "",
                        "",
                    ],
                    &[
                        "NC-2026-05",
                        "OFI",
                        "A.8.9",
                        "Configuration baselines could be checked automatically with the existing endpoint management tool.",
                        "Head of IT Operations",
                        "",
                        "",
                    ],
                    &["Total", "", "", "#n 5", "", "", ""],
                ],
            )]),
            expected: vec![
                finding("NC-2026-01", "major", "A.8.24", "Backups of the customer database")
                    .owner("martin@acme.test"),
                finding("NC-2026-02", "minor", "A.6.1", "Background checks are not carried out")
                    .owner("lena.fischer@acme.test"),
                finding("NC-2026-03", "minor", "7.5.2", "Two ISMS procedures were published")
                    .owner("badr@acme.test"),
                finding("NC-2026-04", "observation", "A.5.24", "The incident response plan does not")
                    .owner("badr@acme.test"),
                finding("NC-2026-05", "ofi", "A.8.9", "Configuration baselines could be")
                    .owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho9-internal-audit-report-summary-then-detail",
            origin: "holdout 9: a consultant's \"Internal Audit Report\" on one sheet: 1. Audit details as label/value pairs (a Scope naming clauses and controls, Auditees naming two users), 2. a Findings summary table (Ref, Type, Clause / control, short Title) and a totals line, 3. the Detailed findings table repeating each Ref with its long Finding, evidence, recommendation and Responsible; every finding appears twice and the statement is the detailed one",
            file_name: "Internal Audit Report IA-2026-02.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Internal Audit Report",
                    0,
                    0,
                    &[
                        &["INTERNAL AUDIT REPORT"],
                        &["Brightpath Consulting – ISO/IEC 27001:2022 internal audit service"],
                        &[""],
                        &["1. Audit details"],
                        &["Audit reference", "IA-2026-02"],
                        &["Audit date", "#d 2026-02-24"],
                        &["Lead auditor", "Sofia Marchetti"],
                        &["Auditees", "Badr Karim (ISMS Manager); Lena Fischer (Head of Development)"],
                        &["Scope", "Clauses 4 to 10; Annex A controls A.5.15 to A.5.18, A.8.8, A.8.25 to A.8.32"],
                        &["Audit criteria", "ISO/IEC 27001:2022; ISMS Manual v3.1; Access Control Policy v2.0"],
                        &[""],
                        &["2. Findings summary"],
                        &["Ref", "Type", "Clause / control", "Title"],
                        &["IA-02-01", "Major NC", "10.2", "Corrective actions from 2025 not implemented"],
                        &["IA-02-02", "Minor NC", "A.5.18", "Leavers' access not removed"],
                        &["IA-02-03", "Minor NC", "A.8.32", "Change approvals not recorded"],
                        &["IA-02-04", "Observation", "A.8.25", "Mobile app SDLC undocumented"],
                        &["IA-02-05", "OFI", "6.2", "Objectives not cascaded"],
                        &["Total findings: 5 (Major 1, Minor 2, Observation 1, OFI 1)"],
                        &[""],
                        &["3. Detailed findings"],
                        &[
                            "Ref",
                            "Type",
                            "Clause / control",
                            "Finding",
                            "Objective evidence",
                            "Recommendation",
                            "Responsible",
                            "Target date",
                        ],
                        &[
                            "IA-02-01",
                            "Major NC",
                            "10.2",
                            "Four of the six corrective actions raised at the 2025 certification audit were marked closed although the agreed actions were never carried out.",
                            "NC log entries NC-25-02 to NC-25-05; no evidence of implementation.",
                            "Verify each action's effectiveness before closing it.",
                            "Badr Karim",
                            "#d 2026-03-31",
                        ],
                        &[
                            "IA-02-02",
                            "Minor NC",
                            "A.5.18",
                            "Access of two leavers to the HR system was removed 23 and 31 days after their leaving date.",
                            "HR leavers list January 2026; HR system audit log.",
                            "Trigger access removal from the HR leaver workflow.",
                            "Head of IT Operations",
                            "#d 2026-04-30",
                        ],
                        &[
                            "IA-02-03",
                            "Minor NC",
                            "A.8.32",
                            "Three of ten sampled production changes have no recorded approval by the change advisory board.",
                            "Changes CHG-1187, CHG-1192, CHG-1203.",
                            "Make the approval field mandatory in the ticketing tool.",
                            "Head of IT Operations",
                            "#d 2026-04-30",
                        ],
                        &[
                            "IA-02-04",
                            "Observation",
                            "A.8.25",
                            "The secure development lifecycle is documented for the web platform but not for the mobile app, which is developed by a separate team.",
                            "SDLC-01 v2 scope section; interview with the mobile team lead.",
                            "Extend SDLC-01 to the mobile app.",
                            "Lena Fischer",
                            "",
                        ],
                        &[
                            "IA-02-05",
                            "OFI",
                            "6.2",
                            "The ISMS objectives could be cascaded into team objectives so that progress is measured where the work is done.",
                            "",
                            "Add one security objective per team to the 2026 plan.",
                            "Badr Karim",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 7)
                .merged(1, 0, 1, 7)
                .merged(3, 0, 3, 7)
                .merged(11, 0, 11, 7)
                .merged(18, 0, 18, 7)
                .merged(20, 0, 20, 7),
            ]),
            expected: vec![
                finding("IA-02-01", "major", "10.2", "Four of the six corrective actions")
                    .owner("badr@acme.test"),
                finding("IA-02-02", "minor", "A.5.18", "Access of two leavers to the HR system")
                    .owner("ops@acme.test"),
                finding("IA-02-03", "minor", "A.8.32", "Three of ten sampled production changes")
                    .owner("ops@acme.test"),
                finding("IA-02-04", "observation", "A.8.25", "The secure development lifecycle is")
                    .owner("lena.fischer@acme.test"),
                finding("IA-02-05", "ofi", "6.2", "The ISMS objectives could be cascaded")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho9-consultant-template-lists-sheet",
            origin: "holdout 9: a consultant's findings-log template in use: an Instructions sheet, the Findings sheet with IDs pre-numbered F-01 to F-15 of which only four rows are filled, requirements chosen from a drop-down as \"number title\" (\"5.3 Organizational roles, responsibilities and authorities\" is the clause, not control A.5.3), and a Lists sheet holding the drop-downs' sources side by side (finding types, statuses, clause and control titles) whose rows look like graded findings",
            file_name: "ISMS_Findings_Log_template_v2.3_IA-2026-Q1.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Instructions",
                    0,
                    0,
                    &[
                        &["How to use this template"],
                        &["1. Enter one finding per row on the Findings sheet; the Finding ID is pre-numbered."],
                        &["2. Choose the Finding type from the drop-down (Major NC, Minor NC, Observation, OFI)."],
                        &["3. Select the clause or Annex A control from the drop-down; add further references separated by commas."],
                        &["4. Root cause, corrective action and action owner are completed by the auditee within 14 days."],
                        &[""],
                        &["Template v2.3 – © Halden & Rowe Consulting"],
                    ],
                ),
                sheet(
                    "Findings",
                    0,
                    0,
                    &[
                        &["ISMS Internal Audit – Findings Log"],
                        &["Audit: IA-2026-Q1 (Operations and IT)   Auditor: J. Halden   Date: 05/02/2026"],
                        &[""],
                        &[
                            "Finding ID",
                            "Date",
                            "Auditor",
                            "Clause / Annex A ref",
                            "Finding type",
                            "Description of finding",
                            "Root cause",
                            "Corrective action",
                            "Action owner",
                            "Target date",
                            "Status",
                        ],
                        &[
                            "F-01",
                            "#d 2026-02-05",
                            "J. Halden",
                            "A.8.13 Information backup",
                            "Minor NC",
                            "The backup of the finance file share failed on nine nights in January and the failures were not followed up.",
                            "Backup alerts go to a mailbox nobody monitors.",
                            "Route backup alerts to the service desk queue and review failures weekly.",
                            "Head of IT Operations",
                            "#d 2026-03-31",
                            "Open",
                        ],
                        &[
                            "F-02",
                            "#d 2026-02-05",
                            "J. Halden",
                            "5.3 Organizational roles, responsibilities and authorities",
                            "Minor NC",
                            "The ISMS roles document still names the former IT manager as owner of all infrastructure risks.",
                            "Roles document not reviewed after the reorganisation in 2025.",
                            "Update the roles document and reassign the risk ownership.",
                            "Badr Karim",
                            "#d 2026-03-31",
                            "Open",
                        ],
                        &[
                            "F-03",
                            "#d 2026-02-06",
                            "J. Halden",
                            "A.5.24 Information security incident management planning and preparation, A.5.26 Response to information security incidents",
                            "Major NC",
                            "Security incidents are handled ad hoc: there is no documented response procedure and the two incidents of January 2026 were not recorded.",
                            "",
                            "",
                            "Tomasz Wójcik",
                            "",
                            "Open",
                        ],
                        &[
                            "F-04",
                            "#d 2026-02-06",
                            "J. Halden",
                            "A.7.2 Physical entry",
                            "Observation",
                            "The visitor log at reception is not checked against the badges returned at the end of the day.",
                            "",
                            "",
                            "Lena Fischer",
                            "",
                            "Open",
                        ],
                        &["F-05"],
                        &["F-06"],
                        &["F-07"],
                        &["F-08"],
                        &["F-09"],
                        &["F-10"],
                        &["F-11"],
                        &["F-12"],
                        &["F-13"],
                        &["F-14"],
                        &["F-15"],
                    ],
                ),
                sheet(
                    "Lists",
                    0,
                    0,
                    &[
                        &["Finding type", "Status", "Clause / Annex A ref"],
                        &["Major NC", "Open", "4.1 Understanding the organization and its context"],
                        &["Minor NC", "In progress", "4.2 Understanding the needs and expectations of interested parties"],
                        &["Observation", "Closed", "4.3 Determining the scope of the information security management system"],
                        &["OFI", "", "4.4 Information security management system"],
                        &["", "", "5.1 Leadership and commitment"],
                        &["", "", "5.2 Policy"],
                        &["", "", "5.3 Organizational roles, responsibilities and authorities"],
                        &["", "", "6.1.2 Information security risk assessment"],
                        &["", "", "6.1.3 Information security risk treatment"],
                        &["", "", "6.2 Information security objectives and planning to achieve them"],
                        &["", "", "9.2 Internal audit"],
                        &["", "", "9.3 Management review"],
                        &["", "", "10.2 Nonconformity and corrective action"],
                        &["", "", "A.5.1 Policies for information security"],
                        &["", "", "A.5.15 Access control"],
                        &["", "", "A.5.24 Information security incident management planning and preparation"],
                        &["", "", "A.5.26 Response to information security incidents"],
                        &["", "", "A.7.2 Physical entry"],
                        &["", "", "A.8.8 Management of technical vulnerabilities"],
                        &["", "", "A.8.13 Information backup"],
                    ],
                ),
            ]),
            expected: vec![
                finding("F-01", "minor", "A.8.13", "The backup of the finance file share")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("F-02", "minor", "5.3", "The ISMS roles document still names")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("F-03", "major", "A.5.24, A.5.26", "Security incidents are handled ad hoc")
                    .pending(&["Tomasz Wójcik"]),
                finding("F-04", "observation", "A.7.2", "The visitor log at reception is not")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "ho9-smartsheet-parent-rows",
            origin: "holdout 9: a Smartsheet-like export whose primary (first) column holds the finding text, with parent rows \"Major NC (1)\", \"Minor NC (3)\", \"OFI (2)\" as the only grades (their counts in brackets, and rolled-up Due Date, Health and % Complete values on them), the ID in the second column, a Health column of Red/Yellow/Green beside the Status, % Complete as fractions, owners as email addresses, one finding already Complete",
            file_name: "Audit Findings 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Audit Findings 2026",
                0,
                0,
                &[
                    &["Finding", "ID", "Clause", "Assigned To", "Due Date", "Status", "Health", "% Complete", "Comments"],
                    &["Major NC (1)", "", "", "", "#d 2026-04-15", "", "Red", "#n 0.1", ""],
                    &[
                        "Privileged access to the payment gateway is shared: four engineers use one administrator account whose password has not changed since 2023.",
                        "SA2-01",
                        "A.8.2",
                        "ops@acme.test",
                        "#d 2026-04-15",
                        "In Progress",
                        "Red",
                        "#n 0.1",
                        "Password vault licence ordered",
                    ],
                    &["Minor NC (3)", "", "", "", "#d 2026-05-29", "", "Yellow", "#n 0.5", ""],
                    &[
                        "The information classification scheme is not applied on the shared drive; none of 20 sampled documents was labelled.",
                        "SA2-02",
                        "A.5.12, A.5.13",
                        "badr@acme.test",
                        "#d 2026-05-29",
                        "Not Started",
                        "Yellow",
                        "#n 0",
                        "",
                    ],
                    &[
                        "Remediation of the 2025 penetration test is not evidenced: 5 of 12 findings were closed without retest evidence.",
                        "SA2-03",
                        "A.8.8",
                        "lena.fischer@acme.test",
                        "#d 2026-05-15",
                        "In Progress",
                        "Green",
                        "#n 0.5",
                        "",
                    ],
                    &[
                        "The nonconformity log does not record the root cause of the findings closed in 2025.",
                        "SA2-04",
                        "Clause 10.2",
                        "badr@acme.test",
                        "#d 2026-04-30",
                        "Complete",
                        "Green",
                        "#n 1",
                        "Root cause field added to the log",
                    ],
                    &["OFI (2)", "", "", "", "", "", "Green", "#n 0", ""],
                    &[
                        "Supplier security incidents could be added to the monthly ISMS dashboard.",
                        "SA2-05",
                        "A.5.19",
                        "badr@acme.test",
                        "",
                        "Not Started",
                        "Green",
                        "#n 0",
                        "",
                    ],
                    &[
                        "The privacy notice for job applicants could link to the information security policy.",
                        "SA2-06",
                        "A.5.34",
                        "lena.fischer@acme.test",
                        "",
                        "Not Started",
                        "Green",
                        "#n 0",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("SA2-01", "major", "A.8.2", "Privileged access to the payment gateway")
                    .owner("ops@acme.test"),
                finding("SA2-02", "minor", "A.5.12, A.5.13", "The information classification scheme")
                    .owner("badr@acme.test"),
                finding("SA2-03", "minor", "A.8.8", "Remediation of the 2025 penetration")
                    .owner("lena.fischer@acme.test"),
                finding("SA2-04", "minor", "10.2", "The nonconformity log does not record")
                    .owner("badr@acme.test"),
                finding("SA2-05", "ofi", "A.5.19", "Supplier security incidents could be")
                    .owner("badr@acme.test"),
                finding("SA2-06", "ofi", "A.5.34", "The privacy notice for job applicants")
                    .owner("lena.fischer@acme.test"),
            ],
        },
    ]
}

fn tenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho10-cb-summary-minro-typo",
            origin: "holdout 10: a certification body's surveillance NCR summary under four title lines, references without a dash (NC1, OBS1, OFI1), one grade mistyped \"Minro\", a \"Standard ref\" column that writes controls with A. and one bare clause (6.2), a footnote about corrective action plans under the table",
            file_name: "SA1-NCR-Northgate-Print.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "NCR Summary",
                    0,
                    0,
                    &[
                        &["ISO/IEC 27001:2022 Surveillance Audit 1 – Nonconformity Report Summary"],
                        &["Client: Northgate Print Services Ltd"],
                        &["Audit dates: 12–13 March 2026    Standard: ISO/IEC 27001:2022"],
                        &["Lead auditor: Paul Hargreaves"],
                        &[""],
                        &[
                            "Ref",
                            "Grade",
                            "Standard ref",
                            "Statement of nonconformity",
                            "Objective evidence",
                            "Proposed close-out",
                        ],
                        &[
                            "NC1",
                            "Minor",
                            "A.5.18",
                            "Access rights of leavers are not removed within the five working days set by the access control policy.",
                            "2 of 10 leavers sampled (January and February 2026) still had active VPN accounts after three weeks.",
                            "#d 2026-05-12",
                        ],
                        &[
                            "NC2",
                            "Minro",
                            "A.8.13",
                            "Restores from the backups of the job management database have never been tested.",
                            "No restore test records; only the nightly backup job logs were available.",
                            "#d 2026-05-12",
                        ],
                        &[
                            "NC3",
                            "Major",
                            "9.3",
                            "No management review has been held since the initial certification audit in March 2025.",
                            "Minutes requested; the managing director confirmed that no review was held.",
                            "#d 2026-04-13",
                        ],
                        &[
                            "OBS1",
                            "Observation",
                            "A.7.7",
                            "Printed proofs with customer names and addresses were left on studio desks overnight.",
                            "Seen on the site tour on 12 March at 18:10.",
                            "",
                        ],
                        &[
                            "OFI1",
                            "Opportunity for improvement",
                            "6.2",
                            "Information security objectives could be given measurable targets and a review date.",
                            "Objectives list dated June 2025 has no targets.",
                            "",
                        ],
                        &[""],
                        &["Major and minor nonconformities require a corrective action plan within 30 days of the last audit day."],
                    ],
                )
                .merged(0, 0, 0, 5),
            ]),
            expected: vec![
                finding("NC1", "minor", "A.5.18", "Access rights of leavers are not"),
                finding("NC2", "minor", "A.8.13", "Restores from the backups of the job"),
                finding("NC3", "major", "9.3", "No management review has been held"),
                finding("OBS1", "observation", "A.7.7", "Printed proofs with customer names"),
                finding("OFI1", "ofi", "6.2", "Information security objectives could"),
            ],
        },
        Layout {
            id: "ho10-csv-capital-grade-text-dates",
            origin: "holdout 10: a small company's comma CSV exported from its findings sheet: one grade in capitals (MINOR), one in lower case, two controls joined by \"&\", due dates written 15-Apr-2026, an owner cell with a trailing comma, a statement naming another control than the one it is raised against, a trailing Notes column, one owner who is no user",
            file_name: "isms_findings_export.csv",
            bytes: delimited(
                &[
                    &["ID", "Type", "ISO Ref", "Finding", "Owner", "Due Date", "Status", "Notes"],
                    &[
                        "F-01",
                        "MINOR",
                        "A.8.8 & A.8.9",
                        "Vulnerability scans of the public web servers stopped in November 2025, and their hardening baseline has not been reviewed since 2023.",
                        "Badr Karim,",
                        "15-Apr-2026",
                        "Open",
                        "Scanner licence renewal approved 02-Mar",
                    ],
                    &[
                        "F-02",
                        "Major",
                        "6.1.3",
                        "The Statement of Applicability excludes A.8.28 secure coding without justification, although the company develops its own software.",
                        "Lena Fischer",
                        "30-Apr-2026",
                        "Open",
                        "",
                    ],
                    &[
                        "F-03",
                        "minor",
                        "A.5.23",
                        "No information security requirements have been agreed with the cloud hosting provider; the contract dates from 2019.",
                        "Head of IT Operations",
                        "29-May-2026",
                        "In progress",
                        "",
                    ],
                    &[
                        "F-04",
                        "Observation",
                        "7.3",
                        "Two new starters in the warehouse could not say how to report a suspected phishing email.",
                        "Priya Nair",
                        "",
                        "Open",
                        "Awareness session booked for April",
                    ],
                    &[
                        "F-05",
                        "OFI",
                        "A.5.7",
                        "Threat intelligence could be taken from the national CERT's free early warning service.",
                        "Badr Karim",
                        "",
                        "Open",
                        "",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("F-01", "minor", "A.8.8, A.8.9", "Vulnerability scans of the public")
                    .owner("badr@acme.test"),
                finding("F-02", "major", "6.1.3", "The Statement of Applicability")
                    .owner("lena.fischer@acme.test"),
                finding("F-03", "minor", "A.5.23", "No information security requirements")
                    .owner("ops@acme.test"),
                finding("F-04", "observation", "7.3", "Two new starters in the warehouse")
                    .pending(&["Priya Nair"]),
                finding("F-05", "ofi", "A.5.7", "Threat intelligence could be taken")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho10-line-break-headers-car",
            origin: "holdout 10: a company's corrective action register whose headers are wrapped inside their cells (\"NC\\nNo.\", \"Clause /\\ncontrol\", \"Root\\ncause\", \"Due\\ndate\"), a merged title above, root cause and corrective action filled for the nonconformities and left empty for the observation",
            file_name: "Corrective Action Register 2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "CAR",
                    0,
                    0,
                    &[
                        &["Corrective Action Register – ISO 27001 certification audit (Stage 2)"],
                        &[""],
                        &[
                            "NC\nNo.",
                            "Date\nraised",
                            "Clause /\ncontrol",
                            "Description of\nnonconformity",
                            "Grade",
                            "NC\nowner",
                            "Root\ncause",
                            "Corrective\naction",
                            "Due\ndate",
                            "Status",
                        ],
                        &[
                            "CAR-01",
                            "#d 2026-02-18",
                            "A.5.9",
                            "The information asset register has not been updated since the office move and still lists equipment that was disposed of.",
                            "Minor",
                            "Martín Lombardi",
                            "No trigger to update the register when equipment is moved or disposed of.",
                            "Add an asset register update to the disposal and office move checklists; full reconciliation by IT.",
                            "#d 2026-04-30",
                            "Open",
                        ],
                        &[
                            "CAR-02",
                            "#d 2026-02-18",
                            "9.2.2",
                            "The internal audit programme for 2025 covered the management system clauses only and none of the Annex A controls.",
                            "Major",
                            "Badr Karim",
                            "The audit programme was copied from the ISO 9001 programme template.",
                            "Rewrite the three-year audit programme to cover all applicable controls; audit the missing areas before SA1.",
                            "#d 2026-03-31",
                            "In progress",
                        ],
                        &[
                            "CAR-03",
                            "#d 2026-02-19",
                            "A.8.32",
                            "Firewall rule changes are made without a change request or approval.",
                            "Minor",
                            "Head of IT Operations",
                            "Firewall changes were treated as standard changes.",
                            "Classify firewall rule changes as normal changes needing CAB approval.",
                            "#d 2026-04-30",
                            "Open",
                        ],
                        &[
                            "CAR-04",
                            "#d 2026-02-19",
                            "A.6.3",
                            "Completion of awareness training is not tracked for part-time staff.",
                            "Observation",
                            "Lena Fischer",
                            "",
                            "",
                            "",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 9),
            ]),
            expected: vec![
                finding("CAR-01", "minor", "A.5.9", "The information asset register has")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("CAR-02", "major", "9.2.2", "The internal audit programme for 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("CAR-03", "minor", "A.8.32", "Firewall rule changes are made")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("CAR-04", "observation", "A.6.3", "Completion of awareness training")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "ho10-spaced-rows-nc-space-refs",
            origin: "holdout 10: an internal auditor's findings list with an empty row left after every finding for readability, references written with a space (\"NC 1\", \"OFI 2\"), grades written out (one with a double space, \"Minor  Nonconformity\"), requirements as \"ISO 27001 Clause 7.5.3\" and \"Annex A 8.15\", responsible persons given as roles",
            file_name: "Internal audit findings Q1 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Internal ISMS audit – Q1 2026"],
                    &["Auditor: Sam Whitfield (internal)    Scope: Finance, HR and IT service desk"],
                    &[""],
                    &["Finding No.", "Classification", "Requirement", "Details", "Responsible", "Target"],
                    &[
                        "NC 1",
                        "Minor Nonconformity",
                        "ISO 27001 Clause 7.5.3",
                        "Copies of the HR onboarding procedure differ: the intranet shows version 3, the shared drive version 4.",
                        "HR Manager",
                        "#d 2026-04-30",
                    ],
                    &[""],
                    &[
                        "NC 2",
                        "Major Nonconformity",
                        "ISO 27001 Clause 6.1.2",
                        "Risks for the finance department have not been assessed; the risk register has no finance entries.",
                        "Finance Director",
                        "#d 2026-03-31",
                    ],
                    &[""],
                    &[
                        "NC 3",
                        "Minor  Nonconformity",
                        "Annex A 8.15",
                        "Service desk system logs are kept for 7 days only, where the logging standard requires 90 days.",
                        "Service Desk Lead",
                        "#d 2026-05-29",
                    ],
                    &[""],
                    &[
                        "OFI 1",
                        "Opportunity for Improvement",
                        "Annex A 5.37",
                        "The service desk working procedures could be moved into the document management system.",
                        "Service Desk Lead",
                        "",
                    ],
                    &[""],
                    &[
                        "OFI 2",
                        "Opportunity for Improvement",
                        "ISO 27001 Clause 9.1",
                        "Monitoring results could be presented as trends rather than single monthly figures.",
                        "ISMS Manager",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC 1", "minor", "7.5.3", "Copies of the HR onboarding procedure"),
                finding("NC 2", "major", "6.1.2", "Risks for the finance department"),
                finding("NC 3", "minor", "A.8.15", "Service desk system logs are kept"),
                finding("OFI 1", "ofi", "A.5.37", "The service desk working procedures"),
                finding("OFI 2", "ofi", "9.1", "Monitoring results could be presented"),
            ],
        },
        Layout {
            id: "ho10-dropdown-lists-sheet",
            origin: "holdout 10: a register template's workbook: the register on the first sheet (header in row 1, no title, one grade \"Minor \" with a trailing space, a bare clause 5.3 among A. controls, a \"Raised by\" column of BSI and Internal) and a second sheet \"Lists\" holding the drop-down values (Grade: Major, Minor, Observation, OFI; Status; Area; Raised by), which is no register",
            file_name: "ISMS_NC_Register_v2.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "NC Register",
                    0,
                    0,
                    &[
                        &[
                            "Ref",
                            "Date",
                            "Raised by",
                            "Area",
                            "Requirement",
                            "Grade",
                            "Finding description",
                            "Status",
                        ],
                        &[
                            "NCR-2026-01",
                            "#d 2026-03-17",
                            "BSI",
                            "IT",
                            "A.8.5",
                            "Minor ",
                            "Multi-factor authentication is not enforced for the remote desktop gateway.",
                            "Open",
                        ],
                        &[
                            "NCR-2026-02",
                            "#d 2026-03-17",
                            "BSI",
                            "HR",
                            "A.6.1",
                            "Minor",
                            "Contractors with access to payroll data are not screened before they start.",
                            "Open",
                        ],
                        &[
                            "NCR-2026-03",
                            "#d 2026-03-18",
                            "BSI",
                            "Management",
                            "5.3",
                            "Major",
                            "ISMS roles have not been reassigned since the ISMS manager left in October 2025.",
                            "Open",
                        ],
                        &[
                            "NCR-2026-04",
                            "#d 2026-03-18",
                            "BSI",
                            "Facilities",
                            "A.7.2",
                            "Observation",
                            "Visitor badges are not collected at reception when visitors leave.",
                            "Open",
                        ],
                        &[
                            "NCR-2026-05",
                            "#d 2026-03-20",
                            "Internal",
                            "IT",
                            "A.8.10",
                            "OFI",
                            "Old customer exports on the file server could be deleted automatically after the retention period.",
                            "Open",
                        ],
                    ],
                ),
                sheet(
                    "Lists",
                    0,
                    0,
                    &[
                        &["Grade", "Status", "Area", "Raised by"],
                        &["Major", "Open", "IT", "BSI"],
                        &["Minor", "In progress", "HR", "Internal"],
                        &["Observation", "Closed", "Management", ""],
                        &["OFI", "", "Facilities", ""],
                        &["", "", "Finance", ""],
                    ],
                ),
            ]),
            expected: vec![
                finding("NCR-2026-01", "minor", "A.8.5", "Multi-factor authentication is not"),
                finding("NCR-2026-02", "minor", "A.6.1", "Contractors with access to payroll"),
                finding("NCR-2026-03", "major", "5.3", "ISMS roles have not been reassigned"),
                finding("NCR-2026-04", "observation", "A.7.2", "Visitor badges are not collected"),
                finding("NCR-2026-05", "ofi", "A.8.10", "Old customer exports on the file"),
            ],
        },
        Layout {
            id: "ho10-windows-1252-csv-empty-lines",
            origin: "holdout 10: an English comma CSV saved by Excel in Windows-1252 (an owner \"Martín Lombardi\", a supplier \"Müller\" in a statement), empty lines of bare commas between findings and at the end, grades Minor NC, Major NC and Obs, two controls joined by \"&\", a bare clause 8.2 among A. controls, slashed day-first dates, a trailing Comments column",
            file_name: "NC-tracker.csv",
            bytes: windows_1252(&delimited(
                &[
                    &[
                        "Nonconformity",
                        "Category",
                        "Clause/Control",
                        "Description",
                        "Owner",
                        "Date raised",
                        "Due date",
                        "Comments",
                    ],
                    &[
                        "NC-01",
                        "Minor NC",
                        "A.5.16",
                        "Shared administrator accounts are used on the Müller production line PCs.",
                        "Martín Lombardi",
                        "03/03/2026",
                        "30/04/2026",
                        "",
                    ],
                    &[
                        "NC-02",
                        "Major NC",
                        "8.2",
                        "The risk assessment was not updated after the ERP system moved to a hosted service.",
                        "Badr Karim",
                        "03/03/2026",
                        "31/03/2026",
                        "Discussed at the closing meeting",
                    ],
                    &["", "", "", "", "", "", "", ""],
                    &[
                        "NC-03",
                        "Minor NC",
                        "A.8.7 & A.8.1",
                        "Anti-malware is not installed on the two engineering laptops used for PLC programming.",
                        "Martín Lombardi",
                        "04/03/2026",
                        "30/04/2026",
                        "",
                    ],
                    &["", "", "", "", "", "", "", ""],
                    &[
                        "OBS-01",
                        "Obs",
                        "A.5.34",
                        "The privacy notice for job applicants still refers to the 2018 data protection policy.",
                        "Lena Fischer",
                        "04/03/2026",
                        "",
                        "",
                    ],
                    &["", "", "", "", "", "", "", ""],
                ],
                ',',
            )),
            expected: vec![
                finding("NC-01", "minor", "A.5.16", "Shared administrator accounts are")
                    .owner("martin@acme.test"),
                finding("NC-02", "major", "8.2", "The risk assessment was not updated")
                    .owner("badr@acme.test"),
                finding("NC-03", "minor", "A.8.7, A.8.1", "Anti-malware is not installed on")
                    .owner("martin@acme.test"),
                finding("OBS-01", "observation", "A.5.34", "The privacy notice for job applicants")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "ho10-grade-first-abbreviations-comments",
            origin: "holdout 10: an internal audit register starting at B3 under a title in B1, the grade in the first column as Maj, Min, Obs and OFI, requirements as \"Cl. 7.2\" and \"A.5.15 / A.5.18\", an Auditee and an Auditor column of people, and a Comments column whose notes name other grades (\"Raised as minor in 2025 ... graded major this year\")",
            file_name: "IA-2026-register.xlsx",
            bytes: xlsx(vec![sheet(
                "Register",
                0,
                1,
                &[
                    &["Internal audit 2026 – findings register"],
                    &[""],
                    &["Grade", "Ref", "Clause", "Finding", "Auditee", "Auditor", "Comments"],
                    &[
                        "Maj",
                        "IA-2026-01",
                        "A.5.30",
                        "No ICT continuity plan exists for the order processing system, although the BIA rates it critical.",
                        "Head of IT Operations",
                        "K. Osei",
                        "Raised as minor in 2025 (IA-2025-04); repeat finding, so graded major this year.",
                    ],
                    &[
                        "Min",
                        "IA-2026-02",
                        "A.5.15 / A.5.18",
                        "Access reviews for the finance system were not performed in Q3 and Q4 2025.",
                        "Finance Manager",
                        "K. Osei",
                        "",
                    ],
                    &[
                        "Min",
                        "IA-2026-03",
                        "Cl. 7.2",
                        "Training records for the two new developers are missing.",
                        "Lena Fischer",
                        "J. Brandt",
                        "Records may be in the old LMS – to be checked.",
                    ],
                    &[
                        "Obs",
                        "IA-2026-04",
                        "A.8.12",
                        "USB storage is blocked on laptops but not on the three meeting room PCs.",
                        "Head of IT Operations",
                        "J. Brandt",
                        "Borderline: the policy allows exceptions if they are recorded.",
                    ],
                    &[
                        "OFI",
                        "IA-2026-05",
                        "Cl. 10.1",
                        "Lessons learned from incidents could feed the continual improvement log.",
                        "Badr Karim",
                        "K. Osei",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("IA-2026-01", "major", "A.5.30", "No ICT continuity plan exists"),
                finding("IA-2026-02", "minor", "A.5.15, A.5.18", "Access reviews for the finance"),
                finding("IA-2026-03", "minor", "7.2", "Training records for the two new"),
                finding("IA-2026-04", "observation", "A.8.12", "USB storage is blocked on laptops"),
                finding("IA-2026-05", "ofi", "10.1", "Lessons learned from incidents could"),
            ],
        },
        Layout {
            id: "ho10-titles-before-numbers",
            origin: "holdout 10: a findings tracker whose Requirement column writes the requirement's title first and its number in brackets (\"Internal audit (9.2)\", \"Legal, statutory, regulatory and contractual requirements (A.5.31)\"), with the grade after the statement, dates as text (11-Mar-2026), one grade in lower case, a Notes column at the end",
            file_name: "ISO27001_Audit_Findings_Tracker.xlsx",
            bytes: xlsx(vec![sheet(
                "Tracker",
                0,
                0,
                &[
                    &["Audit findings tracker"],
                    &["Certification body: Alder Certification Ltd  |  Audit: Stage 2  |  Report no. ACL-27-0415"],
                    &[""],
                    &["No", "Requirement", "Finding", "Grade", "Date raised", "Owner", "Target date", "Notes"],
                    &[
                        "F01",
                        "Internal audit (9.2)",
                        "The internal auditor audited her own work in the document control process.",
                        "Minor",
                        "11-Mar-2026",
                        "Badr Karim",
                        "15-Apr-2026",
                        "",
                    ],
                    &[
                        "F02",
                        "Information security policy (5.2)",
                        "The information security policy has not been communicated to the staff of the Leeds office.",
                        "minor",
                        "11-Mar-2026",
                        "Lena Fischer",
                        "15-Apr-2026",
                        "Leeds joined in January",
                    ],
                    &[
                        "F03",
                        "Secure disposal or re-use of equipment (A.7.14)",
                        "Hard disks of returned leased printers are not wiped or removed before collection.",
                        "Major",
                        "12-Mar-2026",
                        "Head of IT Operations",
                        "10-Apr-2026",
                        "",
                    ],
                    &[
                        "F04",
                        "Capacity management (A.8.6)",
                        "Disk capacity alerts are sent to the mailbox of a former employee.",
                        "Observation",
                        "12-Mar-2026",
                        "Head of IT Operations",
                        "",
                        "",
                    ],
                    &[
                        "F05",
                        "Legal, statutory, regulatory and contractual requirements (A.5.31)",
                        "The register of legal requirements could also list the security clauses of client contracts.",
                        "Opportunity for improvement",
                        "12-Mar-2026",
                        "Martín Lombardi",
                        "",
                        "Auditor: R. Patel",
                    ],
                ],
            )]),
            expected: vec![
                finding("F01", "minor", "9.2", "The internal auditor audited her own")
                    .owner("badr@acme.test"),
                finding("F02", "minor", "5.2", "The information security policy has")
                    .owner("lena.fischer@acme.test"),
                finding("F03", "major", "A.7.14", "Hard disks of returned leased printers")
                    .owner("ops@acme.test"),
                finding("F04", "observation", "A.8.6", "Disk capacity alerts are sent")
                    .owner("ops@acme.test"),
                finding("F05", "ofi", "A.5.31", "The register of legal requirements")
                    .owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "ho10-cb-portal-csv-bom-standard-column",
            origin: "holdout 10: a certification body's client portal export as a UTF-8 CSV with a BOM: references made of the report number (R4521-01), a Standard column saying ISO/IEC 27001:2022 on every row beside a Clause column (one \"Clause 7.5.3\"), Site and Auditor columns, a grade spelt \"Minor Non-conformity\" once, ISO dates",
            file_name: "AuditFindings_Export_20260320.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &[
                            "Finding Number",
                            "Finding Category",
                            "Standard",
                            "Clause",
                            "Finding Details",
                            "Site",
                            "Auditor",
                            "Response Due",
                            "Status",
                        ],
                        &[
                            "R4521-01",
                            "Minor Nonconformity",
                            "ISO/IEC 27001:2022",
                            "A.5.24",
                            "The incident management procedure does not define who decides whether an event is an information security incident.",
                            "Manchester",
                            "R. Okonjo",
                            "2026-04-19",
                            "Awaiting response",
                        ],
                        &[
                            "R4521-02",
                            "Minor Non-conformity",
                            "ISO/IEC 27001:2022",
                            "A.8.16",
                            "Alerts from the firewall are not reviewed; the console showed 412 unread alerts.",
                            "Manchester",
                            "R. Okonjo",
                            "2026-04-19",
                            "Awaiting response",
                        ],
                        &[
                            "R4521-03",
                            "Major Nonconformity",
                            "ISO/IEC 27001:2022",
                            "9.2.1",
                            "No internal audit of the Bristol site was carried out in the certification cycle.",
                            "Bristol",
                            "R. Okonjo",
                            "2026-04-19",
                            "Awaiting response",
                        ],
                        &[
                            "R4521-04",
                            "Observation",
                            "ISO/IEC 27001:2022",
                            "Clause 7.5.3",
                            "Two versions of the remote working policy are published on the intranet.",
                            "Manchester",
                            "R. Okonjo",
                            "",
                            "No response required",
                        ],
                        &[
                            "R4521-05",
                            "Opportunity for Improvement",
                            "ISO/IEC 27001:2022",
                            "A.5.13",
                            "Classification labels could be applied automatically in the email system.",
                            "Bristol",
                            "R. Okonjo",
                            "",
                            "No response required",
                        ],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("R4521-01", "minor", "A.5.24", "The incident management procedure"),
                finding("R4521-02", "minor", "A.8.16", "Alerts from the firewall are not"),
                finding("R4521-03", "major", "9.2.1", "No internal audit of the Bristol site"),
                finding("R4521-04", "observation", "7.5.3", "Two versions of the remote working"),
                finding("R4521-05", "ofi", "A.5.13", "Classification labels could be applied"),
            ],
        },
        Layout {
            id: "ho10-side-legend-box",
            origin: "holdout 10: a small company's findings log with a box of grade definitions typed to the right of the table (column H, on the same rows as the first findings, after an empty column), a statement column headed \"What we found\", one reference written \"NC 3\" among NC-1, NC-2, a Closed? column of No",
            file_name: "Findings log.xlsx",
            bytes: xlsx(vec![sheet(
                "Log",
                0,
                0,
                &[
                    &["Ref", "Grade", "Clause", "What we found", "Owner", "Closed?", "", "Grade definitions"],
                    &[
                        "NC-1",
                        "Major",
                        "A.5.29",
                        "No arrangements exist for maintaining information security during a disruption.",
                        "Badr Karim",
                        "No",
                        "",
                        "Major: a requirement is not met at all, or a failure that puts certification at risk",
                    ],
                    &[
                        "NC-2",
                        "Minor",
                        "A.8.24",
                        "TLS 1.0 is still enabled on the customer portal load balancer.",
                        "Head of IT Operations",
                        "No",
                        "",
                        "Minor: a single lapse in meeting a requirement",
                    ],
                    &[
                        "NC 3",
                        "Minor",
                        "A.5.10",
                        "Staff use personal cloud storage to share drawings with customers.",
                        "Martín Lombardi",
                        "No",
                        "",
                        "Observation: not yet a nonconformity, but could become one",
                    ],
                    &[
                        "OBS-1",
                        "Observation",
                        "A.5.1",
                        "The information security policy was approved by the previous managing director and not re-approved.",
                        "Lena Fischer",
                        "No",
                        "",
                        "OFI: a suggestion, no action required",
                    ],
                    &[
                        "OFI-1",
                        "OFI",
                        "A.7.10",
                        "Storage media sent for destruction could be logged with the certificate number.",
                        "Martín Lombardi",
                        "No",
                    ],
                ],
            )]),
            expected: vec![
                finding("NC-1", "major", "A.5.29", "No arrangements exist for maintaining")
                    .owner("badr@acme.test"),
                finding("NC-2", "minor", "A.8.24", "TLS 1.0 is still enabled on the")
                    .owner("ops@acme.test"),
                finding("NC 3", "minor", "A.5.10", "Staff use personal cloud storage")
                    .owner("martin@acme.test"),
                finding("OBS-1", "observation", "A.5.1", "The information security policy was")
                    .owner("lena.fischer@acme.test"),
                finding("OFI-1", "ofi", "A.7.10", "Storage media sent for destruction")
                    .owner("martin@acme.test"),
            ],
        },
    ]
}

fn eleventh_holdout_layouts() -> Vec<Layout> {
    /// Text as Excel for Mac's "CSV (Macintosh)" format writes it: in Mac Roman.
    fn mac_roman(text: &str) -> Vec<u8> {
        text.chars()
            .map(|c| match c {
                'á' => 0x87,
                'é' => 0x8E,
                'í' => 0x92,
                'ñ' => 0x96,
                'ó' => 0x97,
                'ú' => 0x9C,
                'ü' => 0x9F,
                c if c.is_ascii() => c as u8,
                _ => b'?',
            })
            .collect()
    }

    vec![
        Layout {
            id: "ho11-fr-mock-audit-case-coded-prefixes",
            origin: "holdout 11: a French mock audit (audit à blanc) workbook imitating the layout of a French ISMS pre-certification report (found via search: stored index file 70218899687, repository not identified; licence not stated: layout only). A \"Synthèse\" sheet comes first, whose summary table (Classement | Nombre | Constats) is the only key to the codes. Then comes the action plan, which the source itself calls the first register of nonconformities. It has no grade column: the grade is the case of the reference's prefix (NCM-01 majeure, NCm-01 mineure, OBS-01 observation, so NCM-01 and NCm-01 are two findings). Its first column is headed \"Constat\" though it holds the references, as in the source. Requirements are written \"Article 9.2\". A bare 7.4 is the clause Communication (the column writes controls with A. and the finding is about communication), and the French range \"A.5.19 à A.5.22\" is four controls. Owners are French roles, one pair \"RSSI, Responsable RH\" and one user. Every finding has an action, owner and due date (draft plans). A third sheet \"Points forts\" lists strengths PF-01 and PF-02, which are no findings",
            file_name: "Audit_a_blanc_SMSI_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Synthèse",
                    0,
                    0,
                    &[
                        &["Audit à blanc du SMSI – préparation à la certification ISO/IEC 27001:2022"],
                        &["Date : 12/03/2026    Conduite : RSSI (auto-évaluation de préparation)"],
                        &[""],
                        &["Classement", "Nombre", "Constats"],
                        &[
                            "Non-conformité majeure",
                            "#n 2",
                            "NCM-01 audit interne, NCM-02 revue de direction",
                        ],
                        &[
                            "Non-conformité mineure",
                            "#n 2",
                            "NCm-01 sensibilisation, NCm-02 compétences",
                        ],
                        &["Observation", "#n 2", "OBS-01 communication, OBS-02 fournisseurs"],
                        &["Point fort", "#n 2", "PF-01 et PF-02"],
                        &[""],
                        &["Conclusion : le SMSI est correctement conçu mais n'est pas encore prêt pour l'audit de certification."],
                    ],
                ),
                sheet(
                    "Plan d'actions",
                    0,
                    0,
                    &[
                        &["Plan d'actions correctives – premier registre des non-conformités"],
                        &[""],
                        &[
                            "Constat",
                            "Article",
                            "Description",
                            "Action",
                            "Responsable",
                            "Échéance",
                            "Preuve de clôture",
                        ],
                        &[
                            "NCM-01",
                            "Article 9.2",
                            "Aucun programme d'audit interne n'a été approuvé et aucun audit interne n'a été réalisé depuis l'approbation du SMSI.",
                            "Faire approuver le programme d'audit ; confier le premier audit interne à un prestataire externe",
                            "RSSI",
                            "30/04/2026",
                            "Programme approuvé, rapport d'audit interne",
                        ],
                        &[
                            "NCM-02",
                            "Article 9.3",
                            "Aucune revue de direction n'a été tenue : les éléments d'entrée sont définis dans le tableau de bord mais n'ont jamais été présentés à la direction.",
                            "Tenir la première revue de direction",
                            "Directeur général",
                            "31/05/2026",
                            "Compte rendu de revue de direction",
                        ],
                        &[
                            "NCm-01",
                            "Article 7.3",
                            "Aucune action de sensibilisation n'a encore eu lieu : l'indicateur des salariés sensibilisés est à 0 %.",
                            "Sensibiliser tous les salariés ; lancer une première campagne d'hameçonnage simulé",
                            "RSSI, Responsable RH",
                            "30/06/2026",
                            "Attestations de sensibilisation",
                        ],
                        &[
                            "NCm-02",
                            "Article 7.2",
                            "Les compétences requises pour les administrateurs, les développeurs et le support ne sont pas définies et aucune preuve de compétence n'est conservée.",
                            "Définir un référentiel de compétences et tracer les formations",
                            "Responsable RH",
                            "30/06/2026",
                            "Référentiel approuvé",
                        ],
                        &[
                            "OBS-01",
                            "7.4",
                            "Les règles de communication sur la sécurité (quoi, à qui, quand, comment) sont dispersées entre la PSSI et la procédure de gestion des incidents.",
                            "Formaliser un plan de communication",
                            "RSSI",
                            "30/09/2026",
                            "",
                        ],
                        &[
                            "OBS-02",
                            "A.5.19 à A.5.22",
                            "Les fournisseurs critiques, dont l'hébergeur de la plateforme, n'ont pas encore été évalués.",
                            "Évaluer les fournisseurs critiques et revoir les clauses de sécurité des contrats",
                            "Martín Lombardi",
                            "30/09/2026",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 6),
                sheet(
                    "Points forts",
                    0,
                    0,
                    &[
                        &["ID", "Article", "Point fort"],
                        &[
                            "PF-01",
                            "6.1.2",
                            "Chaque scénario de risque est relié à des mesures de l'annexe A et à des indicateurs de suivi.",
                        ],
                        &[
                            "PF-02",
                            "7.5",
                            "L'historique Git fournit une preuve datée et attribuée de chaque modification documentaire.",
                        ],
                    ],
                ),
            ]),
            expected: vec![
                finding("NCM-01", "major", "9.2", "Aucun programme d'audit interne n'a")
                    .pending(&["RSSI"])
                    .plan(true),
                finding("NCM-02", "major", "9.3", "Aucune revue de direction n'a été tenue")
                    .pending(&["Directeur général"])
                    .plan(true),
                finding("NCm-01", "minor", "7.3", "Aucune action de sensibilisation")
                    .pending(&["RSSI", "Responsable RH"])
                    .plan(true),
                finding("NCm-02", "minor", "7.2", "Les compétences requises pour les")
                    .pending(&["Responsable RH"])
                    .plan(true),
                finding("OBS-01", "observation", "7.4", "Les règles de communication sur la")
                    .pending(&["RSSI"])
                    .plan(true),
                finding(
                    "OBS-02",
                    "observation",
                    "A.5.19, A.5.20, A.5.21, A.5.22",
                    "Les fournisseurs critiques, dont",
                )
                .owner("martin@acme.test")
                .plan(true),
            ],
        },
        Layout {
            id: "ho11-id-daftar-temuan-sni",
            origin: "holdout 11: an Indonesian certification body's list of findings, imitating the \"F-LSP-12 Daftar Temuan (NCR)\" form template (found via search: stored index file 53581290912, repository not identified; licence not stated: layout only) applied to an ISMS audit. Title lines name the national designation SNI ISO/IEC 27001:2022. Headers are only in Indonesian (Klausul, Bukti Objektif, Pernyataan Ketidaksesuaian, Kelas, Tanggapan Auditee, Tindakan Perbaikan, Target Penutupan, Verifikasi Auditor) apart from \"NCR No.\", a language the lexicon does not list. The objective evidence comes before the statement. The statement is the Pernyataan Ketidaksesuaian column, which starts \"Tidak sesuai dengan klausul X karena Y\" as the form prescribes. One piece of evidence names another control (A.7.4) than the one raised. Grades are Mayor / Minor / Observasi, and Annex A is written \"Lampiran A 8.13\". A bare 7.3 is the clause, since the column writes controls with A. and the finding is about awareness. There is no owner column",
            file_name: "Daftar_Temuan_Audit_SMKI_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Daftar Temuan",
                    0,
                    0,
                    &[
                        &["DAFTAR TEMUAN AUDIT (NCR) – SNI ISO/IEC 27001:2022"],
                        &["Organisasi: PT Nusantara Data Sejahtera    Jenis audit: Sertifikasi Tahap 2"],
                        &["Tanggal audit: 10–12 Maret 2026    Ketua tim auditor: Rini Hapsari"],
                        &[""],
                        &[
                            "NCR No.",
                            "Klausul",
                            "Bukti Objektif",
                            "Pernyataan Ketidaksesuaian",
                            "Kelas",
                            "Tanggapan Auditee",
                            "Tindakan Perbaikan",
                            "Target Penutupan",
                            "Verifikasi Auditor",
                        ],
                        &[
                            "NCR-001",
                            "9.2",
                            "Program audit internal 2025 tersedia, tetapi tidak ada laporan audit untuk proses pengembangan aplikasi dan pusat data.",
                            "Tidak sesuai dengan klausul 9.2 karena audit internal tahun 2025 tidak mencakup seluruh lingkup SMKI yang ditetapkan.",
                            "Mayor",
                            "Setuju",
                            "Menyusun ulang program audit tiga tahunan dan mengaudit proses yang belum tercakup.",
                            "30/04/2026",
                            "Open",
                        ],
                        &[
                            "NCR-002",
                            "Lampiran A 8.13",
                            "Log pencadangan harian tersedia, namun tidak ada catatan uji pemulihan selama tahun 2025.",
                            "Tidak sesuai dengan kontrol A.8.13 karena cadangan data tidak pernah diuji pemulihannya.",
                            "Minor",
                            "Setuju",
                            "Menjadwalkan uji pemulihan setiap triwulan.",
                            "29/05/2026",
                            "Open",
                        ],
                        &[
                            "NCR-003",
                            "6.1.3",
                            "Pernyataan Keberlakuan versi 2 mengecualikan kontrol A.7.4 tanpa alasan.",
                            "Tidak sesuai dengan klausul 6.1.3 karena Pernyataan Keberlakuan tidak memuat justifikasi pengecualian kontrol.",
                            "Minor",
                            "Setuju",
                            "Memperbarui Pernyataan Keberlakuan dengan justifikasi setiap pengecualian.",
                            "29/05/2026",
                            "Open",
                        ],
                        &[
                            "NCR-004",
                            "A.5.18",
                            "Tiga akun mantan karyawan bagian keuangan masih aktif di aplikasi ERP per 11 Maret 2026.",
                            "Tidak sesuai dengan kontrol A.5.18 karena hak akses karyawan yang keluar tidak dicabut tepat waktu.",
                            "Minor",
                            "Setuju",
                            "Menghubungkan proses offboarding HR dengan pencabutan akun.",
                            "29/05/2026",
                            "Open",
                        ],
                        &[
                            "NCR-005",
                            "7.3",
                            "Dua staf layanan pelanggan tidak mengetahui cara melaporkan insiden keamanan informasi.",
                            "Kesadaran staf layanan pelanggan tentang pelaporan insiden keamanan informasi perlu ditingkatkan.",
                            "Observasi",
                            "Setuju",
                            "Sosialisasi prosedur pelaporan insiden.",
                            "29/05/2026",
                            "Open",
                        ],
                    ],
                )
                .merged(0, 0, 0, 8),
            ]),
            expected: vec![
                finding("NCR-001", "major", "9.2", "Tidak sesuai dengan klausul 9.2 karena audit"),
                finding("NCR-002", "minor", "A.8.13", "Tidak sesuai dengan kontrol A.8.13 karena"),
                finding("NCR-003", "minor", "6.1.3", "Tidak sesuai dengan klausul 6.1.3 karena"),
                finding("NCR-004", "minor", "A.5.18", "Tidak sesuai dengan kontrol A.5.18 karena"),
                finding("NCR-005", "observation", "7.3", "Kesadaran staf layanan pelanggan"),
            ],
        },
        Layout {
            id: "ho11-co-pcac-numerales",
            origin: "holdout 11: a Colombian company's plan de correcciones y acciones correctivas (PCAC) after an ICONTEC-style surveillance audit, imitating the PCAC form and the NC sheets of Colombian certification reports (found via search: kupdf.net, PCAC form FR-3.3.2-14, and celsiusvalia.simeet.com.mx/No_conformidad_5.html, whose requirement reads \"NTC – ISO / IEC 17025:2017 numerales 8.2.4 y 8.4.1\"). It has title lines and eleven columns. Requirements sit under \"Requisito aplicable\", written with the Colombian designation NTC-ISO/IEC 27001:2022 and the words numeral / numerales / Anexo A, control(es) / literal. \"numerales 6.1.2 y 8.2\" is two clauses: numeral is the Colombian word for a clause and the finding is about the risk assessment, so 8.2 is not the control Privileged access rights. \"Anexo A, controles 5.15 y 5.18\" is two controls, and \"numeral 7.5.3 literal e)\" cites 7.5.3. Grades are Mayor / Menor only, since a PCAC lists nonconformities only. Dates are ISO. Correction, root cause and corrective action are filled on every row. Owners are a user's name and roles",
            file_name: "PCAC_Auditoria_Seguimiento_1_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "PCAC",
                    0,
                    0,
                    &[
                        &["PLAN DE CORRECCIONES Y ACCIONES CORRECTIVAS (PCAC)"],
                        &["Organización: Transportes Andinos del Valle S.A.S.    Norma: NTC-ISO/IEC 27001:2022    Tipo de auditoría: Seguimiento 1"],
                        &["Fechas de la auditoría: 2026-04-14 a 2026-04-16    Auditor líder: Carolina Restrepo"],
                        &[""],
                        &[
                            "N°",
                            "Fecha",
                            "Descripción de la no conformidad",
                            "Requisito aplicable",
                            "Evidencia objetiva",
                            "Tipo",
                            "Corrección",
                            "Causa raíz",
                            "Acción correctiva",
                            "Responsable",
                            "Fecha de implementación",
                        ],
                        &[
                            "NC-01",
                            "2026-04-14",
                            "No se evidencia que el programa de auditoría interna incluya los procesos de gestión de flota y facturación electrónica, que están dentro del alcance del SGSI.",
                            "NTC-ISO/IEC 27001:2022 numeral 9.2.2",
                            "Programa de auditorías 2025, versión 2: no incluye los procesos mencionados.",
                            "Menor",
                            "Incluir los procesos faltantes en el programa vigente",
                            "El programa se elaboró con el alcance anterior a la ampliación de 2025",
                            "Revisar el programa de auditoría cada vez que cambie el alcance del SGSI",
                            "Coordinadora del SGSI",
                            "2026-06-30",
                        ],
                        &[
                            "NC-02",
                            "2026-04-14",
                            "La valoración de riesgos de seguridad de la información no se actualizó después de migrar el sistema de rastreo satelital a un servicio en la nube en septiembre de 2025.",
                            "NTC-ISO/IEC 27001:2022 numerales 6.1.2 y 8.2",
                            "Matriz de riesgos versión 4 del 2025-02-10: la plataforma de rastreo figura como servidor local.",
                            "Mayor",
                            "Valorar los riesgos de la plataforma migrada",
                            "El procedimiento de gestión de cambios no exige actualizar la valoración de riesgos",
                            "Incluir en la gestión de cambios la revisión de la matriz de riesgos",
                            "Martín Lombardi",
                            "2026-05-29",
                        ],
                        &[
                            "NC-03",
                            "2026-04-15",
                            "No se evidencian pruebas de restauración de las copias de respaldo de la base de datos de despachos durante los últimos doce meses.",
                            "NTC-ISO/IEC 27001:2022 Anexo A, control 8.13",
                            "Bitácora de respaldos de enero a marzo de 2026; no hay registros de restauración.",
                            "Menor",
                            "Ejecutar una prueba de restauración completa",
                            "La política de respaldos no define pruebas de restauración",
                            "Programar y registrar pruebas de restauración trimestrales",
                            "Jefe de Infraestructura",
                            "2026-06-30",
                        ],
                        &[
                            "NC-04",
                            "2026-04-15",
                            "Se evidenciaron cuatro usuarios de personal retirado activos en el software contable, uno de ellos con perfil de administrador.",
                            "NTC-ISO/IEC 27001:2022 Anexo A, controles 5.15 y 5.18",
                            "Listado de usuarios del software contable del 2026-04-15 comparado con la nómina.",
                            "Menor",
                            "Inactivar los cuatro usuarios",
                            "Talento Humano no informa los retiros al área de TI",
                            "Automatizar la notificación de retiros desde el sistema de nómina",
                            "Martín Lombardi",
                            "2026-06-30",
                        ],
                        &[
                            "NC-05",
                            "2026-04-16",
                            "Se encontraron en la intranet dos versiones del procedimiento de control de cambios, una de ellas no vigente.",
                            "NTC-ISO/IEC 27001:2022 numeral 7.5.3 literal e)",
                            "Versiones 3 y 4 del procedimiento PR-TI-07 publicadas.",
                            "Menor",
                            "Retirar la versión 3 de la intranet",
                            "La publicación de documentos no retira las versiones obsoletas",
                            "Ajustar el procedimiento de control documental para retirar versiones obsoletas",
                            "Coordinadora del SGSI",
                            "2026-05-29",
                        ],
                    ],
                )
                .merged(0, 0, 0, 10),
            ]),
            expected: vec![
                finding("NC-01", "minor", "9.2.2", "No se evidencia que el programa de auditoría")
                    .pending(&["Coordinadora del SGSI"])
                    .plan(true),
                finding("NC-02", "major", "6.1.2, 8.2", "La valoración de riesgos de seguridad")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("NC-03", "minor", "A.8.13", "No se evidencian pruebas de restauración")
                    .pending(&["Jefe de Infraestructura"])
                    .plan(true),
                finding("NC-04", "minor", "A.5.15, A.5.18", "Se evidenciaron cuatro usuarios")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("NC-05", "minor", "7.5.3", "Se encontraron en la intranet dos")
                    .pending(&["Coordinadora del SGSI"])
                    .plan(true),
            ],
        },
        Layout {
            id: "ho11-nl-kritieke-afwijking-csv",
            origin: "holdout 11: a Dutch certification body's findings exported as a `;`-separated UTF-8 CSV with a BOM. The grades are the terms DigiTrust defines for its ISO 27001 and NEN 7510 audits (found via search: digitrust.nl/auditprocessen): \"Kritieke afwijking\" (major) and \"Niet kritieke afwijking\" (minor), so the minor grade's name contains the major one's. It is written once \"Niet kritieke afwijking\" and twice \"Niet-kritieke afwijking\", beside Observatie and Verbeterpunt. Clauses are written \"H9.3\", \"H7.5.3\" and \"H6.2\", H for hoofdstuk, as Dutch ISO texts write \"H4 to H10\" (found via search: brandcompliance.com/en/docs/iso-27001-faq). One control is written \"beheersmaatregel 5.23\", Dutch for control, so A.5.23. Dates are day-first (15-05-2026), and owners are users' names and an English role",
            file_name: "Bevindingen_hercertificatie_ISO27001_2026.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &[
                            "Nr.",
                            "Type bevinding",
                            "Normparagraaf",
                            "Bevinding",
                            "Objectief bewijs",
                            "Verantwoordelijke",
                            "Uiterste hersteldatum",
                        ],
                        &[
                            "B-01",
                            "Kritieke afwijking",
                            "H9.3",
                            "De directiebeoordeling over 2025 heeft niet plaatsgevonden; de laatste vastgelegde beoordeling dateert van november 2024.",
                            "Notulen van het MT-overleg 2025 ingezien: het ISMS is niet geagendeerd.",
                            "Badr Karim",
                            "15-05-2026",
                        ],
                        &[
                            "B-02",
                            "Niet-kritieke afwijking",
                            "A.8.8",
                            "Sinds oktober 2025 zijn geen kwetsbaarheidsscans van de werkplekken uitgevoerd.",
                            "Scanrapportages aanwezig tot en met september 2025.",
                            "Head of IT Operations",
                            "30-06-2026",
                        ],
                        &[
                            "B-03",
                            "Niet kritieke afwijking",
                            "beheersmaatregel 5.23",
                            "Voor de nieuwe clouddienst voor personeelsdossiers zijn geen beveiligingseisen vastgesteld of contractueel vastgelegd.",
                            "Verwerkersovereenkomst getekend op 12-01-2026, zonder beveiligingsbijlage.",
                            "Lena Fischer",
                            "30-06-2026",
                        ],
                        &[
                            "B-04",
                            "Niet-kritieke afwijking",
                            "H7.5.3",
                            "Op het intranet staan twee versies van het thuiswerkbeleid, zonder aanduiding welke geldig is.",
                            "Versie 1.2 (2023) en versie 2.0 (2025) zijn allebei gepubliceerd.",
                            "Lena Fischer",
                            "30-06-2026",
                        ],
                        &[
                            "B-05",
                            "Observatie",
                            "H6.2",
                            "De informatiebeveiligingsdoelstellingen voor 2026 zijn niet meetbaar geformuleerd.",
                            "",
                            "Badr Karim",
                            "",
                        ],
                        &[
                            "B-06",
                            "Verbeterpunt",
                            "A.5.7",
                            "Waarschuwingen van Z-CERT kunnen structureel worden meegenomen in de risicoanalyse.",
                            "",
                            "Head of IT Operations",
                            "",
                        ],
                    ],
                    ';',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("B-01", "major", "9.3", "De directiebeoordeling over 2025")
                    .owner("badr@acme.test"),
                finding("B-02", "minor", "A.8.8", "Sinds oktober 2025 zijn geen")
                    .owner("ops@acme.test"),
                finding("B-03", "minor", "A.5.23", "Voor de nieuwe clouddienst voor")
                    .owner("lena.fischer@acme.test"),
                finding("B-04", "minor", "7.5.3", "Op het intranet staan twee versies")
                    .owner("lena.fischer@acme.test"),
                finding("B-05", "observation", "6.2", "De informatiebeveiligingsdoelstellingen")
                    .owner("badr@acme.test"),
                finding("B-06", "ofi", "A.5.7", "Waarschuwingen van Z-CERT kunnen")
                    .owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho11-us-cb-ncf-portal-csv",
            origin: "holdout 11: a US certification body's stage 2 findings downloaded from its client portal as a comma CSV, imitating how Schellman names findings (found via search: hub.schellman.com/iso-certifications/what-to-do-iso-related-nonconformity: nonconformities abbreviated NCF, graded major, minor or opportunity for improvement, with correction distinct from remediation). A client line (quoted, since it holds a comma) and a blank line sit above the header. Grades are \"Major NCF\", \"Minor NCF\" and \"OFI\", with references NCF-01 and OFI-01 and a Standard column. Requirements are \"Clause 9.1(b)\" (the list letter in brackets), \"Clause 8.1\" (the word says clause, so not the control 8.1), \"Clause 7.4\" and \"Annex A 5.21\". Dates are US (04/17/2026, a day over 12). The client filled Correction, Root Cause and Remediation Plan for the NCFs and left them empty for the OFIs",
            file_name: "Northwind_ISO27001_Stage2_Findings.csv",
            bytes: delimited(
                &[
                    &["Client: Northwind Analytics, Inc. | Standard: ISO/IEC 27001:2022 | Audit: Stage 2 | Exported 04/20/2026 3:14 PM"],
                    &[""],
                    &[
                        "Finding ID",
                        "Standard",
                        "Requirement",
                        "Classification",
                        "Finding",
                        "Correction",
                        "Root Cause",
                        "Remediation Plan",
                        "Target Date",
                        "Assessor",
                    ],
                    &[
                        "NCF-01",
                        "ISO/IEC 27001:2022",
                        "Clause 8.1",
                        "Major NCF",
                        "Controls over externally provided processes are not determined: the managed SOC provider's services are not covered by the ISMS operating procedures or by any supplier review.",
                        "Added the managed SOC service to the supplier register",
                        "Outsourced services were treated as outside the ISMS scope",
                        "Define controls for every externally provided process and review them quarterly",
                        "05/29/2026",
                        "D. Whitaker",
                    ],
                    &[
                        "NCF-02",
                        "ISO/IEC 27001:2022",
                        "Clause 9.1(b)",
                        "Minor NCF",
                        "The methods for monitoring and measuring ISMS effectiveness are not defined; the security dashboard shows 14 metrics with no stated method, frequency or target.",
                        "Documented method and frequency for the 14 metrics",
                        "The dashboard was built by IT without reference to clause 9.1",
                        "Maintain a measurement plan approved at management review",
                        "04/17/2026",
                        "D. Whitaker",
                    ],
                    &[
                        "NCF-03",
                        "ISO/IEC 27001:2022",
                        "Annex A 5.21",
                        "Minor NCF",
                        "Security questionnaires were not completed for two of the five critical ICT suppliers sampled (hosting and payroll).",
                        "Sent questionnaires to both suppliers",
                        "Supplier onboarding does not require the questionnaire for renewals",
                        "Make the questionnaire a renewal gate in procurement",
                        "06/30/2026",
                        "D. Whitaker",
                    ],
                    &[
                        "NCF-04",
                        "ISO/IEC 27001:2022",
                        "Annex A 8.32",
                        "Minor NCF",
                        "Three of 25 production changes sampled between January and March 2026 had no recorded approval in the change tickets.",
                        "Retrospective approval of the three changes",
                        "Approval field is optional in the ticketing tool",
                        "Make approval mandatory before a change can be scheduled",
                        "06/30/2026",
                        "D. Whitaker",
                    ],
                    &[
                        "OFI-01",
                        "ISO/IEC 27001:2022",
                        "Annex A 5.24",
                        "OFI",
                        "Incident response playbooks could be updated with the lessons from the February 2026 tabletop exercise.",
                        "",
                        "",
                        "",
                        "",
                        "D. Whitaker",
                    ],
                    &[
                        "OFI-02",
                        "ISO/IEC 27001:2022",
                        "Clause 7.4",
                        "OFI",
                        "A yearly communication calendar could help plan security messages to staff and customers.",
                        "",
                        "",
                        "",
                        "",
                        "D. Whitaker",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("NCF-01", "major", "8.1", "Controls over externally provided")
                    .plan(true),
                finding("NCF-02", "minor", "9.1", "The methods for monitoring and measuring")
                    .plan(true),
                finding("NCF-03", "minor", "A.5.21", "Security questionnaires were not")
                    .plan(true),
                finding("NCF-04", "minor", "A.8.32", "Three of 25 production changes")
                    .plan(true),
                finding("OFI-01", "ofi", "A.5.24", "Incident response playbooks could")
                    .plan(false),
                finding("OFI-02", "ofi", "7.4", "A yearly communication calendar could")
                    .plan(false),
            ],
        },
        Layout {
            id: "ho11-ms-forms-responses",
            origin: "holdout 11: a Microsoft Forms download (workbook \"Internal audit finding form(1-5).xlsx\", sheet Sheet1) of a form the internal auditors fill in, one response per finding. Forms' own columns come first (ID 1-5, Start time, Completion time, Email, Name, Last modified time), then one column per question, headed by the whole question with its hints: \"Finding reference (e.g. IA-26-01)\", \"Which clause or Annex A control does it relate to? (e.g. 9.2 or A.5.15)\". Email and Name are the auditor who answered (the users Lena Fischer and Martín Lombardi), not the owner. The owner is the answer to \"Who should own the corrective action?\", a different person on every row. References are in submission order (IA-26-03 before IA-26-02), one control is typed in lower case (a.5.15) and one answer is \"Clause 7.2\". The layout follows the Forms export's known structure: the search found only Forms help pages (support.microsoft.com/forms), no sample file",
            file_name: "Internal audit finding form(1-5).xlsx",
            bytes: xlsx(vec![sheet(
                "Sheet1",
                0,
                0,
                &[
                    &[
                        "ID",
                        "Start time",
                        "Completion time",
                        "Email",
                        "Name",
                        "Last modified time",
                        "Finding reference (e.g. IA-26-01)",
                        "Which clause or Annex A control does it relate to? (e.g. 9.2 or A.5.15)",
                        "How would you grade it?",
                        "Describe what you found",
                        "Who should own the corrective action?",
                        "Target date for the fix",
                    ],
                    &[
                        "#n 1",
                        "#d 2026-03-10",
                        "#d 2026-03-10",
                        "lena.fischer@acme.test",
                        "Lena Fischer",
                        "",
                        "IA-26-01",
                        "9.2",
                        "Major nonconformity",
                        "The internal audit programme for 2025 was never approved and the planned audit of the data centre did not take place.",
                        "Badr Karim",
                        "#d 2026-04-30",
                    ],
                    &[
                        "#n 2",
                        "#d 2026-03-11",
                        "#d 2026-03-11",
                        "martin@acme.test",
                        "Martín Lombardi",
                        "",
                        "IA-26-03",
                        "a.5.15",
                        "Minor nonconformity",
                        "The warehouse shift leads share one account to log in to the stock system.",
                        "Head of IT Operations",
                        "#d 2026-05-15",
                    ],
                    &[
                        "#n 3",
                        "#d 2026-03-11",
                        "#d 2026-03-11",
                        "lena.fischer@acme.test",
                        "Lena Fischer",
                        "",
                        "IA-26-02",
                        "A.8.15",
                        "Minor nonconformity",
                        "Firewall logs are overwritten after 14 days although the logging standard requires 90 days.",
                        "Head of IT Operations",
                        "#d 2026-05-15",
                    ],
                    &[
                        "#n 4",
                        "#d 2026-03-12",
                        "#d 2026-03-12",
                        "martin@acme.test",
                        "Martín Lombardi",
                        "",
                        "IA-26-04",
                        "Clause 7.2",
                        "Observation",
                        "Training records for two new service desk staff could not be found on the day of the audit.",
                        "Lena Fischer",
                        "",
                    ],
                    &[
                        "#n 5",
                        "#d 2026-03-12",
                        "#d 2026-03-12",
                        "lena.fischer@acme.test",
                        "Lena Fischer",
                        "",
                        "IA-26-05",
                        "A.7.7",
                        "Opportunity for improvement",
                        "Meeting rooms could have a reminder to wipe the whiteboards after client meetings.",
                        "Facilities manager",
                        "",
                    ],
                ],
            )]),
            expected: vec![
                finding("IA-26-01", "major", "9.2", "The internal audit programme for 2025")
                    .owner("badr@acme.test"),
                finding("IA-26-03", "minor", "A.5.15", "The warehouse shift leads share")
                    .owner("ops@acme.test"),
                finding("IA-26-02", "minor", "A.8.15", "Firewall logs are overwritten after")
                    .owner("ops@acme.test"),
                finding("IA-26-04", "observation", "7.2", "Training records for two new service")
                    .owner("lena.fischer@acme.test"),
                finding("IA-26-05", "ofi", "A.7.7", "Meeting rooms could have a reminder")
                    .pending(&["Facilities manager"]),
            ],
        },
        Layout {
            id: "ho11-tw-bilingual-roc-dates",
            origin: "holdout 11: a Taiwanese organisation's internal audit findings tracker. Headers are bilingual, Traditional Chinese over English in one cell (\"編號\\nNo.\", \"條文\\nClause\", \"缺失等級\\nGrade\", \"稽核發現\\nFinding\", \"權責單位\\nResponsible unit\"), under a bilingual title. Grades are written in both languages in one cell (\"主要缺失 Major\", \"次要缺失 Minor\", \"觀察事項 Observation\", \"建議事項 OFI\"). Requirements are the number then the Chinese title (\"A.8.8 技術脆弱性管理\", \"9.2 內部稽核\"; 7.5.3 is a clause only), and statements are in Chinese. Dates are text in the Republic of China calendar (115/05/31 is 31 May 2026; year 115 in the title, 114 in a statement), and statuses are in both languages. Owners are units named in both languages and are not checked. The search found Taiwanese ISO 27001 material (effectstudio.com.tw on common nonconformities, hackmd.io/@Not/ISO27001_2013_LA_training) but no register, so the layout follows how such trackers are written there",
            file_name: "115年度ISMS內部稽核缺失追蹤表.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "缺失追蹤 Findings",
                    0,
                    0,
                    &[
                        &["115年度 資訊安全管理系統內部稽核缺失追蹤表 / ISMS internal audit findings tracker (2026)"],
                        &["稽核日期 Audit date: 115/03/18–115/03/19    稽核員 Auditor: 陳怡君 Chen Yi-chun    標準 Standard: ISO/IEC 27001:2022"],
                        &[""],
                        &[
                            "編號\nNo.",
                            "條文\nClause",
                            "缺失等級\nGrade",
                            "稽核發現\nFinding",
                            "權責單位\nResponsible unit",
                            "預計完成日\nDue date",
                            "狀態\nStatus",
                        ],
                        &[
                            "IA-115-01",
                            "9.2 內部稽核",
                            "主要缺失 Major",
                            "114年度內部稽核未涵蓋機房及備援中心，稽核計畫僅列出行政單位。",
                            "資訊室 IT Office",
                            "115/05/31",
                            "未結案 Open",
                        ],
                        &[
                            "IA-115-02",
                            "A.8.8 技術脆弱性管理",
                            "次要缺失 Minor",
                            "弱點掃描報告中有12項高風險弱點逾90天仍未修補。",
                            "資訊室 IT Office",
                            "115/06/30",
                            "未結案 Open",
                        ],
                        &[
                            "IA-115-03",
                            "A.5.15 存取控制",
                            "次要缺失 Minor",
                            "離職人員帳號於離職30天後仍可登入公文系統。",
                            "人事室 HR Office",
                            "115/04/30",
                            "未結案 Open",
                        ],
                        &[
                            "IA-115-04",
                            "7.5.3 文件化資訊之管制",
                            "觀察事項 Observation",
                            "部分程序書在內部網站與共用資料夾中的版本不一致。",
                            "秘書室 Secretariat",
                            "115/06/30",
                            "未結案 Open",
                        ],
                        &[
                            "IA-115-05",
                            "A.7.7 桌面淨空及螢幕淨空",
                            "建議事項 OFI",
                            "建議會議室電腦設定閒置自動鎖定螢幕。",
                            "總務科 General Affairs",
                            "",
                            "未結案 Open",
                        ],
                    ],
                )
                .merged(0, 0, 0, 6),
            ]),
            expected: vec![
                finding("IA-115-01", "major", "9.2", "114年度內部稽核未涵蓋機房"),
                finding("IA-115-02", "minor", "A.8.8", "弱點掃描報告中有12項高風險弱點"),
                finding("IA-115-03", "minor", "A.5.15", "離職人員帳號於離職30天後"),
                finding("IA-115-04", "observation", "7.5.3", "部分程序書在內部網站"),
                finding("IA-115-05", "ofi", "A.7.7", "建議會議室電腦設定"),
            ],
        },
        Layout {
            id: "ho11-airtable-grid-view-csv",
            origin: "holdout 11: an Airtable base's grid view downloaded as CSV (UTF-8 with a BOM, \"Audit findings-Grid view.csv\"). The primary field, Name, is a formula joining the reference and a short title (\"NC-01 – Supplier reviews\"), so the reference is the part before the dash and the statement is the Description field. Controls are a multiple-select field joined by commas without spaces (\"A.5.19,A.5.22\"). There is a linked-records column of policy names (also comma-joined), an attachments column of \"file (url)\" values, and a collaborator column of people's names (one no user). Dates are US (4/30/2026) and the Created time reads 3/12/2026 9:41am. Airtable's field types are from its documentation (found via search: airtable.com/developers/web/api/field-model)",
            file_name: "Audit findings-Grid view.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &[
                            "Name",
                            "Grade",
                            "Controls",
                            "Description",
                            "Owner",
                            "Due date",
                            "Policies",
                            "Attachments",
                            "Created",
                        ],
                        &[
                            "NC-01 – Supplier reviews",
                            "Minor NC",
                            "A.5.19,A.5.22",
                            "Annual security reviews of the two hosting suppliers were not performed in 2025.",
                            "Badr Karim",
                            "4/30/2026",
                            "Supplier Security Policy,Procurement Procedure",
                            "",
                            "3/12/2026 9:41am",
                        ],
                        &[
                            "NC-02 – Backup restore tests",
                            "Major NC",
                            "A.8.13",
                            "No restore of the customer database has been tested since it moved to the new storage cluster in 2024.",
                            "Martín Lombardi",
                            "3/31/2026",
                            "Backup Standard",
                            "restore-log-2025.pdf (https://dl.airtable.com/.attachments/5b1e9c0d7f/restore-log-2025.pdf)",
                            "3/12/2026 10:02am",
                        ],
                        &[
                            "NC-03 – MFA for admins",
                            "Minor NC",
                            "A.8.5,A.5.17",
                            "Multi-factor authentication is not enforced for the administrator accounts of the marketing website.",
                            "Martín Lombardi",
                            "4/30/2026",
                            "Access Control Policy",
                            "",
                            "3/12/2026 10:15am",
                        ],
                        &[
                            "OBS-01 – Clean desk",
                            "Observation",
                            "A.7.7",
                            "Printed payroll reports were left on an unattended desk in the finance office.",
                            "Lena Fischer",
                            "",
                            "Clean Desk Policy",
                            "desk-photo.jpg (https://dl.airtable.com/.attachments/a41f02c3e8/desk-photo.jpg)",
                            "3/13/2026 2:20pm",
                        ],
                        &[
                            "OFI-01 – Threat intel feed",
                            "OFI",
                            "A.5.7",
                            "The national CERT's advisories could be fed into the vulnerability management process.",
                            "Priya Shah",
                            "",
                            "",
                            "",
                            "3/13/2026 2:34pm",
                        ],
                    ],
                    ',',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("NC-01", "minor", "A.5.19, A.5.22", "Annual security reviews of the two")
                    .owner("badr@acme.test"),
                finding("NC-02", "major", "A.8.13", "No restore of the customer database")
                    .owner("martin@acme.test"),
                finding("NC-03", "minor", "A.8.5, A.5.17", "Multi-factor authentication is not")
                    .owner("martin@acme.test"),
                finding("OBS-01", "observation", "A.7.7", "Printed payroll reports were left")
                    .owner("lena.fischer@acme.test"),
                finding("OFI-01", "ofi", "A.5.7", "The national CERT's advisories could")
                    .pending(&["Priya Shah"]),
            ],
        },
        Layout {
            id: "ho11-transition-edition-columns",
            origin: "holdout 11: a certification body's transition audit findings (ISO/IEC 27001:2013 to 2022), with one requirement column per edition, \"ISO 27001:2013 ref.\" then \"ISO 27001:2022 ref.\", as transition audits mapped old controls to new ones (found via search: riskassociates.com.au/australia/iso-27001-2022-transition-audit-nonconformities, equalassurance.com/transition-to-iso-27001-2022). The findings are raised against the 2022 edition, so the 2022 column is the requirement. The 2013 column holds \"—\" for the new controls (A.5.7, A.8.12), an old control A.12.4.1 beside two new ones (A.8.15, A.8.16), and the 2013 clause 9.2 beside the 2022 9.2.2. Reading the old column, or both, would cite other requirements. Grades are Major, Minor, Observation and OFI",
            file_name: "Transition audit findings 2013-2022.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["ISO/IEC 27001:2022 transition audit – findings"],
                    &["Client: Harbourside Logistics Ltd    Certificate: IS 604412    Audit dates: 3–4 June 2025"],
                    &[""],
                    &[
                        "Ref",
                        "Grade",
                        "ISO 27001:2013 ref.",
                        "ISO 27001:2022 ref.",
                        "Finding",
                        "Evidence",
                    ],
                    &[
                        "T-01",
                        "Minor",
                        "A.12.6.1",
                        "A.8.8",
                        "Patch compliance for internet-facing servers was 71 % in May 2025 against the 95 % target of the vulnerability management procedure.",
                        "Patch dashboard export of 31 May 2025.",
                    ],
                    &[
                        "T-02",
                        "Major",
                        "9.2",
                        "9.2.2",
                        "The internal audit programme was not updated for the 2022 edition: none of the new or changed controls is planned for audit.",
                        "Audit programme 2024–2026 rev. 3.",
                    ],
                    &[
                        "T-03",
                        "Minor",
                        "—",
                        "A.5.7",
                        "Threat intelligence is marked as implemented in the Statement of Applicability, but no threat information is collected or analysed.",
                        "Interview with the IT manager; no sources or records.",
                    ],
                    &[
                        "T-04",
                        "Minor",
                        "A.12.4.1",
                        "A.8.15, A.8.16",
                        "Logs of the warehouse management system are collected but nobody monitors them for anomalous behaviour.",
                        "The SIEM has no rules or alerts for the WMS.",
                    ],
                    &[
                        "T-05",
                        "Observation",
                        "—",
                        "A.8.12",
                        "Data leakage prevention is limited to blocking USB storage; email and cloud uploads are not considered.",
                        "DLP policy v1.0.",
                    ],
                    &[
                        "T-06",
                        "OFI",
                        "A.11.2.9",
                        "A.7.7",
                        "Screen locking could be enforced on the shared warehouse terminals.",
                        "Site tour, goods-in office.",
                    ],
                ],
            )
            .merged(0, 0, 0, 5)]),
            expected: vec![
                finding("T-01", "minor", "A.8.8", "Patch compliance for internet-facing"),
                finding("T-02", "major", "9.2.2", "The internal audit programme was not"),
                finding("T-03", "minor", "A.5.7", "Threat intelligence is marked as"),
                finding("T-04", "minor", "A.8.15, A.8.16", "Logs of the warehouse management"),
                finding("T-05", "observation", "A.8.12", "Data leakage prevention is limited"),
                finding("T-06", "ofi", "A.7.7", "Screen locking could be enforced"),
            ],
        },
        Layout {
            id: "ho11-audit-programme-section-rows",
            origin: "holdout 11: a company's internal audit findings log for the year, grouped by audit. Each audit opens with a section row merged across the table giving the audit number, the process, the date and the auditor (\"IA-2026-02 · IT operations · 16/02/2026 · Auditor: J. Brandt\"); these are neither findings nor grades. One audit's section says no findings were raised and has no rows under it. Finding references are built from the audit number (IA01-1, IA02-2), and grades are Minor NC / Major NC / Observation / OFI. A bare 7.2 among A.-controls is the clause, since the finding is about competence. Owners are users' names, a role that is a user and a role no user has",
            file_name: "Internal audit programme 2026 - findings log.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings 2026",
                0,
                0,
                &[
                    &["Internal audit programme 2026 – findings log"],
                    &[""],
                    &["Finding", "Type", "Requirement", "Description", "Owner", "Due"],
                    &["IA-2026-01 · Human resources · 19/01/2026 · Auditor: K. Osei"],
                    &[
                        "IA01-1",
                        "Minor NC",
                        "A.6.1",
                        "Background checks for two finance staff who joined in November 2025 were completed after their start date.",
                        "Lena Fischer",
                        "#d 2026-03-31",
                    ],
                    &[
                        "IA01-2",
                        "Observation",
                        "7.2",
                        "The competence requirements for the payroll officer role have not been reviewed since 2021.",
                        "Lena Fischer",
                        "",
                    ],
                    &["IA-2026-02 · IT operations · 16/02/2026 · Auditor: J. Brandt"],
                    &[
                        "IA02-1",
                        "Major NC",
                        "A.8.13",
                        "No backup of the ERP database has completed successfully since the storage migration on 2 February 2026.",
                        "Head of IT Operations",
                        "#d 2026-02-27",
                    ],
                    &[
                        "IA02-2",
                        "Minor NC",
                        "A.8.32",
                        "Emergency changes are not reviewed after implementation: 4 of the 6 emergency changes in January had no review record.",
                        "Badr Karim",
                        "#d 2026-04-30",
                    ],
                    &["IA-2026-03 · Facilities · 09/03/2026 · Auditor: K. Osei · no findings raised"],
                    &["IA-2026-04 · Software development · 13/04/2026 · Auditor: J. Brandt"],
                    &[
                        "IA04-1",
                        "OFI",
                        "A.8.28",
                        "The secure coding guidelines could refer to the OWASP Application Security Verification Standard.",
                        "Development lead",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 5)
            .merged(3, 0, 3, 5)
            .merged(6, 0, 6, 5)
            .merged(9, 0, 9, 5)
            .merged(10, 0, 10, 5)]),
            expected: vec![
                finding("IA01-1", "minor", "A.6.1", "Background checks for two finance staff")
                    .owner("lena.fischer@acme.test"),
                finding("IA01-2", "observation", "7.2", "The competence requirements for the")
                    .owner("lena.fischer@acme.test"),
                finding("IA02-1", "major", "A.8.13", "No backup of the ERP database has")
                    .owner("ops@acme.test"),
                finding("IA02-2", "minor", "A.8.32", "Emergency changes are not reviewed")
                    .owner("badr@acme.test"),
                finding("IA04-1", "ofi", "A.8.28", "The secure coding guidelines could")
                    .pending(&["Development lead"]),
            ],
        },
        Layout {
            id: "ho11-mac-csv-cr-mac-roman",
            origin: "holdout 11: a small company's NC log saved by Excel for Mac as \"CSV (Macintosh)\" (Macintosh Comma Separated). Lines end with a carriage return only, and the text is in the Mac Roman encoding: Martín is written with the byte 0x92, José Peña with 0x8E and 0x96, bytes that Windows-1252 reads as other characters (’, Ž, –). Dates are US short (3/17/26). The Clause column holds A.-controls and one bare 9.3 (a clause only). Grades are Major / Minor / Obs, and owners are users' names, a role and a name no user has",
            file_name: "NC log.csv",
            bytes: mac_roman(
                &delimited(
                    &[
                        &["NC #", "Date", "Clause", "Grade", "Finding", "Owner", "Status"],
                        &[
                            "NC-26-01",
                            "3/17/26",
                            "A.5.23",
                            "Minor",
                            "Cloud services in use (design collaboration, large file transfer) are not on the approved cloud services list.",
                            "Martín Lombardi",
                            "Open",
                        ],
                        &[
                            "NC-26-02",
                            "3/17/26",
                            "9.3",
                            "Major",
                            "No management review has been held since the ISMS was certified in 2024.",
                            "Badr Karim",
                            "Open",
                        ],
                        &[
                            "NC-26-03",
                            "3/18/26",
                            "A.8.7",
                            "Minor",
                            "Anti-malware definitions on the two CNC programming PCs are nine months old.",
                            "Head of IT Operations",
                            "Open",
                        ],
                        &[
                            "NC-26-04",
                            "3/18/26",
                            "A.6.3",
                            "Obs",
                            "Two temporary staff in dispatch had not completed the security induction.",
                            "José Peña",
                            "Open",
                        ],
                        &[
                            "NC-26-05",
                            "3/18/26",
                            "A.7.1",
                            "Minor",
                            "The door between reception and the server room was propped open during the audit.",
                            "Head of IT Operations",
                            "Open",
                        ],
                    ],
                    ',',
                )
                .replace("\r\n", "\r"),
            ),
            expected: vec![
                finding("NC-26-01", "minor", "A.5.23", "Cloud services in use (design")
                    .owner("martin@acme.test"),
                finding("NC-26-02", "major", "9.3", "No management review has been held")
                    .owner("badr@acme.test"),
                finding("NC-26-03", "minor", "A.8.7", "Anti-malware definitions on the two")
                    .owner("ops@acme.test"),
                finding("NC-26-04", "observation", "A.6.3", "Two temporary staff in dispatch")
                    .pending(&["José Peña"]),
                finding("NC-26-05", "minor", "A.7.1", "The door between reception and the")
                    .owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho11-ca-catalan-public-body",
            origin: "holdout 11: a Catalan public body's certification audit register (ISO/IEC 27001:2022 audited alongside Spain's ENS), only in Catalan. The lexicon does not list Catalan, but its words are close to Spanish and French. Headers are Núm., Tipus de troballa, Requisit, Descripció, Responsable, Termini, under a two-line title. Grades are \"No conformitat major\", \"No conformitat menor\", \"Observació\" and \"Oportunitat de millora\". Requirements are \"apartat 9.3\", \"apartats 7.2 i 7.3\" (two clauses joined by i, and: apartat is the word for a clause and the finding is about training, so not the controls 7.2 and 7.3) and \"control A.8.15\". References are NC-01, OBS-01 and OM-01 (OM for oportunitat de millora), dates are day-first, and owners are a user's name and roles. No Catalan register was found by search (it found only Spanish pages on nonconformities), so the vocabulary is that of Catalan administrations",
            file_name: "Registre_troballes_auditoria_ISO27001_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Troballes",
                0,
                0,
                &[
                    &["Auditoria de certificació ISO/IEC 27001:2022 – Registre de troballes"],
                    &["Consell Comarcal del Baix Ter    Data de l'auditoria: 21 i 22 d'abril de 2026"],
                    &[""],
                    &["Núm.", "Tipus de troballa", "Requisit", "Descripció", "Responsable", "Termini"],
                    &[
                        "NC-01",
                        "No conformitat major",
                        "apartat 9.3",
                        "No s'ha fet cap revisió del SGSI per la direcció des de la certificació inicial de l'any 2024.",
                        "Secretaria general",
                        "30/06/2026",
                    ],
                    &[
                        "NC-02",
                        "No conformitat menor",
                        "control A.8.15",
                        "Els registres d'accés a l'aplicació del padró es conserven només 30 dies, quan la política en demana 365.",
                        "Martín Lombardi",
                        "30/09/2026",
                    ],
                    &[
                        "NC-03",
                        "No conformitat menor",
                        "apartats 7.2 i 7.3",
                        "El personal de l'oficina d'atenció ciutadana no ha rebut formació en seguretat de la informació i no se'n conserven registres.",
                        "Cap de Recursos Humans",
                        "30/09/2026",
                    ],
                    &[
                        "OBS-01",
                        "Observació",
                        "control A.5.34",
                        "La informació a la ciutadania sobre el tractament de dades del registre d'entrada no indica el termini de conservació.",
                        "Delegat de protecció de dades",
                        "",
                    ],
                    &[
                        "OM-01",
                        "Oportunitat de millora",
                        "control A.5.7",
                        "Es podrien aprofitar les alertes de l'Agència de Ciberseguretat de Catalunya en l'anàlisi de riscos.",
                        "Martín Lombardi",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 5)]),
            expected: vec![
                finding("NC-01", "major", "9.3", "No s'ha fet cap revisió del SGSI")
                    .pending(&["Secretaria general"]),
                finding("NC-02", "minor", "A.8.15", "Els registres d'accés a l'aplicació")
                    .owner("martin@acme.test"),
                finding("NC-03", "minor", "7.2, 7.3", "El personal de l'oficina d'atenció")
                    .pending(&["Cap de Recursos Humans"]),
                finding("OBS-01", "observation", "A.5.34", "La informació a la ciutadania")
                    .pending(&["Delegat de protecció de dades"]),
                finding("OM-01", "ofi", "A.5.7", "Es podrien aprofitar les alertes")
                    .owner("martin@acme.test"),
            ],
        },
    ]
}

/// A twelfth holdout, written blind (from issue #12, the README's section on importing
/// registers and the helpers at the top of this file, without reading the importer): registers
/// from the environments the corpus covered least. Integrated management systems whose one
/// register holds ISO 9001, 14001, 45001 and 27001 findings (and the privacy and cloud
/// extensions of ISO 27001), organisations whose primary framework is SOC 2, NIST CSF or PCI DSS
/// with an ISO 27001 column beside it, registers in Arabic, Vietnamese, Korean, Ukrainian,
/// Croatian and Thai, and a long recertification register as it is really kept (page breaks
/// with the header repeated, subtotals, closed findings, references per audit day).
fn twelfth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho12-ims-four-standards-in-requirement-cell",
            origin: "holdout 12: an integrated management system's internal audit findings register (ISO 9001, ISO 14001, ISO 45001 and ISO/IEC 27001 audited together), imitating the IMS internal audit programme Swedwise's IMS procedure describes (found via search: document-platform.matrix-test.swedwise.se/ims/documents/procedures--internal-audit-procedure, one audit programme and one findings record for ISO 9001, 14001 and 27001) and the IMS \"Audit Schedule & Findings Register\" of greenorbitspace/hub (userguide/content/en/docs/ims/registers/audit-schedule--findings-register.md, found via search; its table is not stored, so layout only). There is no Standard column: each cell of \"Standard / clause\" names the standard before its clause (\"ISO 9001:2015 8.5.1\", \"ISO 45001:2018 8.1.2\"), sometimes two or four standards in one cell. Only the ISO/IEC 27001 parts are ISO 27001 requirements: rows citing only ISO 9001, 14001 or 45001 have none, although their numbers (8.2, 7.2, 9.3, 10.2) are also ISO 27001 clauses or controls; other references are not checked since their ids' form is not documented. \"ISO 45001 7.2 + ISO/IEC 27001 7.2, 7.3\" gives the ISO 27001 clauses 7.2 and 7.3: the prefix covers the list, the column writes controls with A. and the finding is about training. \"ISO 9001 9.3.2 / ... / ISO/IEC 27001 9.3.2\" is the clause 9.3.2 (management review inputs). Owners are users, a user's role and roles no user has",
            file_name: "IMS_Internal_Audit_2026_Findings_Register.xlsx",
            bytes: xlsx(vec![sheet(
                "IMS Findings",
                0,
                0,
                &[
                    &["Integrated Management System (ISO 9001 · ISO 14001 · ISO 45001 · ISO/IEC 27001) – Internal audit programme 2026 – Findings register"],
                    &["Audit period: 09/02/2026 – 20/02/2026    Lead auditor: R. Haddad    Sites: Karlsruhe plant, Strasbourg warehouse"],
                    &[""],
                    &[
                        "Ref.",
                        "Process",
                        "Standard / clause",
                        "Finding",
                        "Type",
                        "Owner",
                        "Target date",
                        "Status",
                    ],
                    &[
                        "IMS-26-01",
                        "Production",
                        "ISO 9001:2015 8.5.1",
                        "Work instructions at extrusion line 3 refer to a superseded drawing revision (C instead of E).",
                        "Minor NC",
                        "Quality Manager",
                        "31/03/2026",
                        "Open",
                    ],
                    &[
                        "IMS-26-02",
                        "IT operations",
                        "ISO/IEC 27001:2022 A.8.13",
                        "Backups of the MES database are taken nightly, but no restore has been tested since the server was replaced in 2025.",
                        "Major NC",
                        "Head of IT Operations",
                        "15/03/2026",
                        "Open",
                    ],
                    &[
                        "IMS-26-03",
                        "Waste management",
                        "ISO 14001:2015 6.1.3",
                        "The compliance obligations register does not include the 2025 amendment of the packaging waste ordinance.",
                        "Minor NC",
                        "EHS Coordinator",
                        "30/04/2026",
                        "Open",
                    ],
                    &[
                        "IMS-26-04",
                        "Warehouse",
                        "ISO 45001:2018 8.1.2",
                        "Forklift and pedestrian routes in aisle 7 of the Strasbourg warehouse are not separated, as the hazard assessment requires.",
                        "Major NC",
                        "Site Manager Strasbourg",
                        "13/03/2026",
                        "Open",
                    ],
                    &[
                        "IMS-26-05",
                        "Document control",
                        "ISO 9001 7.5.3 / ISO/IEC 27001 7.5.3",
                        "Two versions of the visitor and contractor procedure are published on the intranet, with no indication of which one is valid.",
                        "Minor NC",
                        "Lena Fischer",
                        "31/03/2026",
                        "Open",
                    ],
                    &[
                        "IMS-26-06",
                        "Emergency preparedness",
                        "ISO 14001 8.2 ; ISO 45001 8.2",
                        "The spill response drill planned for 2025 was not carried out at the Karlsruhe plant.",
                        "OBS",
                        "EHS Coordinator",
                        "",
                        "Open",
                    ],
                    &[
                        "IMS-26-07",
                        "HR / training",
                        "ISO 45001 7.2 + ISO/IEC 27001 7.2, 7.3",
                        "Induction records of four agency workers hired in January show neither safety nor information security training.",
                        "Minor NC",
                        "HR Business Partner",
                        "30/04/2026",
                        "Open",
                    ],
                    &[
                        "IMS-26-08",
                        "Physical security",
                        "ISO/IEC 27001:2022 A.7.2, A.7.4",
                        "The goods-in yard gate was open and unattended during the audit, and the camera covering it has not recorded since 3 February.",
                        "Minor NC",
                        "Martín Lombardi",
                        "31/03/2026",
                        "Open",
                    ],
                    &[
                        "IMS-26-09",
                        "Management review",
                        "ISO 9001 9.3.2 / ISO 14001 9.3 / ISO 45001 9.3 / ISO/IEC 27001 9.3.2",
                        "The integrated management review of 2025 did not consider changes in the needs and expectations of interested parties.",
                        "OBS",
                        "Badr Karim",
                        "",
                        "Open",
                    ],
                    &[
                        "IMS-26-10",
                        "Purchasing",
                        "ISO 9001 8.4.2 / ISO/IEC 27001 A.5.19",
                        "Supplier evaluation could cover the information security of the new cloud-based label printing service.",
                        "OFI",
                        "Purchasing Manager",
                        "",
                        "Open",
                    ],
                    &[
                        "IMS-26-11",
                        "Energy and utilities",
                        "ISO 14001:2015 9.1.1",
                        "Compressed air leak checks could be recorded with the measured loss, to show the trend.",
                        "OFI",
                        "Maintenance Lead",
                        "",
                        "Open",
                    ],
                    &[
                        "IMS-26-12",
                        "Incident management",
                        "ISO/IEC 27001 A.5.24 / ISO 45001 10.2",
                        "Near-miss reports and security incident reports go to separate mailboxes with no shared triage: a tailgating event reported as a safety near miss in January was never assessed as a security incident.",
                        "Minor NC",
                        "Head of IT Operations",
                        "30/04/2026",
                        "Open",
                    ],
                ],
            )
            .merged(0, 0, 0, 7)]),
            expected: vec![
                finding("IMS-26-01", "minor", "", "Work instructions at extrusion line 3")
                    .pending(&["Quality Manager"]),
                finding("IMS-26-02", "major", "A.8.13", "Backups of the MES database are")
                    .owner("ops@acme.test"),
                finding("IMS-26-03", "minor", "", "The compliance obligations register")
                    .pending(&["EHS Coordinator"]),
                finding("IMS-26-04", "major", "", "Forklift and pedestrian routes in aisle 7")
                    .pending(&["Site Manager Strasbourg"]),
                finding("IMS-26-05", "minor", "7.5.3", "Two versions of the visitor and")
                    .owner("lena.fischer@acme.test"),
                finding("IMS-26-06", "observation", "", "The spill response drill planned")
                    .pending(&["EHS Coordinator"]),
                finding("IMS-26-07", "minor", "7.2, 7.3", "Induction records of four agency")
                    .pending(&["HR Business Partner"]),
                finding("IMS-26-08", "minor", "A.7.2, A.7.4", "The goods-in yard gate was open")
                    .owner("martin@acme.test"),
                finding("IMS-26-09", "observation", "9.3.2", "The integrated management review of 2025")
                    .owner("badr@acme.test"),
                finding("IMS-26-10", "ofi", "A.5.19", "Supplier evaluation could cover the")
                    .pending(&["Purchasing Manager"]),
                finding("IMS-26-11", "ofi", "", "Compressed air leak checks could be")
                    .pending(&["Maintenance Lead"]),
                finding("IMS-26-12", "minor", "A.5.24", "Near-miss reports and security incident")
                    .owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho12-isms-pims-cloud-extension-standards",
            origin: "holdout 12: a certification body's findings table for a SaaS provider certified to ISO/IEC 27001:2022 with the extensions ISO/IEC 27017:2015 (cloud), ISO/IEC 27018:2019 (PII in public clouds) and ISO/IEC 27701:2019 (privacy), audited together as cloud providers are; it imitates the combined ISMS / 27017 / 27018 / 27701 / PCI DSS crosswalk layout (found via search: slideshare.net/slideshow/iso27701pii-on-cloud-and-pci-dss/238322334) and the 27701 audit checklist's Ref. / Requirement / Findings columns (found via search: shop.iso-xpert.com/blog/iso-iec-27701-2019.html). A Standard column names the standard of each row and the Clause / control column holds that standard's own numbering. The extensions' ids look like ISO/IEC 27001:2013 controls (27701 A.7.2.8 and B.8.4.2, 27018 A.10.1) or are their own (27017 CLD.12.1.5, CLD.6.3.1; 27701 clause 7.3.2), so rows of 27701, 27017 or 27018 alone have no ISO 27001 requirement. The row whose Standard is \"ISO/IEC 27001:2022 / ISO/IEC 27017:2015\" and whose control is \"A.5.23 / CLD.6.3.1\" cites A.5.23 for ISO 27001. Other references are not checked (their ids' form is not documented). Grades are Major / Minor / Observation / OFI and there is no owner column",
            file_name: "Surveillance_1_ISMS_PIMS_Cloud_Findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Surveillance audit 1 – ISO/IEC 27001:2022 with ISO/IEC 27017:2015, ISO/IEC 27018:2019 and ISO/IEC 27701:2019 – Summary of findings"],
                    &["Client: Peoplegrid GmbH    Certificates: IS 778201 / PIMS 778202    Audit dates: 24–26 March 2026    Lead auditor: T. Okonkwo"],
                    &[""],
                    &[
                        "Finding",
                        "Standard",
                        "Clause / control",
                        "Grade",
                        "Statement of finding",
                        "Objective evidence",
                        "Response due",
                    ],
                    &[
                        "F1",
                        "ISO/IEC 27001:2022",
                        "9.2.2",
                        "Minor",
                        "The internal audit programme does not cover the privacy extension: no audit of PII processing as a processor has been planned.",
                        "Audit programme 2025–2027, rev. 2.",
                        "25/05/2026",
                    ],
                    &[
                        "F2",
                        "ISO/IEC 27701:2019",
                        "A.7.2.8",
                        "Minor",
                        "The records of processing activities do not list the payroll export sent to customers' tax advisers.",
                        "Record of processing activities v7.",
                        "25/05/2026",
                    ],
                    &[
                        "F3",
                        "ISO/IEC 27701:2019",
                        "B.8.4.2",
                        "Major",
                        "PII of two former customers was still held in the production database eleven months after contract end, although the contracts require deletion within 90 days.",
                        "Tenant list of 25/03/2026 compared with the terminated contracts.",
                        "24/04/2026",
                    ],
                    &[
                        "F4",
                        "ISO/IEC 27017:2015",
                        "CLD.12.1.5",
                        "Minor",
                        "The administrators' procedures for critical tenant operations (restore, tenant deletion) are not documented.",
                        "Interview with the platform team lead; operations wiki.",
                        "25/05/2026",
                    ],
                    &[
                        "F5",
                        "ISO/IEC 27001:2022",
                        "A.8.9",
                        "Minor",
                        "Baseline configurations of the Kubernetes worker nodes are defined, but drift is not monitored: 3 of 12 nodes sampled differed from the baseline.",
                        "Node configuration export of 25/03/2026.",
                        "25/05/2026",
                    ],
                    &[
                        "F6",
                        "ISO/IEC 27001:2022 / ISO/IEC 27017:2015",
                        "A.5.23 / CLD.6.3.1",
                        "Observation",
                        "The shared responsibility matrix published to customers does not match the current division of backup duties.",
                        "Customer trust centre page, version of January 2026.",
                        "",
                    ],
                    &[
                        "F7",
                        "ISO/IEC 27018:2019",
                        "A.10.1",
                        "OFI",
                        "Breach notifications to customers could name the categories of PII affected, not only the systems.",
                        "Notification template NT-03.",
                        "",
                    ],
                    &[
                        "F8",
                        "ISO/IEC 27001:2022",
                        "6.1.3 d)",
                        "Minor",
                        "The Statement of Applicability was not updated when the privacy controls were adopted and justifies none of them.",
                        "Statement of Applicability v5, dated 2024.",
                        "25/05/2026",
                    ],
                    &[
                        "F9",
                        "ISO/IEC 27701:2019",
                        "7.3.2",
                        "Observation",
                        "The privacy notice for job applicants does not state how long unsuccessful applications are kept.",
                        "Careers page privacy notice.",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 6)]),
            expected: vec![
                finding("F1", "minor", "9.2.2", "The internal audit programme does not cover"),
                finding("F2", "minor", "", "The records of processing activities do not"),
                finding("F3", "major", "", "PII of two former customers was still"),
                finding("F4", "minor", "", "The administrators' procedures for critical"),
                finding("F5", "minor", "A.8.9", "Baseline configurations of the Kubernetes"),
                finding("F6", "observation", "A.5.23", "The shared responsibility matrix"),
                finding("F7", "ofi", "", "Breach notifications to customers could"),
                finding("F8", "minor", "6.1.3", "The Statement of Applicability was not"),
                finding("F9", "observation", "", "The privacy notice for job applicants"),
            ],
        },
        Layout {
            id: "ho12-soc2-first-control-matrix-iso-mapping-csv",
            origin: "holdout 12: a US SaaS company whose primary framework is SOC 2 keeps its ISO 27001 internal audit findings in its SOC 2 control matrix, exported as a comma CSV; it imitates the SOC 2 control matrix of usamanaeem11/New-Working compliance/CONTROL_MATRIX.md (found via search; licence not stated: layout only), whose tables run Control ID (the TSC) | Control Description | Implementation | Evidence | Owner | Status, with a company control number and the findings added as an internal audit team would. The company's own control number (ACC-04, CHG-02; repeated when two findings concern one control) comes first, then the Trust Services Criteria, the control's text, and only then the Finding # (the reference) and the Finding (the statement). A \"SOC 2 Result\" column says Exception noted / No exception, which is no grade; the grade is the \"ISO Grade\" column. The ISO 27001 requirements are the \"ISO 27001:2022 Mapping\" column (A.-controls and the bare clauses 9.3.2, 7.3 and 6.1.2: the column writes controls with A., and 7.3 is about awareness training). The TSC ids are other references, including the availability and confidentiality criteria A1.2, A1.3 and C1.2, which a reader of SOC 2 knows are criteria, not ISO 27001 controls. Owners are users' names and a user's role",
            file_name: "soc2_control_matrix_ia_findings_FY26.csv",
            bytes: delimited(
                &[
                    &[
                        "Control #",
                        "TSC",
                        "Control Description",
                        "Finding #",
                        "Finding",
                        "SOC 2 Result",
                        "ISO 27001:2022 Mapping",
                        "ISO Grade",
                        "Owner",
                        "Remediation Due",
                    ],
                    &[
                        "ACC-04",
                        "CC6.2",
                        "Access to production systems is reviewed quarterly by system owners and inappropriate access is removed.",
                        "IA26-01",
                        "The Q4 2025 access review of the production AWS accounts was not performed, and the Q3 review was signed off without removing two leavers.",
                        "Exception noted",
                        "A.5.18",
                        "Minor NC",
                        "Head of IT Operations",
                        "2026-04-30",
                    ],
                    &[
                        "ACC-04",
                        "CC6.2",
                        "Access to production systems is reviewed quarterly by system owners and inappropriate access is removed.",
                        "IA26-02",
                        "Access review evidence for the customer support tool is a screenshot showing neither the reviewer nor the date.",
                        "No exception",
                        "A.5.18, A.8.2",
                        "Observation",
                        "Head of IT Operations",
                        "",
                    ],
                    &[
                        "CHG-02",
                        "CC8.1",
                        "Changes to production are peer reviewed and approved before deployment.",
                        "IA26-03",
                        "Four of 40 deployments sampled in January 2026 were merged by their author without the required second approval.",
                        "Exception noted",
                        "A.8.32",
                        "Minor NC",
                        "Martín Lombardi",
                        "2026-04-30",
                    ],
                    &[
                        "OPS-11",
                        "A1.2",
                        "Backups are performed daily and restoration is tested at least annually.",
                        "IA26-04",
                        "No restore test has been performed for the analytics database since it moved to a managed service in 2024.",
                        "Exception noted",
                        "A.8.13",
                        "Major NC",
                        "Head of IT Operations",
                        "2026-03-31",
                    ],
                    &[
                        "GOV-03",
                        "CC1.2, CC2.2",
                        "The audit committee reviews the security programme at least annually.",
                        "IA26-05",
                        "Management review inputs for 2025 included neither the results of the SOC 2 Type II report nor the status of previous actions.",
                        "No exception",
                        "9.3.2",
                        "Minor NC",
                        "Badr Karim",
                        "2026-05-29",
                    ],
                    &[
                        "VND-01",
                        "CC9.2",
                        "Critical vendors are assessed before onboarding and annually thereafter.",
                        "IA26-06",
                        "The annual assessment of the email delivery provider, which processes customer contact data, is seven months overdue.",
                        "Exception noted",
                        "A.5.19, A.5.22",
                        "Minor NC",
                        "Lena Fischer",
                        "2026-04-30",
                    ],
                    &[
                        "HR-05",
                        "CC1.4",
                        "Security awareness training is completed by all personnel within 30 days of hire and annually.",
                        "IA26-07",
                        "Completion reports could be broken down by team so that managers can follow up overdue training themselves.",
                        "No exception",
                        "7.3",
                        "OFI",
                        "Lena Fischer",
                        "",
                    ],
                    &[
                        "BCP-02",
                        "A1.3",
                        "The business continuity plan is tested annually.",
                        "IA26-08",
                        "The 2025 tabletop exercise did not include the loss of the primary cloud region, the scenario rated highest in the risk assessment.",
                        "No exception",
                        "A.5.30",
                        "Observation",
                        "Head of IT Operations",
                        "",
                    ],
                    &[
                        "PRV-02",
                        "C1.2",
                        "Confidential customer data is disposed of at contract end.",
                        "IA26-09",
                        "Data of a customer that terminated in June 2025 remains in the reporting warehouse.",
                        "Exception noted",
                        "A.8.10",
                        "Minor NC",
                        "Martín Lombardi",
                        "2026-04-30",
                    ],
                    &[
                        "GOV-01",
                        "CC3.2",
                        "Risks are identified and assessed at least annually.",
                        "IA26-10",
                        "The 2025 risk assessment did not consider the risks of the AI support assistant introduced in September.",
                        "No exception",
                        "6.1.2",
                        "Minor NC",
                        "Badr Karim",
                        "2026-05-29",
                    ],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("IA26-01", "minor", "A.5.18", "The Q4 2025 access review of the")
                    .owner("ops@acme.test")
                    .others(&["CC6.2"]),
                finding("IA26-02", "observation", "A.5.18, A.8.2", "Access review evidence for the")
                    .owner("ops@acme.test")
                    .others(&["CC6.2"]),
                finding("IA26-03", "minor", "A.8.32", "Four of 40 deployments sampled")
                    .owner("martin@acme.test")
                    .others(&["CC8.1"]),
                finding("IA26-04", "major", "A.8.13", "No restore test has been performed")
                    .owner("ops@acme.test")
                    .others(&["A1.2"]),
                finding("IA26-05", "minor", "9.3.2", "Management review inputs for 2025")
                    .owner("badr@acme.test")
                    .others(&["CC1.2", "CC2.2"]),
                finding("IA26-06", "minor", "A.5.19, A.5.22", "The annual assessment of the email")
                    .owner("lena.fischer@acme.test")
                    .others(&["CC9.2"]),
                finding("IA26-07", "ofi", "7.3", "Completion reports could be broken down")
                    .owner("lena.fischer@acme.test")
                    .others(&["CC1.4"]),
                finding("IA26-08", "observation", "A.5.30", "The 2025 tabletop exercise did not")
                    .owner("ops@acme.test")
                    .others(&["A1.3"]),
                finding("IA26-09", "minor", "A.8.10", "Data of a customer that terminated")
                    .owner("martin@acme.test")
                    .others(&["C1.2"]),
                finding("IA26-10", "minor", "6.1.2", "The 2025 risk assessment did not")
                    .owner("badr@acme.test")
                    .others(&["CC3.2"]),
            ],
        },
        Layout {
            id: "ho12-nist-csf-profile-gaps-iso-findings",
            origin: "holdout 12: a health-data company whose programme is built on the NIST CSF 2.0 keeps one gap register for its CSF profile and its ISO 27001 readiness audit. It imitates the CSF gap assessment table (Subcategory | Current State | Gap Severity | Recommendation) of JohnGarciaJr/cybersecurity-porfolio GRC/Compliance/NIST-CSF-Mapping/Gap-Assessment.md and the CSF 2.0 to ISO 27001:2022 mapping of LoganMac8/vendor-risk-portfolio projects/Control-Mapping/Overview.md (both found via search; licences not stated: layout only). The CSF subcategory comes first (GV.SC-07, PR.AA-05...), its function in words beside it, then Current Tier and Target Tier as numbers 1-4 (explained on a second sheet, \"Tiers\", as Partial / Risk Informed / Repeatable / Adaptive, which are no grades), the gap, the ISO/IEC 27001:2022 reference and the \"Finding type\" written out. The subcategories are other references. 6.2 and 9.3 are clauses (the column writes controls with A.; the gaps are about objectives and management review). GAP-10 has met its target tier and its type says \"No finding (target tier met)\": it is a row of the profile, not a finding. Owners are users' names and a user's role",
            file_name: "CSF2_Profile_Gap_Register_ISO27001_Readiness.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Gap register",
                    0,
                    0,
                    &[
                        &["NIST CSF 2.0 Organizational Profile – gap register with ISO/IEC 27001:2022 readiness findings"],
                        &["Assessment: January 2026 · Scope: clinical data platform · Prepared by: Internal Audit · Reviewed by: CISO"],
                        &[""],
                        &[
                            "CSF Subcategory",
                            "CSF Function",
                            "Gap ID",
                            "Current Tier",
                            "Target Tier",
                            "Gap / finding",
                            "ISO/IEC 27001:2022",
                            "Finding type",
                            "Action owner",
                            "Target quarter",
                        ],
                        &[
                            "GV.SC-07",
                            "Govern",
                            "GAP-01",
                            "#n 1",
                            "#n 3",
                            "Supplier risks are not reassessed during the relationship: 9 of the 14 critical suppliers have no assessment newer than 2023.",
                            "A.5.19, A.5.22",
                            "Minor nonconformity",
                            "Lena Fischer",
                            "2026 Q2",
                        ],
                        &[
                            "ID.AM-01",
                            "Identify",
                            "GAP-02",
                            "#n 2",
                            "#n 3",
                            "The hardware inventory omits the 38 laptops issued to contractors.",
                            "A.5.9",
                            "Minor nonconformity",
                            "Head of IT Operations",
                            "2026 Q2",
                        ],
                        &[
                            "PR.AA-05",
                            "Protect",
                            "GAP-03",
                            "#n 1",
                            "#n 3",
                            "Access permissions to the clinical data platform are never reviewed: 11 users kept administrative roles after changing teams.",
                            "A.5.18, A.8.2",
                            "Major nonconformity",
                            "Head of IT Operations",
                            "2026 Q1",
                        ],
                        &[
                            "PR.PS-02",
                            "Protect",
                            "GAP-04",
                            "#n 2",
                            "#n 3",
                            "The imaging workstations are patched by hand and 6 of 20 were more than 90 days behind.",
                            "A.8.8",
                            "Minor nonconformity",
                            "Martín Lombardi",
                            "2026 Q2",
                        ],
                        &[
                            "DE.CM-01",
                            "Detect",
                            "GAP-05",
                            "#n 2",
                            "#n 4",
                            "Network monitoring alerts go to a shared mailbox that nobody is assigned to read outside office hours.",
                            "A.8.16",
                            "Minor nonconformity",
                            "Head of IT Operations",
                            "2026 Q2",
                        ],
                        &[
                            "RS.MA-01",
                            "Respond",
                            "GAP-06",
                            "#n 2",
                            "#n 3",
                            "The incident response plan names roles but no deputies, so the weekend on-call engineer had no authority to isolate systems during the February event.",
                            "A.5.24, A.5.26",
                            "Observation",
                            "Badr Karim",
                            "2026 Q3",
                        ],
                        &[
                            "RC.RP-03",
                            "Recover",
                            "GAP-07",
                            "#n 1",
                            "#n 3",
                            "The integrity of backups could be verified automatically before each restore.",
                            "A.8.13",
                            "Opportunity for improvement",
                            "Head of IT Operations",
                            "2026 Q4",
                        ],
                        &[
                            "GV.RM-01",
                            "Govern",
                            "GAP-08",
                            "#n 2",
                            "#n 3",
                            "The information security objectives for 2026 are not measurable and have no owners.",
                            "6.2",
                            "Minor nonconformity",
                            "Badr Karim",
                            "2026 Q2",
                        ],
                        &[
                            "GV.OV-01",
                            "Govern",
                            "GAP-09",
                            "#n 2",
                            "#n 3",
                            "The CSF profile review and the ISMS management review could be held as one meeting with one set of inputs.",
                            "9.3",
                            "Opportunity for improvement",
                            "Badr Karim",
                            "2026 Q4",
                        ],
                        &[
                            "ID.RA-01",
                            "Identify",
                            "GAP-10",
                            "#n 3",
                            "#n 3",
                            "Vulnerability scanning covers all internet-facing assets weekly; no gap.",
                            "A.8.8",
                            "No finding (target tier met)",
                            "",
                            "",
                        ],
                    ],
                )
                .merged(0, 0, 0, 9),
                sheet(
                    "Tiers",
                    0,
                    0,
                    &[
                        &["Tier", "Name", "Meaning"],
                        &["#n 1", "Partial", "Practices are ad hoc and reactive."],
                        &["#n 2", "Risk Informed", "Practices are approved by management but not established organisation-wide."],
                        &["#n 3", "Repeatable", "Practices are formally approved and expressed as policy."],
                        &["#n 4", "Adaptive", "Practices are adapted from lessons learned and predictive indicators."],
                    ],
                ),
            ]),
            expected: vec![
                finding("GAP-01", "minor", "A.5.19, A.5.22", "Supplier risks are not reassessed")
                    .owner("lena.fischer@acme.test")
                    .others(&["GV.SC-07"]),
                finding("GAP-02", "minor", "A.5.9", "The hardware inventory omits the 38")
                    .owner("ops@acme.test")
                    .others(&["ID.AM-01"]),
                finding("GAP-03", "major", "A.5.18, A.8.2", "Access permissions to the clinical")
                    .owner("ops@acme.test")
                    .others(&["PR.AA-05"]),
                finding("GAP-04", "minor", "A.8.8", "The imaging workstations are patched")
                    .owner("martin@acme.test")
                    .others(&["PR.PS-02"]),
                finding("GAP-05", "minor", "A.8.16", "Network monitoring alerts go to a shared")
                    .owner("ops@acme.test")
                    .others(&["DE.CM-01"]),
                finding("GAP-06", "observation", "A.5.24, A.5.26", "The incident response plan names")
                    .owner("badr@acme.test")
                    .others(&["RS.MA-01"]),
                finding("GAP-07", "ofi", "A.8.13", "The integrity of backups could be")
                    .owner("ops@acme.test")
                    .others(&["RC.RP-03"]),
                finding("GAP-08", "minor", "6.2", "The information security objectives for 2026")
                    .owner("badr@acme.test")
                    .others(&["GV.RM-01"]),
                finding("GAP-09", "ofi", "9.3", "The CSF profile review and the ISMS")
                    .owner("badr@acme.test")
                    .others(&["GV.OV-01"]),
            ],
        },
        Layout {
            id: "ho12-pci-dss-tracker-annex-a-bare-numbers",
            origin: "holdout 12: a payment service provider whose primary compliance programme is PCI DSS v4.0.1 (its QSA's report on compliance each year) tracks its ISO 27001 internal audit findings in its PCI tracker. The PCI requirement comes first and the ISO/IEC 27001:2022 control beside it, as in the PCI DSS v4.0 to ISO/IEC 27001:2022 mapping documents found via search (scribd.com/document/741333216/PCI-DSS-ISMS-Mapping; cybercompliance.app/en/mappings/iso-27001-to-pci-dss). Both columns hold bare numbers. The PCI column's header says PCI DSS, so its 9.2.1 (facility entry controls), 8.3.6, 10.4.1 or 12.10.1 are no ISO 27001 clauses, although ISO 27001 has a clause 9.2.1. The ISO column is headed \"ISO/IEC 27001:2022 Annex A\", so its 5.17, 7.2 or 6.3 are the controls A.5.17, A.7.2 and A.6.3 (the column writes controls that way; 7.2 is about the data centre door, 6.3 about awareness content). PCI references are not checked as other references. A \"PCI status\" column says In Place on the rows the ISO auditor still graded an observation or OFI: the grade is the \"ISO classification\". Owners are users' names, a user's role and a role no user has",
            file_name: "PCI_ISO_Compliance_Tracker_FY2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Tracker",
                0,
                0,
                &[
                    &["Compliance tracker FY2026 – PCI DSS v4.0.1 (primary) with ISO/IEC 27001:2022 internal audit findings"],
                    &["Entity: Meridian Pay Ltd (Level 1 service provider) · ROC due 30/09/2026 · ISO 27001 surveillance audit due 15/06/2026"],
                    &[""],
                    &[
                        "Tracker ID",
                        "PCI DSS v4.0.1 Req.",
                        "PCI status",
                        "ISO/IEC 27001:2022 Annex A",
                        "Issue",
                        "ISO classification",
                        "Remediation owner",
                        "Due",
                        "QSA informed",
                    ],
                    &[
                        "PCT-101",
                        "8.3.6",
                        "Not in Place",
                        "5.17",
                        "Back-office users of the payment gateway may set passwords of 8 characters; the password standard requires 12.",
                        "Minor nonconformity",
                        "Head of IT Operations",
                        "30/04/2026",
                        "Yes",
                    ],
                    &[
                        "PCT-102",
                        "10.4.1",
                        "Not in Place",
                        "8.15, 8.16",
                        "Audit logs of the card vault are reviewed weekly instead of daily.",
                        "Minor nonconformity",
                        "Security Operations Lead",
                        "31/03/2026",
                        "Yes",
                    ],
                    &[
                        "PCT-103",
                        "11.3.1",
                        "In Place",
                        "8.8",
                        "Two high-risk findings of the Q3 internal scan were only rescanned in the Q1 scan.",
                        "Observation",
                        "Head of IT Operations",
                        "",
                        "No",
                    ],
                    &[
                        "PCT-104",
                        "9.2.1",
                        "Not in Place",
                        "7.2",
                        "The door of the data centre cage is held open during deliveries, so its badge reader does not control entry.",
                        "Minor nonconformity",
                        "Martín Lombardi",
                        "31/03/2026",
                        "Yes",
                    ],
                    &[
                        "PCT-105",
                        "12.10.1",
                        "Not in Place",
                        "5.24, 5.26",
                        "The incident response plan does not include the card brands' notification procedures.",
                        "Minor nonconformity",
                        "Badr Karim",
                        "30/04/2026",
                        "Yes",
                    ],
                    &[
                        "PCT-106",
                        "6.4.3",
                        "Not in Place",
                        "8.26",
                        "Scripts loaded on the hosted payment page are neither inventoried nor authorised, and one third-party script changed in February without review.",
                        "Major nonconformity",
                        "Martín Lombardi",
                        "15/03/2026",
                        "Yes",
                    ],
                    &[
                        "PCT-107",
                        "12.8.4",
                        "In Place",
                        "5.22",
                        "The tokenisation provider's attestation of compliance could be requested before it expires rather than after.",
                        "Opportunity for improvement",
                        "Lena Fischer",
                        "",
                        "No",
                    ],
                    &[
                        "PCT-108",
                        "7.2.4",
                        "Not in Place",
                        "5.18",
                        "User accounts and access privileges are reviewed every 12 months instead of every 6 months.",
                        "Minor nonconformity",
                        "Head of IT Operations",
                        "30/04/2026",
                        "Yes",
                    ],
                    &[
                        "PCT-109",
                        "12.6.1",
                        "In Place",
                        "6.3",
                        "Security awareness content has not been updated for phishing by QR code, the lure used in two incidents last year.",
                        "Observation",
                        "Lena Fischer",
                        "",
                        "No",
                    ],
                ],
            )
            .merged(0, 0, 0, 8)]),
            expected: vec![
                finding("PCT-101", "minor", "A.5.17", "Back-office users of the payment gateway")
                    .owner("ops@acme.test"),
                finding("PCT-102", "minor", "A.8.15, A.8.16", "Audit logs of the card vault")
                    .pending(&["Security Operations Lead"]),
                finding("PCT-103", "observation", "A.8.8", "Two high-risk findings of the Q3")
                    .owner("ops@acme.test"),
                finding("PCT-104", "minor", "A.7.2", "The door of the data centre cage")
                    .owner("martin@acme.test"),
                finding("PCT-105", "minor", "A.5.24, A.5.26", "The incident response plan does not")
                    .owner("badr@acme.test"),
                finding("PCT-106", "major", "A.8.26", "Scripts loaded on the hosted payment page")
                    .owner("martin@acme.test"),
                finding("PCT-107", "ofi", "A.5.22", "The tokenisation provider's attestation")
                    .owner("lena.fischer@acme.test"),
                finding("PCT-108", "minor", "A.5.18", "User accounts and access privileges")
                    .owner("ops@acme.test"),
                finding("PCT-109", "observation", "A.6.3", "Security awareness content has not")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "ho12-ar-gulf-cb-bilingual-grades",
            origin: "holdout 12: a Gulf certification body's surveillance report findings sheet for a Saudi logistics company, with the sheet name, title and headers only in Arabic (م, رقم الملاحظة, البند / الضابط, التصنيف, وصف الملاحظة, الدليل الموضوعي, المسؤول, تاريخ الإغلاق المستهدف), a running number م in Arabic-Indic digits (١ to ٦) beside the finding numbers NC-01 to OFI-01, statements in Arabic, and grades written in both languages in one cell, as bilingual reports there do (\"عدم مطابقة كبرى / Major NC\", \"ملاحظة / Observation\", \"فرصة للتحسين / OFI\"). Requirements are written \"البند 9.3\" (clause 9.3), \"الضابط A.5.18\" (control A.5.18) or bare; 7.3 is the clause (البند, and the finding is about awareness). One statement names another control (A.8.12) than the one raised. The owner column holds two users' names in Latin script, a user's role and an Arabic department no user has. The search found Arabic ISO 27001 articles (itgovernancegulf.com, on the five stages of an ISO 27001 audit; infosecbank.com) but no register, so the layout follows the bilingual reports of the region",
            file_name: "تقرير_ملاحظات_تدقيق_المراقبة_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "الملاحظات",
                0,
                0,
                &[
                    &["تقرير تدقيق المراقبة الأول – نظام إدارة أمن المعلومات ISO/IEC 27001:2022"],
                    &["الجهة: شركة الواحة للخدمات اللوجستية    تاريخ التدقيق: 2026/03/10 – 2026/03/11    رئيس فريق التدقيق: م. العتيبي"],
                    &[""],
                    &[
                        "م",
                        "رقم الملاحظة",
                        "البند / الضابط",
                        "التصنيف",
                        "وصف الملاحظة",
                        "الدليل الموضوعي",
                        "المسؤول",
                        "تاريخ الإغلاق المستهدف",
                    ],
                    &[
                        "١",
                        "NC-01",
                        "البند 9.3",
                        "عدم مطابقة كبرى / Major NC",
                        "لم تُعقد مراجعة الإدارة لنظام إدارة أمن المعلومات منذ الحصول على الشهادة في عام 2024.",
                        "لا توجد محاضر لمراجعة الإدارة لعام 2025.",
                        "Badr Karim",
                        "2026/04/30",
                    ],
                    &[
                        "٢",
                        "NC-02",
                        "A.8.7",
                        "عدم مطابقة صغرى / Minor NC",
                        "برنامج الحماية من البرمجيات الضارة غير محدَّث على ثلاثة من أجهزة نقاط البيع في المستودع الرئيسي.",
                        "آخر تحديث للتواقيع بتاريخ 2025/11/02.",
                        "Head of IT Operations",
                        "2026/05/31",
                    ],
                    &[
                        "٣",
                        "NC-03",
                        "الضابط A.5.18",
                        "عدم مطابقة صغرى / Minor NC",
                        "ما زالت حسابات موظفَين اثنين انتهت خدمتهما فعّالة في نظام إدارة المستودعات.",
                        "قائمة المستخدمين بتاريخ 2026/03/10 مقارنة بسجل الموارد البشرية.",
                        "إدارة الموارد البشرية",
                        "2026/05/31",
                    ],
                    &[
                        "٤",
                        "NC-04",
                        "البند 6.1.3",
                        "عدم مطابقة صغرى / Minor NC",
                        "بيان قابلية التطبيق لا يذكر مبرر استبعاد الضابط A.8.12.",
                        "بيان قابلية التطبيق – الإصدار 3.",
                        "Badr Karim",
                        "2026/05/31",
                    ],
                    &[
                        "٥",
                        "OBS-01",
                        "البند 7.3",
                        "ملاحظة / Observation",
                        "بعض موظفي الاستقبال لا يعرفون طريقة الإبلاغ عن حوادث أمن المعلومات.",
                        "مقابلات مع ثلاثة موظفين.",
                        "إدارة الموارد البشرية",
                        "",
                    ],
                    &[
                        "٦",
                        "OFI-01",
                        "A.5.7",
                        "فرصة للتحسين / OFI",
                        "يمكن الاستفادة من التنبيهات الصادرة عن الجهات الوطنية للأمن السيبراني عند تحديث تقييم المخاطر.",
                        "",
                        "Head of IT Operations",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 7)]),
            expected: vec![
                finding("NC-01", "major", "9.3", "لم تُعقد مراجعة الإدارة")
                    .owner("badr@acme.test"),
                finding("NC-02", "minor", "A.8.7", "برنامج الحماية من البرمجيات الضارة")
                    .owner("ops@acme.test"),
                finding("NC-03", "minor", "A.5.18", "ما زالت حسابات موظفَين")
                    .pending(&["إدارة الموارد البشرية"]),
                finding("NC-04", "minor", "6.1.3", "بيان قابلية التطبيق لا يذكر")
                    .owner("badr@acme.test"),
                finding("OBS-01", "observation", "7.3", "بعض موظفي الاستقبال لا يعرفون")
                    .pending(&["إدارة الموارد البشرية"]),
                finding("OFI-01", "ofi", "A.5.7", "يمكن الاستفادة من التنبيهات")
                    .owner("ops@acme.test"),
            ],
        },
        Layout {
            id: "ho12-vi-bao-cao-phat-hien-stt",
            origin: "holdout 12: a Vietnamese certification body's surveillance audit findings list, only in Vietnamese (STT, Mã phát hiện, Điều khoản, Phân loại, Mô tả phát hiện, Bằng chứng khách quan, Bộ phận chịu trách nhiệm, Hạn khắc phục) under a title and a line of audit details. The running number STT (1-7, as numbers) stands beside the finding codes. Grades are the Vietnamese term with the English one in brackets (\"Không phù hợp nặng (Major)\", \"Không phù hợp nhẹ (Minor)\", \"Điểm lưu ý (Observation)\", \"Cơ hội cải tiến (OFI)\"). Requirements are written \"Điều 9.2\" (Điều for a clause, as Vietnamese translations of ISO/IEC 27001 write \"Điều khoản 9.2\"), \"Phụ lục A 8.13\" (Annex A) and \"Điều 6.1.3 d)\"; 7.3 and 9.1 are clauses. Vietnamese terms checked against pages found via search (tranminhdung.vn/loi-nc-trong-iso-la-gi, \"điểm không phù hợp (NC)\" for ISO 27001; isosig.com on clause 9.2 of ISO/IEC 27001:2022); no register was found, so the layout is a plain certification body list. The responsible departments are not checked as owners",
            file_name: "Bao_cao_phat_hien_danh_gia_giam_sat_ISO27001_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Danh sách phát hiện",
                0,
                0,
                &[
                    &["BÁO CÁO CÁC PHÁT HIỆN ĐÁNH GIÁ – ĐÁNH GIÁ GIÁM SÁT LẦN 1 – ISO/IEC 27001:2022"],
                    &["Tổ chức: Công ty Cổ phần Phần mềm Sao Việt    Ngày đánh giá: 16–18/03/2026    Trưởng đoàn: Nguyễn Thu Hà"],
                    &[""],
                    &[
                        "STT",
                        "Mã phát hiện",
                        "Điều khoản",
                        "Phân loại",
                        "Mô tả phát hiện",
                        "Bằng chứng khách quan",
                        "Bộ phận chịu trách nhiệm",
                        "Hạn khắc phục",
                    ],
                    &[
                        "#n 1",
                        "NC-01",
                        "Điều 9.2",
                        "Không phù hợp nặng (Major)",
                        "Chương trình đánh giá nội bộ năm 2025 chưa được thực hiện cho bộ phận phát triển phần mềm và trung tâm dữ liệu.",
                        "Chương trình đánh giá nội bộ 2025, biên bản đánh giá số 01 và 02.",
                        "Phòng Đảm bảo chất lượng",
                        "17/04/2026",
                    ],
                    &[
                        "#n 2",
                        "NC-02",
                        "Phụ lục A 8.13",
                        "Không phù hợp nhẹ (Minor)",
                        "Không có hồ sơ thử nghiệm khôi phục dữ liệu sao lưu của hệ thống kế toán trong năm 2025.",
                        "Nhật ký sao lưu tháng 1 đến tháng 12 năm 2025.",
                        "Phòng Công nghệ thông tin",
                        "17/05/2026",
                    ],
                    &[
                        "#n 3",
                        "NC-03",
                        "A.5.15, A.5.18",
                        "Không phù hợp nhẹ (Minor)",
                        "Tài khoản của ba nhân viên đã nghỉ việc vẫn còn hoạt động trên hệ thống quản lý dự án.",
                        "Danh sách tài khoản ngày 17/03/2026 so với danh sách nhân sự.",
                        "Phòng Hành chính – Nhân sự",
                        "17/05/2026",
                    ],
                    &[
                        "#n 4",
                        "NC-04",
                        "Điều 6.1.3 d)",
                        "Không phù hợp nhẹ (Minor)",
                        "Tuyên bố áp dụng (SoA) không nêu lý do loại trừ biện pháp kiểm soát A.7.4.",
                        "Tuyên bố áp dụng phiên bản 3.0.",
                        "Ban ISMS",
                        "17/05/2026",
                    ],
                    &[
                        "#n 5",
                        "OBS-01",
                        "Điều 7.3",
                        "Điểm lưu ý (Observation)",
                        "Một số nhân viên mới chưa biết cách báo cáo sự cố an toàn thông tin.",
                        "Phỏng vấn ba nhân viên bộ phận hỗ trợ khách hàng.",
                        "Phòng Hành chính – Nhân sự",
                        "",
                    ],
                    &[
                        "#n 6",
                        "OFI-01",
                        "Phụ lục A 8.16",
                        "Cơ hội cải tiến (OFI)",
                        "Có thể thiết lập cảnh báo tự động cho các lần đăng nhập bất thường vào máy chủ.",
                        "",
                        "Phòng Công nghệ thông tin",
                        "",
                    ],
                    &[
                        "#n 7",
                        "OFI-02",
                        "Điều 9.1",
                        "Cơ hội cải tiến (OFI)",
                        "Có thể bổ sung chỉ số đo lường hiệu lực của chương trình đào tạo nhận thức.",
                        "",
                        "Ban ISMS",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 7)]),
            expected: vec![
                finding("NC-01", "major", "9.2", "Chương trình đánh giá nội bộ năm 2025"),
                finding("NC-02", "minor", "A.8.13", "Không có hồ sơ thử nghiệm khôi phục"),
                finding("NC-03", "minor", "A.5.15, A.5.18", "Tài khoản của ba nhân viên"),
                finding("NC-04", "minor", "6.1.3", "Tuyên bố áp dụng (SoA) không nêu"),
                finding("OBS-01", "observation", "7.3", "Một số nhân viên mới chưa biết"),
                finding("OFI-01", "ofi", "A.8.16", "Có thể thiết lập cảnh báo tự động"),
                finding("OFI-02", "ofi", "9.1", "Có thể bổ sung chỉ số đo lường"),
            ],
        },
        Layout {
            id: "ho12-ko-internal-audit-korean-grades-key-line",
            origin: "holdout 12: a Korean company's ISMS internal audit findings list, only in Korean (번호, 심사일, 조항, 구분, 부적합 내용, 객관적 증거, 담당자, 조치기한, 상태), with the grades in Korean only: 중부적합 (major), 경부적합 (minor), 관찰사항 (observation) and 개선권고 (OFI), the terms Korean certification practice uses (found via search: itcpass.tistory.com, on 중부적합 / 경부적합 / 관찰·권고 사항 in ISO audits). A note line above the table, as Korean reports write with ※, gives the key: \"※ 구분: 중부적합 = Major NC, 경부적합 = Minor NC, 관찰사항 = Observation, 개선권고 = OFI\", so any reader can map them. Requirements are bare clauses, A.-controls, \"부속서 A 5.23\" (부속서 = annex) and \"6.1.3 d)\"; 9.3 and 7.3 are clauses (the column writes controls with A.; the findings are about management review and awareness). Dates are written 2026.03.09. The person in charge (담당자) is a Korean name, a user (Martín Lombardi, the company's foreign infrastructure engineer) or a team (총무팀, general affairs); no register was found by search",
            file_name: "2026_정보보호_내부심사_부적합_목록.xlsx",
            bytes: xlsx(vec![sheet(
                "부적합 목록",
                0,
                0,
                &[
                    &["2026년 정보보호 관리체계 내부심사 결과 – 부적합 및 관찰사항 목록 (ISO/IEC 27001:2022)"],
                    &["심사기간: 2026.03.09 ~ 2026.03.11    심사팀장: 정하늘    심사범위: 본사 및 데이터센터"],
                    &["※ 구분: 중부적합 = Major NC, 경부적합 = Minor NC, 관찰사항 = Observation, 개선권고 = OFI"],
                    &[""],
                    &[
                        "번호",
                        "심사일",
                        "조항",
                        "구분",
                        "부적합 내용",
                        "객관적 증거",
                        "담당자",
                        "조치기한",
                        "상태",
                    ],
                    &[
                        "IA-2026-01",
                        "2026.03.09",
                        "9.3",
                        "중부적합",
                        "2025년 경영검토가 실시되지 않았으며 가장 최근의 경영검토 기록은 2024년 2월이다.",
                        "경영검토 회의록 목록 확인",
                        "박지훈",
                        "2026.04.30",
                        "진행중",
                    ],
                    &[
                        "IA-2026-02",
                        "2026.03.09",
                        "A.8.8",
                        "경부적합",
                        "취약점 점검에서 발견된 고위험 취약점 7건이 90일 이상 조치되지 않았다.",
                        "2025년 4분기 취약점 점검 보고서",
                        "Martín Lombardi",
                        "2026.05.31",
                        "진행중",
                    ],
                    &[
                        "IA-2026-03",
                        "2026.03.10",
                        "부속서 A 5.23",
                        "경부적합",
                        "신규 도입한 클라우드 협업 서비스에 대한 보안 요구사항이 정의되지 않았다.",
                        "클라우드 서비스 도입 품의서",
                        "이서연",
                        "2026.05.31",
                        "진행중",
                    ],
                    &[
                        "IA-2026-04",
                        "2026.03.10",
                        "6.1.3 d)",
                        "경부적합",
                        "적용성 보고서에 통제 A.8.12의 제외 사유가 기재되어 있지 않다.",
                        "적용성 보고서 v2.1",
                        "박지훈",
                        "2026.05.31",
                        "진행중",
                    ],
                    &[
                        "IA-2026-05",
                        "2026.03.11",
                        "7.3",
                        "관찰사항",
                        "일부 신규 입사자가 정보보호 사고 신고 방법을 알지 못했다.",
                        "신규 입사자 3명 면담",
                        "이서연",
                        "",
                        "접수",
                    ],
                    &[
                        "IA-2026-06",
                        "2026.03.11",
                        "A.7.7",
                        "개선권고",
                        "회의실 화이트보드 사용 후 내용을 지우도록 안내문을 부착하는 것이 바람직하다.",
                        "현장 확인",
                        "총무팀",
                        "",
                        "접수",
                    ],
                ],
            )
            .merged(0, 0, 0, 8)]),
            expected: vec![
                finding("IA-2026-01", "major", "9.3", "2025년 경영검토가 실시되지 않았으며")
                    .pending(&["박지훈"]),
                finding("IA-2026-02", "minor", "A.8.8", "취약점 점검에서 발견된 고위험")
                    .owner("martin@acme.test"),
                finding("IA-2026-03", "minor", "A.5.23", "신규 도입한 클라우드 협업 서비스")
                    .pending(&["이서연"]),
                finding("IA-2026-04", "minor", "6.1.3", "적용성 보고서에 통제 A.8.12의")
                    .pending(&["박지훈"]),
                finding("IA-2026-05", "observation", "7.3", "일부 신규 입사자가 정보보호")
                    .pending(&["이서연"]),
                finding("IA-2026-06", "ofi", "A.7.7", "회의실 화이트보드 사용 후")
                    .pending(&["총무팀"]),
            ],
        },
        Layout {
            id: "ho12-ua-semicolon-csv-cyrillic-a",
            origin: "holdout 12: a Ukrainian certification body's list of nonconformities saved by a Ukrainian Excel as a `;`-separated UTF-8 CSV with a BOM, every line padded with empty cells to the table's width, a title line and an organisation line above a blank line and the header. Everything is in Ukrainian: headers (№ з/п, Код, Пункт стандарту, Категорія, Опис невідповідності, Об'єктивні свідчення, Відповідальний, Термін усунення), references in Cyrillic (НВ-01 for невідповідність, СП-01 for спостереження, МП-01 for можливість покращення), and the grades \"Значна невідповідність\" (major), \"Незначна невідповідність\" (minor, whose name contains the major one's), \"Спостереження\" and \"Можливість для покращення\". Requirements are written \"п. 9.2\" (пункт, clause), \"п. 6.1.2, 8.2\" (two clauses: the prefix covers the list and the finding is about the risk assessment) and \"Додаток А, 5.15\" (annex A). The letter А of \"Додаток А\" and of two controls written \"А.8.8\" and \"А.5.23\" is the Cyrillic А (U+0410), as Ukrainian keyboards type it; a reader sees A.8.8. The file names ISO/IEC 27001:2022 itself: the national DSTU ISO/IEC 27001:2015 is the 2013 edition (found via search: scribd.com/document/687668214/UA-ISO-IEC-27001-2015), and Ukrainian certification bodies write \"Пункт 4.2\" and \"Додатка А\" (found via search: bic-cert.com.ua blog on the 2022 revision). Dates are 30.04.2026. Owners are a user's name and two Ukrainian names no user has",
            file_name: "Nevidpovidnosti_nahliadovyi_audyt_2026.csv",
            bytes: format!(
                "\u{feff}{}",
                delimited(
                    &[
                        &[
                            "Звіт про невідповідності за результатами наглядового аудиту ISO/IEC 27001:2022",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                        ],
                        &[
                            "Організація: ТОВ «Карпатські платіжні системи»",
                            "",
                            "",
                            "Дата аудиту: 17–19.03.2026",
                            "",
                            "",
                            "",
                            "",
                        ],
                        &["", "", "", "", "", "", "", ""],
                        &[
                            "№ з/п",
                            "Код",
                            "Пункт стандарту",
                            "Категорія",
                            "Опис невідповідності",
                            "Об'єктивні свідчення",
                            "Відповідальний",
                            "Термін усунення",
                        ],
                        &[
                            "1",
                            "НВ-01",
                            "п. 9.2",
                            "Значна невідповідність",
                            "Внутрішній аудит у 2025 році не охопив процеси розроблення програмного забезпечення та центр обробки даних.",
                            "Програма аудитів на 2025 рік, звіти ВА-01 і ВА-02.",
                            "Lena Fischer",
                            "30.04.2026",
                        ],
                        &[
                            "2",
                            "НВ-02",
                            "Додаток \u{410}, 5.15",
                            "Незначна невідповідність",
                            "Правила керування доступом не визначають, хто погоджує доступ до бази даних платіжних карток.",
                            "Політика керування доступом, версія 2.3.",
                            "Олег Ткаченко",
                            "29.05.2026",
                        ],
                        &[
                            "3",
                            "НВ-03",
                            "\u{410}.8.8",
                            "Незначна невідповідність",
                            "Сканування вразливостей зовнішнього периметра не проводилося з жовтня 2025 року.",
                            "Останній звіт сканера датовано 14.10.2025.",
                            "Олег Ткаченко",
                            "29.05.2026",
                        ],
                        &[
                            "4",
                            "НВ-04",
                            "п. 6.1.2, 8.2",
                            "Незначна невідповідність",
                            "Оцінювання ризиків 2025 року не враховує ризики нового хмарного сервісу обробки платежів.",
                            "Реєстр ризиків, редакція від 12.02.2025.",
                            "Lena Fischer",
                            "29.05.2026",
                        ],
                        &[
                            "5",
                            "НВ-05",
                            "п. 7.5.3",
                            "Незначна невідповідність",
                            "На внутрішньому порталі опубліковано дві чинні версії політики резервного копіювання.",
                            "Версії 1.4 і 2.0 на порталі.",
                            "Ірина Мельник",
                            "29.05.2026",
                        ],
                        &[
                            "6",
                            "СП-01",
                            "\u{410}.5.23",
                            "Спостереження",
                            "Вимоги безпеки до постачальника хмарних послуг не переглядалися після зміни тарифного плану.",
                            "Договір і додаткова угода від 01.11.2025.",
                            "Олег Ткаченко",
                            "",
                        ],
                        &[
                            "7",
                            "МП-01",
                            "п. 9.1",
                            "Можливість для покращення",
                            "Доцільно доповнити показники ефективності СУІБ часом реагування на інциденти.",
                            "",
                            "Lena Fischer",
                            "",
                        ],
                    ],
                    ';',
                )
            )
            .into_bytes(),
            expected: vec![
                finding("НВ-01", "major", "9.2", "Внутрішній аудит у 2025 році")
                    .owner("lena.fischer@acme.test"),
                finding("НВ-02", "minor", "A.5.15", "Правила керування доступом не")
                    .pending(&["Олег Ткаченко"]),
                finding("НВ-03", "minor", "A.8.8", "Сканування вразливостей зовнішнього")
                    .pending(&["Олег Ткаченко"]),
                finding("НВ-04", "minor", "6.1.2, 8.2", "Оцінювання ризиків 2025 року")
                    .owner("lena.fischer@acme.test"),
                finding("НВ-05", "minor", "7.5.3", "На внутрішньому порталі опубліковано")
                    .pending(&["Ірина Мельник"]),
                finding("СП-01", "observation", "A.5.23", "Вимоги безпеки до постачальника")
                    .pending(&["Олег Ткаченко"]),
                finding("МП-01", "ofi", "9.1", "Доцільно доповнити показники")
                    .owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "ho12-hr-croatian-stage2-tocka-aneks",
            origin: "holdout 12: a Croatian certification body's stage 2 audit findings, only in Croatian: headers R. br. (a running number), Oznaka nalaza, Zahtjev norme, Vrsta nalaza, Opis nalaza, Objektivni dokaz, Odgovorna osoba, Rok; grades \"Velika nesukladnost\", \"Mala nesukladnost\", \"Zapažanje\" and \"Prilika za poboljšanje\"; references N-01 (nalaz), Z-01 (zapažanje) and PP-01 (prilika za poboljšanje). The title names the national edition HRN EN ISO/IEC 27001:2023 (the 2022 text adopted as EN in 2023), and the first requirement repeats it before \"točka 9.3\". Requirements are \"točka\" (clause), \"točke 7.2 i 7.3\" (two clauses, joined by i, and: the finding is about competence and training) and \"Aneks A, 8.15\", as the Croatian ISO 27001 blog of Advisera writes \"Aneks A\" (found via search: advisera.com/27001academy/hr, on certification and internal auditors). Dates carry the Croatian final dot (31.05.2026.). Owners are two users' names and a Croatian role no user has",
            file_name: "Izvjesce_audit_faza2_ISO27001_nalazi.xlsx",
            bytes: xlsx(vec![sheet(
                "Nalazi",
                0,
                0,
                &[
                    &["Izvješće o auditu – 2. faza certifikacije – HRN EN ISO/IEC 27001:2023"],
                    &["Organizacija: Jadran Logistika d.o.o.    Datum audita: 14. – 16. travnja 2026.    Vodeća auditorica: Ivana Horvat"],
                    &[""],
                    &[
                        "R. br.",
                        "Oznaka nalaza",
                        "Zahtjev norme",
                        "Vrsta nalaza",
                        "Opis nalaza",
                        "Objektivni dokaz",
                        "Odgovorna osoba",
                        "Rok",
                    ],
                    &[
                        "#n 1",
                        "N-01",
                        "HRN EN ISO/IEC 27001:2023, točka 9.3",
                        "Velika nesukladnost",
                        "Upravina ocjena sustava upravljanja informacijskom sigurnošću nije provedena od uvođenja sustava 2024. godine.",
                        "Nema zapisa o upravinoj ocjeni za 2024. i 2025.",
                        "Badr Karim",
                        "31.05.2026.",
                    ],
                    &[
                        "#n 2",
                        "N-02",
                        "točke 7.2 i 7.3",
                        "Mala nesukladnost",
                        "Za skladišne radnike nisu utvrđene potrebne kompetencije niti je provedena obuka o informacijskoj sigurnosti.",
                        "Opisi radnih mjesta i evidencija obuka za 2025.",
                        "Voditeljica ljudskih potencijala",
                        "30.06.2026.",
                    ],
                    &[
                        "#n 3",
                        "N-03",
                        "Aneks A, 8.15",
                        "Mala nesukladnost",
                        "Zapisi o prijavama u sustav za upravljanje skladištem čuvaju se samo 14 dana.",
                        "Postavke zapisivanja sustava WMS.",
                        "Martín Lombardi",
                        "30.06.2026.",
                    ],
                    &[
                        "#n 4",
                        "N-04",
                        "Aneks A, 5.30",
                        "Mala nesukladnost",
                        "Plan kontinuiteta poslovanja ne obuhvaća ispad sustava za praćenje vozila.",
                        "Plan kontinuiteta poslovanja, verzija 1.2.",
                        "Martín Lombardi",
                        "30.06.2026.",
                    ],
                    &[
                        "#n 5",
                        "Z-01",
                        "točka 6.2",
                        "Zapažanje",
                        "Ciljevi informacijske sigurnosti za 2026. nisu mjerljivi.",
                        "Dokument Ciljevi ISMS-a 2026.",
                        "Badr Karim",
                        "",
                    ],
                    &[
                        "#n 6",
                        "PP-01",
                        "Aneks A, 7.7",
                        "Prilika za poboljšanje",
                        "Pravilo čistog stola moglo bi se uvesti i u uredu otpreme.",
                        "Obilazak ureda otpreme.",
                        "Voditeljica ljudskih potencijala",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 7)]),
            expected: vec![
                finding("N-01", "major", "9.3", "Upravina ocjena sustava upravljanja")
                    .owner("badr@acme.test"),
                finding("N-02", "minor", "7.2, 7.3", "Za skladišne radnike nisu utvrđene")
                    .pending(&["Voditeljica ljudskih potencijala"]),
                finding("N-03", "minor", "A.8.15", "Zapisi o prijavama u sustav")
                    .owner("martin@acme.test"),
                finding("N-04", "minor", "A.5.30", "Plan kontinuiteta poslovanja ne obuhvaća")
                    .owner("martin@acme.test"),
                finding("Z-01", "observation", "6.2", "Ciljevi informacijske sigurnosti za 2026.")
                    .owner("badr@acme.test"),
                finding("PP-01", "ofi", "A.7.7", "Pravilo čistog stola moglo bi se")
                    .pending(&["Voditeljica ljudskih potencijala"]),
            ],
        },
        Layout {
            id: "ho12-long-recert-register-page-breaks-subtotals",
            origin: "holdout 12: a long recertification register of 20 findings on one sheet, as a certification body's lead auditor keeps it over three audit days and prints it. A four-line title block (frozen in the original) gives the days and sites, the reference format D<day>-<nn> and the grade words. Findings are numbered per audit day (D1-01 to D1-07, D2-01 to D2-07, D3-01 to D3-06). Each day ends with a subtotal line (\"Day 1 subtotal\" and its counts in the Finding column) and a blank row. The next day starts with \"Page 2 of 3\" and the header repeated, as Excel prints \"rows to repeat at top\" and as the register was pasted back from the printout. Under the last day, subtotal rows per grade (\"Subtotal\" in the Ref column, the grade word in the Grade column, the count in the Finding column) and a Total row; none of these is a finding. Three findings are Closed (one closed during the audit, one verified on day 3) and stay findings. The Notes column holds multi-line text (auditee response, auditor note), once naming another grade (\"repeat of 2025 observation OBS-03\" on a Major). References are read trimmed (\" D2-03\" has a leading space, \"D3-02 \" a trailing one). Three clause cells carry a leading apostrophe as text ('6.1.3, '9.2.2, '9.3.3), left by the audit app's export that guards numbers from Excel's date conversion; a reader sees clauses 6.1.3, 9.2.2 and 9.3.3. 5.3 is the clause (the column writes controls with A.; the finding is about roles). The search found no public register of this length (auvacertification.com and audita1.com describe the grades and per-day capture only), so the layout follows the printing conventions of such registers. Owners are users' names, a user's role and roles no user has",
            file_name: "Northbridge_ISO27001_Recertification_NC_OFI_Register_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "NC Register",
                0,
                0,
                &[
                    &["NORTHBRIDGE MEDICAL SUPPLIES LTD – ISO/IEC 27001:2022 RECERTIFICATION AUDIT – NONCONFORMITY & OFI REGISTER"],
                    &["Audit dates: Day 1 16/03/2026 (Head office, Leeds) · Day 2 17/03/2026 (Distribution centre, Wakefield) · Day 3 18/03/2026 (IT & development, remote)"],
                    &["Ref format: D<day>-<nn>. Grades: Major / Minor / Obs / OFI. Findings closed during the audit stay in the register with their status."],
                    &["Page 1 of 3"],
                    &[""],
                    &["Ref", "Day / area", "Clause", "Grade", "Finding", "Notes", "Action owner", "Status"],
                    &[
                        "D1-01",
                        "Day 1 – Leadership",
                        "5.3",
                        "Major",
                        "The ISMS manager role has been vacant since January and its responsibilities are not assigned to anyone.",
                        "Auditee response: interim assignment to the Head of Compliance agreed at the closing meeting.\nAuditor note: repeat of 2025 observation OBS-03, now graded major.",
                        "Badr Karim",
                        "Open",
                    ],
                    &[
                        "D1-02",
                        "Day 1 – Risk",
                        "6.1.2",
                        "Minor",
                        "Risk owners are not named for 14 of the 61 risks in the risk register.",
                        "",
                        "Badr Karim",
                        "Open",
                    ],
                    &[
                        "D1-03",
                        "Day 1 – Risk",
                        "'6.1.3",
                        "Minor",
                        "The Statement of Applicability v4 excludes A.8.11 without a justification.",
                        "Auditee response: data masking was considered not applicable before the new customer portal.",
                        "Badr Karim",
                        "Open",
                    ],
                    &[
                        "D1-04",
                        "Day 1 – HR",
                        "A.6.1",
                        "Obs",
                        "Screening of two finance staff was completed after their start date.",
                        "",
                        "Lena Fischer",
                        "Open",
                    ],
                    &[
                        "D1-05",
                        "Day 1 – HR",
                        "A.6.3",
                        "Minor",
                        "Annual awareness training was completed by 71% of staff against a target of 95%.",
                        "Correction: reminder campaign launched 16/03.\nCompletion at 96% verified on Day 3 (LMS report).",
                        "Lena Fischer",
                        "Closed – verified 18/03/2026",
                    ],
                    &[
                        "D1-06",
                        "Day 1 – Legal",
                        "A.5.31",
                        "OFI",
                        "The legal and contractual requirements register could record an owner for each obligation.",
                        "",
                        "Compliance Officer",
                        "Open",
                    ],
                    &[
                        "D1-07",
                        "Day 1 – Internal audit",
                        "'9.2.2",
                        "Minor",
                        "The 2025 internal audit programme did not include the Wakefield distribution centre.",
                        "",
                        "Badr Karim",
                        "Open",
                    ],
                    &["", "Day 1 subtotal", "", "", "7 findings (1 Major, 4 Minor, 1 Obs, 1 OFI)"],
                    &[""],
                    &["Page 2 of 3"],
                    &["Ref", "Day / area", "Clause", "Grade", "Finding", "Notes", "Action owner", "Status"],
                    &[
                        "D2-01",
                        "Day 2 – Warehouse",
                        "A.7.2",
                        "Minor",
                        "The side door of the dispatch bay was propped open and unattended for 40 minutes.",
                        "Door alarm re-enabled during the audit.\nAuditor note: correction seen; cause (alarm disabled for deliveries) to be addressed.",
                        "Site Manager Wakefield",
                        "Closed",
                    ],
                    &[
                        "D2-02",
                        "Day 2 – Warehouse",
                        "A.7.7",
                        "Obs",
                        "Printed pick lists with customer addresses are left on packing benches at the end of the shift.",
                        "",
                        "Site Manager Wakefield",
                        "Open",
                    ],
                    &[
                        " D2-03",
                        "Day 2 – IT on site",
                        "A.8.1",
                        "Minor",
                        "Six handheld scanners are not enrolled in device management and have no screen lock.",
                        "",
                        "Head of IT Operations",
                        "Open",
                    ],
                    &[
                        "D2-04",
                        "Day 2 – IT on site",
                        "A.8.13",
                        "Major",
                        "Backups of the warehouse management system have failed every night since 2 March 2026 without anyone being alerted.",
                        "Auditee response: the backup job's credentials expired after a password rotation.\nCorrection made 17/03: job re-run successfully (log seen).\nMajor retained: backup failures are not monitored.",
                        "Head of IT Operations",
                        "Open",
                    ],
                    &[
                        "D2-05",
                        "Day 2 – Suppliers",
                        "A.5.19, A.5.20",
                        "Minor",
                        "The courier company has access to the customer delivery portal, but its contract has no information security clauses.",
                        "",
                        "Martín Lombardi",
                        "Open",
                    ],
                    &[
                        "D2-06",
                        "Day 2 – Physical",
                        "A.7.4",
                        "OFI",
                        "The retention of CCTV footage could be aligned with the 31 days stated in the privacy notice.",
                        "",
                        "Site Manager Wakefield",
                        "Open",
                    ],
                    &[
                        "D2-07",
                        "Day 2 – Incidents",
                        "A.6.8",
                        "Obs",
                        "Two warehouse staff described a lost scanner as not worth reporting.",
                        "Toolbox talk on event reporting held 17/03 (attendance sheet seen).",
                        "Lena Fischer",
                        "Closed",
                    ],
                    &["", "Day 2 subtotal", "", "", "7 findings (1 Major, 3 Minor, 2 Obs, 1 OFI)"],
                    &[""],
                    &["Page 3 of 3"],
                    &["Ref", "Day / area", "Clause", "Grade", "Finding", "Notes", "Action owner", "Status"],
                    &[
                        "D3-01",
                        "Day 3 – Development",
                        "A.8.26",
                        "Minor",
                        "Security requirements are not recorded for changes to the customer ordering portal.",
                        "",
                        "Martín Lombardi",
                        "Open",
                    ],
                    &[
                        "D3-02 ",
                        "Day 3 – Development",
                        "A.8.32",
                        "Minor",
                        "Three of the 25 production changes made in February have no approval record.",
                        "Sample: CHG-2211, CHG-2230, CHG-2247.",
                        "Martín Lombardi",
                        "Open",
                    ],
                    &[
                        "D3-03",
                        "Day 3 – Development",
                        "A.8.4",
                        "Obs",
                        "All developers have write access to the production configuration repository.",
                        "",
                        "Martín Lombardi",
                        "Open",
                    ],
                    &[
                        "D3-04",
                        "Day 3 – Cloud services",
                        "A.5.23",
                        "Minor",
                        "No security review was made before the HR system moved to a SaaS provider in 2025.",
                        "",
                        "Lena Fischer",
                        "Open",
                    ],
                    &[
                        "D3-05",
                        "Day 3 – Monitoring",
                        "A.8.16",
                        "OFI",
                        "Alerts from the cloud firewall could go to the same ticket queue as on-premises alerts.",
                        "",
                        "Head of IT Operations",
                        "Open",
                    ],
                    &[
                        "D3-06",
                        "Day 3 – Management review",
                        "'9.3.3",
                        "Minor",
                        "The minutes of the November 2025 management review record no decisions on the improvement opportunities raised.",
                        "Correction: minutes amended and re-approved 18/03/2026.\nCorrective action (review template) still to be implemented.",
                        "Badr Karim",
                        "Open",
                    ],
                    &["", "Day 3 subtotal", "", "", "6 findings (0 Major, 4 Minor, 1 Obs, 1 OFI)"],
                    &[""],
                    &["Subtotal", "", "", "Major", "#n 2"],
                    &["Subtotal", "", "", "Minor", "#n 11"],
                    &["Subtotal", "", "", "Obs", "#n 4"],
                    &["Subtotal", "", "", "OFI", "#n 3"],
                    &["Total", "", "", "", "#n 20"],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)
            .merged(2, 0, 2, 7)]),
            expected: vec![
                finding("D1-01", "major", "5.3", "The ISMS manager role has been vacant")
                    .owner("badr@acme.test"),
                finding("D1-02", "minor", "6.1.2", "Risk owners are not named for 14")
                    .owner("badr@acme.test"),
                finding("D1-03", "minor", "6.1.3", "The Statement of Applicability v4")
                    .owner("badr@acme.test"),
                finding("D1-04", "observation", "A.6.1", "Screening of two finance staff")
                    .owner("lena.fischer@acme.test"),
                finding("D1-05", "minor", "A.6.3", "Annual awareness training was completed")
                    .owner("lena.fischer@acme.test"),
                finding("D1-06", "ofi", "A.5.31", "The legal and contractual requirements")
                    .pending(&["Compliance Officer"]),
                finding("D1-07", "minor", "9.2.2", "The 2025 internal audit programme did")
                    .owner("badr@acme.test"),
                finding("D2-01", "minor", "A.7.2", "The side door of the dispatch bay")
                    .pending(&["Site Manager Wakefield"]),
                finding("D2-02", "observation", "A.7.7", "Printed pick lists with customer")
                    .pending(&["Site Manager Wakefield"]),
                finding("D2-03", "minor", "A.8.1", "Six handheld scanners are not enrolled")
                    .owner("ops@acme.test"),
                finding("D2-04", "major", "A.8.13", "Backups of the warehouse management")
                    .owner("ops@acme.test"),
                finding("D2-05", "minor", "A.5.19, A.5.20", "The courier company has access")
                    .owner("martin@acme.test"),
                finding("D2-06", "ofi", "A.7.4", "The retention of CCTV footage could")
                    .pending(&["Site Manager Wakefield"]),
                finding("D2-07", "observation", "A.6.8", "Two warehouse staff described a lost")
                    .owner("lena.fischer@acme.test"),
                finding("D3-01", "minor", "A.8.26", "Security requirements are not recorded")
                    .owner("martin@acme.test"),
                finding("D3-02", "minor", "A.8.32", "Three of the 25 production changes")
                    .owner("martin@acme.test"),
                finding("D3-03", "observation", "A.8.4", "All developers have write access")
                    .owner("martin@acme.test"),
                finding("D3-04", "minor", "A.5.23", "No security review was made before")
                    .owner("lena.fischer@acme.test"),
                finding("D3-05", "ofi", "A.8.16", "Alerts from the cloud firewall could")
                    .owner("ops@acme.test"),
                finding("D3-06", "minor", "9.3.3", "The minutes of the November 2025")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho12-th-car-list-annex-thai-letter",
            origin: "holdout 12: a Thai certification body's surveillance audit list of corrective action requests, headers only in Thai (ลำดับ, เลขที่ CAR, ข้อกำหนด, ประเภท, รายละเอียดข้อบกพร่อง, หลักฐาน, ผู้รับผิดชอบ, กำหนดแก้ไข), statements in Thai written without spaces between words, and dates in the Buddhist era (30/04/2569 is 30 April 2026). A running ลำดับ 1-6 (numbers) stands beside the references CAR-01 to CAR-04, OBS-01 and OFI-01. Grades are the Thai term with the English one in brackets (\"ข้อบกพร่องหลัก (Major)\", \"ข้อบกพร่องรอง (Minor)\", \"ข้อสังเกต (Observation)\", \"โอกาสในการปรับปรุง (OFI)\"). Requirements are \"ข้อ 9.2\" (ข้อ, clause) and \"ภาคผนวก ก. 8.13\": Thai texts of ISO/IEC 27001 call Annex A \"ภาคผนวก ก.\", with the Thai letter ก for A (found via search: huexonline.com/knowledge/28/933, a Thai guide to the ISO/IEC 27001:2022 controls), so a Thai reader sees A.8.13; one control is written A.5.18. 7.3 and 9.1 are clauses. The search found Thai ISO 27001 training material (studylib.net/doc/27321926) but no register. The responsible departments are not checked as owners",
            file_name: "รายงานข้อบกพร่อง_ตรวจติดตาม_ISO27001_2569.xlsx",
            bytes: xlsx(vec![sheet(
                "รายการข้อบกพร่อง",
                0,
                0,
                &[
                    &["รายงานผลการตรวจประเมินเพื่อการเฝ้าระวัง ครั้งที่ 2 – ISO/IEC 27001:2022"],
                    &["องค์กร: บริษัท สยามดาต้าเซ็นเตอร์ จำกัด    วันที่ตรวจ: 23–24 มีนาคม 2569    หัวหน้าผู้ตรวจประเมิน: สมชาย ใจดี"],
                    &[""],
                    &[
                        "ลำดับ",
                        "เลขที่ CAR",
                        "ข้อกำหนด",
                        "ประเภท",
                        "รายละเอียดข้อบกพร่อง",
                        "หลักฐาน",
                        "ผู้รับผิดชอบ",
                        "กำหนดแก้ไข",
                    ],
                    &[
                        "#n 1",
                        "CAR-01",
                        "ข้อ 9.2",
                        "ข้อบกพร่องหลัก (Major)",
                        "ไม่มีการตรวจประเมินภายในสำหรับศูนย์ข้อมูลสำรองในปี 2568 ตามแผนการตรวจประเมินที่กำหนดไว้",
                        "แผนการตรวจประเมินภายในปี 2568",
                        "ฝ่ายบริหารคุณภาพ",
                        "30/04/2569",
                    ],
                    &[
                        "#n 2",
                        "CAR-02",
                        "ภาคผนวก ก. 8.13",
                        "ข้อบกพร่องรอง (Minor)",
                        "ไม่มีบันทึกการทดสอบการกู้คืนข้อมูลสำรองของระบบบริการลูกค้าในปี 2568",
                        "บันทึกการสำรองข้อมูลเดือนมกราคมถึงธันวาคม 2568",
                        "ฝ่ายเทคโนโลยีสารสนเทศ",
                        "31/05/2569",
                    ],
                    &[
                        "#n 3",
                        "CAR-03",
                        "A.5.18",
                        "ข้อบกพร่องรอง (Minor)",
                        "บัญชีผู้ใช้ของพนักงานที่ลาออกแล้วสองคนยังสามารถเข้าระบบควบคุมการเข้าออกอาคารได้",
                        "รายชื่อผู้ใช้ระบบควบคุมการเข้าออก ณ วันที่ 23/03/2569",
                        "ฝ่ายทรัพยากรบุคคล",
                        "31/05/2569",
                    ],
                    &[
                        "#n 4",
                        "CAR-04",
                        "ภาคผนวก ก. 7.4",
                        "ข้อบกพร่องรอง (Minor)",
                        "กล้องวงจรปิดบริเวณห้องเซิร์ฟเวอร์ไม่บันทึกภาพตั้งแต่วันที่ 2 มีนาคม 2569",
                        "ตรวจสอบเครื่องบันทึกภาพ",
                        "ฝ่ายอาคารสถานที่",
                        "30/04/2569",
                    ],
                    &[
                        "#n 5",
                        "OBS-01",
                        "ข้อ 7.3",
                        "ข้อสังเกต (Observation)",
                        "พนักงานรักษาความปลอดภัยบางคนไม่ทราบขั้นตอนการรายงานเหตุการณ์ด้านความมั่นคงปลอดภัยสารสนเทศ",
                        "สัมภาษณ์พนักงานรักษาความปลอดภัยสองคน",
                        "ฝ่ายอาคารสถานที่",
                        "",
                    ],
                    &[
                        "#n 6",
                        "OFI-01",
                        "ข้อ 9.1",
                        "โอกาสในการปรับปรุง (OFI)",
                        "ควรเพิ่มตัวชี้วัดระยะเวลาในการแก้ไขช่องโหว่ในรายงานประจำเดือน",
                        "",
                        "ฝ่ายเทคโนโลยีสารสนเทศ",
                        "",
                    ],
                ],
            )
            .merged(0, 0, 0, 7)]),
            expected: vec![
                finding("CAR-01", "major", "9.2", "ไม่มีการตรวจประเมินภายในสำหรับศูนย์ข้อมูลสำรอง"),
                finding("CAR-02", "minor", "A.8.13", "ไม่มีบันทึกการทดสอบการกู้คืนข้อมูลสำรอง"),
                finding("CAR-03", "minor", "A.5.18", "บัญชีผู้ใช้ของพนักงานที่ลาออกแล้ว"),
                finding("CAR-04", "minor", "A.7.4", "กล้องวงจรปิดบริเวณห้องเซิร์ฟเวอร์"),
                finding("OBS-01", "observation", "7.3", "พนักงานรักษาความปลอดภัยบางคน"),
                finding("OFI-01", "ofi", "9.1", "ควรเพิ่มตัวชี้วัดระยะเวลา"),
            ],
        },
    ]
}

/// Registers in the languages added on 2026-12-05 (Chinese, Japanese, Russian, Turkish),
/// written from the certification bodies' and consultants' wording the search found, by
/// another hand than the vocabularies': a blind holdout for them.
fn thirteenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho13-zh-hans-stage2-nc-summary",
            origin: "holdout 13: a mainland Chinese certification body's stage 2 nonconformity summary (不符合项汇总表), in the wording of 27001.org.cn's reading of clause 10.2 (不符合项报告, 纠正措施, 整改跟踪; found via search: www.27001.org.cn/708.html) and of Chinese ISO 27001 audit guides (iso-est.com, youkasi.com.cn: 不符合项, 附录A): a title row, then 序号 (a running number), 不符合项编号, 不符合类型 (严重不符合 / 一般不符合 / 观察项 / 改进机会), 标准条款 (\"附录A 8.13\", \"6.1.2、8.2\" with the ideographic comma), 不符合事实描述, 责任部门, 责任人, 整改期限 (2026年5月31日) and 状态. Owners are a user's name and a Chinese name no user has",
            file_name: "ISMS第二阶段审核_不符合项汇总表.xlsx",
            bytes: xlsx(vec![sheet(
                "不符合项汇总",
                0,
                0,
                &[
                    &["ISO/IEC 27001:2022 信息安全管理体系 第二阶段审核 不符合项汇总表"],
                    &[""],
                    &["序号", "不符合项编号", "不符合类型", "标准条款", "不符合事实描述", "责任部门", "责任人", "整改期限", "状态"],
                    &["#n 1", "NC-01", "严重不符合", "9.2", "公司未按审核方案在2025年实施内部审核，无内部审核报告。", "信息安全部", "Badr Karim", "2026年5月31日", "未关闭"],
                    &["#n 2", "NC-02", "一般不符合", "A.5.15", "访问控制策略未规定特权账户的审批流程。", "IT部", "王伟", "2026年6月30日", "未关闭"],
                    &["#n 3", "NC-03", "一般不符合", "附录A 8.13", "备份恢复测试未按计划执行，无测试记录。", "IT部", "Lena Fischer", "2026年6月30日", "未关闭"],
                    &["#n 4", "NC-04", "一般不符合", "6.1.2、8.2", "风险评估未识别云服务相关的信息安全风险。", "信息安全部", "王伟", "2026年6月30日", "未关闭"],
                    &["#n 5", "OB-01", "观察项", "A.5.23", "云服务供应商的信息安全要求尚未形成文件。", "采购部", "王伟", "", "未关闭"],
                    &["#n 6", "OFI-01", "改进机会", "9.1", "建议为信息安全目标增加可量化的绩效指标。", "信息安全部", "Badr Karim", "", "未关闭"],
                ],
            )
            .merged(0, 0, 0, 8)]),
            expected: vec![
                finding("NC-01", "major", "9.2", "公司未按审核方案").owner("badr@acme.test"),
                finding("NC-02", "minor", "A.5.15", "访问控制策略未规定").pending(&["王伟"]),
                finding("NC-03", "minor", "A.8.13", "备份恢复测试").owner("lena.fischer@acme.test"),
                finding("NC-04", "minor", "6.1.2, 8.2", "风险评估未识别").pending(&["王伟"]),
                finding("OB-01", "observation", "A.5.23", "云服务供应商").pending(&["王伟"]),
                finding("OFI-01", "ofi", "9.1", "建议为信息安全目标").owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho13-zh-hant-taiwan-audit-deficiencies",
            origin: "holdout 13: a Taiwanese verification body's ISO 27001 audit deficiency list (稽核缺失一覽表) in Traditional Chinese, in the wording of a Taiwanese consultancy's article on ISO 27001 audit nonconformities (found via search: new-wp.effectstudio.com.tw, \"ISO 27001 稽核總是卡關？常見不符合項與改善建議\": 不符合事項, 矯正與預防措施, 稽核): 項次, 缺失編號, 缺失等級 (主要缺失 / 次要缺失 / 觀察事項 / 建議事項, as Taiwanese reports grade), 條文 (\"條文 A.8.8\", \"A.5.15、A.5.18\"), 缺失內容, 矯正措施, 負責單位, 負責人 and 預定完成日 (2026/06/30). Owners are a user's name and a Chinese name no user has",
            file_name: "ISO27001_稽核缺失一覽表_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "缺失一覽",
                0,
                0,
                &[
                    &["項次", "缺失編號", "缺失等級", "條文", "缺失內容", "矯正措施", "負責單位", "負責人", "預定完成日"],
                    &["#n 1", "M-01", "主要缺失", "9.3", "管理審查自2024年起未曾召開，亦無會議紀錄。", "訂定管理審查時程並於六月召開。", "資訊處", "Martín Lombardi", "2026/05/31"],
                    &["#n 2", "m-01", "次要缺失", "條文 A.8.8", "弱點掃描結果未追蹤修補，高風險弱點逾期未處理。", "建立弱點修補追蹤表。", "資訊處", "陳志明", "2026/06/30"],
                    &["#n 3", "m-02", "次要缺失", "A.5.15、A.5.18", "離職人員帳號未於離職當日停用。", "人事與資訊處每週核對帳號。", "人事室", "陳志明", "2026/06/30"],
                    &["#n 4", "O-01", "觀察事項", "7.2", "新進人員資安教育訓練紀錄不完整。", "", "人事室", "Martín Lombardi", ""],
                    &["#n 5", "S-01", "建議事項", "A.5.30", "建議將營運持續演練擴及雲端服務。", "", "資訊處", "陳志明", ""],
                ],
            )]),
            expected: vec![
                finding("M-01", "major", "9.3", "管理審查自2024年起").owner("martin@acme.test"),
                finding("m-01", "minor", "A.8.8", "弱點掃描結果").pending(&["陳志明"]),
                finding("m-02", "minor", "A.5.15, A.5.18", "離職人員帳號").pending(&["陳志明"]),
                finding("O-01", "observation", "7.2", "新進人員資安教育").owner("martin@acme.test"),
                finding("S-01", "ofi", "A.5.30", "建議將營運持續").pending(&["陳志明"]),
            ],
        },
        Layout {
            id: "ho13-ja-isms-renewal-findings-reiwa",
            origin: "holdout 13: a Japanese certification body's ISMS (JIS Q 27001:2023) renewal audit findings list (指摘事項一覧), in the wording Japanese ISMS bodies use for grades (重大な不適合, 軽微な不適合, 観察事項, 改善の機会) and for clauses (箇条, 附属書A): No. (a running number only), 指摘区分, 該当箇条 (\"附属書A 5.15\", \"箇条9.3\"), 指摘内容, 担当部署, 担当者 and 是正期限 written in the Reiwa era (令和8年5月29日 is 2026-05-29). No public list was found, so the layout follows the terms of the JIS edition; owners are a user's name and a Japanese name no user has",
            file_name: "ISMS更新審査_指摘事項一覧.xlsx",
            bytes: xlsx(vec![sheet(
                "指摘事項",
                0,
                0,
                &[
                    &["ISMS（JIS Q 27001:2023）更新審査　指摘事項一覧"],
                    &[""],
                    &["No.", "指摘区分", "該当箇条", "指摘内容", "担当部署", "担当者", "是正期限"],
                    &["#n 1", "重大な不適合", "箇条9.3", "2025年度のマネジメントレビューが実施されていない。", "情報システム部", "Badr Karim", "令和8年5月29日"],
                    &["#n 2", "軽微な不適合", "附属書A 5.15", "アクセス権の定期見直しの記録が保管されていない。", "総務部", "佐藤 健", "令和8年6月30日"],
                    &["#n 3", "軽微な不適合", "A.8.8", "脆弱性診断で検出された高リスクの脆弱性が放置されている。", "情報システム部", "Badr Karim", "令和8年6月30日"],
                    &["#n 4", "観察事項", "7.5.3", "文書の版管理が部署ごとに異なっている。", "総務部", "佐藤 健", ""],
                    &["#n 5", "改善の機会", "A.5.30", "事業継続訓練の対象にクラウドサービスを含めることが望ましい。", "情報システム部", "Lena Fischer", ""],
                ],
            )
            .merged(0, 0, 0, 6)]),
            expected: vec![
                finding("1", "major", "9.3", "2025年度のマネジメントレビュー").owner("badr@acme.test"),
                finding("2", "minor", "A.5.15", "アクセス権の定期見直し").pending(&["佐藤 健"]),
                finding("3", "minor", "A.8.8", "脆弱性診断で検出").owner("badr@acme.test"),
                finding("4", "observation", "7.5.3", "文書の版管理").pending(&["佐藤 健"]),
                finding("5", "ofi", "A.5.30", "事業継続訓練の対象").owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "ho13-ru-gost-certification-nonconformities",
            origin: "holdout 13: a Russian-language certification audit's list of nonconformities against ГОСТ Р ИСО/МЭК 27001 (the national edition), in the terms of that standard's Russian text (несоответствие, корректирующие действия) and of Russian certification bodies' reports (значительное / незначительное несоответствие, наблюдение, возможность для улучшения): № п/п, Номер несоответствия, Категория, Пункт стандарта (\"п. 9.2\", \"Приложение А, 5.15\", \"А.8.13\" with a Cyrillic А), Описание несоответствия, Объективные свидетельства, Ответственный, Срок устранения (31.05.2026). No public list was found; owners are a user's name and a Russian name no user has",
            file_name: "Перечень_несоответствий_ISO27001_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Несоответствия",
                0,
                0,
                &[
                    &["Перечень несоответствий по результатам сертификационного аудита (ГОСТ Р ИСО/МЭК 27001-2021)"],
                    &[""],
                    &["№ п/п", "Номер несоответствия", "Категория", "Пункт стандарта", "Описание несоответствия", "Объективные свидетельства", "Ответственный", "Срок устранения"],
                    &["#n 1", "НС-01", "Значительное несоответствие", "п. 9.2", "Внутренний аудит СМИБ в 2025 году не проводился.", "Отсутствует отчёт о внутреннем аудите за 2025 год.", "Badr Karim", "31.05.2026"],
                    &["#n 2", "НС-02", "Незначительное несоответствие", "Приложение А, 5.15", "Политика управления доступом не определяет порядок выдачи привилегированных прав.", "Политика управления доступом, версия 2.0.", "Иванов И. И.", "30.06.2026"],
                    &["#n 3", "НС-03", "Незначительное несоответствие", "\u{410}.8.13", "Восстановление из резервных копий не проверялось.", "Журнал резервного копирования.", "Иванов И. И.", "30.06.2026"],
                    &["#n 4", "Н-01", "Наблюдение", "7.5.3", "Версии документов ведутся в разных подразделениях по-разному.", "", "Lena Fischer", ""],
                    &["#n 5", "ВУ-01", "Возможность для улучшения", "9.1", "Целесообразно дополнить показатели результативности СМИБ.", "", "Badr Karim", ""],
                ],
            )
            .merged(0, 0, 0, 7)]),
            expected: vec![
                finding("НС-01", "major", "9.2", "Внутренний аудит СМИБ").owner("badr@acme.test"),
                finding("НС-02", "minor", "A.5.15", "Политика управления доступом").pending(&["Иванов И. И."]),
                finding("НС-03", "minor", "A.8.13", "Восстановление из резервных").pending(&["Иванов И. И."]),
                finding("Н-01", "observation", "7.5.3", "Версии документов").owner("lena.fischer@acme.test"),
                finding("ВУ-01", "ofi", "9.1", "Целесообразно дополнить").owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho13-tr-surveillance-findings-with-actions",
            origin: "holdout 13: a Turkish certification body's surveillance audit findings with the company's corrective actions beside them (TS EN ISO/IEC 27001), in the words Turkish bodies use (majör / minör uygunsuzluk, gözlem, iyileştirme fırsatı; madde, Ek-A) and Turkish CAPA forms (kök neden, düzeltici faaliyet, termin): Sıra No, Bulgu No, Bulgu Türü, Standart Maddesi (\"Madde 9.2\", \"EK-A 5.15\"), Uygunsuzluk Tanımı, Kök Neden, Düzeltici Faaliyet, Sorumlu, Termin Tarihi (31.05.2026) and Durum (Açık). No public register was found; owners are a user's name and a Turkish name no user has; rows with a root cause and action draft a plan",
            file_name: "ISO27001_Gozetim_Denetimi_Bulgular.xlsx",
            bytes: xlsx(vec![sheet(
                "Bulgular",
                0,
                0,
                &[
                    &["Sıra No", "Bulgu No", "Bulgu Türü", "Standart Maddesi", "Uygunsuzluk Tanımı", "Kök Neden", "Düzeltici Faaliyet", "Sorumlu", "Termin Tarihi", "Durum"],
                    &["#n 1", "UY-01", "Majör Uygunsuzluk", "Madde 9.2", "İç denetim 2025 yılında planlandığı şekilde gerçekleştirilmemiştir.", "İç denetçi kaynağı yetersiz kalmıştır.", "Dış kaynaklı iç denetçi ile denetim programı yeniden planlanacaktır.", "Badr Karim", "31.05.2026", "Açık"],
                    &["#n 2", "UY-02", "Minör Uygunsuzluk", "EK-A 5.15", "Erişim kontrol politikası ayrıcalıklı hesapların onay sürecini tanımlamamaktadır.", "Politika 2022 sürümüne güncellenmemiştir.", "Politika güncellenip yönetim onayına sunulacaktır.", "Mehmet Yılmaz", "30.06.2026", "Açık"],
                    &["#n 3", "UY-03", "Minör Uygunsuzluk", "A.8.13", "Yedekten geri dönüş testleri yapılmamıştır.", "", "", "Mehmet Yılmaz", "30.06.2026", "Açık"],
                    &["#n 4", "G-01", "Gözlem", "7.2", "Yeni çalışanların bilgi güvenliği eğitim kayıtları eksiktir.", "", "", "Lena Fischer", "", "Açık"],
                    &["#n 5", "İF-01", "İyileştirme Fırsatı", "A.5.23", "Bulut hizmet sağlayıcılarına yönelik güvenlik gereksinimleri yazılı hale getirilebilir.", "", "", "Badr Karim", "", "Açık"],
                ],
            )]),
            expected: vec![
                finding("UY-01", "major", "9.2", "İç denetim 2025").owner("badr@acme.test").plan(true),
                finding("UY-02", "minor", "A.5.15", "Erişim kontrol politikası").pending(&["Mehmet Yılmaz"]).plan(true),
                finding("UY-03", "minor", "A.8.13", "Yedekten geri dönüş").pending(&["Mehmet Yılmaz"]),
                finding("G-01", "observation", "7.2", "Yeni çalışanların").owner("lena.fischer@acme.test"),
                finding("İF-01", "ofi", "A.5.23", "Bulut hizmet sağlayıcılarına").owner("badr@acme.test"),
            ],
        },
    ]
}

fn fourteenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho14-ja-ncr-forms-per-sheet",
            origin: "holdout 14, written for this holdout: a Japanese certification body's nonconformity reports (不適合報告書), one form per sheet on three sheets (不適合①, ②, ③), labels in column A and values in column B under a merged title: 組織名, 審査の種類, 審査日 (a date cell), 報告書番号, 被審査部門, 区分 written as the tick boxes Japanese Excel forms use (\"■重大な不適合　□軽微な不適合\", the filled box marking the grade), 該当箇条 (\"箇条9.2 内部監査\", \"附属書A 5.18\", and \"Ａ．８．１３\" typed in full-width characters), 不適合の内容, 客観的証拠, 担当者, 回答期限 (2026年5月18日) and 主任審査員 (the auditor, no owner). Wording from Japanese pages found via search: iso27001-isms.com/examination/correction.html (the certification body hands over a 不適合報告書 on the last audit day, a 是正処置報告書 is due within about two months) and gcconsulting.co.jp/?p=759 (是正処置報告書 under ISO/IEC 27001:2022); no blank form was found, so the fields are the usual ones. Three forms, one finding each; owners are a user's name, a user's email and a Japanese name no user has",
            file_name: "ISMS審査_不適合報告書.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "不適合①",
                    0,
                    0,
                    &[
                        &["不適合報告書", ""],
                        &[""],
                        &["組織名", "アクメ株式会社"],
                        &["審査の種類", "ISMS（JIS Q 27001:2023）第1回サーベイランス審査"],
                        &["審査日", "#d 2026-03-18"],
                        &["報告書番号", "ISMS-26-01"],
                        &["被審査部門", "情報システム部"],
                        &["区分", "■重大な不適合　□軽微な不適合"],
                        &["該当箇条", "箇条9.2 内部監査"],
                        &["不適合の内容", "2025年度の内部監査が監査プログラムどおりに実施されておらず、内部監査報告書が存在しない。"],
                        &["客観的証拠", "内部監査プログラム（2025年4月1日承認）では2025年10月に全部門を監査すると定めているが、実施記録がない。"],
                        &["担当者", "Badr Karim"],
                        &["回答期限", "2026年5月18日"],
                        &["主任審査員", "鈴木 一郎"],
                    ],
                )
                .merged(0, 0, 0, 1),
                sheet(
                    "不適合②",
                    0,
                    0,
                    &[
                        &["不適合報告書", ""],
                        &[""],
                        &["組織名", "アクメ株式会社"],
                        &["審査の種類", "ISMS（JIS Q 27001:2023）第1回サーベイランス審査"],
                        &["審査日", "#d 2026-03-18"],
                        &["報告書番号", "ISMS-26-02"],
                        &["被審査部門", "総務部"],
                        &["区分", "□重大な不適合　■軽微な不適合"],
                        &["該当箇条", "附属書A 5.18"],
                        &["不適合の内容", "退職者2名のアカウントが退職後1か月以上削除されずに残っていた。"],
                        &["客観的証拠", "アカウント棚卸表（2026年2月分）と退職者一覧の照合結果。"],
                        &["担当者", "山田 花子"],
                        &["回答期限", "2026年5月18日"],
                        &["主任審査員", "鈴木 一郎"],
                    ],
                )
                .merged(0, 0, 0, 1),
                sheet(
                    "不適合③",
                    0,
                    0,
                    &[
                        &["不適合報告書", ""],
                        &[""],
                        &["組織名", "アクメ株式会社"],
                        &["審査の種類", "ISMS（JIS Q 27001:2023）第1回サーベイランス審査"],
                        &["審査日", "#d 2026-03-19"],
                        &["報告書番号", "ISMS-26-03"],
                        &["被審査部門", "情報システム部"],
                        &["区分", "□重大な不適合　■軽微な不適合"],
                        &["該当箇条", "Ａ．８．１３"],
                        &["不適合の内容", "バックアップからのリストアテストが計画どおりに実施されていない。"],
                        &["客観的証拠", "バックアップ運用手順書では半期ごとのリストアテストを定めているが、2025年度の記録がない。"],
                        &["担当者", "lena.fischer@acme.test"],
                        &["回答期限", "2026年5月18日"],
                        &["主任審査員", "鈴木 一郎"],
                    ],
                )
                .merged(0, 0, 0, 1),
            ]),
            expected: vec![
                finding("ISMS-26-01", "major", "9.2", "2025年度の内部監査").owner("badr@acme.test"),
                finding("ISMS-26-02", "minor", "A.5.18", "退職者2名のアカウント").pending(&["山田 花子"]),
                finding("ISMS-26-03", "minor", "A.8.13", "バックアップからのリストア").owner("lena.fischer@acme.test"),
            ],
        },
        Layout {
            id: "ho14-zh-hans-gbk-csv-internal-audit",
            origin: "holdout 14, written for this holdout: a mainland Chinese company's internal audit nonconformity list saved by Excel on Chinese Windows as \"CSV (逗号分隔)\", so in GBK with no BOM (Excel writes CSV in the ANSI code page, GB2312/GBK on Chinese Windows: nctoro.com/a503972, found via search), a title line padded with commas as Excel pads it, then 序号 (the running number, the only id), 审核日期 and 计划完成日期 as Chinese Windows writes dates (2026/3/17), 受审核部门, 标准条款 (\"A.8.8\", \"6.1.2、8.2\" with the ideographic comma), 不符合事实描述, 等级 (严重 / 一般 / 观察, the short forms of the grades CNAS-RC01 defines as 严重不符合, 一般不符合 and 观察项: isofans.com/thread-20617-1-1.html; 不符合项报告 and 整改跟踪 as in www.27001.org.cn/708.html), 责任人 and 验证结果. Owners are users' names, Chinese names no user has and a department (信息技术部)",
            file_name: "2026年度内审不符合项清单.csv",
            bytes: {
                let rows: &[&[&str]] = &[
                    &["艾克美科技有限公司 2026年度信息安全管理体系内部审核不符合项清单", "", "", "", "", "", "", "", ""],
                    &["序号", "审核日期", "受审核部门", "标准条款", "不符合事实描述", "等级", "责任人", "计划完成日期", "验证结果"],
                    &["1", "2026/3/17", "信息技术部", "A.8.8", "漏洞扫描发现的12个高危漏洞超过30天未修复，且无风险接受审批记录。", "严重", "Badr Karim", "2026/4/30", ""],
                    &["2", "2026/3/17", "信息技术部", "A.8.15", "防火墙和核心交换机日志仅保留7天，不满足《日志管理规定》保留180天的要求。", "一般", "王芳", "2026/5/31", ""],
                    &["3", "2026/3/18", "人力资源部", "A.6.3", "2025年入职的15名员工中有4人未参加信息安全意识培训。", "一般", "刘洋", "2026/5/31", ""],
                    &["4", "2026/3/18", "信息安全管理办公室", "6.1.2、8.2", "风险评估未覆盖2025年11月上线的云服务平台。", "一般", "Lena Fischer", "2026/6/30", ""],
                    &["5", "2026/3/19", "行政部", "A.7.7", "办公区多个工位下班后桌面留有含客户信息的纸质文件。", "观察", "刘洋", "", ""],
                    &["6", "2026/3/19", "信息技术部", "A.5.37", "机房操作规程未标注版本号和审批日期。", "观察", "信息技术部", "", ""],
                ];
                encoding_rs::GBK.encode(&delimited(rows, ',')).0.into_owned()
            },
            expected: vec![
                finding("1", "major", "A.8.8", "漏洞扫描发现的").owner("badr@acme.test"),
                finding("2", "minor", "A.8.15", "防火墙和核心交换机").pending(&["王芳"]),
                finding("3", "minor", "A.6.3", "2025年入职的15名员工").pending(&["刘洋"]),
                finding("4", "minor", "6.1.2, 8.2", "风险评估未覆盖").owner("lena.fischer@acme.test"),
                finding("5", "observation", "A.7.7", "办公区多个工位").pending(&["刘洋"]),
                finding("6", "observation", "A.5.37", "机房操作规程").pending(&["信息技术部"]),
            ],
        },
        Layout {
            id: "ho14-ru-1251-csv-internal-audit-register",
            origin: "holdout 14, written for this holdout: a Russian company's register of internal ISMS audit findings exported from 1C/Excel as a `;`-separated CSV in Windows-1251 (1C writes CSV with КодировкаТекста.ANSI, i.e. Windows-1251 on Russian Windows: infostart.ru/public/463330, found via search): №, Дата (16.03.2026), Подразделение, Пункт ГОСТ Р ИСО/МЭК 27001 (\"п. 9.3\", \"А.8.32\" with a Cyrillic А, and \"п. 6.1.3 г)\" with the Cyrillic list letter the Russian text of the standard uses for d)), Выявленное несоответствие, Категория in lower case short forms (значительное / незначительное / наблюдение), Ответственный, Срок (30.06.2026) and an empty Отметка о выполнении; the fields follow the internal audit nonconformity act published at docs.cntd.ru/document/420313879 (проверяемое структурное подразделение, пункт НД, ответственный, предполагаемая дата выполнения). № is the running number and the only id. Owners are a user's name in Latin letters, Russian names no user has and a role (Начальник отдела ИТ)",
            file_name: "Реестр_несоответствий_СМИБ_2026.csv",
            bytes: {
                let rows: &[&[&str]] = &[
                    &["№", "Дата", "Подразделение", "Пункт ГОСТ Р ИСО/МЭК 27001", "Выявленное несоответствие", "Категория", "Ответственный", "Срок", "Отметка о выполнении"],
                    &["1", "16.03.2026", "Служба ИТ", "п. 9.3", "Анализ СМИБ со стороны руководства за 2025 год не проводился, протокол отсутствует.", "значительное", "Badr Karim", "30.04.2026", ""],
                    &["2", "16.03.2026", "Служба ИТ", "\u{410}.8.32", "Изменения в конфигурацию межсетевого экрана вносились без заявок на изменение.", "незначительное", "Петров А. В.", "30.06.2026", ""],
                    &["3", "17.03.2026", "Отдел кадров", "п. 7.2", "Не подтверждена компетентность администраторов СУБД: записи об обучении отсутствуют.", "незначительное", "Сидорова Е. Н.", "30.06.2026", ""],
                    &["4", "17.03.2026", "Бухгалтерия", "\u{410}.8.1", "На двух ноутбуках бухгалтерии не включено шифрование диска.", "незначительное", "Начальник отдела ИТ", "30.06.2026", ""],
                    &["5", "18.03.2026", "Служба ИТ", "п. 6.1.3 г)", "Положение о применимости не содержит обоснований исключения мер обеспечения ИБ.", "незначительное", "Lena Fischer", "30.06.2026", ""],
                    &["6", "18.03.2026", "Служба ИТ", "\u{410}.8.13", "Резервные копии хранятся в той же серверной, что и основные системы.", "наблюдение", "Петров А. В.", "", ""],
                ];
                encoding_rs::WINDOWS_1251.encode(&delimited(rows, ';')).0.into_owned()
            },
            expected: vec![
                finding("1", "major", "9.3", "Анализ СМИБ со стороны руководства").owner("badr@acme.test"),
                finding("2", "minor", "A.8.32", "Изменения в конфигурацию").pending(&["Петров А. В."]),
                finding("3", "minor", "7.2", "Не подтверждена компетентность").pending(&["Сидорова Е. Н."]),
                finding("4", "minor", "A.8.1", "На двух ноутбуках").pending(&["Начальник отдела ИТ"]),
                finding("5", "minor", "6.1.3", "Положение о применимости").owner("lena.fischer@acme.test"),
                finding("6", "observation", "A.8.13", "Резервные копии хранятся").pending(&["Петров А. В."]),
            ],
        },
        Layout {
            id: "ho14-tr-grade-section-rows",
            origin: "holdout 14, written for this holdout: a Turkish certification body's stage 2 finding list where the grade is given only by section rows merged across the table (MAJÖR UYGUNSUZLUKLAR, MİNÖR UYGUNSUZLUKLAR, GÖZLEMLER, İYİLEŞTİRME FIRSATLARI) above each group, with no grade column: a title, a line of audit details, then No (a running number 1-6 over all groups, the only id), Standart Maddesi (\"Madde 9.3\", \"Ek-A 5.9\", \"A.8.16\"), Bulgu Açıklaması, Sorumlu and Termin (30.06.2026). The grade words are those Turkish certification procedures define, found via search: iqm.com.tr PR.07 (Majör (Büyük) Uygunsuzluk, Minör (Küçük) Uygunsuzluk, Gözlemler) and dv-cert.com/sistem-belgelendirme-proseduru. Owners are users' names, a Turkish name no user has and a role (Bilgi İşlem Müdürü)",
            file_name: "ISO27001_Asama2_Denetim_Bulgulari.xlsx",
            bytes: xlsx(vec![sheet(
                "Bulgular",
                0,
                0,
                &[
                    &["ISO/IEC 27001:2022 Belgelendirme Denetimi (Aşama 2) - Bulgu Listesi"],
                    &["Kuruluş: Acme Teknoloji A.Ş.    Denetim Tarihleri: 16-18.03.2026    Başdenetçi: Kemal Aksoy"],
                    &[""],
                    &["No", "Standart Maddesi", "Bulgu Açıklaması", "Sorumlu", "Termin"],
                    &["MAJÖR UYGUNSUZLUKLAR"],
                    &["#n 1", "Madde 9.3", "Yönetimin gözden geçirmesi 2025 yılında yapılmamış, toplantı tutanağı bulunmamaktadır.", "Badr Karim", "30.04.2026"],
                    &["MİNÖR UYGUNSUZLUKLAR"],
                    &["#n 2", "Ek-A 5.9", "Varlık envanterinde bulut ortamındaki sunucular yer almamaktadır.", "Ayşe Demir", "30.06.2026"],
                    &["#n 3", "A.8.16", "SIEM alarmlarının izlendiğine dair kayıt bulunmamaktadır.", "Martín Lombardi", "30.06.2026"],
                    &["#n 4", "Madde 6.2", "Bilgi güvenliği hedefleri ölçülebilir değildir ve izlenmemektedir.", "Bilgi İşlem Müdürü", "30.06.2026"],
                    &["GÖZLEMLER"],
                    &["#n 5", "A.5.24", "Olay müdahale planındaki iletişim listesi güncel değildir.", "Ayşe Demir", ""],
                    &["İYİLEŞTİRME FIRSATLARI"],
                    &["#n 6", "Ek-A 6.7", "Uzaktan çalışma kuralları çalışanlara kısa bir rehberle duyurulabilir.", "Badr Karim", ""],
                ],
            )
            .merged(0, 0, 0, 4)
            .merged(1, 0, 1, 4)
            .merged(4, 0, 4, 4)
            .merged(6, 0, 6, 4)
            .merged(10, 0, 10, 4)
            .merged(12, 0, 12, 4)]),
            expected: vec![
                finding("1", "major", "9.3", "Yönetimin gözden geçirmesi").owner("badr@acme.test"),
                finding("2", "minor", "A.5.9", "Varlık envanterinde").pending(&["Ayşe Demir"]),
                finding("3", "minor", "A.8.16", "SIEM alarmlarının").owner("martin@acme.test"),
                finding("4", "minor", "6.2", "Bilgi güvenliği hedefleri").pending(&["Bilgi İşlem Müdürü"]),
                finding("5", "observation", "A.5.24", "Olay müdahale planındaki").pending(&["Ayşe Demir"]),
                finding("6", "ofi", "A.6.7", "Uzaktan çalışma kuralları").owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "ho14-zh-hant-minguo-dates",
            origin: "holdout 14, written for this holdout: a Taiwanese company's tracking sheet of external ISMS audit deficiencies (外部稽核缺失改善追蹤表) in Traditional Chinese with dates in the Minguo calendar, as Taiwanese documents write them (稽核日期 民國115年3月20日, 改善期限 民國115年6月30日; 115 is 2026, cf. the 資通安全維護計畫實施情形稽核辦法 amended 中華民國一百十五年一月五日, lawplayer.com, with its 稽核結果報告 and 缺失或待改善事項): a merged title, then 編號 (A-1, A-2, A-3 for the IT office, B-1, B-2 for personnel, C-1 for general affairs), 受稽單位, 稽核日期, 條文 (\"A.8.13\", \"附錄A 8.9\", \"7.3\"), 缺失類別 (重大缺失 / 次要缺失 / 觀察事項 / 改善建議; 次要缺失 and 觀察事項 as in the top ten ISMS audit deficiencies of Taiwanese agencies at iscb.nchu.edu.tw/2019/03/107TOP10-ISMS.html, found via search), 稽核發現, 負責人, 改善期限 and 辦理情形. Owners are users' names, a Chinese name no user has and a role (資訊室主任)",
            file_name: "115年度ISMS外部稽核缺失改善追蹤表.xlsx",
            bytes: xlsx(vec![sheet(
                "缺失追蹤",
                0,
                0,
                &[
                    &["亞克美科技股份有限公司 115年度資訊安全管理系統（ISO/IEC 27001:2022）外部稽核缺失改善追蹤表"],
                    &["編號", "受稽單位", "稽核日期", "條文", "缺失類別", "稽核發現", "負責人", "改善期限", "辦理情形"],
                    &["A-1", "資訊室", "民國115年3月20日", "A.8.13", "重大缺失", "核心資料庫近六個月之備份皆未進行還原測試，且有三次備份作業失敗未被發現。", "Martín Lombardi", "民國115年4月30日", "改善中"],
                    &["A-2", "資訊室", "民國115年3月20日", "A.8.15", "次要缺失", "防火牆日誌僅保存30天，與日誌管理程序規定之一年不符。", "林美玲", "民國115年6月30日", "改善中"],
                    &["A-3", "資訊室", "民國115年3月20日", "附錄A 8.9", "觀察事項", "伺服器安全組態基準尚未文件化。", "資訊室主任", "", "未開始"],
                    &["B-1", "人事室", "民國115年3月21日", "A.6.6", "次要缺失", "新進人員到職時未簽署保密切結書，抽查10人中有3人缺漏。", "林美玲", "民國115年6月30日", "改善中"],
                    &["B-2", "人事室", "民國115年3月21日", "7.3", "改善建議", "建議每季寄送資安宣導電子報，以提升同仁資安認知。", "Lena Fischer", "", "未開始"],
                    &["C-1", "總務室", "民國115年3月21日", "A.7.2", "觀察事項", "機房門禁進出紀錄未定期審查。", "林美玲", "", "未開始"],
                ],
            )
            .merged(0, 0, 0, 8)]),
            expected: vec![
                finding("A-1", "major", "A.8.13", "核心資料庫近六個月").owner("martin@acme.test"),
                finding("A-2", "minor", "A.8.15", "防火牆日誌僅保存").pending(&["林美玲"]),
                finding("A-3", "observation", "A.8.9", "伺服器安全組態基準").pending(&["資訊室主任"]),
                finding("B-1", "minor", "A.6.6", "新進人員到職時").pending(&["林美玲"]),
                finding("B-2", "ofi", "7.3", "建議每季寄送").owner("lena.fischer@acme.test"),
                finding("C-1", "observation", "A.7.2", "機房門禁進出紀錄").pending(&["林美玲"]),
            ],
        },
        Layout {
            id: "ho14-ko-internal-audit-clause-suffix",
            origin: "holdout 14, written for this holdout: a Korean company's internal ISMS audit nonconformity log (내부심사 부적합 관리대장) where clauses carry the clause word 항 after the number, as Korean audit texts write them (\"ISO 9001:2015의 9.2항\" in a certification body's post on cafe.daum.net, and ranges with ~ as in \"4조~10조\" at itstarter.tistory.com/m/2744, both found via search): 관련 조항 holds \"9.2항\", \"5.1~5.3항\" (clauses 5.1, 5.2 and 5.3), \"6.1.2항, 8.2항\", \"부속서 A 8.8항\" (Annex A) and controls on two lines in one cell (\"A.5.15\\nA.5.18\"). Columns: 관리번호 (IA-2026-01...), 심사일 (date cells), 피심사부서, 관련 조항, 부적합 내용, 등급 (중대 부적합 / 경미 부적합 / 관찰 사항 / 개선 권고), 조치 담당자, 완료 예정일 and 진행 상태, under a merged title. Owners are users' names, a user's email, a Korean name no user has and a role (정보보호팀장)",
            file_name: "2026_ISMS_내부심사_부적합_관리대장.xlsx",
            bytes: xlsx(vec![sheet(
                "부적합 관리대장",
                0,
                0,
                &[
                    &["2026년 ISO/IEC 27001:2022 내부심사 부적합 관리대장"],
                    &[""],
                    &["관리번호", "심사일", "피심사부서", "관련 조항", "부적합 내용", "등급", "조치 담당자", "완료 예정일", "진행 상태"],
                    &["IA-2026-01", "#d 2026-03-10", "정보보호팀", "5.1~5.3항", "경영진의 정보보호 정책 승인 및 역할·책임 부여 기록이 확인되지 않음.", "중대 부적합", "Badr Karim", "#d 2026-04-30", "진행 중"],
                    &["IA-2026-02", "#d 2026-03-10", "인프라운영팀", "A.5.15\nA.5.18", "퇴사자 3명의 VPN 계정이 퇴사 후 2개월이 지나도록 삭제되지 않음.", "경미 부적합", "김민수", "#d 2026-05-29", "진행 중"],
                    &["IA-2026-03", "#d 2026-03-11", "인프라운영팀", "부속서 A 8.8항", "분기별 취약점 점검에서 나온 고위험 항목 5건이 조치되지 않음.", "경미 부적합", "lena.fischer@acme.test", "#d 2026-05-29", "진행 중"],
                    &["IA-2026-04", "#d 2026-03-11", "정보보호팀", "9.2항", "내부심사 계획에 심사원의 독립성 확보 방안이 정의되어 있지 않음.", "경미 부적합", "정보보호팀장", "#d 2026-05-29", "미착수"],
                    &["IA-2026-05", "#d 2026-03-12", "개발팀", "6.1.2항, 8.2항", "신규 결제 시스템이 위험평가 대상에서 누락됨.", "경미 부적합", "김민수", "#d 2026-06-30", "미착수"],
                    &["IA-2026-06", "#d 2026-03-12", "개발팀", "A.8.29", "일부 배포 승인 기록에 보안 테스트 결과가 첨부되지 않음.", "관찰 사항", "Martín Lombardi", "", "미착수"],
                    &["IA-2026-07", "#d 2026-03-12", "정보보호팀", "A.5.7", "위협 인텔리전스 수집 결과를 월간 정보보호 보고에 포함할 것을 권고함.", "개선 권고", "Badr Karim", "", "미착수"],
                ],
            )
            .merged(0, 0, 0, 8)]),
            expected: vec![
                finding("IA-2026-01", "major", "5.1, 5.2, 5.3", "경영진의 정보보호 정책").owner("badr@acme.test"),
                finding("IA-2026-02", "minor", "A.5.15, A.5.18", "퇴사자 3명의 VPN").pending(&["김민수"]),
                finding("IA-2026-03", "minor", "A.8.8", "분기별 취약점 점검").owner("lena.fischer@acme.test"),
                finding("IA-2026-04", "minor", "9.2", "내부심사 계획에").pending(&["정보보호팀장"]),
                finding("IA-2026-05", "minor", "6.1.2, 8.2", "신규 결제 시스템").pending(&["김민수"]),
                finding("IA-2026-06", "observation", "A.8.29", "일부 배포 승인 기록").owner("martin@acme.test"),
                finding("IA-2026-07", "ofi", "A.5.7", "위협 인텔리전스").owner("badr@acme.test"),
            ],
        },
    ]
}

fn fifteenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "ho15-ro-cb-report-annex",
            origin: "holdout 15, written for this holdout: a Romanian certification body's annex to a surveillance audit report (Anexa 2 la Raportul de audit nr. 0412/2026 - Lista constatărilor) under a merged title and a merged line of audit details: Nr. crt. (a running number, the only id), Clauza (\"Clauza 9.2\", \"Clauza 6.1.3 d)\", \"Anexa A, 8.13\", and two controls in one cell, \"Anexa A, 5.15 și 5.18\"), Tip constatare (Neconformitate majoră / minoră, and Observaţie and Oportunitate de îmbunătăţire typed with the cedilla ţ (U+0163) of older Romanian templates, not the comma-below ț the other cells use), Descrierea constatării, Dovezi obiective, Responsabil and Termen as text (31.05.2026, \"-\" where there is none). Found via search: the SRAC general certification rules SRAC-R-01, which cover ISO/IEC 27001 (ro.scribd.com/doc/122968202), a bilingual Romanian/English stage 1 audit report (Constatările auditului, Nr. raport: ro.scribd.com/document/151545302), Romanian procedures and forms with Nr. crt. columns and cedilla spellings (ro.scribd.com/document/700000968, ro.scribd.com/document/50214326 with its Raport de Acțiuni Corective, ro.scribd.com/doc/73487395); no Romanian ISMS finding list was found, so the columns are the usual ones. Owners are users' names, a user's email, a user's English job title (Head of IT Operations, as multinationals in Romania write titles), a Romanian name no user has and a role (Director Resurse Umane)",
            file_name: "Anexa_2_Raport_audit_0412-2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Anexa 2",
                0,
                0,
                &[
                    &["Anexa 2 la Raportul de audit nr. 0412/2026 - Lista constatărilor"],
                    &["Organizația: ACME Software S.R.L.    Standard: ISO/IEC 27001:2022    Tip audit: Supraveghere 1    Perioada: 16-18.03.2026    Auditor șef: Mihai Dumitrescu"],
                    &[""],
                    &["Nr. crt.", "Clauza", "Tip constatare", "Descrierea constatării", "Dovezi obiective", "Responsabil", "Termen"],
                    &["#n 1", "Clauza 9.2", "Neconformitate majoră", "Programul de audit intern pentru anul 2025 nu a fost realizat; nu există niciun raport de audit intern.", "Programul de audit aprobat la 10.01.2025 prevedea patru audituri interne, dintre care niciunul nu a fost efectuat.", "Badr Karim", "30.04.2026"],
                    &["#n 2", "Anexa A, 5.15 și 5.18", "Neconformitate minoră", "Drepturile de acces ale utilizatorilor în aplicația ERP nu sunt revizuite periodic, așa cum cere politica de control al accesului.", "Ultima revizuire a drepturilor de acces datează din martie 2024.", "Andrei Popescu", "31.05.2026"],
                    &["#n 3", "Anexa A, 8.13", "Neconformitate minoră", "Testele de restaurare din copiile de siguranță nu au fost efectuate conform planului de backup.", "Planul de backup cere un test de restaurare trimestrial; nu există înregistrări pentru 2025.", "Head of IT Operations", "31.05.2026"],
                    &["#n 4", "Clauza 6.1.3 d)", "Neconformitate minoră", "Declarația de aplicabilitate nu justifică excluderea unor măsuri de control din Anexa A.", "Declarația de aplicabilitate, ediția 2 din 12.09.2025.", "martin@acme.test", "31.05.2026"],
                    &["#n 5", "Clauza 7.3", "Observa\u{163}ie", "Doi dintre angajații noi nu cunoșteau procedura de raportare a incidentelor de securitate.", "", "Director Resurse Umane", "-"],
                    &["#n 6", "Anexa A, 5.7", "Oportunitate de îmbunătă\u{163}ire", "Informațiile despre amenințări ar putea fi centralizate într-un raport lunar către conducere.", "", "Andrei Popescu", "-"],
                ],
            )
            .merged(0, 0, 0, 6)
            .merged(1, 0, 1, 6)]),
            expected: vec![
                finding("1", "major", "9.2", "Programul de audit intern").owner("badr@acme.test"),
                finding("2", "minor", "A.5.15, A.5.18", "Drepturile de acces").pending(&["Andrei Popescu"]),
                finding("3", "minor", "A.8.13", "Testele de restaurare").owner("ops@acme.test"),
                finding("4", "minor", "6.1.3", "Declarația de aplicabilitate").owner("martin@acme.test"),
                finding("5", "observation", "7.3", "Doi dintre angajații noi").pending(&["Director Resurse Umane"]),
                finding("6", "ofi", "A.5.7", "Informațiile despre amenințări").pending(&["Andrei Popescu"]),
            ],
        },
        Layout {
            id: "ho15-hu-corrective-action-register",
            origin: "holdout 15, written for this holdout: a Hungarian company's corrective action register (Helyesbítő intézkedések nyilvántartása) under a merged title and a merged line naming the standard: Sorszám (a running number, the only id), Felvétel dátuma (2026.03.18.), Forrás (Tanúsító audit / Belső audit), Megállapítás típusa (Jelentős nemmegfelelőség / Kisebb nemmegfelelőség / Észrevétel / Fejlesztési lehetőség), Szabványpont (\"9.2. pont\" with the Hungarian ordinal dot, \"6.1.3 d) pont\", \"7.3 pont\", \"A.8.13\", \"A.5.7\", and \"A melléklet 5.18\", Annex A as Hungarian text names it), Leírás, Gyökérok and Intézkedés (filled for three findings), Felelős with names family name first as Hungarians write them (Kovács Péter, and the user Lena Fischer written Fischer Lena), Határidő (2026.05.31.) and Állapot. Found via search: eurocert.hu/A-TANUSITAS-FOLYAMATA (a Hungarian certification body: súlyos nem-megfelelőség, a szabványpontok követelményei), the TÜV Rheinland InterCert audit report at adoc.pub (Az audit megállapításai, fejlesztési javaslatok) and International Cert Hungary's certification procedure at akkreditacio.hu/hu/tev (its audit report is an Excel file); no Hungarian corrective action register was found, so the columns are the usual ones. Owners are users' names, a Hungarian name no user has and a role (informatikai vezető)",
            file_name: "Helyesbítő intézkedések nyilvántartása 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Nyilvántartás",
                0,
                0,
                &[
                    &["Helyesbítő intézkedések nyilvántartása - 2026"],
                    &["Információbiztonsági irányítási rendszer (ISO/IEC 27001:2022) - Acme Informatikai Kft."],
                    &[""],
                    &["Sorszám", "Felvétel dátuma", "Forrás", "Megállapítás típusa", "Szabványpont", "Leírás", "Gyökérok", "Intézkedés", "Felelős", "Határidő", "Állapot"],
                    &["#n 1", "2026.03.18.", "Tanúsító audit", "Jelentős nemmegfelelőség", "9.2. pont", "A 2025. évi belső auditprogramban tervezett négy auditból egyet sem hajtottak végre.", "A belső auditor kilépése után nem jelöltek ki helyettest.", "Két munkatárs belső auditor képzése, az auditprogram átütemezése.", "Badr Karim", "2026.04.30.", "Folyamatban"],
                    &["#n 2", "2026.03.18.", "Tanúsító audit", "Kisebb nemmegfelelőség", "A.8.13", "A mentésekből történő visszaállítást 2025-ben egyszer sem tesztelték.", "A visszaállítási teszt nem szerepel az üzemeltetési naptárban.", "Negyedéves visszaállítási teszt ütemezése és jegyzőkönyvezése.", "Fischer Lena", "2026.05.31.", "Folyamatban"],
                    &["#n 3", "2026.03.19.", "Tanúsító audit", "Kisebb nemmegfelelőség", "A melléklet 5.18", "Két kilépett munkatárs VPN-hozzáférését a kilépést követő hat hétig nem vonták vissza.", "", "", "Kovács Péter", "2026.05.31.", "Nyitott"],
                    &["#n 4", "2026.03.19.", "Tanúsító audit", "Kisebb nemmegfelelőség", "6.1.3 d) pont", "Az alkalmazhatósági nyilatkozat nem indokolja a kizárt intézkedéseket.", "", "Az alkalmazhatósági nyilatkozat felülvizsgálata és jóváhagyatása.", "informatikai vezető", "2026.05.31.", "Nyitott"],
                    &["#n 5", "2026.03.20.", "Belső audit", "Észrevétel", "7.3 pont", "Az új belépők egy része nem ismeri az információbiztonsági incidensek bejelentésének módját.", "", "", "Kovács Péter", "", "Nyitott"],
                    &["#n 6", "2026.03.20.", "Belső audit", "Fejlesztési lehetőség", "A.5.7", "A fenyegetettségi információkat havi összefoglalóban is meg lehetne osztani a vezetéssel.", "", "", "Martín Lombardi", "", "Nyitott"],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)]),
            expected: vec![
                finding("1", "major", "9.2", "A 2025. évi belső auditprogramban")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("2", "minor", "A.8.13", "A mentésekből történő visszaállítást")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("3", "minor", "A.5.18", "Két kilépett munkatárs")
                    .pending(&["Kovács Péter"])
                    .plan(false),
                finding("4", "minor", "6.1.3", "Az alkalmazhatósági nyilatkozat")
                    .pending(&["informatikai vezető"])
                    .plan(true),
                finding("5", "observation", "7.3", "Az új belépők egy része")
                    .pending(&["Kovács Péter"])
                    .plan(false),
                finding("6", "ofi", "A.5.7", "A fenyegetettségi információkat")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "ho15-el-cb-findings-upper-case",
            origin: "holdout 15, written for this holdout: a Greek certification body's table of findings (ΠΙΝΑΚΑΣ ΕΥΡΗΜΑΤΩΝ) from a first surveillance audit, typed as Greek Excel users often type headings: in upper case without accents (Α/Α, ΚΩΔΙΚΟΣ, ΚΑΤΗΓΟΡΙΑ, ΑΠΑΙΤΗΣΗ ΠΡΟΤΥΠΟΥ, ΠΕΡΙΓΡΑΦΗ ΜΗ ΣΥΜΜΟΡΦΩΣΗΣ, ΑΝΤΙΚΕΙΜΕΝΙΚΑ ΤΕΚΜΗΡΙΑ, ΥΠΕΥΘΥΝΟΣ, ΠΡΟΘΕΣΜΙΑ), and the category column too (ΜΕΙΖΩΝ ΜΗ ΣΥΜΜΟΡΦΩΣΗ, ΕΛΑΣΣΩΝ ΜΗ ΣΥΜΜΟΡΦΩΣΗ, ΠΑΡΑΤΗΡΗΣΗ, ΕΥΚΑΙΡΙΑ ΒΕΛΤΙΩΣΗΣ), under a merged title and a merged line of audit details. Α/Α is the running number; ΚΩΔΙΚΟΣ (ΕΥΡ-01...) is the finding's id. ΑΠΑΙΤΗΣΗ ΠΡΟΤΥΠΟΥ holds \"Ρήτρα 9.2\", \"Ρήτρα 6.1.3 δ)\" (the Greek list letter for d), \"Παράρτημα Α 5.15\" and \"Α.8.13\" typed with the Greek capital alpha a Greek keyboard gives; ΠΡΟΘΕΣΜΙΑ holds date cells shown 31/05/2026. Found via search: tuvaustriahellas.gr's notice on the ISO/IEC 27001:2022 transition for Greek certified organisations, openeducation.gr/iso27001 (ΣΔΑΠ for ISMS, clauses called Ενότητα), and the KC Hellas and QMSCERT certification regulations on docplayer.gr (upper-case unaccented headings, ΚΩΔΙΚΟΣ); no Greek finding list and no Greek definition of the grades was found, so the grade words are the usual Greek ones. Owners are users' names, a user's email, a Greek name no user has and a role (Διευθυντής Πληροφορικής)",
            file_name: "ΕΥΡΗΜΑΤΑ_ΕΠΙΘΕΩΡΗΣΗΣ_ISO27001_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "ΕΥΡΗΜΑΤΑ",
                0,
                0,
                &[
                    &["ΕΚΘΕΣΗ ΕΠΙΘΕΩΡΗΣΗΣ ΠΙΣΤΟΠΟΙΗΣΗΣ - ΠΙΝΑΚΑΣ ΕΥΡΗΜΑΤΩΝ"],
                    &["ΠΕΛΑΤΗΣ: ACME ΠΛΗΡΟΦΟΡΙΚΗ Α.Ε.    ΠΡΟΤΥΠΟ: ISO/IEC 27001:2022    ΕΙΔΟΣ: 1η ΕΠΙΘΕΩΡΗΣΗ ΕΠΙΤΗΡΗΣΗΣ    ΗΜΕΡΟΜΗΝΙΕΣ: 16-18/03/2026"],
                    &[""],
                    &["Α/Α", "ΚΩΔΙΚΟΣ", "ΚΑΤΗΓΟΡΙΑ", "ΑΠΑΙΤΗΣΗ ΠΡΟΤΥΠΟΥ", "ΠΕΡΙΓΡΑΦΗ ΜΗ ΣΥΜΜΟΡΦΩΣΗΣ", "ΑΝΤΙΚΕΙΜΕΝΙΚΑ ΤΕΚΜΗΡΙΑ", "ΥΠΕΥΘΥΝΟΣ", "ΠΡΟΘΕΣΜΙΑ"],
                    &["#n 1", "ΕΥΡ-01", "ΜΕΙΖΩΝ ΜΗ ΣΥΜΜΟΡΦΩΣΗ", "Ρήτρα 9.2", "Δεν διενεργήθηκε εσωτερική επιθεώρηση του ΣΔΑΠ κατά το 2025, παρότι προβλεπόταν στο πρόγραμμα επιθεωρήσεων.", "Πρόγραμμα εσωτερικών επιθεωρήσεων 2025 (έκδοση 1, 15/01/2025)· δεν υπάρχουν εκθέσεις επιθεώρησης.", "Badr Karim", "#d 2026-04-30"],
                    &["#n 2", "ΕΥΡ-02", "ΕΛΑΣΣΩΝ ΜΗ ΣΥΜΜΟΡΦΩΣΗ", "Παράρτημα Α 5.15", "Τα δικαιώματα πρόσβασης στο ERP δεν επανεξετάζονται σε τακτά διαστήματα, όπως ορίζει η πολιτική ελέγχου πρόσβασης.", "Η τελευταία επανεξέταση έγινε τον Μάρτιο του 2024.", "Γιώργος Παπαδόπουλος", "#d 2026-05-31"],
                    &["#n 3", "ΕΥΡ-03", "ΕΛΑΣΣΩΝ ΜΗ ΣΥΜΜΟΡΦΩΣΗ", "\u{391}.8.13", "Δεν τηρούνται αρχεία δοκιμών επαναφοράς από τα αντίγραφα ασφαλείας για το 2025.", "Η διαδικασία αντιγράφων ασφαλείας ορίζει τριμηνιαία δοκιμή επαναφοράς.", "Διευθυντής Πληροφορικής", "#d 2026-05-31"],
                    &["#n 4", "ΕΥΡ-04", "ΕΛΑΣΣΩΝ ΜΗ ΣΥΜΜΟΡΦΩΣΗ", "Ρήτρα 6.1.3 δ)", "Η Δήλωση Εφαρμοσιμότητας δεν αιτιολογεί την εξαίρεση μέτρων ελέγχου του Παραρτήματος Α.", "Δήλωση Εφαρμοσιμότητας, έκδοση 2, 12/09/2025.", "lena.fischer@acme.test", "#d 2026-05-31"],
                    &["#n 5", "ΕΥΡ-05", "ΠΑΡΑΤΗΡΗΣΗ", "Ρήτρα 7.3", "Δύο νεοπροσληφθέντες υπάλληλοι δεν γνώριζαν τη διαδικασία αναφοράς περιστατικών ασφάλειας πληροφοριών.", "", "Γιώργος Παπαδόπουλος", ""],
                    &["#n 6", "ΕΥΡ-06", "ΕΥΚΑΙΡΙΑ ΒΕΛΤΙΩΣΗΣ", "Παράρτημα Α 5.7", "Οι πληροφορίες για απειλές θα μπορούσαν να συγκεντρώνονται σε μηνιαία αναφορά προς τη Διοίκηση.", "", "Martín Lombardi", ""],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)]),
            expected: vec![
                finding("ΕΥΡ-01", "major", "9.2", "Δεν διενεργήθηκε εσωτερική επιθεώρηση").owner("badr@acme.test"),
                finding("ΕΥΡ-02", "minor", "A.5.15", "Τα δικαιώματα πρόσβασης στο ERP").pending(&["Γιώργος Παπαδόπουλος"]),
                finding("ΕΥΡ-03", "minor", "A.8.13", "Δεν τηρούνται αρχεία δοκιμών").pending(&["Διευθυντής Πληροφορικής"]),
                finding("ΕΥΡ-04", "minor", "6.1.3", "Η Δήλωση Εφαρμοσιμότητας").owner("lena.fischer@acme.test"),
                finding("ΕΥΡ-05", "observation", "7.3", "Δύο νεοπροσληφθέντες υπάλληλοι").pending(&["Γιώργος Παπαδόπουλος"]),
                finding("ΕΥΡ-06", "ofi", "A.5.7", "Οι πληροφορίες για απειλές").owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "ho15-sk-1250-csv-internal-audit",
            origin: "holdout 15, written for this holdout: a Slovak company's list of internal ISMS audit findings saved by Excel as a `;`-separated CSV in Windows-1250, with no BOM (Windows-1250 is Excel's default code page for Czech and Slovak CSV, with semicolons: upgates.cz/a/nastaveni-utf-8-kodovani-souboru-csv, found via search), a title line padded with semicolons as Excel pads it, then P. č. (a running number) and Číslo zistenia (IA-2026/01..., the finding's id), Dátum auditu (10.3.2026, as Slovak Windows writes short dates), Auditovaný útvar, Typ in lower case (závažná nezhoda / menšia nezhoda / pozorovanie / príležitosť na zlepšenie), Článok normy (\"čl. 9.3\", \"čl. 7.2\", \"čl. 6.1.2, 8.2\", \"A.5.15\" and \"príloha A, 8.8\", Annex A as the Slovak text of the standard names it), Popis zistenia, Zodpovedný (Slovak names with their academic titles, Ing. and Mgr., as Slovak registers write them), Termín (31.5.2026) and Stav. Found via search: Slovak certification bodies' pages on nonconformities and corrective actions (sktc.evpu.sk: veľké a malé nezhody, náprava a nápravné opatrenia; iso.sk of TSÜ; acert.sk: systémová nezhoda) and the Slovak STN EN ISO 19011 (pdfslide.net); the grade words of this internal list were not found in a source and are the usual Slovak ones. Owners are users' names, a user's email, Slovak names no user has and a role (vedúci IT)",
            file_name: "zistenia_interny_audit_ISMS_2026.csv",
            bytes: {
                let rows: &[&[&str]] = &[
                    &["Zoznam zistení z interného auditu ISMS (ISO/IEC 27001:2022) - 2026", "", "", "", "", "", "", "", "", ""],
                    &["P. č.", "Číslo zistenia", "Dátum auditu", "Auditovaný útvar", "Typ", "Článok normy", "Popis zistenia", "Zodpovedný", "Termín", "Stav"],
                    &["1", "IA-2026/01", "10.3.2026", "Oddelenie IT", "závažná nezhoda", "čl. 9.3", "Preskúmanie manažmentom za rok 2025 sa neuskutočnilo a zápisnica z neho neexistuje.", "Badr Karim", "30.4.2026", "otvorené"],
                    &["2", "IA-2026/02", "10.3.2026", "Oddelenie IT", "menšia nezhoda", "A.5.15", "Prístupové práva do účtovného systému sa nepreskúmavajú v intervaloch stanovených smernicou.", "Ing. Peter Horváth", "31.5.2026", "otvorené"],
                    &["3", "IA-2026/03", "11.3.2026", "Personálne oddelenie", "menšia nezhoda", "čl. 7.2", "Pre dvoch správcov databáz chýbajú záznamy o odbornej spôsobilosti.", "Mgr. Jana Kováčová", "31.5.2026", "otvorené"],
                    &["4", "IA-2026/04", "11.3.2026", "Oddelenie IT", "menšia nezhoda", "príloha A, 8.8", "Kritické zraniteľnosti z januárového skenovania neboli odstránené do 30 dní.", "ops@acme.test", "31.5.2026", "otvorené"],
                    &["5", "IA-2026/05", "12.3.2026", "Ekonomické oddelenie", "pozorovanie", "čl. 6.1.2, 8.2", "Posúdenie rizík nezahŕňa nový cloudový archív faktúr spustený v januári.", "vedúci IT", "", "otvorené"],
                    &["6", "IA-2026/06", "12.3.2026", "Oddelenie IT", "príležitosť na zlepšenie", "A.5.24", "Plán reakcie na incidenty by bolo vhodné doplniť o kontaktný zoznam dodávateľov.", "Martín Lombardi", "", "otvorené"],
                ];
                encoding_rs::WINDOWS_1250.encode(&delimited(rows, ';')).0.into_owned()
            },
            expected: vec![
                finding("IA-2026/01", "major", "9.3", "Preskúmanie manažmentom").owner("badr@acme.test"),
                finding("IA-2026/02", "minor", "A.5.15", "Prístupové práva do účtovného").pending(&["Ing. Peter Horváth"]),
                finding("IA-2026/03", "minor", "7.2", "Pre dvoch správcov databáz").pending(&["Mgr. Jana Kováčová"]),
                finding("IA-2026/04", "minor", "A.8.8", "Kritické zraniteľnosti").owner("ops@acme.test"),
                finding("IA-2026/05", "observation", "6.1.2, 8.2", "Posúdenie rizík nezahŕňa").pending(&["vedúci IT"]),
                finding("IA-2026/06", "ofi", "A.5.24", "Plán reakcie na incidenty").owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "ho15-hu-ncr-forms-x-rows",
            origin: "holdout 15, written for this holdout: a Hungarian certification body's nonconformity reports (Nemmegfelelőségi jelentés), one form per sheet on three sheets (NM-1, NM-2, NM-3), labels in column A and values in column B under a merged title: Szervezet, Audit típusa, Audit dátuma (2026.03.18.), Jelentés száma (NM-2026-01..., the finding's id), Auditált terület, Szabványpont (\"9.3 Vezetőségi átvizsgálás\" with the clause title, \"A.5.18 Hozzáférési jogok\", \"A melléklet 8.15. pont\"), A nem-megfelelőség leírása, Objektív bizonyíték, the grade as two label rows (Súlyos nem-megfelelőség, Enyhe nem-megfelelőség) with an X in column B beside the one that applies, as Excel forms tick options, then Felelős, Határidő, Vezető auditor and A szervezet képviselője (names that are not the owner). The hyphenated nem-megfelelőség and súlyos are the spelling of the Hungarian certification body at eurocert.hu/A-TANUSITAS-FOLYAMATA (Súlyos nem-megfelelőség megléte esetén tanúsítvány nem adható ki), found via search with the TÜV Rheinland InterCert audit report at adoc.pub (Az audit megállapításai); no blank Hungarian form was found, so the fields are the usual ones. Three forms, one finding each; owners are a user's name, a Hungarian name no user has and a user's email",
            file_name: "Nemmegfelelosegi_jelentesek_NM-2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "NM-1",
                    0,
                    0,
                    &[
                        &["NEMMEGFELELŐSÉGI JELENTÉS", ""],
                        &[""],
                        &["Szervezet", "Acme Informatikai Kft."],
                        &["Audit típusa", "1. felügyeleti audit - ISO/IEC 27001:2022"],
                        &["Audit dátuma", "2026.03.18."],
                        &["Jelentés száma", "NM-2026-01"],
                        &["Auditált terület", "Felső vezetés"],
                        &["Szabványpont", "9.3 Vezetőségi átvizsgálás"],
                        &["A nem-megfelelőség leírása", "A 2025. évre tervezett vezetőségi átvizsgálás nem történt meg, emlékeztető nem készült."],
                        &["Objektív bizonyíték", "Az ISMS éves terve 2025 novemberére ütemezte az átvizsgálást; jegyzőkönyv nem áll rendelkezésre."],
                        &["Súlyos nem-megfelelőség", "X"],
                        &["Enyhe nem-megfelelőség", ""],
                        &["Felelős", "Badr Karim"],
                        &["Határidő", "2026.05.18."],
                        &["Vezető auditor", "Szabó Gábor"],
                        &["A szervezet képviselője", "Tóth Éva"],
                    ],
                )
                .merged(0, 0, 0, 1),
                sheet(
                    "NM-2",
                    0,
                    0,
                    &[
                        &["NEMMEGFELELŐSÉGI JELENTÉS", ""],
                        &[""],
                        &["Szervezet", "Acme Informatikai Kft."],
                        &["Audit típusa", "1. felügyeleti audit - ISO/IEC 27001:2022"],
                        &["Audit dátuma", "2026.03.18."],
                        &["Jelentés száma", "NM-2026-02"],
                        &["Auditált terület", "Informatika"],
                        &["Szabványpont", "A.5.18 Hozzáférési jogok"],
                        &["A nem-megfelelőség leírása", "Két kilépett munkatárs VPN-hozzáférését a kilépést követő hat hétig nem vonták vissza."],
                        &["Objektív bizonyíték", "A VPN-felhasználók listája (2026.03.17.) és a HR kilépési nyilvántartása."],
                        &["Súlyos nem-megfelelőség", ""],
                        &["Enyhe nem-megfelelőség", "X"],
                        &["Felelős", "Kovács Péter"],
                        &["Határidő", "2026.05.18."],
                        &["Vezető auditor", "Szabó Gábor"],
                        &["A szervezet képviselője", "Tóth Éva"],
                    ],
                )
                .merged(0, 0, 0, 1),
                sheet(
                    "NM-3",
                    0,
                    0,
                    &[
                        &["NEMMEGFELELŐSÉGI JELENTÉS", ""],
                        &[""],
                        &["Szervezet", "Acme Informatikai Kft."],
                        &["Audit típusa", "1. felügyeleti audit - ISO/IEC 27001:2022"],
                        &["Audit dátuma", "2026.03.19."],
                        &["Jelentés száma", "NM-2026-03"],
                        &["Auditált terület", "Informatikai üzemeltetés"],
                        &["Szabványpont", "A melléklet 8.15. pont"],
                        &["A nem-megfelelőség leírása", "A tűzfalnaplókat csak 14 napig őrzik meg, a naplózási szabályzat 180 napot ír elő."],
                        &["Objektív bizonyíték", "A tűzfal naplózási beállításai és a Naplózási szabályzat 4.2 pontja."],
                        &["Súlyos nem-megfelelőség", ""],
                        &["Enyhe nem-megfelelőség", "X"],
                        &["Felelős", "martin@acme.test"],
                        &["Határidő", "2026.05.18."],
                        &["Vezető auditor", "Szabó Gábor"],
                        &["A szervezet képviselője", "Tóth Éva"],
                    ],
                )
                .merged(0, 0, 0, 1),
            ]),
            expected: vec![
                finding("NM-2026-01", "major", "9.3", "A 2025. évre tervezett vezetőségi").owner("badr@acme.test"),
                finding("NM-2026-02", "minor", "A.5.18", "Két kilépett munkatárs").pending(&["Kovács Péter"]),
                finding("NM-2026-03", "minor", "A.8.15", "A tűzfalnaplókat csak 14 napig").owner("martin@acme.test"),
            ],
        },
    ]
}

fn sixteenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "holdout16-id-internal-audit-roman-month-numbers",
            origin: "holdout 16, written for this holdout: an Indonesian company's internal ISMS audit findings list (Daftar Temuan Audit Internal SMKI), only in Indonesian, under a merged title and a merged line of audit details. A running No. beside the finding number written the way Indonesian official letters and reports are numbered: sequence / unit code / month in Roman numerals / year (\"001/AI-SMKI/III/2026\"), so every reference holds slashes and the same III. Headers: Tanggal Audit (\"16 Maret 2026\" as text), Unit Kerja, Klausul / Kontrol (\"Klausul 9.2\", \"Kontrol A.8.8\", \"Klausul 7.2 dan 7.3\" and \"Kontrol A.5.20 dan A.5.23\", two requirements joined by dan, and; and a bare A.8.15), Kategori Temuan (Ketidaksesuaian Mayor / Ketidaksesuaian Minor / Observasi / Peluang Peningkatan), Uraian Temuan (the statement), Bukti Objektif, Akar Masalah and Tindakan Perbaikan (filled for the major only), PIC (the person in charge, as Indonesian registers head it), Batas Waktu (\"30 April 2026\"), Status (Terbuka). Owners: users' names with the Indonesian honorifics Bpk. (Bapak) and Ibu in front, as Indonesian documents address people, an Indonesian name no user has, a role (Kepala Divisi Pengadaan) and a user's name. Under the table, the Indonesian signature block: place and date (\"Jakarta, 18 Maret 2026\"), \"Disetujui oleh,\" and \"Auditor Utama,\", then names in brackets (one of them a user's) and a job title; none of it is a finding",
            file_name: "Daftar_Temuan_Audit_Internal_SMKI_Q1_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Temuan AI",
                0,
                0,
                &[
                    &["DAFTAR TEMUAN AUDIT INTERNAL SISTEM MANAJEMEN KEAMANAN INFORMASI (SMKI)"],
                    &["PT Acme Solusi Digital    Standar: ISO/IEC 27001:2022    Periode audit: 16–18 Maret 2026    Ketua Tim Audit: Rina Wulandari"],
                    &[""],
                    &["No.", "Nomor Temuan", "Tanggal Audit", "Unit Kerja", "Klausul / Kontrol", "Kategori Temuan", "Uraian Temuan", "Bukti Objektif", "Akar Masalah", "Tindakan Perbaikan", "PIC", "Batas Waktu", "Status"],
                    &["#n 1", "001/AI-SMKI/III/2026", "16 Maret 2026", "Divisi Teknologi Informasi", "Klausul 9.2", "Ketidaksesuaian Mayor", "Audit internal SMKI tahun 2025 tidak dilaksanakan sesuai program audit yang telah disetujui.", "Program Audit Internal 2025 rev. 0 menjadwalkan tiga audit; tidak ada laporan audit yang dapat ditunjukkan.", "Auditor internal mengundurkan diri pada Juni 2025 dan belum ditunjuk pengganti.", "Menunjuk dua auditor internal baru dan menjadwalkan ulang audit internal.", "Bpk. Badr Karim", "30 April 2026", "Terbuka"],
                    &["#n 2", "002/AI-SMKI/III/2026", "16 Maret 2026", "Divisi Teknologi Informasi", "Kontrol A.8.8", "Ketidaksesuaian Minor", "Kerentanan kritis hasil pemindaian bulan Januari 2026 belum ditutup lebih dari 30 hari.", "Laporan pemindaian kerentanan tanggal 12 Januari 2026: tujuh temuan kritis masih terbuka.", "", "", "Ibu Lena Fischer", "31 Mei 2026", "Terbuka"],
                    &["#n 3", "003/AI-SMKI/III/2026", "17 Maret 2026", "Divisi SDM", "Klausul 7.2 dan 7.3", "Ketidaksesuaian Minor", "Catatan kompetensi dan bukti pelatihan kesadaran keamanan informasi untuk lima karyawan baru tidak tersedia.", "Berkas personel karyawan yang bergabung pada Oktober–Desember 2025.", "", "", "Dewi Lestari", "31 Mei 2026", "Terbuka"],
                    &["#n 4", "004/AI-SMKI/III/2026", "17 Maret 2026", "Divisi Pengadaan", "Kontrol A.5.20 dan A.5.23", "Observasi", "Perjanjian dengan penyedia layanan cloud belum memuat persyaratan keamanan informasi secara eksplisit.", "Perjanjian Kerja Sama No. 045/PKS/VIII/2025.", "", "", "Kepala Divisi Pengadaan", "", "Terbuka"],
                    &["#n 5", "005/AI-SMKI/III/2026", "18 Maret 2026", "Divisi Teknologi Informasi", "A.8.15", "Peluang Peningkatan", "Log server aplikasi dapat diteruskan ke SIEM agar pemantauan dapat dilakukan secara terpusat.", "", "", "", "Martín Lombardi", "", "Terbuka"],
                    &[""],
                    &["", "", "", "", "", "", "Jakarta, 18 Maret 2026"],
                    &["", "", "", "", "", "", "Disetujui oleh,", "", "", "", "Auditor Utama,"],
                    &[""],
                    &[""],
                    &["", "", "", "", "", "", "(Badr Karim)", "", "", "", "(Rina Wulandari)"],
                    &["", "", "", "", "", "", "Manajer SMKI", "", "", "", "Auditor Internal"],
                ],
            )
            .merged(0, 0, 0, 12)
            .merged(1, 0, 1, 12)]),
            expected: vec![
                finding("001/AI-SMKI/III/2026", "major", "9.2", "Audit internal SMKI tahun 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("002/AI-SMKI/III/2026", "minor", "A.8.8", "Kerentanan kritis hasil pemindaian")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("003/AI-SMKI/III/2026", "minor", "7.2, 7.3", "Catatan kompetensi dan bukti")
                    .pending(&["Dewi Lestari"])
                    .plan(false),
                finding("004/AI-SMKI/III/2026", "observation", "A.5.20, A.5.23", "Perjanjian dengan penyedia layanan")
                    .pending(&["Kepala Divisi Pengadaan"])
                    .plan(false),
                finding("005/AI-SMKI/III/2026", "ofi", "A.8.15", "Log server aplikasi dapat")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout16-ar-government-internal-audit-hijri",
            origin: "holdout 16, written for this holdout: a Saudi government agency's internal audit register for its ISMS (سجل ملاحظات المراجعة الداخلية), only in Arabic, grades too (no English beside them, unlike the bilingual CB report of holdout 12): عدم مطابقة رئيسية (major), عدم مطابقة ثانوية (minor), ملاحظة (observation; the same word the headers use for a finding in general, تصنيف الملاحظة / وصف الملاحظة) and فرصة تحسين (OFI). Dates in the Hijri calendar as government bodies there write them (1447/09/20هـ). The running number م (1 to 5, number cells) is the only id. Requirements: البند 6.1.3 (د) with the Arabic list letter د for d), البندان 8.2 و 8.3 (the dual, two clauses joined by و, and) and Annex A written الملحق أ – 5.18 with the Arabic letter alef, as Arabic texts name annexes (أ, ب, ج); a reader sees A.5.18. Root cause and corrective action columns filled for the three nonconformities, empty for the observation and the OFI. Owners: users' names in Latin script (expatriate staff), an Arabic role no user has and an Arabic name no user has",
            file_name: "سجل_ملاحظات_المراجعة_الداخلية_1447.xlsx",
            bytes: xlsx(vec![sheet(
                "السجل",
                0,
                0,
                &[
                    &["سجل ملاحظات المراجعة الداخلية لنظام إدارة أمن المعلومات (ISO/IEC 27001:2022)"],
                    &["الإدارة العامة لتقنية المعلومات – دورة المراجعة الداخلية الأولى لعام 1447هـ – رئيس فريق المراجعة: عبدالله القحطاني"],
                    &[""],
                    &["م", "تاريخ المراجعة", "الإدارة المراجَعة", "المتطلب", "تصنيف الملاحظة", "وصف الملاحظة", "السبب الجذري", "الإجراء التصحيحي", "المسؤول عن التنفيذ", "تاريخ الإغلاق المستهدف", "الحالة"],
                    &["#n 1", "1447/09/20هـ", "إدارة المخاطر", "البندان 8.2 و 8.3", "عدم مطابقة رئيسية", "لم يُحدَّث تقييم مخاطر أمن المعلومات ولا خطة معالجتها بعد نقل الأنظمة إلى مركز البيانات الجديد.", "عدم ربط إجراء إدارة التغيير بإجراء تقييم المخاطر.", "إعادة تقييم المخاطر وتحديث خطة المعالجة واعتمادها من اللجنة التوجيهية لأمن المعلومات.", "Badr Karim", "1447/11/15هـ", "مفتوحة"],
                    &["#n 2", "1447/09/20هـ", "إدارة الموارد البشرية", "الملحق أ – 5.18", "عدم مطابقة ثانوية", "لا تتم مراجعة صلاحيات الوصول إلى نظام الموارد البشرية بشكل دوري كما تنص سياسة التحكم في الوصول.", "عدم تحديد مسؤول عن المراجعة الدورية للصلاحيات.", "تكليف مالك النظام بمراجعة الصلاحيات كل ثلاثة أشهر وتوثيقها.", "Lena Fischer", "1447/11/15هـ", "مفتوحة"],
                    &["#n 3", "1447/09/21هـ", "إدارة أمن المعلومات", "البند 6.1.3 (د)", "عدم مطابقة ثانوية", "بيان قابلية التطبيق غير معتمد ولا يتضمن مبررات استبعاد الضوابط.", "لم يُعرض البيان على صاحب الصلاحية بعد تحديثه.", "تحديث بيان قابلية التطبيق وإضافة المبررات واعتماده.", "مدير إدارة أمن المعلومات", "1447/11/15هـ", "مفتوحة"],
                    &["#n 4", "1447/09/21هـ", "إدارة تقنية المعلومات", "الملحق أ – 8.13", "ملاحظة", "سجلات اختبار استعادة النسخ الاحتياطية غير مكتملة لبعض الأنظمة غير الحرجة.", "", "", "خالد الزهراني", "", "مفتوحة"],
                    &["#n 5", "1447/09/22هـ", "إدارة الموارد البشرية", "الملحق أ – 6.3", "فرصة تحسين", "يمكن إضافة محاكاة لرسائل التصيد الاحتيالي إلى برنامج التوعية بأمن المعلومات.", "", "", "Martín Lombardi", "", "مفتوحة"],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)]),
            expected: vec![
                finding("1", "major", "8.2, 8.3", "لم يُحدَّث تقييم مخاطر")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("2", "minor", "A.5.18", "لا تتم مراجعة صلاحيات الوصول")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("3", "minor", "6.1.3", "بيان قابلية التطبيق غير معتمد")
                    .pending(&["مدير إدارة أمن المعلومات"])
                    .plan(true),
                finding("4", "observation", "A.8.13", "سجلات اختبار استعادة")
                    .pending(&["خالد الزهراني"])
                    .plan(false),
                finding("5", "ofi", "A.6.3", "يمكن إضافة محاكاة")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout16-cb-export-group-header-codes-summary",
            origin: "holdout 16, written for this holdout: a large certification body's findings report exported from its audit tool to Excel (a BSI/DNV/LRQA-style surveillance report of a two-site client): a merged title and a merged line of audit details (client, certificate, report number, dates), then a two-row header whose upper row groups the columns under merged cells (Location over Site and Process, Finding over Finding no., Category and Clause / control, Description over the statement and the objective evidence, Team alone over Auditor, Client response over the proposed correction and its target date). Extra columns: Site (Leeds (HQ), Dublin DC), Process, Auditor as initials (JS, MK). The grade only as category codes NC-MAJ, NC-MIN, OBS, OFI. Finding numbers built from the report number (R0458213-F01...). Target dates as date cells. Below the table, after a blank row, a summary block whose rows put the same codes (NC-MAJ, NC-MIN, OBS, OFI, Total) in the Site column with their counts as numbers in the Process column, then a merged key line spelling the codes out and naming the auditors; none of these rows is a finding. No owner column",
            file_name: "R0458213_SA2_Findings_Export.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["SURVEILLANCE AUDIT 2 – FINDINGS REPORT"],
                    &["Client: Acme Software Ltd   |   Standard: ISO/IEC 27001:2022   |   Certificate: IS 781204   |   Report: R0458213   |   Audit dates: 10–12 March 2026"],
                    &[""],
                    &["Location", "", "Finding", "", "", "Description", "", "Team", "Client response", ""],
                    &["Site", "Process", "Finding no.", "Category", "Clause / control", "Statement of finding", "Objective evidence", "Auditor", "Proposed correction & corrective action", "Target date"],
                    &["Leeds (HQ)", "Management review", "R0458213-F01", "NC-MAJ", "9.3", "Management review has not been held since the initial certification audit in 2024.", "No minutes, inputs or outputs of a management review for 2025; confirmed by the ISMS manager.", "JS", "Management review to be held on 15 April 2026; annual review added to the board calendar.", "#d 2026-04-30"],
                    &["Leeds (HQ)", "HR – joiners, movers, leavers", "R0458213-F02", "NC-MIN", "A.5.18", "Access of two leavers to the CRM was removed only six weeks after their leaving date.", "CRM user list of 10 March 2026 compared with the HR leavers report for Q4 2025.", "JS", "Leaver checklist to include the CRM; weekly HR–IT reconciliation of accounts.", "#d 2026-05-31"],
                    &["Dublin DC", "IT operations", "R0458213-F03", "NC-MIN", "A.8.13", "Restore tests are not carried out at the quarterly interval set in the backup policy.", "Last recorded restore test: September 2025 (backup policy v3.1, section 4).", "MK", "", "#d 2026-05-31"],
                    &["Dublin DC", "Physical security", "R0458213-F04", "OBS", "A.7.2", "The visitor log at the data hall door is not always completed for contractors.", "Two contractor visits on 11 March 2026 missing from the log.", "MK", "", ""],
                    &["Leeds (HQ)", "Risk management", "R0458213-F05", "OFI", "6.1.2", "The risk methodology could give guidance on scoring supplier-related risks.", "", "JS", "", ""],
                    &[""],
                    &["Summary of findings", ""],
                    &["NC-MAJ", "#n 1"],
                    &["NC-MIN", "#n 2"],
                    &["OBS", "#n 1"],
                    &["OFI", "#n 1"],
                    &["Total", "#n 5"],
                    &[""],
                    &["Key: NC-MAJ = major nonconformity; NC-MIN = minor nonconformity; OBS = observation; OFI = opportunity for improvement. Auditors: JS = J. Swinburne (lead auditor), MK = M. Kowalczyk."],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)
            .merged(3, 0, 3, 1)
            .merged(3, 2, 3, 4)
            .merged(3, 5, 3, 6)
            .merged(3, 8, 3, 9)
            .merged(11, 0, 11, 1)
            .merged(18, 0, 18, 9)]),
            expected: vec![
                finding("R0458213-F01", "major", "9.3", "Management review has not been held").plan(true),
                finding("R0458213-F02", "minor", "A.5.18", "Access of two leavers to the CRM").plan(true),
                finding("R0458213-F03", "minor", "A.8.13", "Restore tests are not carried out").plan(false),
                finding("R0458213-F04", "observation", "A.7.2", "The visitor log at the data hall").plan(false),
                finding("R0458213-F05", "ofi", "6.1.2", "The risk methodology could give").plan(false),
            ],
        },
        Layout {
            id: "holdout16-gitlab-issues-csv-labels",
            origin: "holdout 16, written for this holdout: a GitLab project's issues exported with \"Export as CSV\" (the columns GitLab writes, in its order: Issue ID, URL, Title, State, Description, Author, Author Username, Assignee, Assignee Username, Confidential, Locked, Due Date, Created At (UTC), Updated At (UTC), Closed At (UTC), Milestone, Weight, Labels, Time Estimate, Time Spent; header order as quoted in gitlab-org/gitlab issue 34769, found via search). The ISMS team tracks audit findings as issues: the reference is the project's issue number (Issue ID 41 to 45, beside URLs ending /-/issues/41); the short Title is a heading and the Description (markdown, several paragraphs, the first sentence being the finding, then **Evidence:** lines) is the statement. Grade and requirements are only in the one Labels cell, comma-separated: the grade as a scoped label (finding::major-nc, finding::minor-nc, finding::observation, finding::ofi), the requirements as plain labels ISO27001:9.2, ISO27001:A.5.15 (plain, not scoped, because GitLab allows one scoped label per scope and a finding may cite two controls), beside audit::SA1-2026 and a priority:: label that disagrees with the grade (priority::medium on the major). Author is the ISMS manager on every row; owners are the Assignee display names (users, one name no user has, one issue unassigned: no owner, not the author). One issue is Closed, still a finding",
            file_name: "acme-isms-audit-findings_issues_2026-03-20.csv",
            bytes: {
                let rows: &[&[&str]] = &[
                    &["Issue ID", "URL", "Title", "State", "Description", "Author", "Author Username", "Assignee", "Assignee Username", "Confidential", "Locked", "Due Date", "Created At (UTC)", "Updated At (UTC)", "Closed At (UTC)", "Milestone", "Weight", "Labels", "Time Estimate", "Time Spent"],
                    &["41", "https://gitlab.acme.test/isms/audit-findings/-/issues/41", "2025 internal audit programme not completed", "Open", "Only one of the four internal audits planned in the 2025 audit programme was carried out (HR, June 2025).\n\n**Evidence:** audit programme v1.2; report IA-2025-01 is the only audit report.\n**Raised by:** J. Swinburne (certification body), SA1 2026", "Lena Fischer", "lfischer", "Badr Karim", "bkarim", "No", "No", "2026-04-30", "2026-03-12 16:41:07", "2026-03-14 09:03:55", "", "SA1 2026 corrective actions", "", "ISO27001:9.2,audit::SA1-2026,finding::major-nc,priority::medium", "0", "0"],
                    &["42", "https://gitlab.acme.test/isms/audit-findings/-/issues/42", "Leaver accounts still active in the CRM", "Open", "Two leavers kept active CRM accounts for six weeks after their last working day.\n\n**Evidence:** CRM user list of 10 March 2026 against the HR leavers report for Q4 2025.", "Lena Fischer", "lfischer", "Martín Lombardi", "mlombardi", "No", "No", "2026-05-31", "2026-03-12 16:48:22", "2026-03-13 10:12:40", "", "SA1 2026 corrective actions", "", "ISO27001:A.5.15,ISO27001:A.5.18,audit::SA1-2026,finding::minor-nc,priority::high", "0", "0"],
                    &["43", "https://gitlab.acme.test/isms/audit-findings/-/issues/43", "Restore tests not evidenced", "Closed", "No restore test has been recorded since September 2025, although the backup standard requires one every quarter.\n\n**Evidence:** restore test log in Confluence, last entry 18 September 2025.\n\nRestore test of the file server done and logged on 25 March 2026.", "Lena Fischer", "lfischer", "Priya Natarajan", "pnatarajan", "No", "No", "2026-05-31", "2026-03-12 16:55:03", "2026-03-27 11:20:48", "2026-03-27 11:20:48", "SA1 2026 corrective actions", "", "ISO27001:A.8.13,audit::SA1-2026,finding::minor-nc,priority::high", "0", "0"],
                    &["44", "https://gitlab.acme.test/isms/audit-findings/-/issues/44", "Visitor log incomplete at the server room", "Open", "The visitor log at the server room door was not completed for two contractor visits.\n\n**Evidence:** visitor log and badge reader report, 11 March 2026.", "Lena Fischer", "lfischer", "Lena Fischer", "lfischer", "No", "No", "", "2026-03-12 17:02:19", "2026-03-12 17:02:19", "", "SA1 2026 corrective actions", "", "ISO27001:A.7.2,audit::SA1-2026,finding::observation,priority::low", "0", "0"],
                    &["45", "https://gitlab.acme.test/isms/audit-findings/-/issues/45", "Monthly threat intelligence summary", "Open", "Threat intelligence from the national CERT feed could be summarised in a monthly report to the security committee.", "Lena Fischer", "lfischer", "", "", "No", "No", "", "2026-03-12 17:06:51", "2026-03-12 17:06:51", "", "", "", "ISO27001:A.5.7,audit::SA1-2026,finding::ofi", "0", "0"],
                ];
                let mut text = delimited(rows, ',');
                text.push_str("\r\n");
                text.into_bytes()
            },
            expected: vec![
                finding("41", "major", "9.2", "Only one of the four internal audits").owner("badr@acme.test"),
                finding("42", "minor", "A.5.15, A.5.18", "Two leavers kept active CRM").owner("martin@acme.test"),
                finding("43", "minor", "A.8.13", "No restore test has been recorded").pending(&["Priya Natarajan"]),
                finding("44", "observation", "A.7.2", "The visitor log at the server room").owner("lena.fischer@acme.test"),
                finding("45", "ofi", "A.5.7", "Threat intelligence from the national").pending(&[]),
            ],
        },
        Layout {
            id: "holdout16-precert-multiline-clause-range",
            origin: "holdout 16, written for this holdout: a consultancy's pre-certification (readiness) audit findings for a client about to go to stage 1, on one sheet under a merged title and a merged line naming the consultancy, the client and the date. Cells with line breaks everywhere: statements of two lines (a one-line summary, then the detail), a requirement cell \"Clause 8.1\" above \"A.8.32\" on a second line, owners as a name with the job title on a second line (\"Badr Karim\\nISMS Manager\", \"Lena Fischer\\nCISO\"). Requirements as a range of clauses with an en dash, \"Clauses 9.1 – 9.3\" (a reader writes down 9.1, 9.2 and 9.3, all three 2022 clauses; not their sub-clauses 9.2.1, 9.2.2, 9.3.1... which the cell does not write), and three controls as \"A.5.23, A.5.29 & A.5.30\". Two columns of the template left empty on every row (Root cause, Closed on) between and after filled ones. Grades Major, Minor, Observation, OFI; target dates as date cells, none for the OFI",
            file_name: "Acme_readiness_audit_findings_v1.0.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["ISO/IEC 27001:2022 readiness audit – findings"],
                    &["Northgate Assurance for Acme Software Ltd – fieldwork 2–4 March 2026 – issued 9 March 2026"],
                    &[""],
                    &["Ref", "Requirement(s)", "Grade", "Finding", "Recommendation", "Owner", "Root cause", "Target date", "Closed on"],
                    &["PCA-01", "Clauses 9.1 – 9.3", "Major", "Performance evaluation has not started.\nNo measurement of the ISMS objectives (9.1), no internal audit (9.2) and no management review (9.3) have taken place since the ISMS went live in July 2025.", "Measure the objectives for Q1, hold a first internal audit and a management review before the stage 1 audit.", "Badr Karim\nISMS Manager", "", "#d 2026-05-15", ""],
                    &["PCA-02", "A.5.23, A.5.29 & A.5.30", "Minor", "The hosting provider's outage of October 2025 was handled ad hoc.\nNo continuity or exit arrangements exist for the cloud services in use, and ICT readiness has never been tested.", "Define continuity requirements for the hosting and SaaS providers and test failover once a year.", "Head of IT Operations", "", "#d 2026-06-30", ""],
                    &["PCA-03", "Clause 8.1\nA.8.32", "Minor", "Changes to the production firewall are made without recorded approval.\nThree of five rule changes sampled for February 2026 had no change ticket.", "Route all firewall changes through the change process.", "Lena Fischer\nCISO", "", "#d 2026-05-31", ""],
                    &["PCA-04", "A.6.3", "Observation", "Completion of the awareness course is tracked in a spreadsheet that is not kept current.\nSix leavers are still listed and the 2026 joiners are missing.", "Use the LMS completion report instead.", "HR Manager", "", "#d 2026-06-30", ""],
                    &["PCA-05", "Clause 7.5.3", "OFI", "Version history could be kept in the document management system instead of in a change table in each document.", "", "martin@acme.test", "", "", ""],
                ],
            )
            .merged(0, 0, 0, 8)
            .merged(1, 0, 1, 8)]),
            expected: vec![
                // A range of clauses is each clause in it, as written (9.1, 9.2, 9.3).
                finding("PCA-01", "major", "9.1, 9.2, 9.3", "Performance evaluation has not started")
                    .owner("badr@acme.test"),
                finding("PCA-02", "minor", "A.5.23, A.5.29, A.5.30", "The hosting provider's outage")
                    .owner("ops@acme.test"),
                finding("PCA-03", "minor", "8.1, A.8.32", "Changes to the production firewall")
                    .owner("lena.fischer@acme.test"),
                finding("PCA-04", "observation", "A.6.3", "Completion of the awareness course")
                    .pending(&["HR Manager"]),
                finding("PCA-05", "ofi", "7.5.3", "Version history could be kept")
                    .owner("martin@acme.test"),
            ],
        },
        Layout {
            id: "holdout16-self-assessment-clauses-and-annex-sheets",
            origin: "holdout 16, written for this holdout: an ISMS self-assessment workbook of two sheets, one row per requirement, where only the rows assessed short are findings. Sheet \"Clauses 4-10\": a merged title, a merged legend line defining the results (Conform – fully met; Partially conform – met with gaps, a minor nonconformity; Nonconform – not met, a major nonconformity; Not applicable), then Clause (bare numbers 4.1 ... 10.2 as text), Requirement (the clause titles), Result, Comment / evidence, Gap ref (SA-01, SA-02, filled only on the rows assessed short), Action owner. Sheet \"Annex A\": Control as bare numbers (5.1, 5.9, 6.3, 8.2, 8.8...) under theme rows merged across the table (5 Organizational controls, 6 People controls, 7 Physical controls, 8 Technological controls), Control title, Applicable (SoA) Yes/No, Result, Comment / evidence, Gap ref (SA-03 to SA-05), Action owner. So a bare 8.2 is clause 8.2 (risk assessment) on the first sheet and control A.8.2 (privileged access rights, conforming, no finding) on the second; 5.9, 6.3 and 8.8 on the Annex A sheet are A.5.9, A.6.3 and A.8.8. Grades by the legend: Partially conform = minor, Nonconform = major; Conform and Not applicable rows, with comments, are no findings. The statement is the comment on the finding rows",
            file_name: "ISMS_self-assessment_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Clauses 4-10",
                    0,
                    0,
                    &[
                        &["ISMS self-assessment 2026 – Part 1: Clauses 4 to 10"],
                        &["Result: Conform – requirement fully met; Partially conform – met with gaps (minor nonconformity); Nonconform – not met (major nonconformity); Not applicable – excluded."],
                        &[""],
                        &["Clause", "Requirement", "Result", "Comment / evidence", "Gap ref", "Action owner"],
                        &["4.1", "Understanding the organization and its context", "Conform", "Context analysis v1.3, reviewed in January 2026.", "", ""],
                        &["4.3", "Determining the scope of the ISMS", "Conform", "Scope statement approved on 14 February 2025.", "", ""],
                        &["5.2", "Policy", "Conform", "Information security policy v2.0 published on the intranet.", "", ""],
                        &["6.1.2", "Information security risk assessment", "Partially conform", "Risk owners are not named for 11 of the 64 risks in the risk register.", "SA-01", "Badr Karim"],
                        &["6.2", "Information security objectives and planning to achieve them", "Conform", "Objectives 2026 set with targets and owners.", "", ""],
                        &["7.2", "Competence", "Conform", "Competence matrix up to date for IT and security roles.", "", ""],
                        &["8.2", "Information security risk assessment", "Nonconform", "The risk assessment was not repeated after the move to the new hosting provider in November 2025, a significant change.", "SA-02", "Head of IT Operations"],
                        &["9.2", "Internal audit", "Conform", "Audit programme 2026 approved; first audit held in February 2026.", "", ""],
                        &["9.3", "Management review", "Conform", "Management review held on 20 January 2026, minutes on file.", "", ""],
                        &["10.2", "Nonconformity and corrective action", "Conform", "Corrective action log kept in the ticketing tool.", "", ""],
                    ],
                )
                .merged(0, 0, 0, 5)
                .merged(1, 0, 1, 5),
                sheet(
                    "Annex A",
                    0,
                    0,
                    &[
                        &["ISMS self-assessment 2026 – Part 2: Annex A controls"],
                        &[""],
                        &["Control", "Control title", "Applicable (SoA)", "Result", "Comment / evidence", "Gap ref", "Action owner"],
                        &["5 Organizational controls"],
                        &["5.1", "Policies for information security", "Yes", "Conform", "Topic-specific policies approved by the CISO.", "", ""],
                        &["5.9", "Inventory of information and other associated assets", "Yes", "Partially conform", "The asset inventory does not list the SaaS applications used by Marketing.", "SA-03", "martin@acme.test"],
                        &["5.15", "Access control", "Yes", "Conform", "Access control policy v1.4.", "", ""],
                        &["6 People controls"],
                        &["6.3", "Information security awareness, education and training", "Yes", "Partially conform", "Four of the 23 staff who joined in 2025 have not completed the awareness course.", "SA-04", "HR Manager"],
                        &["6.7", "Remote working", "Yes", "Conform", "Remote working policy and VPN enforced.", "", ""],
                        &["7 Physical controls"],
                        &["7.4", "Physical security monitoring", "No", "Not applicable", "No own premises; offices in a serviced building.", "", ""],
                        &["8 Technological controls"],
                        &["8.2", "Privileged access rights", "Yes", "Conform", "Admin rights reviewed every quarter in the IAM tool.", "", ""],
                        &["8.8", "Management of technical vulnerabilities", "Yes", "Nonconform", "No vulnerability scanning is performed on the internet-facing servers.", "SA-05", "Head of IT Operations"],
                        &["8.13", "Information backup", "Yes", "Conform", "Restore test log kept up to February 2026.", "", ""],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(3, 0, 3, 6)
                .merged(7, 0, 7, 6)
                .merged(10, 0, 10, 6)
                .merged(12, 0, 12, 6),
            ]),
            expected: vec![
                // Partially conform is a minor and Nonconform a major nonconformity, as the legend says.
                finding("SA-01", "minor", "6.1.2", "Risk owners are not named").owner("badr@acme.test"),
                finding("SA-02", "major", "8.2", "The risk assessment was not repeated").owner("ops@acme.test"),
                finding("SA-03", "minor", "A.5.9", "The asset inventory does not list").owner("martin@acme.test"),
                finding("SA-04", "minor", "A.6.3", "Four of the 23 staff").pending(&["HR Manager"]),
                finding("SA-05", "major", "A.8.8", "No vulnerability scanning is").owner("ops@acme.test"),
            ],
        },
    ]
}

fn seventeenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "holdout17-hr-internal-audit-trailing-dot-clauses",
            origin: "holdout 17, written for this holdout: a Croatian company's record of internal ISMS audit findings (Zapisnik o nalazima internog audita), only in Croatian, as a Croatian company writes it rather than a certification body (holdout 12): the company's name and address on the first two lines, a merged title and a merged line with the record number (Broj zapisnika: IA-01/2026), the audit dates written the Croatian way with spaces and a final dot (10. – 12. 3. 2026.) and the lead internal auditor. Headers: Rb. (the running number written as Croatian ordinals, text \"1.\", \"2.\"), Oznaka (the reference: NS-01 for nesukladnost, Z-01 for zapažanje, PP-01), Organizacijska jedinica, Zahtjev norme, Kategorija nalaza (Velika nesukladnost / Mala nesukladnost / Zapažanje / Preporuka za poboljšanje, the last a recommendation, so an OFI), Opis nalaza, Uzrok and Korektivna radnja (filled for two nonconformities only), Nositelj (the person responsible), Rok (\"30. 4. 2026.\"), Status (Otvoreno, U tijeku). Requirement numbers carry the trailing dot Croatian puts after ordinal numbers: \"točka 6.1.3. d)\", \"Dodatak A, kontrola 8.8.\", \"točke 7.2. i 7.3.\" (two clauses joined by i, and), \"Dodatak A, 5.18.\" and \"točka 6.2.\" (Dodatak A is the Annex as Croatian standards name it). Owners: users' names, a Croatian name no user has. Below the table, Sastavio / Odobrio lines naming the auditor and a user, and the place and date; no finding",
            file_name: "Zapisnik_interni_audit_ISMS_IA-01-2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Nalazi IA-01-2026",
                0,
                0,
                &[
                    &["DALMACIJA CARGO d.o.o."],
                    &["Put Supavla 21, 21000 Split"],
                    &[""],
                    &["ZAPISNIK O NALAZIMA INTERNOG AUDITA SUSTAVA UPRAVLJANJA INFORMACIJSKOM SIGURNOŠĆU (ISO/IEC 27001:2022)"],
                    &["Broj zapisnika: IA-01/2026    Datum audita: 10. – 12. 3. 2026.    Vodeći interni auditor: Marko Babić"],
                    &[""],
                    &["Rb.", "Oznaka", "Organizacijska jedinica", "Zahtjev norme", "Kategorija nalaza", "Opis nalaza", "Uzrok", "Korektivna radnja", "Nositelj", "Rok", "Status"],
                    &["1.", "NS-01", "Uprava", "točka 6.1.3. d)", "Velika nesukladnost", "Izjava o primjenjivosti nije usklađena s izdanjem norme iz 2022. godine i ne sadrži obrazloženja za isključene kontrole.", "Odgovornost za održavanje Izjave o primjenjivosti nije dodijeljena.", "Ažurirati Izjavu o primjenjivosti prema Dodatku A izdanja 2022. i imenovati odgovornu osobu.", "Badr Karim", "30. 4. 2026.", "U tijeku"],
                    &["2.", "NS-02", "Informatika", "Dodatak A, kontrola 8.8.", "Mala nesukladnost", "Kritične ranjivosti na poslužiteljima web-trgovine nisu otklonjene u roku od 14 dana koji propisuje Pravilnik o upravljanju ranjivostima.", "Zakrpe se primjenjuju samo u mjesečnom prozoru održavanja.", "Uvesti izvanredni prozor za kritične zakrpe i tjedni pregled otvorenih ranjivosti.", "Martín Lombardi", "31. 5. 2026.", "Otvoreno"],
                    &["3.", "NS-03", "Ljudski potencijali", "točke 7.2. i 7.3.", "Mala nesukladnost", "Četiri od šest skladišnih radnika zaposlenih u 2025. nisu prošla obuku o informacijskoj sigurnosti.", "", "", "Ana Kovačević", "31. 5. 2026.", "Otvoreno"],
                    &["4.", "Z-01", "Informatika", "Dodatak A, 5.18.", "Zapažanje", "Preispitivanje prava pristupa ERP sustavu provodi se, ali se rezultati ne dokumentiraju.", "", "", "Lena Fischer", "", "Otvoreno"],
                    &["5.", "PP-01", "Uprava", "točka 6.2.", "Preporuka za poboljšanje", "Ciljevi informacijske sigurnosti mogli bi se povezati s ključnim pokazateljima poslovanja.", "", "", "Badr Karim", "", "Otvoreno"],
                    &[""],
                    &["", "Sastavio: Marko Babić, vodeći interni auditor", "", "", "", "Odobrio: Badr Karim, predstavnik uprave za ISMS"],
                    &["", "Split, 13. 3. 2026."],
                ],
            )
            .merged(3, 0, 3, 10)
            .merged(4, 0, 4, 10)]),
            expected: vec![
                finding("NS-01", "major", "6.1.3", "Izjava o primjenjivosti nije")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("NS-02", "minor", "A.8.8", "Kritične ranjivosti na poslužiteljima")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("NS-03", "minor", "7.2, 7.3", "Četiri od šest skladišnih")
                    .pending(&["Ana Kovačević"])
                    .plan(false),
                finding("Z-01", "observation", "A.5.18", "Preispitivanje prava pristupa")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("PP-01", "ofi", "6.2", "Ciljevi informacijske sigurnosti")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout17-ua-internal-register-approval-block",
            origin: "holdout 17, written for this holdout: a Ukrainian software company's register of nonconformities from its internal ISMS audit (Реєстр невідповідностей), only in Ukrainian, laid out as a Ukrainian organisational document: the approval stamp block in the top right corner (ЗАТВЕРДЖУЮ / Генеральний директор ТОВ «Карпати Софт» / a signature line with the name as first name and SURNAME in capitals, Петро БОЙКО, as the current Ukrainian rules for documents write it / «20» березня 2026 р.), then the merged title and a merged subtitle naming the audit and its dates, and a signature line of the internal audit team leader below the table; none of these is a finding and none names an owner. Headers: №, Реєстраційний номер (ВА-26/01 ...), Дата виявлення, Підрозділ, Вимога стандарту, Категорія (Суттєва невідповідність for major, Несуттєва невідповідність for minor, whose word holds the major's, Зауваження for an observation, Можливість для поліпшення for an OFI: words the certification body of holdout 12 did not use), Опис невідповідності, Причина and Коригувальна дія (filled for the first two), Відповідальний виконавець, Термін виконання (\"30.04.2026 р.\" with the abbreviation of року), Статус (Відкрита). Requirements \"п. 8.1; Додаток А, А.8.32\" (a clause and a control in one cell, the control's letter Cyrillic), \"п. 7.2\", \"Додаток А, A.8.13\" (Latin A, pasted from the English standard), \"Додаток А, А.7.2\" and \"п. 9.1\". Owners: users' names in Latin script, a Ukrainian name written surname then initials (Шевчук О. М.) and a Ukrainian role, both no user's",
            file_name: "Реєстр_невідповідностей_ВА_СУІБ_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Реєстр",
                0,
                0,
                &[
                    &["", "", "", "", "", "", "", "", "", "ЗАТВЕРДЖУЮ"],
                    &["", "", "", "", "", "", "", "", "", "Генеральний директор ТОВ «Карпати Софт»"],
                    &["", "", "", "", "", "", "", "", "", "__________ Петро БОЙКО"],
                    &["", "", "", "", "", "", "", "", "", "«20» березня 2026 р."],
                    &[""],
                    &["РЕЄСТР НЕВІДПОВІДНОСТЕЙ"],
                    &["за результатами внутрішнього аудиту системи управління інформаційною безпекою (ISO/IEC 27001:2022), проведеного 16–18 березня 2026 р."],
                    &[""],
                    &["№", "Реєстраційний номер", "Дата виявлення", "Підрозділ", "Вимога стандарту", "Категорія", "Опис невідповідності", "Причина", "Коригувальна дія", "Відповідальний виконавець", "Термін виконання", "Статус"],
                    &["#n 1", "ВА-26/01", "16.03.2026", "Відділ ІТ-інфраструктури", "п. 8.1; Додаток \u{410}, \u{410}.8.32", "Суттєва невідповідність", "Зміни в конфігурації міжмережевих екранів вносяться без погодження та без реєстрації в системі заявок.", "Процедуру управління змінами не поширено на мережеве обладнання.", "Доповнити процедуру управління змінами та провести навчання адміністраторів мережі.", "Lena Fischer", "30.04.2026 р.", "Відкрита"],
                    &["#n 2", "ВА-26/02", "16.03.2026", "Відділ персоналу", "п. 7.2", "Несуттєва невідповідність", "Для трьох адміністраторів баз даних не визначено вимог до компетентності.", "Посадові інструкції не переглядалися з 2022 року.", "Переглянути посадові інструкції адміністраторів баз даних.", "Шевчук О. М.", "29.05.2026 р.", "Відкрита"],
                    &["#n 3", "ВА-26/03", "17.03.2026", "Відділ ІТ-інфраструктури", "Додаток \u{410}, A.8.13", "Несуттєва невідповідність", "Тестування відновлення з резервних копій у IV кварталі 2025 року не проводилося.", "", "", "Badr Karim", "29.05.2026 р.", "Відкрита"],
                    &["#n 4", "ВА-26/04", "17.03.2026", "Служба безпеки", "Додаток \u{410}, \u{410}.7.2", "Зауваження", "Журнал відвідувачів серверної заповнюється не для всіх підрядників.", "", "", "Начальник служби безпеки", "", "Відкрита"],
                    &["#n 5", "ВА-26/05", "18.03.2026", "Відділ інформаційної безпеки", "п. 9.1", "Можливість для поліпшення", "Доцільно доповнити показники результативності СУІБ середнім часом закриття інцидентів.", "", "", "Lena Fischer", "", "Відкрита"],
                    &[""],
                    &["", "Керівник групи внутрішнього аудиту", "", "", "", "", "__________ Ірина МЕЛЬНИК"],
                ],
            )
            .merged(5, 0, 5, 11)
            .merged(6, 0, 6, 11)]),
            expected: vec![
                finding("ВА-26/01", "major", "8.1, A.8.32", "Зміни в конфігурації міжмережевих")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("ВА-26/02", "minor", "7.2", "Для трьох адміністраторів баз")
                    .pending(&["Шевчук О. М."])
                    .plan(true),
                finding("ВА-26/03", "minor", "A.8.13", "Тестування відновлення з резервних")
                    .owner("badr@acme.test")
                    .plan(false),
                finding("ВА-26/04", "observation", "A.7.2", "Журнал відвідувачів серверної")
                    .pending(&["Начальник служби безпеки"])
                    .plan(false),
                finding("ВА-26/05", "ofi", "9.1", "Доцільно доповнити показники")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout17-word-paste-ref-grade-requirement-one-cell",
            origin: "holdout 17, written for this holdout: the findings section of a certification body's stage 2 report, copied from the Word report into Excel: the Word heading \"5  AUDIT FINDINGS\" and a line of report details above a four-column table whose first column, headed only Finding, holds in one cell the reference, the grade in brackets and the requirement with its title, joined by an en dash, as the report's finding headings read: \"NC 1 (Major) – Cl. 9.3 Management review\", \"NC 3 (Minor) – A.5.19 / A.5.20 Supplier security\" (two controls), \"OBS 1 (Observation) – A.8.13 Information backup\", \"OFI 1 (Opportunity for improvement) – Cl. 7.3 Awareness\". There is no grade, reference or requirement column; the statement is the Details column beside it, then Objective evidence and the agreed close-out date (date cells). A note under the table about corrective action plans and major nonconformities is no finding. No owner column",
            file_name: "ISR-26-0311 Stage 2 findings (from report).xlsx",
            bytes: xlsx(vec![sheet(
                "Sheet1",
                0,
                0,
                &[
                    &["5  AUDIT FINDINGS"],
                    &["Client: Harbourline Freight Ltd    Audit: Stage 2 (initial certification)    Report no.: ISR-26-0311    Lead auditor: C. Okafor"],
                    &[""],
                    &["Finding", "Details", "Objective evidence", "Agreed close-out date"],
                    &["NC 1 (Major) – Cl. 9.3 Management review", "No management review has been held since the ISMS was launched in June 2025; top management has not yet reviewed the performance of the ISMS.", "No minutes or records of a management review; confirmed by the ISMS manager on 11/03/2026.", "#d 2026-06-10"],
                    &["NC 2 (Minor) – A.5.15 Access control", "Access to the finance share is granted to the whole Finance group, including two agency contractors.", "ACL export of \\\\fs01\\finance dated 10/03/2026.", "#d 2026-06-10"],
                    &["NC 3 (Minor) – A.5.19 / A.5.20 Supplier security", "The contract with the new payroll provider contains no information security or confidentiality requirements.", "Payroll services agreement signed 02/09/2025, clauses 1-24 reviewed.", "#d 2026-06-10"],
                    &["OBS 1 (Observation) – A.8.13 Information backup", "Restore tests are logged, but the log does not say which data set was restored or whether the restore was complete.", "Restore test log, entries for Q4 2025 and Q1 2026.", ""],
                    &["OFI 1 (Opportunity for improvement) – Cl. 7.3 Awareness", "Warehouse staff without a company e-mail account could receive the monthly security bulletin on the canteen screens.", "", ""],
                    &[""],
                    &["Note: corrective action plans for all nonconformities are due within 30 days of the report date; the major nonconformity must be closed and verified before certification can be recommended."],
                ],
            )]),
            expected: vec![
                finding("NC 1", "major", "9.3", "No management review has been held"),
                finding("NC 2", "minor", "A.5.15", "Access to the finance share"),
                finding("NC 3", "minor", "A.5.19, A.5.20", "The contract with the new payroll"),
                finding("OBS 1", "observation", "A.8.13", "Restore tests are logged, but"),
                finding("OFI 1", "ofi", "7.3", "Warehouse staff without a company"),
            ],
        },
        Layout {
            id: "holdout17-us-car-log-5whys-verification",
            origin: "holdout 17, written for this holdout: a US company's corrective action request log (form QF-10.2-01 Rev. C) under a title and a form line, in the columns US quality teams use: CAR # (CAR-2026-001 ...), Date Opened (mm/dd/yyyy as text, e.g. 01/14/2026 and 02/03/2026, the second readable both ways), Source (Internal Audit IA-25-04, Stage 2 Audit (external)), Finding Type (Major / Minor / OFI), ISO Clause written \"ISO 27001:2022 Cl. 7.5.3\", \"ISO 27001:2022 Cl. 8.1\", \"Annex A.8.9\" and \"Annex A.5.24 / A.5.26\" (the standard's number and year in the cell), Description of Nonconformity, Containment, Root Cause (5 Whys) written as Why 1 ... Why 5, Corrective Action, Responsible, Due (mm/dd/yyyy text), Verified By, Verification Date, Effective? (Y/N), Status (Closed, In Progress, Open). One CAR is closed and verified effective, one was verified not effective (N) and reopened: both still findings. The Verified By column names a user who is not the responsible person; the owner is Responsible. Responsible: users' names, a user's role, an unknown name. Containment, root cause and corrective action are filled for the four nonconformities (on one only root cause and corrective action), empty for the OFI",
            file_name: "CAR_Log_FY2026.xlsx",
            bytes: xlsx(vec![sheet(
                "CAR Log",
                0,
                0,
                &[
                    &["Corrective Action Request (CAR) Log"],
                    &["Form QF-10.2-01 Rev. C  |  ISMS – ISO/IEC 27001:2022  |  Acme Software Inc., Austin, TX"],
                    &[""],
                    &["CAR #", "Date Opened", "Source", "Finding Type", "ISO Clause", "Description of Nonconformity", "Containment", "Root Cause (5 Whys)", "Corrective Action", "Responsible", "Due", "Verified By", "Verification Date", "Effective? (Y/N)", "Status"],
                    &["CAR-2026-001", "01/14/2026", "Internal Audit IA-25-04", "Minor", "ISO 27001:2022 Cl. 7.5.3", "Two versions of the Acceptable Use Policy (v2.1 and v3.0) were published on the intranet at the same time.", "v2.1 removed from the intranet on 01/15/2026.", "Why 1: the old version was not withdrawn. Why 2: SOP-DOC-01 has no withdrawal step. Why 3: the SOP was written before the intranet migration.", "Add a withdrawal step to SOP-DOC-01; monthly check of published policies.", "Martín Lombardi", "02/27/2026", "Lena Fischer", "03/10/2026", "Y", "Closed"],
                    &["CAR-2026-002", "01/14/2026", "Internal Audit IA-25-04", "Minor", "Annex A.8.9", "No baseline configuration is documented for the two Kubernetes clusters built in Q4 2025.", "", "Why 1: the clusters were built from a vendor quick-start. Why 2: no hardening standard exists for containers.", "Write a container hardening standard based on the CIS benchmark and apply it to both clusters.", "Head of IT Operations", "03/31/2026", "", "", "", "In Progress"],
                    &["CAR-2026-003", "02/03/2026", "Stage 2 Audit (external)", "Major", "ISO 27001:2022 Cl. 8.1", "Changes to production are deployed without the approvals required by the change management procedure.", "Deployment freeze; approvals enforced in the CI/CD pipeline on 02/04/2026.", "Why 1: approvals were optional in the pipeline. Why 2: ... Why 5: nobody owns the pipeline's controls.", "Two-person approval enforced in the pipeline; pipeline owner assigned; monthly review of deployments.", "Badr Karim", "04/03/2026", "", "", "", "Open"],
                    &["CAR-2026-004", "02/03/2026", "Stage 2 Audit (external)", "Minor", "Annex A.5.24 / A.5.26", "The incident response plan was not followed for the phishing incident of 11/18/2025: no incident record and no lessons learned.", "Incident record INC-0912 created retrospectively.", "Why 1: the service desk handled it as a password reset. Why 2: phishing is not in the triage checklist.", "Add phishing to the triage checklist; train the service desk on incident classification.", "Jordan Ellis", "03/13/2026", "Lena Fischer", "03/20/2026", "N", "Open"],
                    &["CAR-2026-005", "02/03/2026", "Stage 2 Audit (external)", "OFI", "ISO 27001:2022 Cl. 9.1", "Security metrics could be trended quarter over quarter instead of being reported as monthly snapshots.", "", "", "", "Lena Fischer", "", "", "", "", "Open"],
                ],
            )
            .merged(0, 0, 0, 14)
            .merged(1, 0, 1, 14)]),
            expected: vec![
                finding("CAR-2026-001", "minor", "7.5.3", "Two versions of the Acceptable Use")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("CAR-2026-002", "minor", "A.8.9", "No baseline configuration is")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("CAR-2026-003", "major", "8.1", "Changes to production are deployed")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("CAR-2026-004", "minor", "A.5.24, A.5.26", "The incident response plan was not")
                    .pending(&["Jordan Ellis"])
                    .plan(true),
                finding("CAR-2026-005", "ofi", "9.1", "Security metrics could be trended")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
            ],
        },
        Layout {
            id: "holdout17-cover-block-above-table-column-a-empty",
            origin: "holdout 17, written for this holdout: an Australian certification body's surveillance audit report on one sheet whose column A is empty throughout (everything starts in column B) and whose findings table starts in row 25, under 23 rows of cover: a merged title, label/value pairs with colons in columns B and C (Client:, Site(s):, Standard:, Audit type:, Audit date(s): 17/03/2026 – 18/03/2026, Lead auditor:, Audit team:, Client representative: naming a user with his role, Scope of certification: merged across, Certificate no.:), a \"Summary of findings\" block whose labels (Major nonconformities:, Minor nonconformities:, Observations:, Opportunities for improvement:, Total findings:) sit in the column the table later uses for references and whose counts are numbers in the column it uses for grades, a Recommendation: line, then an \"Audit findings\" heading. Table: Ref. (F01 ...), Category (Major / Minor / Observation / OFI), Clause / control, Finding, Objective evidence, Responsible, Response due (date cells). A line under the table naming the lead auditor is no finding. Owners: a user's name, a user's email, a user's role and a name no user has",
            file_name: "SCP_ISMS_Surveillance_1_Report_2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Audit report",
                1,
                1,
                &[
                    &["INFORMATION SECURITY MANAGEMENT SYSTEM – AUDIT REPORT"],
                    &[""],
                    &["Client:", "Southern Cross Payments Pty Ltd"],
                    &["Site(s):", "Level 12, 100 Market Street, Sydney NSW 2000"],
                    &["Standard:", "ISO/IEC 27001:2022"],
                    &["Audit type:", "Surveillance 1"],
                    &["Audit date(s):", "17/03/2026 – 18/03/2026"],
                    &["Lead auditor:", "Priya Raman"],
                    &["Audit team:", "Tom Whitaker"],
                    &["Client representative:", "Badr Karim (ISMS Manager)"],
                    &["Scope of certification:", "The information security management system supporting the provision of card payment processing services, in accordance with the Statement of Applicability v4.2."],
                    &["Certificate no.:", "IS 702215"],
                    &[""],
                    &["Summary of findings"],
                    &["Major nonconformities:", "#n 1"],
                    &["Minor nonconformities:", "#n 2"],
                    &["Observations:", "#n 1"],
                    &["Opportunities for improvement:", "#n 1"],
                    &["Total findings:", "#n 5"],
                    &[""],
                    &["Recommendation:", "Continued certification, subject to acceptance of a corrective action plan for the major nonconformity within 30 days."],
                    &[""],
                    &["Audit findings"],
                    &["Ref.", "Category", "Clause / control", "Finding", "Objective evidence", "Responsible", "Response due"],
                    &["F01", "Major", "6.1.3", "The Statement of Applicability has not been updated to the 2022 Annex A: it still lists the 114 controls of the 2013 edition.", "SoA v4.2 dated 08/2023; risk treatment plan references 2013 control numbers.", "Badr Karim", "#d 2026-04-17"],
                    &["F02", "Minor", "A.5.18", "Access rights of staff moving between teams are not reviewed; 3 of 10 movers sampled kept their former access.", "Mover records Q4 2025 compared with Azure AD group membership.", "lena.fischer@acme.test", "#d 2026-05-15"],
                    &["F03", "Minor", "A.8.16", "Alerts raised by the SIEM outside business hours are not reviewed until the next working day.", "SIEM alert queue for 7–8 March 2026.", "Head of IT Operations", "#d 2026-05-15"],
                    &["F04", "Observation", "7.3", "Several contractors interviewed did not know how to report a security incident.", "Interviews with three contractors in the operations team.", "Nadia Costa", ""],
                    &["F05", "OFI", "9.3", "Management review minutes could record each decision with an owner and a due date.", "Minutes of the management review of 02/12/2025.", "Badr Karim", ""],
                    &[""],
                    &["Report prepared by Priya Raman, Lead Auditor, on 19/03/2026."],
                ],
            )
            .merged(1, 1, 1, 7)
            .merged(11, 2, 11, 7)
            .merged(21, 2, 21, 7)]),
            expected: vec![
                finding("F01", "major", "6.1.3", "The Statement of Applicability has")
                    .owner("badr@acme.test"),
                finding("F02", "minor", "A.5.18", "Access rights of staff moving")
                    .owner("lena.fischer@acme.test"),
                finding("F03", "minor", "A.8.16", "Alerts raised by the SIEM")
                    .owner("ops@acme.test"),
                finding("F04", "observation", "7.3", "Several contractors interviewed")
                    .pending(&["Nadia Costa"]),
                finding("F05", "ofi", "9.3", "Management review minutes could")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout17-side-by-side-nc-and-ofi-tables",
            origin: "holdout 17, written for this holdout: an internal audit findings sheet holding two tables side by side on the same rows, not one under the other (holdout 7): under a merged title and a merged line of audit details, a merged \"NONCONFORMITIES\" caption over columns A-G and a merged \"OPPORTUNITIES FOR IMPROVEMENT\" caption over columns I-L, with column H empty between them. The left table: NC No., Grade (Major / Minor), Clause / control, Nonconformity, Objective evidence, Owner, Due date (date cells), three rows. The right table, with its own header on the same row: No. (IMP-1, IMP-2), Clause / control, Opportunity, Owner, and no grade column, so its findings are OFIs by the caption alone; its two rows share rows with the first two nonconformities, so two findings stand on each of those rows. Owners as users' names, an email and a role",
            file_name: "IA-2026-02 Supplier management findings.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Internal audit IA-2026-02 – Supplier management and IT operations – findings"],
                    &["Audit date: 24/02/2026    Auditor: Sam Whitfield    Auditees: Procurement, IT Operations"],
                    &[""],
                    &["NONCONFORMITIES", "", "", "", "", "", "", "", "OPPORTUNITIES FOR IMPROVEMENT"],
                    &["NC No.", "Grade", "Clause / control", "Nonconformity", "Objective evidence", "Owner", "Due date", "", "No.", "Clause / control", "Opportunity", "Owner"],
                    &["NC-01", "Major", "A.5.19", "None of the 14 suppliers onboarded in 2025 was assessed for information security before the contract was signed.", "Supplier register export of 20/02/2026; no assessment records.", "Badr Karim", "#d 2026-04-30", "", "IMP-1", "A.5.22", "Quarterly supplier service reviews could follow a standard agenda that includes security incidents.", "martin@acme.test"],
                    &["NC-02", "Minor", "A.5.20", "The contract with the courier company has no confidentiality clause, although couriers carry backup tapes.", "Courier services agreement of 01/07/2024.", "Lena Fischer", "#d 2026-05-29", "", "IMP-2", "A.8.30", "The outsourced development supplier could be asked for its static code analysis results with each release.", "Head of IT Operations"],
                    &["NC-03", "Minor", "8.1", "Outsourced processes are not listed or controlled in the ISMS operational planning document.", "ISMS operational planning v1.1, section 3.", "Head of IT Operations", "#d 2026-05-29"],
                ],
            )
            .merged(0, 0, 0, 11)
            .merged(1, 0, 1, 11)
            .merged(3, 0, 3, 6)
            .merged(3, 8, 3, 11)]),
            expected: vec![
                finding("NC-01", "major", "A.5.19", "None of the 14 suppliers onboarded")
                    .owner("badr@acme.test"),
                finding("NC-02", "minor", "A.5.20", "The contract with the courier company")
                    .owner("lena.fischer@acme.test"),
                finding("NC-03", "minor", "8.1", "Outsourced processes are not listed")
                    .owner("ops@acme.test"),
                finding("IMP-1", "ofi", "A.5.22", "Quarterly supplier service reviews")
                    .owner("martin@acme.test"),
                finding("IMP-2", "ofi", "A.8.30", "The outsourced development supplier")
                    .owner("ops@acme.test"),
            ],
        },
    ]
}

fn eighteenth_holdout_layouts() -> Vec<Layout> {
    vec![
        Layout {
            id: "holdout18-google-sheets-csv-emoji-status-checkbox-rows",
            origin: "holdout 18, written for this holdout: a shared audit tracker in Google Sheets downloaded with File > Download > Comma-separated values, so the file is named \"<spreadsheet> - <sheet>.csv\", UTF-8 without a BOM, comma-separated, header in the first line. Columns: Finding ID (IA26-01 ...), Audit (the audit's name, e.g. \"IA-2026-Q1 IT operations\"), Date raised (17/03/2026 as displayed), ISO 27001 ref (A.8.8, \"A.5.15, A.5.18\" quoted because of the comma, 7.5.3, A.7.2, 9.1), Type (Major NC / Minor NC / Observation / OFI), Finding (two statements written over two lines inside one quoted cell, one holding doubled quotes around document versions), Evidence (one cell over two lines), Owner (people chips exported as email addresses, one of no user, and two plain names), Target date, Status with a coloured emoji before the word (🔴 Open, 🟡 In progress, 🟢 Closed, ⚪ Not started; the closed observation still a finding), CAP received (a checkbox column exported as TRUE/FALSE), Auditor notes. The checkbox was inserted over more rows than the findings, so three lines after the table are empty but for FALSE in the checkbox column: no findings",
            file_name: "ISMS Internal Audit Tracker 2026 - Findings.csv",
            bytes: delimited(
                &[
                    &["Finding ID", "Audit", "Date raised", "ISO 27001 ref", "Type", "Finding", "Evidence", "Owner", "Target date", "Status", "CAP received", "Auditor notes"],
                    &["IA26-01", "IA-2026-Q1 IT operations", "17/03/2026", "A.8.8", "Major NC", "Critical patches are not applied within the 14 days required by the Vulnerability Management Standard.\n6 of 10 sampled servers had critical CVEs open for more than 30 days.", "Qualys export of 14/03/2026\nCMDB server list (sample of 10)", "badr@acme.test", "30/04/2026", "🔴 Open", "TRUE", "Repeat of a 2025 observation"],
                    &["IA26-02", "IA-2026-Q1 IT operations", "17/03/2026", "A.5.15, A.5.18", "Minor NC", "Accounts of leavers stayed active in Entra ID for 3 to 9 days after their last working day.", "HR leavers report Jan-Feb 2026 vs. Entra ID sign-in logs", "lena.fischer@acme.test", "29/05/2026", "🟡 In progress", "TRUE", ""],
                    &["IA26-03", "IA-2026-Q1 HR & facilities", "18/03/2026", "7.5.3", "Minor NC", "Two superseded versions of the Acceptable Use Policy, \"v2.1 FINAL\" and \"v2.3\", are still published on the intranet next to the current v3.0.", "Intranet > Policies page, checked 18/03", "Martín Lombardi", "29/05/2026", "🔴 Open", "FALSE", ""],
                    &["IA26-04", "IA-2026-Q1 HR & facilities", "18/03/2026", "A.7.2", "Observation", "Visitor badges are handed out at reception but not always collected when visitors leave.", "", "tomasz.nowak@acme.test", "", "🟢 Closed", "FALSE", "Closed at the closing meeting - reception briefed"],
                    &["IA26-05", "IA-2026-Q1 IT operations", "19/03/2026", "9.1", "OFI", "The monthly ISMS dashboard could show 12-month trends,\nnot only the current month's figures.", "", "Badr Karim", "", "⚪ Not started", "FALSE", ""],
                    &["", "", "", "", "", "", "", "", "", "", "FALSE", ""],
                    &["", "", "", "", "", "", "", "", "", "", "FALSE", ""],
                    &["", "", "", "", "", "", "", "", "", "", "FALSE", ""],
                ],
                ',',
            )
            .into_bytes(),
            expected: vec![
                finding("IA26-01", "major", "A.8.8", "Critical patches are not applied")
                    .owner("badr@acme.test"),
                finding("IA26-02", "minor", "A.5.15, A.5.18", "Accounts of leavers stayed active")
                    .owner("lena.fischer@acme.test"),
                finding("IA26-03", "minor", "7.5.3", "Two superseded versions of the")
                    .owner("martin@acme.test"),
                finding("IA26-04", "observation", "A.7.2", "Visitor badges are handed out")
                    .pending(&["tomasz.nowak@acme.test"]),
                finding("IA26-05", "ofi", "9.1", "The monthly ISMS dashboard could")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout18-ms-lists-excel-export-system-columns",
            origin: "holdout 18, written for this holdout: a Microsoft Lists (SharePoint Online) list of audit findings exported with \"Export to Excel\" and saved as a workbook: the sheet keeps the name Excel gives the query, owssvr, and the columns of the view are surrounded by the list's system columns: ID first (the item ids 14, 15, 17, 21, 22 as numbers, with gaps where items were deleted), then Finding ID (the renamed Title column, ISMS-AF-031 ...), Finding type (a choice column: Major nonconformity / Minor nonconformity / Observation / Opportunity for improvement), Clause / control, Description, Assigned to, Due date, Status (Open, In progress, Closed), then Created, Created By, Modified, Modified By (date-time cells and people), Item Type (Item) and Path (sites/ISMS/Lists/Audit Findings) as the export appends them. People are written as the directory's display names in \"Last, First\" form (\"Lombardi, Martín\", \"Karim, Badr\", \"Fischer, Lena\"), a group named Head of IT Operations, and one person no user is (\"Okafor, Chidi\", not owner-checked). Created By names the same user (Fischer, Lena) on every row and Modified By another; the owner is Assigned to",
            file_name: "Audit Findings - list export.xlsx",
            bytes: xlsx(vec![sheet(
                "owssvr",
                0,
                0,
                &[
                    &["ID", "Finding ID", "Finding type", "Clause / control", "Description", "Assigned to", "Due date", "Status", "Created", "Created By", "Modified", "Modified By", "Item Type", "Path"],
                    &["#n 14", "ISMS-AF-031", "Major nonconformity", "9.2", "The 2025 internal audit programme covered clauses 4 to 10 only; none of the Annex A controls declared applicable in the SoA was audited.", "Karim, Badr", "#d 2026-04-30", "Open", "#d 2026-03-10 09:12:44", "Fischer, Lena", "#d 2026-03-12 16:40:03", "Karim, Badr", "Item", "sites/ISMS/Lists/Audit Findings"],
                    &["#n 15", "ISMS-AF-032", "Minor nonconformity", "A.5.23", "Marketing adopted two cloud services (Canva and Mailchimp) without the supplier security assessment the Cloud Policy requires.", "Lombardi, Martín", "#d 2026-05-15", "Open", "#d 2026-03-10 09:20:31", "Fischer, Lena", "#d 2026-03-10 09:20:31", "Fischer, Lena", "Item", "sites/ISMS/Lists/Audit Findings"],
                    &["#n 17", "ISMS-AF-033", "Minor nonconformity", "A.8.13", "Restores from the Microsoft 365 backup have not been tested since the tenant migration in October 2025.", "Head of IT Operations", "#d 2026-05-15", "In progress", "#d 2026-03-10 10:02:17", "Fischer, Lena", "#d 2026-03-18 11:05:52", "Lombardi, Martín", "Item", "sites/ISMS/Lists/Audit Findings"],
                    &["#n 21", "ISMS-AF-034", "Observation", "A.6.3", "Completion of the security awareness e-learning is tracked for employees but not for contractors.", "Fischer, Lena", "", "Closed", "#d 2026-03-11 14:47:09", "Fischer, Lena", "#d 2026-03-20 08:31:26", "Fischer, Lena", "Item", "sites/ISMS/Lists/Audit Findings"],
                    &["#n 22", "ISMS-AF-035", "Opportunity for improvement", "10.1", "Lessons learned from incidents could be added to the improvement log as a step of incident closure.", "Okafor, Chidi", "", "Open", "#d 2026-03-11 14:55:40", "Fischer, Lena", "#d 2026-03-11 14:55:40", "Fischer, Lena", "Item", "sites/ISMS/Lists/Audit Findings"],
                ],
            )]),
            expected: vec![
                finding("ISMS-AF-031", "major", "9.2", "The 2025 internal audit programme")
                    .owner("badr@acme.test"),
                finding("ISMS-AF-032", "minor", "A.5.23", "Marketing adopted two cloud services")
                    .owner("martin@acme.test"),
                finding("ISMS-AF-033", "minor", "A.8.13", "Restores from the Microsoft 365")
                    .owner("ops@acme.test"),
                finding("ISMS-AF-034", "observation", "A.6.3", "Completion of the security awareness")
                    .owner("lena.fischer@acme.test"),
                finding("ISMS-AF-035", "ofi", "10.1", "Lessons learned from incidents"),
            ],
        },
        Layout {
            id: "holdout18-mx-cb-recertification-hallazgos",
            origin: "holdout 18, written for this holdout: a Mexican certification body's recertification report annex (Anexo 1 – Relación de hallazgos) in Latin-American Spanish, under a merged title and a merged line of audit details (organización S.A. de C.V., sitio Querétaro, fechas 09/03/2026 al 11/03/2026, auditora líder with the title Mtra.), and a caption row. Headers: Folio (H-2026-01 ...), Fecha (dd/mm/aaaa as text), Proceso auditado, Requisito, Clasificación (No Conformidad Mayor / No Conformidad Menor / Observación / Oportunidad de Mejora, in title case), Descripción del hallazgo, Evidencia objetiva, Responsable, Fecha compromiso. Requirements written \"Cláusula 7.5.3 / Control 5.37\" (a clause and an Annex A control without A.), \"Requisito 8.1; Anexo A 8.32\", \"Cláusula 9.2.2\", \"Control 8.7\" and \"Cláusula 6.2\". Responsables: a user's name with the professional title Mexicans put before engineers' names (\"Ing. Martín Lombardi\"), users' names and a name no user has. A note under the table about the corrective action plan deadline is no finding",
            file_name: "Anexo1_Hallazgos_Recertificacion_ISO27001_LogisticaBajio.xlsx",
            bytes: xlsx(vec![sheet(
                "Hallazgos",
                0,
                0,
                &[
                    &["INFORME DE AUDITORÍA DE RECERTIFICACIÓN – ISO/IEC 27001:2022"],
                    &["Organización: Logística del Bajío, S.A. de C.V.    Sitio: Querétaro, Qro.    Fechas de auditoría: 09/03/2026 al 11/03/2026    Auditora líder: Mtra. Claudia Ríos"],
                    &[""],
                    &["ANEXO 1 – RELACIÓN DE HALLAZGOS"],
                    &["Folio", "Fecha", "Proceso auditado", "Requisito", "Clasificación", "Descripción del hallazgo", "Evidencia objetiva", "Responsable", "Fecha compromiso"],
                    &["H-2026-01", "09/03/2026", "Operación del centro de datos", "Cláusula 7.5.3 / Control 5.37", "No Conformidad Mayor", "Los procedimientos de operación del centro de datos no están documentados ni disponibles para el personal de guardia nocturna.", "Entrevista con dos operadores de guardia; la carpeta compartida \"Procedimientos\" está vacía.", "Ing. Martín Lombardi", "10/04/2026"],
                    &["H-2026-02", "09/03/2026", "Desarrollo de sistemas", "Requisito 8.1; Anexo A 8.32", "No Conformidad Menor", "Los cambios al módulo de facturación electrónica (CFDI 4.0) se liberan a producción sin evidencia de autorización ni de pruebas.", "Muestra de 6 cambios de enero y febrero de 2026 en el repositorio.", "Lena Fischer", "08/05/2026"],
                    &["H-2026-03", "10/03/2026", "Gestión del SGSI", "Cláusula 9.2.2", "No Conformidad Menor", "El programa de auditorías internas 2025 no toma en cuenta los resultados de las auditorías anteriores.", "Programa de auditoría interna 2025, versión 1.", "Rocío Hernández", "08/05/2026"],
                    &["H-2026-04", "10/03/2026", "Almacén Celaya", "Control 8.7", "Observación", "El antivirus de dos equipos del almacén de Celaya no se ha actualizado desde enero de 2026.", "Consola de antimalware, consulta del 10/03/2026.", "Badr Karim", ""],
                    &["H-2026-05", "11/03/2026", "Gestión del SGSI", "Cláusula 6.2", "Oportunidad de Mejora", "Se podrían definir metas trimestrales para los objetivos de seguridad de la información.", "", "Badr Karim", ""],
                    &[""],
                    &["Nota: el plan de acciones correctivas deberá enviarse al organismo de certificación en un plazo máximo de 30 días naturales a partir de la fecha de este informe."],
                ],
            )
            .merged(0, 0, 0, 8)
            .merged(1, 0, 1, 8)
            .merged(3, 0, 3, 8)
            .merged(11, 0, 11, 8)]),
            expected: vec![
                finding("H-2026-01", "major", "7.5.3, A.5.37", "Los procedimientos de operación")
                    .owner("martin@acme.test"),
                finding("H-2026-02", "minor", "8.1, A.8.32", "Los cambios al módulo de facturación")
                    .owner("lena.fischer@acme.test"),
                finding("H-2026-03", "minor", "9.2.2", "El programa de auditorías internas")
                    .pending(&["Rocío Hernández"]),
                finding("H-2026-04", "observation", "A.8.7", "El antivirus de dos equipos")
                    .owner("badr@acme.test"),
                finding("H-2026-05", "ofi", "6.2", "Se podrían definir metas trimestrales")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout18-rag-column-key-line-committee-pack",
            origin: "holdout 18, written for this holdout: an internal audit's findings as put in a Risk & Audit Committee pack, graded only by a column headed RAG holding Red / Amber / Green, defined by a key line under the title (\"RAG key: Red = major nonconformity | Amber = minor nonconformity | Green = opportunity for improvement\"), the only place the grades are named; no grade column otherwise. Headers: Ref (IA-03.1 ... numbered within audit 3), Area, Clause / Annex A (\"A.5.24 / A.5.26\", \"Cl. 7.2\", A.8.15, A.5.7, \"Cl. 9.3\"), Finding, Management response (agreed or noted, one line), RAG, Action owner (a user's role, users' names and a name no user has), Target (text dates). Under the table an \"Overall assurance rating: Amber (reasonable assurance)\" line, a colour word that grades the audit, not a finding",
            file_name: "RAC pack - Internal audit 03-2026 findings.xlsx",
            bytes: xlsx(vec![sheet(
                "IA 03-2026",
                0,
                0,
                &[
                    &["Internal audit 03/2026 – Security operations – findings for the Risk & Audit Committee"],
                    &["RAG key: Red = major nonconformity  |  Amber = minor nonconformity  |  Green = opportunity for improvement"],
                    &[""],
                    &["Ref", "Area", "Clause / Annex A", "Finding", "Management response", "RAG", "Action owner", "Target"],
                    &["IA-03.1", "Incident management", "A.5.24 / A.5.26", "There is no tested response plan for a ransomware attack; the last incident exercise took place in 2023.", "Agreed. A tabletop exercise will be run with the MSSP in Q2.", "Red", "Head of IT Operations", "30/06/2026"],
                    &["IA-03.2", "People", "Cl. 7.2", "Competence records are missing for the two SOC analysts who joined in January.", "Agreed.", "Amber", "Lena Fischer", "30/04/2026"],
                    &["IA-03.3", "Logging", "A.8.15", "Firewall logs are kept for 30 days, against the 12 months the Logging Standard requires.", "Agreed; log storage to be extended.", "Amber", "Martín Lombardi", "31/05/2026"],
                    &["IA-03.4", "Threat intelligence", "A.5.7", "Threat intelligence feeds are received but not summarised for management.", "Noted.", "Green", "Priya Shah", ""],
                    &["IA-03.5", "Governance", "Cl. 9.3", "Management review inputs could include the results of supplier audits.", "Noted; to be added to the agenda template.", "Green", "Badr Karim", ""],
                    &[""],
                    &["Overall assurance rating: Amber (reasonable assurance)"],
                ],
            )
            .merged(0, 0, 0, 7)
            .merged(1, 0, 1, 7)]),
            expected: vec![
                finding("IA-03.1", "major", "A.5.24, A.5.26", "There is no tested response plan")
                    .owner("ops@acme.test"),
                finding("IA-03.2", "minor", "7.2", "Competence records are missing")
                    .owner("lena.fischer@acme.test"),
                finding("IA-03.3", "minor", "A.8.15", "Firewall logs are kept for 30 days")
                    .owner("martin@acme.test"),
                finding("IA-03.4", "ofi", "A.5.7", "Threat intelligence feeds are")
                    .pending(&["Priya Shah"]),
                finding("IA-03.5", "ofi", "9.3", "Management review inputs could")
                    .owner("badr@acme.test"),
            ],
        },
        Layout {
            id: "holdout18-pasted-pages-csv-page-footers",
            origin: "holdout 18, written for this holdout: a certification body's findings section pasted page by page from the PDF report into Excel and saved as \"CSV (Comma delimited)\", so Windows-1252 with CRLF and every line padded with commas to the six columns of the used range. Each page starts with the report's running header line (\"Northgate Certification Ltd - Audit report AR-26-0457 - Harwick Foods plc - CONFIDENTIAL\"), an empty line and a section caption (\"Section 4 - Findings\", then \"Section 4 - Findings (continued)\"), then the header row No. / Clause / Grade / Finding / Responsible / Response due, repeated on the second page; each page ends with an empty line and a footer \"Page 1 of 2\" / \"Page 2 of 2\". References NCR-01..03, OBS-01, OFI-01; grades Major / Minor / Observation / OFI; a Clause column writing controls with A. and clauses bare (8.2 and 5.2 are clauses: the risk assessment and the policy), statements with commas (quoted); owners as users' names (Martín with an accented letter in Windows-1252) and a role no user has",
            file_name: "AR-26-0457 findings (pasted from PDF).csv",
            bytes: windows_1252(&format!(
                "{}\r\n",
                delimited(
                    &[
                        &["Northgate Certification Ltd - Audit report AR-26-0457 - Harwick Foods plc - CONFIDENTIAL", "", "", "", "", ""],
                        &["", "", "", "", "", ""],
                        &["Section 4 - Findings", "", "", "", "", ""],
                        &["No.", "Clause", "Grade", "Finding", "Responsible", "Response due"],
                        &["NCR-01", "8.2", "Major", "The information security risk assessment was not repeated after the move to the new data centre in September 2025, although the risk procedure names it a significant change.", "Badr Karim", "30/04/2026"],
                        &["NCR-02", "A.8.24", "Minor", "Encryption keys for the customer portal are stored in the same Git repository as the application code.", "Martín Lombardi", "29/05/2026"],
                        &["NCR-03", "5.2", "Minor", "The information security policy was approved by the IT manager, not by top management, and has not been communicated to staff at the Leeds site.", "Lena Fischer", "29/05/2026"],
                        &["", "", "", "", "", ""],
                        &["Page 1 of 2", "", "", "", "", ""],
                        &["Northgate Certification Ltd - Audit report AR-26-0457 - Harwick Foods plc - CONFIDENTIAL", "", "", "", "", ""],
                        &["", "", "", "", "", ""],
                        &["Section 4 - Findings (continued)", "", "", "", "", ""],
                        &["No.", "Clause", "Grade", "Finding", "Responsible", "Response due"],
                        &["OBS-01", "A.5.34", "Observation", "Customer personal data is exported to spreadsheets for marketing analysis; no record shows that the DPIA covered this use.", "Lena Fischer", ""],
                        &["OFI-01", "A.7.4", "OFI", "CCTV coverage of the loading bay could be extended to the side door, which is used at night.", "Facilities Manager", ""],
                        &["", "", "", "", "", ""],
                        &["Page 2 of 2", "", "", "", "", ""],
                    ],
                    ',',
                )
            )),
            expected: vec![
                finding("NCR-01", "major", "8.2", "The information security risk")
                    .owner("badr@acme.test"),
                finding("NCR-02", "minor", "A.8.24", "Encryption keys for the customer")
                    .owner("martin@acme.test"),
                finding("NCR-03", "minor", "5.2", "The information security policy was")
                    .owner("lena.fischer@acme.test"),
                finding("OBS-01", "observation", "A.5.34", "Customer personal data is exported")
                    .owner("lena.fischer@acme.test"),
                finding("OFI-01", "ofi", "A.7.4", "CCTV coverage of the loading bay")
                    .pending(&["Facilities Manager"]),
            ],
        },
        Layout {
            id: "holdout18-closing-meeting-two-rows-per-finding",
            origin: "holdout 18, written for this holdout: a certification body's closing meeting summary of findings laid out two rows per finding, as on the slide it was copied from: a first row with Ref. (CM-1 ...), Grade (\"NC – Major\", \"NC – Minor\", Observation, OFI), Clause / control, Process and Responsible, then a second row holding only the statement, merged across all five columns from column A (the Ref. column). The header mirrors it: a row of the five labels, then a row with \"Finding\" merged across the five columns. A merged title and a merged line of audit details above; a merged line under the table saying who accepted the findings (naming a user) is no finding. Requirements A.-prefixed controls and bare clauses (6.1.2, 7.4); responsible as users' names and a user's role",
            file_name: "Closing meeting - findings summary - Brisa Retail.xlsx",
            bytes: xlsx(vec![sheet(
                "Closing meeting",
                0,
                0,
                &[
                    &["CLOSING MEETING – SUMMARY OF FINDINGS"],
                    &["Client: Brisa Retail S.A.S. (Lyon)    Audit: ISO/IEC 27001:2022 surveillance 2    Date: 12/03/2026    Lead auditor: R. Duarte"],
                    &[""],
                    &["Ref.", "Grade", "Clause / control", "Process", "Responsible"],
                    &["Finding"],
                    &["CM-1", "NC – Major", "6.1.2", "Risk management", "Badr Karim"],
                    &["The information security risk assessment has not been updated since 2023, although the ERP was moved to a hosted service in 2025."],
                    &["CM-2", "NC – Minor", "A.5.9", "Asset management", "Lena Fischer"],
                    &["The asset inventory does not include the 12 laptops issued to staff of the new Lyon office."],
                    &["CM-3", "NC – Minor", "A.8.22", "Network", "Head of IT Operations"],
                    &["Guest Wi-Fi in the showroom shares a network segment with the point-of-sale terminals."],
                    &["CM-4", "Observation", "7.4", "Communication", "Martín Lombardi"],
                    &["The new clear desk rule was announced in a single e-mail; four of six staff interviewed were not aware of it."],
                    &["CM-5", "OFI", "A.5.36", "Compliance", "Lena Fischer"],
                    &["Compliance checks could reuse the results of the automated configuration scanner instead of manual sampling."],
                    &[""],
                    &["Findings presented and accepted at the closing meeting by Badr Karim (ISMS Manager) on 12/03/2026."],
                ],
            )
            .merged(0, 0, 0, 4)
            .merged(1, 0, 1, 4)
            .merged(4, 0, 4, 4)
            .merged(6, 0, 6, 4)
            .merged(8, 0, 8, 4)
            .merged(10, 0, 10, 4)
            .merged(12, 0, 12, 4)
            .merged(14, 0, 14, 4)
            .merged(16, 0, 16, 4)]),
            expected: vec![
                finding("CM-1", "major", "6.1.2", "The information security risk")
                    .owner("badr@acme.test"),
                finding("CM-2", "minor", "A.5.9", "The asset inventory does not")
                    .owner("lena.fischer@acme.test"),
                finding("CM-3", "minor", "A.8.22", "Guest Wi-Fi in the showroom")
                    .owner("ops@acme.test"),
                finding("CM-4", "observation", "7.4", "The new clear desk rule was")
                    .owner("martin@acme.test"),
                finding("CM-5", "ofi", "A.5.36", "Compliance checks could reuse")
                    .owner("lena.fischer@acme.test"),
            ],
        },
    ]
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
const KNOWN_MISREADS: &[(&str, &str)] = &[];

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
