//! Frameworks and crosswalks: the other frameworks an organisation is asked about (NIST CSF
//! 2.0, SP 800-53, SOC 2...), their requirements, and the mapping sets that relate them,
//! imported from crosswalk files with where each came from. ISO/IEC 27001:2022 is built in: its
//! requirements are the catalog's.

use crate::scope::Scope;
use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::{DbConnection, backend};
use crate::error::ModelError;
use crate::id::{new_id, now};
use crate::schema::{framework_requirements, frameworks, mapping_sets, mappings};

/// The built-in framework's id.
pub const ISO: &str = "iso27001-2022";

/// How a source requirement relates to a target (NIST IR 8477's set relationships, plus
/// `related` when a file gives no type).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// The two say the same.
    Equal,
    /// The source is contained in the target.
    SubsetOf,
    /// The source contains the target.
    SupersetOf,
    /// They overlap.
    IntersectsWith,
    /// The file says they are not related.
    NotRelated,
    /// Related, in a way the file does not say.
    Related,
}

impl Relationship {
    /// The stored and serialised name.
    pub fn as_str(self) -> &'static str {
        match self {
            Relationship::Equal => "equal",
            Relationship::SubsetOf => "subset_of",
            Relationship::SupersetOf => "superset_of",
            Relationship::IntersectsWith => "intersects_with",
            Relationship::NotRelated => "not_related",
            Relationship::Related => "related",
        }
    }

    /// Reads the names files use: IR 8477's, OSCAL's and CISO Assistant's.
    pub fn parse(text: &str) -> Option<Relationship> {
        let word = text.trim().to_lowercase().replace([' ', '-'], "_");
        Some(match word.as_str() {
            "equal" | "equal_to" | "equivalent" | "equivalent_to" => Relationship::Equal,
            "subset" | "subset_of" => Relationship::SubsetOf,
            "superset" | "superset_of" => Relationship::SupersetOf,
            "intersect" | "intersects" | "intersects_with" => Relationship::IntersectsWith,
            "not_related" | "not_related_to" | "no_relationship" => Relationship::NotRelated,
            "related" | "" => Relationship::Related,
            _ => return None,
        })
    }

    /// The same mapping read from the target's side: subset and superset swap.
    pub fn inverse(self) -> Relationship {
        match self {
            Relationship::SubsetOf => Relationship::SupersetOf,
            Relationship::SupersetOf => Relationship::SubsetOf,
            other => other,
        }
    }
}

/// The key a reference is looked up by: references are matched case-insensitively.
pub fn key(reference: &str) -> String {
    reference.trim().to_lowercase()
}

/// A framework as the API lists it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Framework {
    /// Id (`iso27001-2022`, `nist-csf-2.0`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Version.
    pub version: Option<String>,
    /// Whether it ships with Closeout.
    pub built_in: bool,
    /// Requirements known.
    pub requirements: i64,
}

/// One requirement of a framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct FrameworkRequirement {
    /// Reference as the framework writes it.
    pub reference: String,
    /// Title or text.
    pub title: Option<String>,
    /// The parent's reference.
    pub parent: Option<String>,
    /// Depth, 1 at the top.
    pub depth: i32,
}

/// A framework to store, with its requirements (already checked).
#[derive(Debug, Clone, PartialEq)]
pub struct NewFramework {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Version.
    pub version: Option<String>,
    /// Requirements, parents first; requirements already stored are kept.
    pub requirements: Vec<FrameworkRequirement>,
    /// Whether these requirements are the framework's full catalog (replacing what was stored),
    /// rather than only those a mapping file cites.
    pub full_catalog: bool,
}

/// One mapping to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMapping {
    /// Source reference.
    pub source: String,
    /// Target reference.
    pub target: String,
    /// Relationship.
    pub relationship: Relationship,
    /// `syntactic`, `semantic` or `functional`.
    pub rationale: Option<String>,
    /// 0-10.
    pub strength: Option<u8>,
    /// Remark.
    pub annotation: Option<String>,
}

