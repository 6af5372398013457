//! Delimited text: decoded whatever the program that saved it, and split by the delimiter its
//! lines agree on (Excel saves "CSV" with semicolons where the comma is the decimal mark).

use calamine::DataRef;
use closeout_plugin_abi::ImportFailure;

use crate::failure;
use crate::workbook::{Budget, CellValue, EachRow, Rows};

/// The encoding delimited text was read in, told to the user because a wrong guess garbles
/// accented letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (what Excel's "CSV UTF-8" writes).
    Utf8Bom,
    /// UTF-16, little-endian, with a byte-order mark (Excel's "Unicode text").
    Utf16Le,
    /// UTF-16, big-endian, with a byte-order mark.
    Utf16Be,
    /// Not UTF-8: read as Windows-1252, what Excel writes on Western European Windows.
    Windows1252,
    /// Not UTF-8, and its accented letters read as letters only in Mac OS Roman: what Excel
    /// for Mac's "CSV (Macintosh)" writes.
    MacRoman,
    /// Not UTF-8, and another legacy code page made words the reader knows where Windows-1252
    /// made fewer (see [`decode_text_judged`]): Windows-1251 for a Russian register, Shift_JIS
    /// for a Japanese one.
    Legacy(&'static encoding_rs::Encoding),
}

impl Encoding {
    /// The encoding's standard (WHATWG) name: `UTF-8` with or without a BOM, `windows-1252`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1252 => "windows-1252",
            Encoding::MacRoman => "macintosh",
            Encoding::Legacy(encoding) => encoding.name(),
        }
    }

    /// A label that also says whether a BOM was there: `UTF-8 (BOM)`, `Windows-1252`.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1252 => "Windows-1252",
            Encoding::MacRoman => "Mac OS Roman",
            Encoding::Legacy(encoding) => encoding.name(),
        }
    }
}

/// The legacy code pages Excel and other Windows programs save text in, by region, besides
/// Windows-1252 and Mac OS Roman: Central European, Cyrillic, Greek, Turkish, Arabic, Baltic,
/// Vietnamese, Thai, Japanese, Simplified and Traditional Chinese, Korean.
const LEGACY: [&encoding_rs::Encoding; 14] = [
    encoding_rs::WINDOWS_1250,
    encoding_rs::WINDOWS_1251,
    encoding_rs::WINDOWS_1253,
    encoding_rs::WINDOWS_1254,
    encoding_rs::WINDOWS_1256,
    encoding_rs::WINDOWS_1257,
    encoding_rs::WINDOWS_1258,
    encoding_rs::WINDOWS_874,
    encoding_rs::SHIFT_JIS,
    encoding_rs::EUC_JP,
    encoding_rs::GBK,
    encoding_rs::BIG5,
    encoding_rs::EUC_KR,
    encoding_rs::KOI8_R,
];

/// How much of a file's start is decoded in each code page to judge it.
const JUDGED_BYTES: usize = 64 * 1024;

