//! Dates read as the register's language writes them: Slavic languages spell different months
//! alike (`listopad` is October in Croatian, November in Polish and Czech), and Thai registers
//! count years in the Buddhist Era.

use closeout_nonconformity_report::import;
use closeout_plugin_abi::ImportOptions;

fn raised_on(csv: &str) -> Vec<Option<String>> {
    let output = import(csv.as_bytes(), &ImportOptions::default()).expect("the register reads");
    output.findings.into_iter().map(|f| f.raised_on).collect()
}

#[test]
fn a_croatian_register_writes_october_as_listopad() {
    let csv = "Oznaka nalaza;Vrsta nalaza;Zahtjev norme;Opis nalaza;Datum\n\
        N-01;Mala nesukladnost;točka 9.2;Interni audit nije proveden prema programu.;15. listopada 2025.\n\
        N-02;Mala nesukladnost;A.5.15;Prava pristupa nisu preispitana.;3. lipnja 2025.\n";
    assert_eq!(
        raised_on(csv),
        [Some("2025-10-15".to_owned()), Some("2025-06-03".to_owned())]
    );
}

#[test]
fn a_polish_register_writes_november_as_listopad() {
    let csv = "Nr;Kategoria;Punkt normy;Opis niezgodnosci;Data\n\
        NC-1;Niezgodność mała;9.2;Audyt wewnętrzny nie został przeprowadzony.;15 listopada 2025\n\
        NC-2;Niezgodność mała;A.5.15;Uprawnienia nie są przeglądane.;3 lipca 2025\n";
    assert_eq!(
        raised_on(csv),
        [Some("2025-11-15".to_owned()), Some("2025-07-03".to_owned())]
    );
}

#[test]
fn a_thai_register_counts_years_in_the_buddhist_era() {
    // Typed dates in a Thai register: Buddhist Era years, day first, and a month name.
    let csv = "เลขที่,ประเภท,ข้อกำหนด,รายละเอียด,วันที่\n\
        CAR-01,ข้อบกพร่องรอง,ข้อ 9.2,ไม่ได้ดำเนินการตรวจประเมินภายในตามแผน,15/10/2568\n\
        CAR-02,ข้อบกพร่องรอง,A.5.15,ไม่ได้ทบทวนสิทธิ์การเข้าถึง,3 ต.ค. 2568\n\
        CAR-03,ข้อบกพร่องรอง,A.8.13,ไม่ได้ทดสอบการกู้คืนข้อมูลสำรอง,2025-10-20\n";
    assert_eq!(
        raised_on(csv),
        [
            Some("2025-10-15".to_owned()),
            Some("2025-10-03".to_owned()),
            Some("2025-10-20".to_owned())
        ]
    );
}

#[test]
fn a_date_cell_typed_in_the_buddhist_era_is_read_in_the_common_era() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, header) in ["เลขที่", "ประเภท", "ข้อกำหนด", "รายละเอียด", "วันที่"]
        .iter()
        .enumerate()
    {
        sheet
            .write_string(0, column as u16, *header)
            .expect("write");
    }
    let typed = rust_xlsxwriter::ExcelDateTime::from_ymd(2568, 10, 15).expect("a date");
    let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    for (column, text) in [
        "CAR-01",
        "ข้อบกพร่องรอง",
        "ข้อ 9.2",
        "ไม่ได้ดำเนินการตรวจประเมินภายในตามแผน",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(1, column as u16, *text).expect("write");
    }
    sheet
        .write_datetime_with_format(1, 4, &typed, &format)
        .expect("write");
    let bytes = workbook.save_to_buffer().expect("xlsx");
    let output = import(&bytes, &ImportOptions::default()).expect("the register reads");
    assert_eq!(output.findings[0].raised_on.as_deref(), Some("2025-10-15"));
}