/// A mapping set to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMappingSet {
    /// Source framework id.
    pub source: String,
    /// Target framework id.
    pub target: String,
    /// Licence text from the file.
    pub licence: Option<String>,
    /// Mappings, distinct by (source, target).
    pub mappings: Vec<NewMapping>,
}

/// Where a mapping set came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    /// The file's name.
    pub file_name: String,
    /// The file's SHA-256.
    pub sha256: String,
    /// The plugin that read it.
    pub plugin: String,
    /// The plugin's version.
    pub plugin_version: String,
    /// Who imported it.
    pub imported_by: Option<String>,
}

/// A stored mapping set, as the API shows it.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = mapping_sets)]
pub struct MappingSet {
    /// Identifier.
    pub id: String,
    /// Tenant.
    #[serde(skip)]
    pub organisation_id: String,
    /// Source framework.
    pub source_framework: String,
    /// Target framework.
    pub target_framework: String,
    /// The file it came from.
    pub file_name: String,
    /// The file's SHA-256.
    pub sha256: String,
    /// The plugin that read it.
    pub plugin: String,
    /// The plugin's version.
    pub plugin_version: String,
    /// The licence or copyright the file carries.
    pub licence: Option<String>,
    /// Who imported it.
    pub imported_by: Option<String>,
    /// When.
    #[serde(serialize_with = "crate::id::as_utc")]
    #[schema(value_type = String, format = DateTime)]
    pub created_at: NaiveDateTime,
}

/// A stored mapping, as the engine reads it.
#[derive(Debug, Clone, PartialEq, Queryable)]
pub struct StoredMapping {
    /// Its set.
    pub mapping_set_id: String,
    /// Source framework.
    pub source_framework: String,
    /// Source reference.
    pub source: String,
    /// Target framework.
    pub target_framework: String,
    /// Target reference.
    pub target: String,
    /// Relationship name.
    pub relationship: String,
    /// Rationale.
    pub rationale: Option<String>,
    /// Strength.
    pub strength: Option<i32>,
}

#[derive(Insertable)]
#[diesel(table_name = framework_requirements, treat_none_as_default_value = false)]
pub(crate) struct RequirementRow {
    organisation_id: String,
    framework_id: String,
    reference_key: String,
    reference: String,
    title: Option<String>,
    parent: Option<String>,
    depth: i32,
    sort_order: i32,
}

#[derive(Insertable)]
#[diesel(table_name = mappings, treat_none_as_default_value = false)]
pub(crate) struct MappingRow {
    mapping_set_id: String,
    organisation_id: String,
    source_ref: String,
    target_ref: String,
    relationship: String,
    rationale: Option<String>,
    strength: Option<i32>,
    annotation: Option<String>,
}

/// The organisation's imported frameworks with their requirement counts (the built-in one is
/// the caller's to add, from the catalog).
pub fn list(connection: &mut DbConnection, scope: &Scope) -> Result<Vec<Framework>, ModelError> {
    let organisation_id = scope.organisation_id();
    let rows: Vec<(String, String, Option<String>)> = frameworks::table
        .filter(frameworks::organisation_id.eq(organisation_id))
        .order(frameworks::id)
        .select((frameworks::id, frameworks::name, frameworks::version))
        .load(connection)?;
    let counts: BTreeMap<String, i64> = framework_requirements::table
        .filter(framework_requirements::organisation_id.eq(organisation_id))
        .group_by(framework_requirements::framework_id)
        .select((
            framework_requirements::framework_id,
            diesel::dsl::count_star(),
        ))
        .load::<(String, i64)>(connection)?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|(id, name, version)| Framework {
            requirements: counts.get(&id).copied().unwrap_or(0),
            id,
            name,
            version,
            built_in: false,
        })
        .collect())
}

/// The keys of a framework's stored requirements.
pub fn requirement_keys(
    connection: &mut DbConnection,
    scope: &Scope,
    framework_id: &str,
) -> Result<HashSet<String>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(framework_requirements::table
        .filter(framework_requirements::organisation_id.eq(organisation_id))
        .filter(framework_requirements::framework_id.eq(framework_id))
        .select(framework_requirements::reference_key)
        .load::<String>(connection)?
        .into_iter()
        .collect())
}

