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
            let mut pairs: Vec<(&str, String)> = filters
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (*k, (*v).to_owned()))
                .collect();
            if offset > 0 {
                pairs.push(("offset", offset.to_string()));
            }
            let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
            if query.is_empty() {
                path.to_owned()
            } else {
                format!("{path}?{query}")
            }
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
    use super::Pager;

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
