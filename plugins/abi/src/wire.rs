//! A plugin's answer on the wire. Everything is JSON except the bulk of a register: its
//! finding records, which for 100,000 rows are 75 MB of JSON that the host would spend longer
//! parsing than the plugin spends reading the spreadsheet. They follow the JSON in a compact
//! binary form:
//!
//! ```text
//! MAGIC | u32 length | JSON of the response, findings left empty | u32 count | records
//! record := the fields of FindingRecord in declaration order:
//!           string := u32 byte length | UTF-8 bytes
//!           option := u8 0 | u8 1 string
//!           list   := u32 count | strings
//!           u32, bool := 4 bytes little-endian, 1 byte
//! ```
//!
//! An answer without the magic prefix is plain JSON, so plugins built before this form still
//! load. Decoding checks every length against what is left and never panics.

use crate::{FindingRecord, ImportFailure, ImportResponse};

/// The prefix of an answer whose findings follow in binary.
pub const MAGIC: &[u8; 8] = b"COBIN\x01\r\n";

/// Encodes an answer.
pub fn encode(response: ImportResponse) -> Vec<u8> {
    let fallback = || {
        br#"{"failed":{"kind":"panic","message":"the importer's answer could not be encoded"}}"#
            .to_vec()
    };
    let mut output = match response {
        ImportResponse::Ok(output) if !output.findings.is_empty() => output,
        other => return serde_json::to_vec(&other).unwrap_or_else(|_| fallback()),
    };
    let findings = std::mem::take(&mut output.findings);
    let Ok(header) = serde_json::to_vec(&ImportResponse::Ok(output)) else {
        return fallback();
    };
    // Measured first, so that the answer (tens of megabytes) is written once into memory of
    // its size, not copied through each doubling of a growing buffer.
    let mut size = Measure(MAGIC.len() + 8 + header.len());
    for record in &findings {
        put_record(&mut size, record);
    }
    let mut bytes = Vec::with_capacity(size.0);
    bytes.extend_from_slice(MAGIC);
    put_u32(&mut bytes, header.len());
    bytes.extend_from_slice(&header);
    put_u32(&mut bytes, findings.len());
    // Each record is freed once encoded: the records and their encoding are not held in full
    // at once.
    for record in findings {
        put_record(&mut bytes, &record);
    }
    bytes
}

/// Where the encoding goes: the answer's bytes, or a count of them.
trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// The length of an encoding, measured by writing it nowhere.
struct Measure(usize);

impl Sink for Measure {
    fn put(&mut self, bytes: &[u8]) {
        self.0 += bytes.len();
    }
}

fn put_u32(bytes: &mut impl Sink, value: usize) {
    // Lengths beyond 4 GiB cannot occur: the import's limits cap files far below.
    bytes.put(&(value.min(u32::MAX as usize) as u32).to_le_bytes());
}

fn put_str(bytes: &mut impl Sink, text: &str) {
    put_u32(bytes, text.len());
    bytes.put(text.as_bytes());
}

fn put_opt(bytes: &mut impl Sink, text: &Option<String>) {
    match text {
        None => bytes.put(&[0]),
        Some(text) => {
            bytes.put(&[1]);
            put_str(bytes, text);
        }
    }
}

fn put_record(bytes: &mut impl Sink, r: &FindingRecord) {
    put_opt(bytes, &r.sheet);
    put_u32(bytes, r.row as usize);
    put_opt(bytes, &r.reference);
    put_opt(bytes, &r.title);
    put_opt(bytes, &r.grade);
    put_opt(bytes, &r.grade_text);
    put_opt(bytes, &r.grade_source);
    put_u32(bytes, r.requirements.len());
    for requirement in &r.requirements {
        put_str(bytes, requirement);
    }
    put_opt(bytes, &r.requirements_column);
    put_opt(bytes, &r.requirements_source);
    bytes.put(&[u8::from(r.requirements_numeric)]);
    for text in [
        &r.statement,
        &r.objective_evidence,
        &r.root_cause,
        &r.correction,
        &r.corrective_action,
        &r.owner,
        &r.action_owner,
        &r.verification,
        &r.raised_on,
        &r.due_date,
        &r.status,
    ] {
        put_opt(bytes, text);
    }
}

/// Decodes an answer, binary or JSON.
pub fn decode(bytes: &[u8]) -> Result<ImportResponse, String> {
    let Some(rest) = bytes.strip_prefix(MAGIC.as_slice()) else {
        return serde_json::from_slice(bytes).map_err(|e| format!("invalid JSON: {e}"));
    };
    let mut reader = Reader { bytes: rest };
    let header_length = reader.u32()? as usize;
    let header = reader.take(header_length)?;
    let mut response: ImportResponse =
        serde_json::from_slice(header).map_err(|e| format!("invalid JSON: {e}"))?;
    let count = reader.u32()? as usize;
    // Each record takes at least 30 bytes: a count beyond that is a lie, not an allocation.
    if count > reader.bytes.len() / 30 + 1 {
        return Err(format!(
            "{count} records announced in {} bytes",
            reader.bytes.len()
        ));
    }
    let mut findings = Vec::with_capacity(count);
    for _ in 0..count {
        findings.push(reader.record()?);
    }
    if !reader.bytes.is_empty() {
        return Err(format!(
            "{} bytes after the last record",
            reader.bytes.len()
        ));
    }
    match &mut response {
        ImportResponse::Ok(output) => output.findings = findings,
        ImportResponse::Failed(ImportFailure { .. }) => {
            return Err("a failure followed by records".into());
        }
    }
    Ok(response)
}

