//! Damaged, hostile and oversized input: every byte string gets an answer (records or a
//! failure with a kind and a message), never a panic, and the limits hold.

mod common;

use closeout_plugin_abi::{ImportOptions, ImportResponse, Importer, Limits, run_import};
use closeout_statement_of_applicability::{StatementOfApplicability, import};
use common::{Cell, sheet};

fn small_soa() -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let mut cells = vec![
        (1, 1, Cell::Text("Control")),
        (1, 2, Cell::Text("Applicable")),
        (1, 3, Cell::Text("Status")),
    ];
    let codes: Vec<String> = (1..=37).map(|n| format!("A.5.{n}")).collect();
    for (index, code) in codes.iter().enumerate() {
        let row = index as u32 + 2;
        cells.push((row, 1, Cell::Text(code)));
        cells.push((row, 2, Cell::Text("Yes")));
        cells.push((row, 3, Cell::Text("Implemented")));
    }
    sheet(&mut workbook, "SoA", &cells);
    workbook.save_to_buffer().expect("xlsx")
}

fn kind(bytes: &[u8], options: &ImportOptions) -> (String, String) {
    match import(bytes, options) {
        Ok(output) => panic!("imported {} controls", output.controls.len()),
        Err(failure) => (failure.kind, failure.message),
    }
}

#[test]
fn a_truncated_zip_is_unreadable() {
    let bytes = small_soa();
    let (kind, message) = kind(&bytes[..bytes.len() / 2], &ImportOptions::default());
    assert_eq!(kind, "unreadable", "{message}");
    assert!(message.contains("truncated"), "{message}");
    assert_eq!(
        StatementOfApplicability::sniff(&bytes[..bytes.len() / 2], "soa.xlsx"),
        5
    );
}

#[test]
fn a_pdf_is_unsupported() {
    let bytes = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
    let (kind, message) = kind(bytes, &ImportOptions::default());
    assert_eq!(kind, "unsupported");
    assert!(message.contains("PDF"), "{message}");
    assert_eq!(StatementOfApplicability::sniff(bytes, "soa.pdf"), 0);
}

#[test]
fn empty_input_is_unreadable() {
    let (kind, message) = kind(b"", &ImportOptions::default());
    assert_eq!(kind, "unreadable");
    assert!(message.contains("empty"), "{message}");
    assert_eq!(StatementOfApplicability::sniff(b"", "soa.csv"), 0);
}

#[test]
fn binary_and_password_protected_files() {
    let (binary, _) = kind(&[0x00, 0x01, 0x02, 0xFF, 0x00], &ImportOptions::default());
    assert_eq!(binary, "unsupported");
    let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    cfb.extend(vec![0u8; 512]);
    let plain_xls = cfb.clone();
    cfb.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(kind(&cfb, &ImportOptions::default()).0, "encrypted");
    let (xls, message) = kind(&plain_xls, &ImportOptions::default());
    assert_eq!(xls, "unsupported");
    assert!(message.contains("xls"), "{message}");
}

