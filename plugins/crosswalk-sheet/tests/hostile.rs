//! Hostile and damaged input: every byte string gets an answer (mappings or a failure of a
//! stated kind), never a crash, and the limits hold.

use std::io::Write;

use closeout_crosswalk_sheet::{CrosswalkSheet, import};
use closeout_plugin_abi::mutate::damaged_files_are_answered;
use closeout_plugin_abi::{ImportOptions, Importer, Limits, run_import, run_sniff};

fn crosswalk() -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, header) in ["ISO 27001", "SOC 2", "Relationship", "Notes"]
        .iter()
        .enumerate()
    {
        sheet
            .write_string(0, column as u16, *header)
            .expect("write");
    }
    for row in 1..40u32 {
        sheet
            .write_string(row, 0, format!("A.5.{row}"))
            .expect("write");
        sheet.write_string(row, 1, "CC1.1; CC1.2").expect("write");
        sheet.write_string(row, 2, "Subset of").expect("write");
        sheet.write_string(row, 3, "A remark").expect("write");
    }
    workbook.save_to_buffer().expect("xlsx")
}

fn kind(data: &[u8], options: &ImportOptions) -> String {
    match import(data, options) {
        Ok(_) => "ok".into(),
        Err(failure) => failure.kind,
    }
}

#[test]
fn truncated_zip_pdf_and_empty_input() {
    let data = crosswalk();
    let options = ImportOptions::default();
    assert_eq!(kind(&data, &options), "ok");
    let truncated = &data[..data.len() / 2];
    assert_eq!(kind(truncated, &options), "unreadable");
    assert_eq!(CrosswalkSheet::sniff(truncated, "x.xlsx"), 10);
    let pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n";
    assert_eq!(kind(pdf, &options), "unsupported");
    assert_eq!(CrosswalkSheet::sniff(pdf, "x.pdf"), 0);
    assert_eq!(kind(b"", &options), "unreadable");
    assert_eq!(CrosswalkSheet::sniff(b"", "x.csv"), 10);
    assert_eq!(kind(b"\x00\x01\x02binary", &options), "unsupported");
    // An old binary workbook, and a password-protected xlsx in its OLE container.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    assert_eq!(kind(&ole, &options), "unsupported");
    ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(kind(&ole, &options), "encrypted");
}

#[test]
fn a_zip_that_is_not_a_spreadsheet_or_expands_too_far() {
    let mut buffer = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buffer);
    let stored = zip::write::SimpleFileOptions::default();
    zip.start_file("readme.txt", stored).expect("entry");
    zip.write_all(b"hello").expect("write");
    zip.finish().expect("zip");
    assert_eq!(
        kind(buffer.get_ref(), &ImportOptions::default()),
        "unsupported"
    );

    let small = ImportOptions {
        limits: Limits {
            max_uncompressed_bytes: 1_000,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    assert_eq!(kind(&crosswalk(), &small), "too-large");
}

#[test]
fn limits_on_rows_cells_and_cell_size() {
    let data = crosswalk();
    let limited = |limits: Limits| ImportOptions {
        limits,
        ..ImportOptions::default()
    };
    for limits in [
        Limits {
            max_rows: 10,
            ..Limits::default()
        },
        Limits {
            max_columns: 2,
            ..Limits::default()
        },
        Limits {
            max_cells: 50,
            ..Limits::default()
        },
        Limits {
            max_cell_bytes: 8,
            ..Limits::default()
        },
    ] {
        assert_eq!(kind(&data, &limited(limits)), "too-large", "{limits:?}");
    }
    let csv = "Source,Target,Relationship\nA.5.1,CC1.1,Equal\n".repeat(20);
    let rows = limited(Limits {
        max_rows: 5,
        ..Limits::default()
    });
    assert_eq!(kind(csv.as_bytes(), &rows), "too-large");
}

#[test]
fn damaged_files_always_get_an_answer() {
    let originals = [
        crosswalk(),
        "\u{FEFF}Source;Target;Relationship\nA5.1;CC1.1;Equal\n\"A.5.2;CC1.2;\n"
            .as_bytes()
            .to_vec(),
    ];
    let options = ImportOptions {
        columns: [
            ("source_framework", "iso27001-2022"),
            ("target_framework", "soc2-2017"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect(),
        ..ImportOptions::default()
    };
    let answered = damaged_files_are_answered::<CrosswalkSheet>(
        &originals,
        &[b";", b",", b"\"", b"\n", b"A.5.1"],
        &options,
        1_000,
    );
    assert!(answered.read > 50 && answered.refused > 50, "{answered:?}");
    // And sniffing what it cannot read never claims it.
    let mut mutator = closeout_plugin_abi::mutate::Mutator::new(7);
    for _ in 0..200 {
        let bytes = mutator.damage(&originals[0], &[]);
        assert!(run_sniff::<CrosswalkSheet>(&bytes, b"x.xlsx") <= 80);
    }
}

#[test]
fn options_that_are_not_json_are_refused() {
    let answer = String::from_utf8(run_import::<CrosswalkSheet>(&crosswalk(), b"{\"nope\":1}"))
        .expect("UTF-8");
    assert!(answer.contains("\"kind\":\"unsupported\""), "{answer}");
}