/// [`decode_text`], with the code page of text that is neither UTF-8 nor UTF-16 chosen by
/// `judge`: the first lines are decoded in Windows-1252 (or Mac OS Roman) and in each legacy
/// code page that reads them without an error, and the one whose text `judge` scores highest
/// wins; on a tie, or when nothing scores, Windows-1252 (or Mac OS Roman) stays. A register's
/// judge counts the cells that are words it knows (headers, grades), which only the right code
/// page spells.
pub fn decode_text_judged(data: &[u8], judge: &dyn Fn(&str) -> usize) -> (String, Encoding) {
    let (text, default) = decode_text(data);
    if !matches!(default, Encoding::Windows1252 | Encoding::MacRoman) {
        return (text, default);
    }
    // Whole lines only: a character cut at the end is no error of the code page.
    let head = &data[..data.len().min(JUDGED_BYTES)];
    let head = match head.iter().rposition(|b| *b == b'\n' || *b == b'\r') {
        Some(end) if head.len() < data.len() => &head[..end],
        _ => head,
    };
    // The default judged on the same bytes as the others.
    let default_encoding = match default {
        Encoding::MacRoman => encoding_rs::MACINTOSH,
        _ => encoding_rs::WINDOWS_1252,
    };
    let default_score = judge(&default_encoding.decode_without_bom_handling(head).0);
    let mut best: Option<(usize, &'static encoding_rs::Encoding)> = None;
    for encoding in LEGACY {
        let Some(decoded) = encoding.decode_without_bom_handling_and_without_replacement(head)
        else {
            continue;
        };
        let score = judge(&decoded);
        if score > default_score && best.is_none_or(|(best, _)| score > best) {
            best = Some((score, encoding));
        }
    }
    match best {
        Some((_, encoding)) => {
            let (text, _) = encoding.decode_without_bom_handling(data);
            (text.into_owned(), Encoding::Legacy(encoding))
        }
        None => (text, default),
    }
}

/// Decodes delimited text: UTF-8 with or without a BOM, UTF-16 with a BOM, else
/// Windows-1252, or Mac OS Roman when lines end with a carriage return alone and it reads the
/// bytes after letters as letters better.
/// Returns the text and the encoding used.
pub fn decode_text(data: &[u8]) -> (String, Encoding) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(data) {
        let (text, _) = encoding.decode_without_bom_handling(&data[bom..]);
        let used = if encoding == encoding_rs::UTF_8 {
            Encoding::Utf8Bom
        } else if encoding == encoding_rs::UTF_16LE {
            Encoding::Utf16Le
        } else {
            Encoding::Utf16Be
        };
        return (text.into_owned(), used);
    }
    match std::str::from_utf8(data) {
        Ok(text) => (text.to_owned(), Encoding::Utf8),
        Err(_) => {
            // Only classic Mac text ends its lines with a carriage return alone; elsewhere a
            // Windows quote after a letter (`don\x92t`) must not make Mac OS Roman's `í`.
            let mac_lines = data.contains(&b'\r') && !data.contains(&b'\n');
            let (encoding, used) = if mac_lines
                && plausibility(data, encoding_rs::MACINTOSH)
                    > plausibility(data, encoding_rs::WINDOWS_1252)
            {
                (encoding_rs::MACINTOSH, Encoding::MacRoman)
            } else {
                (encoding_rs::WINDOWS_1252, Encoding::Windows1252)
            };
            let (text, _) = encoding.decode_without_bom_handling(data);
            (text.into_owned(), used)
        }
    }
}

/// How well a single-byte encoding reads the bytes that follow a lower-case letter: a word
/// goes on in lower case (`Jos\x8E` is `José` in Mac OS Roman, `JosŽ` in Windows-1252;
/// `Caf\xE9` is `Café` in Windows-1252, `CafÈ` in Mac OS Roman). Both share ASCII.
fn plausibility(data: &[u8], encoding: &'static encoding_rs::Encoding) -> i64 {
    // Whether each byte from 0x80 is a lower-case letter in `encoding`.
    let lower: Vec<bool> = (0x80..=0xFFu8)
        .map(|byte| {
            let single = [byte];
            let (text, _) = encoding.decode_without_bom_handling(&single);
            text.chars().all(char::is_lowercase)
        })
        .collect();
    data.windows(2)
        .filter(|pair| pair[1] >= 0x80 && pair[0].is_ascii_lowercase())
        .map(|pair| {
            if lower[usize::from(pair[1] - 0x80)] {
                1
            } else {
                -1
            }
        })
        .sum()
}

/// Decodes the first bytes of a file, read for sniffing: a character the cut leaves short at
/// the end is not a sign that the text is not UTF-8.
pub fn decode_prefix(data: &[u8]) -> (String, Encoding) {
    match std::str::from_utf8(data) {
        Err(e) if e.error_len().is_none() => decode_text(&data[..e.valid_up_to()]),
        _ => decode_text(data),
    }
}

#[cfg(test)]
mod code_pages {
    use super::*;

    /// A judge that knows a few words of a register, as the register importer's lexicon does.
    fn knows(text: &str) -> usize {
        text.split([',', ';', '\n', '\r'])
            .filter(|cell| {
                [
                    "Описание несоответствия",
                    "Категория",
                    "指摘内容",
                    "不符合事实描述",
                    "Sıra No",
                    "Niezgodność",
                ]
                .contains(&cell.trim())
            })
            .count()
    }