#[test]
fn oversized_cells_rows_and_columns_name_the_place() {
    let long = format!(
        "Control,Applicable,Justification\nA.5.1,Yes,{}\n",
        "x".repeat(4_000)
    );
    let options = ImportOptions {
        limits: Limits {
            max_cell_bytes: 1_000,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    let (kind_, message) = kind(long.as_bytes(), &options);
    assert_eq!(kind_, "too-large");
    assert!(
        message.contains("cell C2") && message.contains("4000 bytes"),
        "{message}"
    );

    let bytes = small_soa();
    let limited = |limits: Limits| ImportOptions {
        limits,
        ..ImportOptions::default()
    };
    let (kind_, message) = kind(
        &bytes,
        &limited(Limits {
            max_rows: 10,
            ..Limits::default()
        }),
    );
    assert_eq!(kind_, "too-large");
    assert!(
        message.contains("sheet `SoA`, cell B11") && message.contains("10 rows"),
        "{message}"
    );
    let (kind_, message) = kind(
        &bytes,
        &limited(Limits {
            max_columns: 3,
            ..Limits::default()
        }),
    );
    assert_eq!(kind_, "too-large");
    assert!(message.contains("D2"), "{message}");
    let (kind_, message) = kind(
        &bytes,
        &limited(Limits {
            max_cells: 50,
            ..Limits::default()
        }),
    );
    assert_eq!(kind_, "too-large");
    assert!(message.contains("50 non-empty cells"), "{message}");
    let (kind_, _) = kind(
        &bytes,
        &limited(Limits {
            max_uncompressed_bytes: 1_000,
            ..Limits::default()
        }),
    );
    assert_eq!(kind_, "too-large");
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_expanded() {
    use std::io::Write as _;
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/workbook.xml", deflated).expect("zip");
        zip.write_all(b"<workbook/>").expect("zip");
        zip.start_file("xl/worksheets/sheet1.xml", deflated)
            .expect("zip");
        zip.write_all(&vec![b' '; 8 * 1024 * 1024]).expect("zip");
        zip.finish().expect("zip");
    }
    let bytes = buffer.into_inner();
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
    let options = ImportOptions {
        limits: Limits {
            max_uncompressed_bytes: 4 * 1024 * 1024,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    let (kind_, message) = kind(&bytes, &options);
    assert_eq!(kind_, "too-large");
    assert!(message.contains("expands to 8 MB"), "{message}");
}

#[test]
fn an_archive_that_is_not_a_spreadsheet_is_unsupported() {
    use std::io::Write as _;
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
            .expect("zip");
        zip.write_all(b"hello").expect("zip");
        zip.finish().expect("zip");
    }
    assert_eq!(
        kind(&buffer.into_inner(), &ImportOptions::default()).0,
        "unsupported"
    );
}

/// A small deterministic generator, so a failure names a reproducible case.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn damaged_files_always_get_an_answer_through_the_abi() {
    let originals = [
        small_soa(),
        "\u{FEFF}Control;Applicable;Status\nA.5.1;Yes;Done\n5 Org;;\nA.5.2;;N/A\n"
            .as_bytes()
            .to_vec(),
    ];
    let options = serde_json::to_vec(&ImportOptions::default()).expect("options");
    let mut random = XorShift(0x5EED_50A0_2700_1234);
    for case in 0..600 {
        let mut bytes = originals[case % originals.len()].clone();
        match random.next() % 4 {
            0 => bytes.truncate((random.next() as usize) % bytes.len().max(1)),
            1 => {
                for _ in 0..1 + random.next() % 16 {
                    let at = (random.next() as usize) % bytes.len().max(1);
                    if let Some(byte) = bytes.get_mut(at) {
                        *byte = random.next() as u8;
                    }
                }
            }
            2 => {
                let at = (random.next() as usize) % bytes.len().max(1);
                let junk: Vec<u8> = (0..random.next() % 64)
                    .map(|_| random.next() as u8)
                    .collect();
                bytes.splice(at..at, junk);
            }
            _ => {
                bytes = (0..random.next() % 2048)
                    .map(|_| random.next() as u8)
                    .collect()
            }
        }
        let _ = StatementOfApplicability::sniff(&bytes, "soa.xlsx");
        let answer = run_import::<StatementOfApplicability>(&bytes, &options);
        let parsed: ImportResponse = closeout_plugin_abi::wire::decode(&answer)
            .unwrap_or_else(|e| panic!("case {case}: not an answer: {e}"));
        if let ImportResponse::Failed(failure) = parsed {
            assert!(!failure.message.is_empty(), "case {case}");
            assert_ne!(failure.kind, "panic", "case {case}: {}", failure.message);
            assert_ne!(failure.kind, "stop", "case {case}");
        }
    }
}

#[test]
fn damaged_workbooks_and_text_always_get_an_answer() {
    let originals = [
        small_soa(),
        b"Control;Applicable;Status\nA.5.1;Yes;Implemented\nA.5.2;No;\n".to_vec(),
    ];
    let answered =
        closeout_plugin_abi::mutate::damaged_files_are_answered::<StatementOfApplicability>(
            &originals,
            &[b";", b"\"", b"\n", b"A.5.3"],
            &ImportOptions::default(),
            1_500,
        );
    assert!(
        answered.read > 100 && answered.refused > 100,
        "{answered:?}"
    );
}