struct Reader<'b> {
    bytes: &'b [u8],
}

impl<'b> Reader<'b> {
    fn take(&mut self, length: usize) -> Result<&'b [u8], String> {
        if length > self.bytes.len() {
            return Err(format!(
                "{length} bytes announced, {} left",
                self.bytes.len()
            ));
        }
        let (taken, rest) = self.bytes.split_at(length);
        self.bytes = rest;
        Ok(taken)
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, String> {
        let bytes = self.take(4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn string(&mut self) -> Result<String, String> {
        let length = self.u32()? as usize;
        let bytes = self.take(length)?;
        String::from_utf8(bytes.to_vec()).map_err(|e| format!("text is not UTF-8: {e}"))
    }

    fn opt(&mut self) -> Result<Option<String>, String> {
        match self.u8()? {
            0 => Ok(None),
            1 => self.string().map(Some),
            tag => Err(format!("unknown tag {tag}")),
        }
    }

    fn record(&mut self) -> Result<FindingRecord, String> {
        let sheet = self.opt()?;
        let row = self.u32()?;
        let reference = self.opt()?;
        let title = self.opt()?;
        let grade = self.opt()?;
        let grade_text = self.opt()?;
        let grade_source = self.opt()?;
        let count = self.u32()? as usize;
        if count > self.bytes.len() / 4 {
            return Err(format!("{count} requirements announced"));
        }
        let mut requirements = Vec::with_capacity(count);
        for _ in 0..count {
            requirements.push(self.string()?);
        }
        Ok(FindingRecord {
            sheet,
            row,
            reference,
            title,
            grade,
            grade_text,
            grade_source,
            requirements,
            requirements_column: self.opt()?,
            requirements_source: self.opt()?,
            requirements_numeric: self.u8()? != 0,
            statement: self.opt()?,
            objective_evidence: self.opt()?,
            root_cause: self.opt()?,
            correction: self.opt()?,
            corrective_action: self.opt()?,
            owner: self.opt()?,
            action_owner: self.opt()?,
            verification: self.opt()?,
            raised_on: self.opt()?,
            due_date: self.opt()?,
            status: self.opt()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ImportOutput, Issue, Severity};

    fn record(n: u32) -> FindingRecord {
        let text = |what: &str| Some(format!("{what} {n} — ünïcödé"));
        FindingRecord {
            sheet: text("sheet"),
            row: n,
            reference: text("NC"),
            title: text("title"),
            grade: Some("minor".into()),
            grade_text: text("Minor NC"),
            grade_source: None,
            requirements: vec!["A.5.15".into(), format!("Clause {n}")],
            requirements_column: Some("C".into()),
            requirements_source: None,
            requirements_numeric: n.is_multiple_of(2),
            statement: text("statement"),
            objective_evidence: None,
            root_cause: text("root"),
            correction: None,
            corrective_action: text("action"),
            owner: text("owner"),
            action_owner: None,
            verification: text("verified"),
            raised_on: Some("2026-03-18".into()),
            due_date: None,
            status: text("Open"),
        }
    }

    #[test]
    fn findings_go_binary_and_come_back_the_same() {
        let output = ImportOutput {
            findings: (0..50).map(record).collect(),
            issues: vec![Issue {
                sheet: None,
                row: Some(3),
                column: Some("B".into()),
                message: "a remark".into(),
                severity: Severity::Warning,
            }],
            warnings: vec!["a warning".into()],
            ..Default::default()
        };
        let bytes = encode(ImportResponse::Ok(output.clone()));
        assert!(bytes.starts_with(MAGIC));
        // Measured exactly: written into memory of its size, never grown.
        assert_eq!(bytes.len(), bytes.capacity());
        assert_eq!(decode(&bytes), Ok(ImportResponse::Ok(output)));
    }

    #[test]
    fn answers_without_findings_and_failures_stay_json() {
        let failure = ImportResponse::Failed(ImportFailure {
            kind: "unreadable".into(),
            message: "truncated".into(),
        });
        let bytes = encode(failure.clone());
        assert!(bytes.starts_with(b"{"));
        assert_eq!(decode(&bytes), Ok(failure));
    }

    #[test]
    fn a_damaged_answer_is_an_error_not_a_panic() {
        let bytes = encode(ImportResponse::Ok(ImportOutput {
            findings: (0..5).map(record).collect(),
            ..Default::default()
        }));
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut lying = bytes.clone();
        let count_at = MAGIC.len()
            + 4
            + u32::from_le_bytes([lying[8], lying[9], lying[10], lying[11]]) as usize;
        lying[count_at..count_at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(decode(&lying).is_err());
    }
}