    fn encoded(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
        let (bytes, _, errors) = encoding.encode(text);
        assert!(!errors, "{text} in {}", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn a_legacy_code_page_is_the_one_that_spells_known_words() {
        for (text, encoding) in [
            (
                "Категория;Описание несоответствия\nНС-01;Текст",
                encoding_rs::WINDOWS_1251,
            ),
            ("No.,指摘内容\n1,記録がない", encoding_rs::SHIFT_JIS),
            ("序号,不符合事实描述\n1,未实施内部审核", encoding_rs::GBK),
            ("Sıra No;Bulgu\n1;İç denetim", encoding_rs::WINDOWS_1254),
            (
                "Lp;Niezgodność\n1;Brak przeglądu",
                encoding_rs::WINDOWS_1250,
            ),
        ] {
            let (decoded, used) = decode_text_judged(&encoded(text, encoding), &knows);
            assert_eq!(decoded, text);
            assert_eq!(used.name(), encoding.name());
        }
    }

    #[test]
    fn western_text_stays_windows_1252_whatever_the_judge() {
        let bytes = encoded("NC ID;Café;Échéance\n1;Thé;Noël", encoding_rs::WINDOWS_1252);
        let (decoded, used) = decode_text_judged(&bytes, &knows);
        assert_eq!(decoded, "NC ID;Café;Échéance\n1;Thé;Noël");
        assert_eq!(used, Encoding::Windows1252);
        // UTF-8 is never second-guessed.
        let (_, used) = decode_text_judged("Описание несоответствия".as_bytes(), &knows);
        assert_eq!(used, Encoding::Utf8);
    }
}

/// Picks the delimiter that splits the first lines most consistently: title lines above a
/// table have fewer delimiters than the table's rows, so rows at the widest count win.
pub fn sniff_delimiter(text: &str, file_name: &str) -> u8 {
    if file_name.to_lowercase().ends_with(".tsv") {
        return b'\t';
    }
    // Classic Mac text ends its lines with a carriage return alone.
    let lines: Vec<&str> = text
        .split(['\n', '\r'])
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut best = (b',', 0usize);
    for delimiter in [b',', b';', b'\t', b'|'] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| l.bytes().filter(|b| *b == delimiter).count())
            .collect();
        let max = counts.iter().copied().max().unwrap_or(0);
        let score = counts.iter().filter(|c| **c == max && max > 0).count() * max;
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// Reads delimited text record by record, each field a text cell admitted by the budget,
/// until `each` says stop. A record's index is its row as a spreadsheet would show it, less
/// one; records of blank fields count against the row limit too, as they cost reading time.
pub fn csv_rows<V: CellValue>(
    text: &str,
    delimiter: u8,
    budget: &mut Budget,
    each: &mut EachRow<'_, V>,
) -> Result<(), ImportFailure> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let max_rows = budget.limits.max_rows;
    let mut rows = Rows {
        sheet: None,
        budget,
        each,
        current: None,
        stopped: false,
    };
    let mut index: u32 = 0;
    let bytes = text.as_bytes();
    while !rows.stopped {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                // The line the reader was on: past blank lines and quoted line breaks, which
                // the row count has not seen yet.
                let at = e.position().map_or_else(
                    || format!("row {}", u64::from(index) + 1),
                    |p| format!("line {}", p.line()),
                );
                return Err(failure("unreadable", format!("{at}: {e}")));
            }
        }
        // The csv reader skips blank lines, which a spreadsheet shows as rows (and errors
        // must name its rows): they are between where it started reading and the record.
        if let Some(position) = record.position() {
            let mut from = usize::try_from(position.byte())
                .unwrap_or(usize::MAX)
                .min(bytes.len());
            // The `\n` of the last record's `\r\n`, when the reader stopped at its `\r`.
            if from > 0 && bytes[from - 1] == b'\r' && bytes.get(from) == Some(&b'\n') {
                from += 1;
            }
            index = index.saturating_add(blank_lines(&bytes[from..]));
        }
        if index >= max_rows {
            return Err(failure("too-large", format!("more than {max_rows} rows")));
        }
        for (column, field) in record.iter().enumerate() {
            let column = u32::try_from(column).unwrap_or(u32::MAX);
            if let Some(value) = V::from_data(&DataRef::SharedString(field)) {
                rows.push(index, column, value)?;
            }
        }
        rows.flush()?;
        index = index.saturating_add(1);
    }
    Ok(())
}

