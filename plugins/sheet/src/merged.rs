//! Vertically merged cells. A spreadsheet keeps a merged cell's value in its first row only,
//! yet a person reads it on every row it spans: one ISO control merged beside the three SOC 2
//! criteria it maps to, one justification merged across four controls, one grade for a group
//! of findings.

use std::collections::BTreeMap;

/// A cell that knows its column.
pub trait InColumn: Clone {
    /// 0-based column.
    fn column(&self) -> u32;
}

impl<V: Clone> InColumn for (u32, V) {
    fn column(&self) -> u32 {
        self.0
    }
}

/// Gives each row the values of the merged regions that cover it. Fed rows in order, after a
/// sheet's header (a header merged over two rows is a header's business, not data).
#[derive(Debug, Clone)]
pub struct FillDown<C> {
    /// (first row, last row, column) of each vertically merged region, by first row.
    merged: Vec<(u32, u32, u32)>,
    /// The first region whose first row has not been fed yet.
    next: usize,
    /// By column: the last row a value is carried to, and the value.
    carried: BTreeMap<u32, (u32, C)>,
}

impl<C: InColumn> FillDown<C> {
    /// From [`Workbook::merged_columns`](crate::Workbook::merged_columns).
    pub fn new(mut merged: Vec<(u32, u32, u32)>) -> FillDown<C> {
        merged.sort_unstable_by_key(|(first, _, _)| *first);
        FillDown {
            merged,
            next: 0,
            carried: BTreeMap::new(),
        }
    }

    /// Adds to row `index`'s `cells` the merged values covering it (after its own cells).
    /// Rows come in order, so each region is looked at once.
    pub fn apply(&mut self, index: u32, cells: &mut Vec<C>) {
        // Regions starting on rows never fed (empty, or above the header) carry nothing.
        while self.merged.get(self.next).is_some_and(|m| m.0 < index) {
            self.next += 1;
        }
        while let Some(&(first, last, column)) = self.merged.get(self.next)
            && first == index
        {
            if let Some(cell) = cells.iter().find(|c| c.column() == column) {
                self.carried.insert(column, (last, cell.clone()));
            }
            self.next += 1;
        }
        for (column, (last, cell)) in &self.carried {
            if index <= *last && !cells.iter().any(|c| c.column() == *column) {
                cells.push(cell.clone());
            }
        }
        self.carried.retain(|_, (last, _)| *last > index);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merged_value_reaches_every_row_it_spans_and_no_further() {
        // Column 0 merged over rows 2-4, column 2 over rows 3-4 (given out of order).
        let mut fill = FillDown::new(vec![(3, 4, 2), (2, 4, 0)]);
        let mut rows: Vec<Vec<(u32, &str)>> = vec![
            vec![(0, "A.5.1"), (1, "CC1.1")],
            vec![(1, "CC1.2"), (2, "note")],
            vec![(1, "CC1.3")],
            vec![(0, "A.5.2"), (1, "CC2.1")],
        ];
        for (n, cells) in rows.iter_mut().enumerate() {
            fill.apply(2 + n as u32, cells);
        }
        assert_eq!(rows[1], [(1, "CC1.2"), (2, "note"), (0, "A.5.1")]);
        assert_eq!(rows[2], [(1, "CC1.3"), (0, "A.5.1"), (2, "note")]);
        assert_eq!(
            rows[3],
            [(0, "A.5.2"), (1, "CC2.1")],
            "row 5 is past both merges"
        );
    }

    #[test]
    fn a_merge_that_starts_before_the_rows_fed_carries_nothing() {
        let mut fill = FillDown::new(vec![(0, 3, 0)]);
        let mut cells: Vec<(u32, &str)> = vec![(1, "x")];
        fill.apply(2, &mut cells);
        assert_eq!(cells, [(1, "x")]);
    }
}
