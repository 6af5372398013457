//! The merged cells of an xlsx sheet, read straight from its part of the archive.
//!
//! OOXML writes a sheet's merges after all of its cells, so calamine finds them only by parsing
//! the whole sheet's XML a second time, event by event, after opening the workbook again (its
//! shared strings included). For a sheet of 100,000 rows that took longer than reading the
//! cells, and the rows waited for it. The merges are `<mergeCell ref="A3:A5"/>` elements after
//! the sheet's `sheetData` (the schema orders a worksheet's parts): here the sheet's part is
//! inflated as a stream and searched for them past the end of its cells, whose text therefore
//! cannot pose as one, which costs little more than the inflating. Which part holds which
//! sheet is read from the workbook's small parts (`_rels/.rels`, the workbook and its
//! relationships), as calamine reads them.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use crate::column_index;

/// A merged region: (first row, first column, last row, last column), 0-based.
pub(crate) type Region = (u32, u32, u32, u32);

/// The regions merged down (over more than one row) of the sheet named `sheet` in the xlsx
/// workbook `data`: the only ones a reader fills. At most `most` of them: past that the list
/// stops, and its reader refuses the sheet for holding that many. `None` when the workbook's
/// parts do not say where the sheet is or cannot be read.
pub(crate) fn merged_regions(data: &[u8], sheet: &str, most: usize) -> Option<Vec<Region>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(data)).ok()?;
    let path = sheet_path(&mut archive, sheet)?;
    let name = entry_name(&archive, &path)?;
    let entry = archive.by_name(&name).ok()?;
    merged_down(entry, most).ok()
}

/// Where the sheet named `sheet` is stored in the archive, as calamine resolves it: the
/// workbook part named by the package's relationships, its `<sheet>` of that name, and the
/// target its relationship id names, relative to the workbook's folder unless absolute.
fn sheet_path(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, sheet: &str) -> Option<String> {
    // The last, as calamine takes it.
    let workbook = relationships(archive, "_rels/.rels")?
        .into_iter()
        .rfind(|(_, kind, _)| kind.ends_with("/officeDocument"))
        .map(|(_, _, target)| target.trim_start_matches('/').to_owned())
        .unwrap_or_else(|| "xl/workbook.xml".to_owned());
    let (folder, file) = match workbook.rsplit_once('/') {
        Some((folder, file)) => (format!("{folder}/"), file),
        None => (String::new(), workbook.as_str()),
    };
    let id = sheet_relationship(&read_part(archive, &workbook)?, sheet)?;
    let (_, _, target) = relationships(archive, &format!("{folder}_rels/{file}.rels"))?
        .into_iter()
        .find(|(rel, _, _)| *rel == id)?;
    Some(match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("{folder}{target}"),
    })
}

/// The archive's name for `path`, matched as calamine matches it when no entry has it exactly:
/// without regard to case, and with `\` for `/` (some writers name parts differently from their
/// relationships).
fn entry_name(archive: &zip::ZipArchive<Cursor<&[u8]>>, path: &str) -> Option<String> {
    if archive.index_for_name(path).is_some() {
        return Some(path.to_owned());
    }
    archive
        .file_names()
        .flatten()
        .find(|name| name.replace('\\', "/").eq_ignore_ascii_case(path))
        .map(|name| name.into_owned())
}

/// The whole of a small part (a workbook or its relationships).
fn read_part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, path: &str) -> Option<Vec<u8>> {
    let name = entry_name(archive, path)?;
    let mut bytes = Vec::new();
    archive.by_name(&name).ok()?.read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// The value of the attribute whose local name is `local` (`r:id` matches `id`).
fn attribute(element: &BytesStart<'_>, local: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// A reader of a small part as forgiving as calamine's: end tags are not matched to their
/// start.
fn lenient(part: &[u8]) -> quick_xml::Reader<&[u8]> {
    let mut reader = quick_xml::Reader::from_reader(part);
    reader.config_mut().check_end_names = false;
    reader
}

/// Each relationship of a `.rels` part: (id, type, target).
fn relationships(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    path: &str,
) -> Option<Vec<(String, String, String)>> {
    let bytes = read_part(archive, path)?;
    let mut reader = quick_xml::Reader::from_reader(bytes.as_slice());
    let mut found = Vec::new();
    let mut buffer = Vec::new();
    loop {
        match reader.read_event_into(&mut buffer).ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                if let (Some(id), Some(target)) = (attribute(&e, "Id"), attribute(&e, "Target")) {
                    found.push((id, attribute(&e, "Type").unwrap_or_default(), target));
                }
            }
            Event::Eof => return Some(found),
            _ => {}
        }
        buffer.clear();
    }
}

/// The relationship id of the `<sheet>` named `sheet` in a workbook part.
fn sheet_relationship(workbook: &[u8], sheet: &str) -> Option<String> {
    let mut reader = lenient(workbook);
    let mut buffer = Vec::new();
    loop {
        match reader.read_event_into(&mut buffer).ok()? {
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref() == "sheet"
                    && attribute(&e, "name").as_deref() == Some(sheet) =>
            {
                return attribute(&e, "id");
            }
            Event::Eof => return None,
            _ => {}
        }
        buffer.clear();
    }
}

