//! Hostile and damaged input: every byte string gets an answer (findings or a located
//! failure), never a crash, and the limits hold.

use closeout_nonconformity_report::{NonconformityReport, import};
use closeout_plugin_abi::mutate::damaged_files_are_answered;
use closeout_plugin_abi::{ImportOptions, Limits};

fn register() -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, header) in ["NC ID", "Grade", "Clause", "Description", "Date Raised"]
        .iter()
        .enumerate()
    {
        sheet
            .write_string(0, column as u16, *header)
            .expect("write");
    }
    for row in 1..40u32 {
        sheet
            .write_string(row, 0, format!("NC-{row}"))
            .expect("write");
        sheet
            .write_string(row, 1, if row % 2 == 0 { "Minor" } else { "Major NC" })
            .expect("write");
        sheet.write_string(row, 2, "A.5.15 / 9.2").expect("write");
        sheet
            .write_string(row, 3, "Access reviews are not performed.")
            .expect("write");
        sheet.write_string(row, 4, "03/04/2026").expect("write");
    }
    workbook.save_to_buffer().expect("xlsx")
}

#[test]
fn damaged_workbooks_and_text_always_get_an_answer() {
    let originals = [
        register(),
        b"NC ID;Grade;Description;Date Raised\nNC-1;Minor;Text;20/03/2026\nNC-2;Cat 1;More;\n"
            .to_vec(),
    ];
    let answered = damaged_files_are_answered::<NonconformityReport>(
        &originals,
        &[b";", b",", b"\"", b"\n", b"PK\x03\x04"],
        &ImportOptions::default(),
        3_000,
    );
    assert!(
        answered.read > 100 && answered.refused > 100,
        "{answered:?}"
    );
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
    let failure = import(&bytes, &options).expect_err("refused");
    assert_eq!(failure.kind, "too-large");
    assert!(
        failure.message.contains("expands to 8 MB"),
        "{}",
        failure.message
    );
}

/// The size an archive's directory declares is all it may inflate to: a sheet that inflates
/// past it (a small declared size over a large one) is refused, not read, whatever the limit.
#[test]
fn an_entry_that_lies_about_its_size_is_refused() {
    use std::io::{Read as _, Write as _};
    const SHEET: &str = "xl/worksheets/sheet1.xml";
    let honest = register();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&honest)).expect("zip");
    let mut buffer = std::io::Cursor::new(Vec::new());
    let mut declared = 0;
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for index in 0..archive.len() {
            let mut entry = archive.by_index(index).expect("entry");
            let name = entry.name().expect("name").into_owned();
            let mut content = Vec::new();
            entry.read_to_end(&mut content).expect("read");
            zip.start_file(name.as_str(), deflated).expect("zip");
            if name == SHEET {
                declared = content.len();
                // Whitespace after the sheet's end: still a sheet, 8 MB larger.
                content.extend(std::iter::repeat_n(b' ', 8 * 1024 * 1024));
            }
            zip.write_all(&content).expect("zip");
        }
        zip.finish().expect("zip");
    }
    let mut bytes = buffer.into_inner();
    assert!(declared > 0, "the register has a first sheet");
    // The sheet's size, in its local header and in the central directory, set to what it
    // was before the padding.
    let lie = u32::try_from(declared).expect("small").to_le_bytes();
    let mut patched = 0;
    for (signature, name_at, size_at) in [(b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)] {
        let mut at = 0;
        while let Some(found) = bytes[at..]
            .windows(4)
            .position(|w| w == signature)
            .map(|p| p + at)
        {
            if bytes[found + name_at..].starts_with(SHEET.as_bytes()) {
                bytes[found + size_at..found + size_at + 4].copy_from_slice(&lie);
                patched += 1;
            }
            at = found + 4;
        }
    }
    assert_eq!(patched, 2, "the sheet's local and central headers");
    let generous = ImportOptions {
        limits: Limits {
            max_uncompressed_bytes: 64 * 1024 * 1024,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    assert!(
        import(&honest, &generous).is_ok(),
        "the honest register reads"
    );
    let failure = import(&bytes, &generous).expect_err("refused");
    assert!(
        failure.message.contains("declared"),
        "{}: {}",
        failure.kind,
        failure.message
    );
}

#[test]
fn row_and_cell_limits_name_the_place() {
    let csv = "NC ID,Grade,Description\n".to_owned() + &"NC-1,Minor,Text\n".repeat(50);
    let options = ImportOptions {
        limits: Limits {
            max_rows: 20,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    let failure = import(csv.as_bytes(), &options).expect_err("too many rows");
    assert_eq!(failure.kind, "too-large");
    let long = format!(
        "NC ID,Grade,Description\nNC-1,Minor,{}\n",
        "x".repeat(100_000)
    );
    let failure = import(long.as_bytes(), &ImportOptions::default()).expect_err("a huge cell");
    assert!(failure.message.contains("C2"), "{}", failure.message);
}

#[test]
fn merges_beyond_the_limits_are_refused_not_expanded() {
    // Four merged columns a row of the limits are read; a sheet declaring more is refused.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "NC ID").expect("write");
    sheet.write_string(0, 1, "Description").expect("write");
    for pair in 0..25u32 {
        sheet
            .merge_range(
                1 + pair * 2,
                0,
                2 + pair * 2,
                1,
                "merged",
                &rust_xlsxwriter::Format::new(),
            )
            .expect("merge");
    }
    let bytes = workbook.save_to_buffer().expect("xlsx");
    let options = |max_rows| ImportOptions {
        limits: Limits {
            max_rows,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    // 25 regions of two columns: 50 merged columns of rows.
    let failure = import(&bytes, &options(12)).expect_err("48 allowed");
    assert_eq!(failure.kind, "too-large");
    assert!(failure.message.contains("merges"), "{}", failure.message);
    assert!(import(&bytes, &options(100)).is_ok());
}
