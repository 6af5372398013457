//! Paging long lists with links that keep the list's filters in the URL.

use askama::Template;

/// Where a page of a list is, and the links to its neighbours.
#[derive(Debug, Clone)]
pub struct Pager {
    /// The first item shown, counting from 1 (0 when the list is empty).
    pub from: i64,
    /// The last item shown.
    pub to: i64,
    /// Items in all.
    pub total: i64,
    /// The previous page's address, if there is one.
    pub previous: Option<String>,
    /// The next page's address, if there is one.
    pub next: Option<String>,
}

impl Pager {
    /// The pager of a page at `offset` showing `shown` of `total` items, `limit` per page;
    /// `filters` are the list's other query parameters, kept in every link (empty ones left
    /// out).
    pub fn new(
        path: &str,
        filters: &[(&str, &str)],
        offset: i64,
        limit: i64,
        shown: usize,
        total: i64,
    ) -> Pager {
        let link = |offset: i64| {
            let offset = offset.to_string();
            let mut pairs = filters.to_vec();
            if offset != "0" {
                pairs.push(("offset", &offset));
            }
            address(path, &pairs)
        };
        let shown = shown as i64;
        Pager {
            from: if shown == 0 { 0 } else { offset + 1 },
            to: offset + shown,
            total,
            previous: (offset > 0).then(|| link((offset - limit).max(0))),
            next: (offset + shown < total).then(|| link(offset + limit)),
        }
    }
}

/// `path` with the non-empty `pairs` as its query string.
fn address(path: &str, pairs: &[(&str, &str)]) -> String {
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .copied()
        .collect();
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// A column header that sorts a list: its link (to the first page, sorted by this column, or
/// reversed when it already is) and how it is sorted now, for `aria-sort`.
#[derive(Debug, Clone)]
pub struct SortHeader {
    /// The column's name.
    pub label: &'static str,
    /// The address that sorts by it.
    pub href: String,
    /// `ascending`, `descending` or `none`.
    pub aria_sort: &'static str,
}

impl SortHeader {
    /// The header of the column sorted by `key` (`-key` descending), when the list is sorted
    /// by `current`; `filters` are the list's other parameters, kept in the link.
    pub fn new(
        label: &'static str,
        key: &str,
        current: &str,
        path: &str,
        filters: &[(&str, &str)],
    ) -> SortHeader {
        let descending_key = format!("-{key}");
        let (aria_sort, next) = if current == key {
            ("ascending", descending_key.as_str())
        } else if current == descending_key {
            ("descending", key)
        } else {
            ("none", key)
        };
        let mut pairs = filters.to_vec();
        pairs.push(("sort", next));
        SortHeader {
            label,
            href: address(path, &pairs),
            aria_sort,
        }
    }

    /// The arrow that shows the direction (for sighted readers; `aria-sort` says it to others).
    pub fn arrow(&self) -> &'static str {
        match self.aria_sort {
            "ascending" => " ▲",
            "descending" => " ▼",
            _ => "",
        }
    }
}

#[derive(Template)]
#[template(path = "pager.html")]
struct Nav<'a> {
    pager: &'a Pager,
}

impl Pager {
    /// The pager's links as HTML (nothing when the list fits on one page), for a page's
    /// template to place with `{{ pager.nav()|safe }}`.
    pub fn nav(&self) -> String {
        Nav { pager: self }.render().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::{Pager, SortHeader};

    #[test]
    fn a_sort_header_sorts_by_its_column_then_reverses_it_keeping_the_filters() {
        let filters = [("grade", "minor"), ("owner", "")];
        let unsorted = SortHeader::new("Due", "due", "", "/audits/a1", &filters);
        assert_eq!(unsorted.href, "/audits/a1?grade=minor&sort=due");
        assert_eq!(unsorted.aria_sort, "none");
        let ascending = SortHeader::new("Due", "due", "due", "/audits/a1", &filters);
        assert_eq!(ascending.href, "/audits/a1?grade=minor&sort=-due");
        assert_eq!(
            (ascending.aria_sort, ascending.arrow()),
            ("ascending", " ▲")
        );
        let descending = SortHeader::new("Due", "due", "-due", "/audits/a1", &[]);
        assert_eq!(descending.href, "/audits/a1?sort=due");
        assert_eq!(descending.aria_sort, "descending");
        let other = SortHeader::new("Grade", "grade", "-due", "/audits/a1", &[]);
        assert_eq!(other.aria_sort, "none");
    }

    #[test]
    fn links_keep_the_filters_and_move_by_a_page() {
        let pager = Pager::new(
            "/audits/a1",
            &[("grade", "major"), ("status", "")],
            50,
            50,
            50,
            120,
        );
        assert_eq!((pager.from, pager.to, pager.total), (51, 100, 120));
        assert_eq!(pager.previous.as_deref(), Some("/audits/a1?grade=major"));
        assert_eq!(
            pager.next.as_deref(),
            Some("/audits/a1?grade=major&offset=100")
        );
        let last = Pager::new("/audits", &[], 100, 50, 20, 120);
        assert_eq!(last.next, None);
        let empty = Pager::new("/audits", &[], 0, 50, 0, 0);
        assert_eq!((empty.from, empty.previous, empty.next), (0, None, None));
    }
}