/// The regions merged down in a sheet's XML, read a block at a time: the `mergeCell` elements
/// past the end of its `sheetData`, at most `most` of them.
fn merged_down(mut part: impl Read, most: usize) -> std::io::Result<Vec<Region>> {
    const BLOCK: usize = 1 << 16;
    // A tag longer than this is no merge of a real sheet: it is skipped, not buffered.
    const LONGEST_TAG: usize = 4_096;
    // What a block keeps of the one before: enough for `</`, a prefix and a name split across
    // the two.
    const OVERLAP: usize = 64;
    let end_of_cells = memchr::memmem::Finder::new(b"sheetData");
    let merge = memchr::memmem::Finder::new(b"mergeCell");
    let mut past_cells = false;
    let mut regions = Vec::new();
    let mut pending: Vec<u8> = Vec::with_capacity(2 * BLOCK);
    let mut block = vec![0; BLOCK];
    loop {
        let read = part.read(&mut block)?;
        let ended = read == 0;
        pending.extend_from_slice(&block[..read]);
        // Bytes before `done` are read for good (a merge found there must not be found twice);
        // `unfinished` is where what the next block may complete begins.
        let mut done = 0;
        let mut unfinished = None;
        let mut at = 0;
        loop {
            let word = if past_cells { &merge } else { &end_of_cells };
            let Some(found) = word.find(&pending[at..]).map(|i| at + i) else {
                break;
            };
            let after = found + word.needle().len();
            let Some(&next) = pending.get(after) else {
                unfinished = Some(found.saturating_sub(OVERLAP).max(done));
                break;
            };
            at = after;
            // Only the name itself: not `mergeCells`, the list around the merges.
            let Some((open, closing)) = tag_at(&pending, found) else {
                continue;
            };
            if !(next.is_ascii_whitespace() || next == b'/' || next == b'>') {
                continue;
            }
            let Some(close) = memchr::memchr(b'>', &pending[after..]) else {
                // No later tag of this block ends either: keep what the next block may end.
                unfinished = Some(if pending.len() - open < LONGEST_TAG {
                    open.max(done)
                } else {
                    pending.len().saturating_sub(LONGEST_TAG).max(done)
                });
                break;
            };
            let inside = &pending[after..after + close];
            at = after + close + 1;
            done = at;
            if !past_cells {
                // `</sheetData>`, or an empty `<sheetData/>`.
                past_cells = closing || inside.ends_with(b"/");
                continue;
            }
            if let Some(region) = ref_value(inside).as_deref().and_then(region)
                && !closing
                && region.2 > region.0
            {
                regions.push(region);
                if regions.len() >= most {
                    return Ok(regions);
                }
            }
        }
        if ended {
            return Ok(regions);
        }
        let from = unfinished.unwrap_or_else(|| pending.len().saturating_sub(OVERLAP).max(done));
        pending.drain(..from);
    }
}

/// Where the tag whose name begins at `name` opens (`<name`, `</name`, `<x:name`, `</x:name`),
/// and whether it is an end tag. `None` when the word there is not a tag's name.
fn tag_at(text: &[u8], name: usize) -> Option<(usize, bool)> {
    let mut before = name.checked_sub(1)?;
    if text[before] == b':' {
        let prefix = text[..before]
            .iter()
            .rev()
            .take(32)
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
            .count();
        if prefix == 0 {
            return None;
        }
        before = before.checked_sub(prefix + 1)?;
    }
    match text[before] {
        b'<' => Some((before, false)),
        b'/' => {
            let open = before.checked_sub(1)?;
            (text[open] == b'<').then_some((open, true))
        }
        _ => None,
    }
}

/// The value of the `ref` attribute among a tag's attributes.
fn ref_value(attributes: &[u8]) -> Option<String> {
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&attributes[at..], b"ref").map(|i| at + i) {
        at = found + 3;
        let preceded = found == 0 || attributes[found - 1].is_ascii_whitespace();
        let rest = &attributes[at..];
        let rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
        let Some(rest) = rest.strip_prefix(b"=").filter(|_| preceded) else {
            continue;
        };
        let rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
        let (&quote, value) = rest.split_first()?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        // `XFD1048576:XFD1048577` is the longest a real one is.
        let end = memchr::memchr(quote, &value[..value.len().min(32)])?;
        return std::str::from_utf8(&value[..end]).ok().map(str::to_owned);
    }
    None
}

