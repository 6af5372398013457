//! What a file is, told from its bytes: a name or an extension says what the uploader hoped,
//! not what the parser will meet.

use std::io::Cursor;

use closeout_plugin_abi::ImportFailure;

use crate::failure;

/// The formats a spreadsheet file can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML workbook (xlsx, xlsm).
    Xlsx,
    /// Excel binary workbook.
    Xlsb,
    /// Excel 97-2003.
    Xls,
    /// OpenDocument spreadsheet.
    Ods,
    /// Delimited text (CSV, TSV, semicolons...).
    Csv,
}

impl Format {
    /// Refuses the binary Excel formats, with advice, for a plugin that reads only xlsx, ods
    /// and delimited text.
    pub fn xlsx_ods_or_csv(self) -> Result<Format, ImportFailure> {
        match self {
            Format::Xlsb => Err(failure(
                "unsupported",
                "the file is an Excel binary workbook (xlsb); save it as xlsx",
            )),
            Format::Xls => Err(failure(
                "unsupported",
                "the file is an Excel 97-2003 workbook (xls); save it as xlsx",
            )),
            other => Ok(other),
        }
    }
}

/// Tells the format from the bytes. `pdf_advice` ends the message for a PDF, which is what
/// people most often upload instead of the spreadsheet (`export the register as xlsx`).
pub fn detect(data: &[u8], pdf_advice: &str) -> Result<Format, ImportFailure> {
    const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if data.is_empty() {
        return Err(failure("unreadable", "the file is empty"));
    }
    if data.starts_with(b"PK\x03\x04") || data.starts_with(b"PK\x05\x06") {
        let archive = zip::ZipArchive::new(Cursor::new(data)).map_err(|e| {
            failure(
                "unreadable",
                format!(
                    "the file is a damaged or truncated zip archive ({e}); save it again from your spreadsheet program"
                ),
            )
        })?;
        let has = |name: &str| archive.index_for_name(name).is_some();
        return if has("xl/workbook.xml") {
            Ok(Format::Xlsx)
        } else if has("xl/workbook.bin") {
            Ok(Format::Xlsb)
        } else if has("content.xml") {
            Ok(Format::Ods)
        } else {
            Err(failure(
                "unsupported",
                "the file is a zip archive but not a spreadsheet (no workbook inside)",
            ))
        };
    }
    if data.starts_with(CFB) {
        // Excel saves a password-protected xlsx inside an OLE container holding this stream.
        let marker: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        if data.windows(marker.len()).any(|w| w == marker.as_slice()) {
            return Err(failure(
                "encrypted",
                "the workbook is protected with a password; save an unprotected copy and upload that",
            ));
        }
        return Ok(Format::Xls);
    }
    if data.starts_with(b"%PDF") {
        return Err(failure(
            "unsupported",
            format!("the file is a PDF, not a spreadsheet; {pdf_advice}"),
        ));
    }
    let head = &data[..data.len().min(8192)];
    let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    if !utf16 && head.contains(&0) {
        return Err(failure(
            "unsupported",
            "the file is neither a spreadsheet nor text",
        ));
    }
    Ok(Format::Csv)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(data: &[u8]) -> Result<Format, String> {
        detect(data, "export it as xlsx").map_err(|f| f.kind)
    }

    #[test]
    fn formats_from_bytes() {
        assert_eq!(kind(b"a,b\n"), Ok(Format::Csv));
        assert_eq!(kind(b"\xFF\xFEa\0"), Ok(Format::Csv));
        assert_eq!(kind(b""), Err("unreadable".to_owned()));
        assert_eq!(kind(b"%PDF-1.7"), Err("unsupported".to_owned()));
        assert_eq!(kind(b"PK\x03\x04garbage"), Err("unreadable".to_owned()));
        assert_eq!(kind(b"\x00\x01binary"), Err("unsupported".to_owned()));
        let cfb = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        assert_eq!(kind(&cfb), Ok(Format::Xls));
        assert_eq!(
            Format::Xls.xlsx_ods_or_csv().map_err(|f| f.kind),
            Err("unsupported".to_owned())
        );
    }
}