/// Every stored requirement of the organisation: per framework, lookup key to reference.
pub fn references(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<std::collections::HashMap<String, std::collections::HashMap<String, String>>, ModelError>
{
    let organisation_id = scope.organisation_id();
    let rows: Vec<(String, String, String)> = framework_requirements::table
        .filter(framework_requirements::organisation_id.eq(organisation_id))
        .select((
            framework_requirements::framework_id,
            framework_requirements::reference_key,
            framework_requirements::reference,
        ))
        .load(connection)?;
    let mut all: std::collections::HashMap<String, std::collections::HashMap<String, String>> =
        Default::default();
    for (framework, key, reference) in rows {
        all.entry(framework).or_default().insert(key, reference);
    }
    Ok(all)
}

/// Which loaded frameworks have each of these references (any case): lookup key to (framework
/// id, framework name), for linking the other frameworks' references a finding cites.
pub fn locate(
    connection: &mut DbConnection,
    scope: &Scope,
    references: &[String],
) -> Result<std::collections::HashMap<String, Vec<(String, String)>>, ModelError> {
    let organisation_id = scope.organisation_id();
    let keys: Vec<String> = references
        .iter()
        .map(|r| key(r))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let mut found: std::collections::HashMap<String, Vec<(String, String)>> = Default::default();
    for chunk in keys.chunks(500) {
        let rows: Vec<(String, String, String)> = framework_requirements::table
            .inner_join(
                frameworks::table.on(frameworks::organisation_id
                    .eq(framework_requirements::organisation_id)
                    .and(frameworks::id.eq(framework_requirements::framework_id))),
            )
            .filter(framework_requirements::organisation_id.eq(organisation_id))
            .filter(framework_requirements::reference_key.eq_any(chunk))
            .select((
                framework_requirements::reference_key,
                frameworks::id,
                frameworks::name,
            ))
            .load(connection)?;
        for (reference, framework, name) in rows {
            found.entry(reference).or_default().push((framework, name));
        }
    }
    Ok(found)
}

/// Whether the organisation's framework has this requirement (any case).
pub fn has_requirement(
    connection: &mut DbConnection,
    scope: &Scope,
    framework_id: &str,
    reference: &str,
) -> Result<bool, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(framework_requirements::table
        .filter(framework_requirements::organisation_id.eq(organisation_id))
        .filter(framework_requirements::framework_id.eq(framework_id))
        .filter(framework_requirements::reference_key.eq(key(reference)))
        .select(framework_requirements::reference)
        .first::<String>(connection)
        .optional()?
        .is_some())
}

/// A framework's requirements, in catalog order.
pub fn requirements(
    connection: &mut DbConnection,
    scope: &Scope,
    framework_id: &str,
) -> Result<Vec<FrameworkRequirement>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(framework_requirements::table
        .filter(framework_requirements::organisation_id.eq(organisation_id))
        .filter(framework_requirements::framework_id.eq(framework_id))
        .order(framework_requirements::sort_order)
        .select((
            framework_requirements::reference,
            framework_requirements::title,
            framework_requirements::parent,
            framework_requirements::depth,
        ))
        .load::<(String, Option<String>, Option<String>, i32)>(connection)?
        .into_iter()
        .map(|(reference, title, parent, depth)| FrameworkRequirement {
            reference,
            title,
            parent,
            depth,
        })
        .collect())
}

/// Whether this file's mapping set between these frameworks is already stored.
pub fn set_exists(
    connection: &mut DbConnection,
    scope: &Scope,
    sha256: &str,
    source: &str,
    target: &str,
) -> Result<bool, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(mapping_sets::table
        .filter(mapping_sets::organisation_id.eq(organisation_id))
        .filter(mapping_sets::sha256.eq(sha256))
        .filter(mapping_sets::source_framework.eq(source))
        .filter(mapping_sets::target_framework.eq(target))
        .select(mapping_sets::id)
        .first::<String>(connection)
        .optional()?
        .is_some())
}

