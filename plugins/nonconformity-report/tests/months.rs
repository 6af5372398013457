//! Month names read as the register's language means them: Slavic languages spell different
//! months alike (`listopad` is October in Croatian, November in Polish and Czech).

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
