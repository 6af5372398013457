//! Pagination shared by every list: offset paging for people, keyset paging (`after`) for
//! scripts that walk a long list, which stays as fast on the last page as on the first.

use serde::Serialize;

/// The largest page a client may ask for.
pub const MAX_LIMIT: i64 = 500;
/// The page size when the client does not say.
pub const DEFAULT_LIMIT: i64 = 50;

/// A checked page request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    /// Items per page, 1 to [`MAX_LIMIT`].
    pub limit: i64,
    /// Items to skip.
    pub offset: i64,
    /// Only items after this id in the list's order (keyset paging).
    pub after: Option<String>,
}

impl Default for PageRequest {
    fn default() -> PageRequest {
        PageRequest {
            limit: DEFAULT_LIMIT,
            offset: 0,
            after: None,
        }
    }
}

impl PageRequest {
    /// Checks a client's `limit`, `offset` and `after`.
    pub fn parse(
        limit: Option<i64>,
        offset: Option<i64>,
        after: Option<String>,
    ) -> Result<PageRequest, crate::error::ModelError> {
        let mut errors = Vec::new();
        let limit = limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            errors.push(crate::error::FieldError::new(
                "limit",
                format!("must be between 1 and {MAX_LIMIT}"),
            ));
        }
        let offset = offset.unwrap_or(0);
        if offset < 0 {
            errors.push(crate::error::FieldError::new(
                "offset",
                "must not be negative",
            ));
        }
        let after = after.filter(|a| !a.is_empty());
        if after.as_deref().is_some_and(|a| !crate::id::is_id(a)) {
            errors.push(crate::error::FieldError::new(
                "after",
                "must be the `next_after` value of a previous page",
            ));
        }
        if errors.is_empty() {
            Ok(PageRequest {
                limit,
                offset,
                after,
            })
        } else {
            Err(crate::error::ModelError::Invalid(errors))
        }
    }
}

/// One page of a list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// How many items match the filters in all.
    pub total: i64,
    /// The page size used.
    pub limit: i64,
    /// The offset used.
    pub offset: i64,
    /// Pass as `after` to get the next page by keyset; null on the last page.
    pub next_after: Option<String>,
}

impl<T> Page<T> {
    /// Wraps a page of items; `key` gives an item's id for the next-page cursor.
    pub fn new(
        items: Vec<T>,
        total: i64,
        request: &PageRequest,
        key: impl Fn(&T) -> String,
    ) -> Page<T> {
        let full = items.len() as i64 == request.limit;
        let next_after = if full { items.last().map(&key) } else { None };
        Page {
            items,
            total,
            limit: request.limit,
            offset: request.offset,
            next_after,
        }
    }
}
