//! A register large enough to be read by several threads (its merged cells from a second copy
//! of the workbook, its cells beside the rows' reading): read as a small one is.

use closeout_nonconformity_report::import;

const ROWS: u32 = 12_000;

/// `ROWS` findings; NC-1's reference is merged down over the two rows below it, which go on
/// with its statement, and NC-5000's over the row below it.
fn register() -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Register").expect("name");
    for (column, header) in ["NC ID", "Grade", "Clause", "Description"]
        .iter()
        .enumerate()
    {
        sheet
            .write_string(0, column as u16, *header)
            .expect("write");
    }
    let merged = rust_xlsxwriter::Format::new();
    let mut row = 1;
    for n in 1..=ROWS {
        let statement = format!(
            "Finding {n}: access rights of {n} leavers were not removed within five working days."
        );
        sheet.write_string(row, 1, "Minor NC").expect("write");
        sheet.write_string(row, 2, "A.5.18").expect("write");
        sheet.write_string(row, 3, &statement).expect("write");
        let span = match n {
            1 => 2,
            5_000 => 1,
            _ => 0,
        };
        for below in 1..=span {
            sheet
                .write_string(row + below, 3, format!("Continued {n}.{below}"))
                .expect("write");
        }
        if span > 0 {
            sheet
                .merge_range(row, 0, row + span, 0, &format!("NC-{n}"), &merged)
                .expect("merge");
        } else {
            sheet
                .write_string(row, 0, format!("NC-{n}"))
                .expect("write");
        }
        row += 1 + span;
    }
    workbook.save_to_buffer().expect("xlsx")
}

#[test]
fn a_large_registers_merged_cells_join_rows_as_a_small_ones_do() {
    let data = register();
    // Large enough for the threads (the importer reads smaller files on one).
    assert!(data.len() >= 256 * 1024, "{} bytes", data.len());
    let output = import(&data, &Default::default()).expect("read");
    assert_eq!(output.findings.len(), ROWS as usize);
    let statement = |reference: &str| {
        output
            .findings
            .iter()
            .find(|f| f.reference.as_deref() == Some(reference))
            .and_then(|f| f.statement.clone())
            .unwrap_or_default()
    };
    assert!(
        statement("NC-1").contains("Continued 1.2"),
        "{}",
        statement("NC-1")
    );
    assert!(
        statement("NC-5000").contains("Continued 5000.1"),
        "{}",
        statement("NC-5000")
    );
    assert!(
        !statement("NC-2").contains("Continued"),
        "{}",
        statement("NC-2")
    );
    // Rows after a merge keep their own numbers.
    let last = output.findings.last().expect("findings");
    assert_eq!(last.reference.as_deref(), Some("NC-12000"));
    assert_eq!(last.row, ROWS + 4);
}