/// What a save did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Saved {
    /// Frameworks created.
    pub frameworks_created: usize,
    /// Requirements added.
    pub requirements_created: usize,
    /// Mapping sets stored.
    pub sets_created: usize,
    /// Mapping sets already stored from the same file, left as they were.
    pub sets_unchanged: usize,
    /// Mapping sets replaced by a newer file of the same plugin.
    pub sets_replaced: usize,
    /// Mappings stored.
    pub mappings_created: usize,
}

/// Stores frameworks and mapping sets in the caller's transaction. A set already stored from
/// the same file is left alone (re-importing a file changes nothing); a set from another file
/// read by the same plugin between the same frameworks replaces the older one.
pub fn save(
    connection: &mut DbConnection,
    scope: &Scope,
    new_frameworks: &[NewFramework],
    sets: &[NewMappingSet],
    provenance: &Provenance,
) -> Result<Saved, ModelError> {
    let organisation_id = scope.organisation_id();
    let mut saved = Saved::default();
    let at = now();
    for framework in new_frameworks.iter().filter(|f| f.id != ISO) {
        let exists = frameworks::table
            .filter(frameworks::organisation_id.eq(organisation_id))
            .filter(frameworks::id.eq(&framework.id))
            .select(frameworks::id)
            .first::<String>(connection)
            .optional()?
            .is_some();
        if exists {
            if framework.full_catalog {
                diesel::update(
                    frameworks::table
                        .filter(frameworks::organisation_id.eq(organisation_id))
                        .filter(frameworks::id.eq(&framework.id)),
                )
                .set((
                    frameworks::name.eq(&framework.name),
                    frameworks::version.eq(&framework.version),
                ))
                .execute(connection)?;
            }
        } else {
            diesel::insert_into(frameworks::table)
                .values((
                    frameworks::organisation_id.eq(organisation_id),
                    frameworks::id.eq(&framework.id),
                    frameworks::name.eq(&framework.name),
                    frameworks::version.eq(&framework.version),
                    frameworks::created_at.eq(at),
                ))
                .execute(connection)?;
            saved.frameworks_created += 1;
        }
        let known = requirement_keys(connection, scope, &framework.id)?;
        let offset = i32::try_from(known.len()).unwrap_or(i32::MAX);
        let mut seen = HashSet::new();
        let rows: Vec<RequirementRow> = framework
            .requirements
            .iter()
            .filter(|r| seen.insert(key(&r.reference)) && !known.contains(&key(&r.reference)))
            .enumerate()
            .map(|(n, r)| RequirementRow {
                organisation_id: organisation_id.to_owned(),
                framework_id: framework.id.clone(),
                reference_key: key(&r.reference),
                reference: r.reference.clone(),
                title: r.title.clone(),
                parent: r.parent.clone(),
                depth: r.depth,
                sort_order: offset.saturating_add(i32::try_from(n).unwrap_or(i32::MAX)),
            })
            .collect();
        saved.requirements_created += backend::insert_framework_requirements(connection, &rows)?;
        if framework.full_catalog {
            // A catalog file is the authority on titles and order of what was there before.
            for (n, r) in framework.requirements.iter().enumerate() {
                if known.contains(&key(&r.reference)) {
                    diesel::update(
                        framework_requirements::table
                            .filter(framework_requirements::organisation_id.eq(organisation_id))
                            .filter(framework_requirements::framework_id.eq(&framework.id))
                            .filter(framework_requirements::reference_key.eq(key(&r.reference))),
                    )
                    .set((
                        framework_requirements::title.eq(&r.title),
                        framework_requirements::parent.eq(&r.parent),
                        framework_requirements::depth.eq(r.depth),
                        framework_requirements::sort_order.eq(i32::try_from(n).unwrap_or(i32::MAX)),
                    ))
                    .execute(connection)?;
                }
            }
        }
    }
    for set in sets {
        if set_exists(
            connection,
            scope,
            &provenance.sha256,
            &set.source,
            &set.target,
        )? {
            saved.sets_unchanged += 1;
            continue;
        }
        saved.sets_replaced += diesel::delete(
            mapping_sets::table
                .filter(mapping_sets::organisation_id.eq(organisation_id))
                .filter(mapping_sets::source_framework.eq(&set.source))
                .filter(mapping_sets::target_framework.eq(&set.target))
                .filter(mapping_sets::plugin.eq(&provenance.plugin)),
        )
        .execute(connection)?;
        let id = new_id();
        diesel::insert_into(mapping_sets::table)
            .values((
                mapping_sets::id.eq(&id),
                mapping_sets::organisation_id.eq(organisation_id),
                mapping_sets::source_framework.eq(&set.source),
                mapping_sets::target_framework.eq(&set.target),
                mapping_sets::file_name.eq(&provenance.file_name),
                mapping_sets::sha256.eq(&provenance.sha256),
                mapping_sets::plugin.eq(&provenance.plugin),
                mapping_sets::plugin_version.eq(&provenance.plugin_version),
                mapping_sets::licence.eq(&set.licence),
                mapping_sets::imported_by.eq(&provenance.imported_by),
                mapping_sets::created_at.eq(at),
            ))
            .execute(connection)?;
        let rows: Vec<MappingRow> = set
            .mappings
            .iter()
            .map(|m| MappingRow {
                mapping_set_id: id.clone(),
                organisation_id: organisation_id.to_owned(),
                source_ref: m.source.clone(),
                target_ref: m.target.clone(),
                relationship: m.relationship.as_str().to_owned(),
                rationale: m.rationale.clone(),
                strength: m.strength.map(i32::from),
                annotation: m.annotation.clone(),
            })
            .collect();
        saved.mappings_created += backend::insert_mappings(connection, &rows)?;
        saved.sets_created += 1;
    }
    Ok(saved)
}