/// `A3:B5` (or a single `C7`) as a [`Region`].
fn region(reference: &str) -> Option<Region> {
    let cell = |name: &str| -> Option<(u32, u32)> {
        let name = name.trim().replace('$', "");
        let digits = name.find(|c: char| c.is_ascii_digit())?;
        let (letters, number) = name.split_at(digits);
        let row: u32 = number.parse().ok()?;
        Some((row.checked_sub(1)?, column_index(letters)?))
    };
    let (first, last) = reference.split_once(':').unwrap_or((reference, reference));
    let (top, left) = cell(first)?;
    let (bottom, right) = cell(last)?;
    Some((
        top.min(bottom),
        left.min(right),
        top.max(bottom),
        left.max(right),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads one byte at a time: every split of a tag across blocks is tried.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
            let Some((&first, rest)) = self.0.split_first() else {
                return Ok(0);
            };
            match buffer.first_mut() {
                Some(slot) => {
                    *slot = first;
                    self.0 = rest;
                    Ok(1)
                }
                None => Ok(0),
            }
        }
    }

    #[test]
    fn merges_down_are_found_after_the_cells_whatever_their_prefix_quotes_or_blocks() {
        let xml = br#"<worksheet><x:sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<mergeCell ref="Z1:Z9"/>]]> &lt;mergeCell ref="Y1:Y9"/&gt;</t></is></c></row></x:sheetData><mergeCells count="4"><mergeCell ref="A3:A5"/><x:mergeCell  ref = 'B2:C2' /><mergeCell
ref="D10:D12"></mergeCell><mergeCell ref="E1:E2                                       "/></mergeCells></worksheet>"#;
        // B2:C2 is merged across, not down; the last ref is too long to be one.
        let expected = vec![(2, 0, 4, 0), (9, 3, 11, 3)];
        assert_eq!(merged_down(&xml[..], 100).expect("read"), expected);
        assert_eq!(merged_down(Trickle(xml), 100).expect("read"), expected);
        assert_eq!(merged_down(&xml[..], 1).expect("read"), expected[..1]);
        let empty = br#"<worksheet><sheetData/><mergeCells><mergeCell ref="A1:A2"/></mergeCells></worksheet>"#;
        assert_eq!(merged_down(&empty[..], 100).expect("read"), [(0, 0, 1, 0)]);
    }

    /// A tag that never closes costs one pass over the part, and merges after it are found.
    #[test]
    fn a_tag_that_never_closes_is_skipped() {
        let mut xml =
            b"<worksheet><sheetData></sheetData><mergeCells><mergeCell ref=\"A1:A2\" ".to_vec();
        xml.extend(std::iter::repeat_n(b'x', 200_000));
        xml.extend_from_slice(b"<mergeCell ref=\"B1:B3\"/></mergeCells></worksheet>");
        assert_eq!(merged_down(&xml[..], 100).expect("read"), [(0, 1, 2, 1)]);
        let mut runaway = b"<worksheet><sheetData></sheetData><mergeCells>".to_vec();
        for _ in 0..20_000 {
            runaway.extend_from_slice(b"<mergeCell ref=\"A1:A2\" ");
        }
        assert_eq!(merged_down(&runaway[..], 100).expect("read"), []);
    }

    #[test]
    fn references_become_zero_based_regions() {
        assert_eq!(region("A3:A5"), Some((2, 0, 4, 0)));
        assert_eq!(region("$B$2:AA10"), Some((1, 1, 9, 26)));
        assert_eq!(region("C7"), Some((6, 2, 6, 2)));
        assert_eq!(region("A0:A2"), None);
        assert_eq!(region("nonsense"), None);
    }

    /// The same regions calamine reads, on every sheet of a workbook whose names need escaping.
    #[test]
    fn every_sheet_reads_as_calamine_reads_it() {
        use calamine::Reader as _;
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let names = ["Register", "R&D <2026>", "Notes"];
        for (i, name) in names.iter().enumerate() {
            let sheet = workbook.add_worksheet();
            sheet.set_name(*name).expect("name");
            for row in 0..200u32 {
                sheet
                    .write_string(row, 0, format!("cell {row}"))
                    .expect("cell");
            }
            let format = rust_xlsxwriter::Format::new();
            let i = i as u32;
            sheet
                .merge_range(2 + i, 0, 4 + i, 0, "down", &format)
                .expect("merge");
            sheet
                .merge_range(150, 1, 150, 3 + i as u16, "across", &format)
                .expect("merge");
        }
        let data = workbook.save_to_buffer().expect("xlsx");
        let mut calamine = calamine::Xlsx::new(Cursor::new(data.as_slice())).expect("open");
        for name in names {
            let theirs: Vec<Region> = calamine
                .merge_cells_by_sheet_name(name)
                .expect("merges")
                .iter()
                .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
                .collect();
            assert_eq!(theirs.len(), 2, "{name}");
            // Those merged down: the ones a reader fills.
            let theirs: Vec<Region> = theirs.into_iter().filter(|r| r.2 > r.0).collect();
            assert_eq!(theirs.len(), 1, "{name}");
            assert_eq!(merged_regions(&data, name, 100), Some(theirs), "{name}");
        }
        assert_eq!(merged_regions(&data, "Absent", 100), None);
    }
}