/// The blank lines at the start of `bytes` (each ended by `\n`, `\r\n` or `\r`).
fn blank_lines(bytes: &[u8]) -> u32 {
    let mut lines = 0u32;
    let mut at = 0;
    loop {
        match bytes.get(at) {
            Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') => at += 2,
            Some(b'\r' | b'\n') => at += 1,
            _ => return lines,
        }
        lines = lines.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use closeout_plugin_abi::Limits;

    use crate::Row;

    use super::*;

    #[test]
    fn delimiters() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2;3\n", "x.csv"), b';');
        assert_eq!(sniff_delimiter("Title line\na,b,c\n1,2,3\n", "x.csv"), b',');
        assert_eq!(sniff_delimiter("a,b\n", "x.tsv"), b'\t');
    }

    #[test]
    fn encodings() {
        let decoded = |data: &[u8]| {
            let (text, encoding) = decode_text(data);
            (text, encoding.name(), encoding.label())
        };
        assert_eq!(
            decoded(b"\xEF\xBB\xBFSource;Target"),
            ("Source;Target".into(), "UTF-8", "UTF-8 (BOM)")
        );
        assert_eq!(
            decoded(b"\xFF\xFEA\0;\0B\0"),
            ("A;B".into(), "UTF-16LE", "UTF-16LE")
        );
        assert_eq!(
            decoded(b"Caf\xe9 \x93x\x94"),
            ("Café “x”".into(), "windows-1252", "Windows-1252")
        );
        assert_eq!(decoded(b"Caf\xe9").1, "windows-1252");
        assert_eq!(decoded(b"Ma\xdfnahme; Stra\xdfe").1, "windows-1252");
        // Excel for Mac's "CSV (Macintosh)": Mac OS Roman, lines ended by a carriage return.
        assert_eq!(
            decoded(b"Owner;Note\rMart\x92n;Jos\x8E Pe\x96a"),
            (
                "Owner;Note\rMartín;José Peña".into(),
                "macintosh",
                "Mac OS Roman"
            )
        );
        // A Windows file with curly apostrophes and no accents stays Windows-1252.
        assert_eq!(
            decoded(b"The organisation\x92s policy;don\x92t\r\n").1,
            "windows-1252"
        );
        assert_eq!(sniff_delimiter("Owner;Note\rMartín;José\r", "x.csv"), b';');
        // A prefix cut inside a character is still UTF-8.
        assert_eq!(decode_prefix(b"Caf\xc3"), ("Caf".into(), Encoding::Utf8));
    }

    #[test]
    fn limits_hold() {
        let mut budget = Budget::new(Limits {
            max_cells: 3,
            ..Limits::default()
        });
        let mut seen = 0;
        let result = csv_rows("a,b\nc,d\n", b',', &mut budget, &mut |_: Row<String>| {
            seen += 1;
            Ok(true)
        });
        assert_eq!(result.map_err(|f| f.kind), Err("too-large".to_owned()));
        assert_eq!(seen, 1);
        let mut budget = Budget::new(Limits {
            max_rows: 2,
            ..Limits::default()
        });
        let result = csv_rows(",\n,\n,\n", b',', &mut budget, &mut |_: Row<String>| {
            Ok(true)
        });
        assert_eq!(result.map_err(|f| f.kind), Err("too-large".to_owned()));
    }

    #[test]
    fn stops_when_asked() {
        let mut budget = Budget::new(Limits::default());
        let mut seen = Vec::new();
        csv_rows("a\nb\nc\n", b',', &mut budget, &mut |row: Row<String>| {
            seen.push(row.index);
            Ok(row.index < 1)
        })
        .expect("reads");
        assert_eq!(seen, [0, 1]);
    }

    /// Blank lines are rows, as a spreadsheet shows the file; a line break inside quotes is not.
    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        let mut budget = Budget::new(Limits::default());
        let mut seen = Vec::new();
        let text = "\nRef,Finding\nNC-1,\"two\nlines\"\n\n\nNC-2,one line\r\n\r\nNC-3,x\n";
        csv_rows(text, b',', &mut budget, &mut |row: Row<String>| {
            seen.push(row.index);
            Ok(true)
        })
        .expect("reads");
        assert_eq!(seen, [1, 2, 5, 7]);
    }
}