/// The organisation's mapping sets.
pub fn sets(connection: &mut DbConnection, scope: &Scope) -> Result<Vec<MappingSet>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(mapping_sets::table
        .filter(mapping_sets::organisation_id.eq(organisation_id))
        .order(mapping_sets::id)
        .select(MappingSet::as_select())
        .load(connection)?)
}

/// Every mapping of the organisation, with its frameworks, for the in-memory index.
pub fn all_mappings(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<Vec<StoredMapping>, ModelError> {
    let organisation_id = scope.organisation_id();
    Ok(mappings::table
        .inner_join(mapping_sets::table.on(mapping_sets::id.eq(mappings::mapping_set_id)))
        .filter(mappings::organisation_id.eq(organisation_id))
        .select((
            mappings::mapping_set_id,
            mapping_sets::source_framework,
            mappings::source_ref,
            mapping_sets::target_framework,
            mappings::target_ref,
            mappings::relationship,
            mappings::rationale,
            mappings::strength,
        ))
        .load(connection)?)
}

/// A value that changes whenever the organisation's mappings do, so an index built from them
/// knows when it is stale.
pub fn mappings_version(
    connection: &mut DbConnection,
    scope: &Scope,
) -> Result<String, ModelError> {
    let organisation_id = scope.organisation_id();
    let ids: Vec<String> = mapping_sets::table
        .filter(mapping_sets::organisation_id.eq(organisation_id))
        .order(mapping_sets::id)
        .select(mapping_sets::id)
        .load(connection)?;
    Ok(format!("{}:{}", ids.len(), ids.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationships_read_every_vocabulary_and_invert() {
        for (text, expected) in [
            ("equal", Relationship::Equal),
            ("Equivalent", Relationship::Equal),
            ("subset", Relationship::SubsetOf),
            ("subset of", Relationship::SubsetOf),
            ("superset-of", Relationship::SupersetOf),
            ("intersect", Relationship::IntersectsWith),
            ("intersects with", Relationship::IntersectsWith),
            ("not_related", Relationship::NotRelated),
            ("no-relationship", Relationship::NotRelated),
            ("", Relationship::Related),
        ] {
            assert_eq!(Relationship::parse(text), Some(expected), "{text}");
        }
        assert_eq!(Relationship::parse("sort of"), None);
        assert_eq!(Relationship::SubsetOf.inverse(), Relationship::SupersetOf);
        assert_eq!(Relationship::Equal.inverse(), Relationship::Equal);
    }
}
