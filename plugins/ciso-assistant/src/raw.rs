//! The parts of a CISO Assistant library this plugin reads, as the YAML deserializer
//! (serde-saphyr) sees them.
//!
//! Structure (the library, its `objects`, the framework, the lists) is typed, so a file of the
//! wrong shape fails with the deserializer's located message. Leaves are kept as [`Value`] and read
//! by [`scalar`], so that one odd value (`relationship: [x]`, `ref_id: 4.1`) becomes an issue
//! on its row instead of failing the whole file. Keys this plugin does not use (translations,
//! reference controls, threats...) are skipped without being stored.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// The top of a YAML document: a library when it is a mapping, else something this plugin
/// does not read (a list, a scalar, an empty file).
pub enum Document {
    /// A mapping, read as a library (its keys may still be anything).
    Library(Box<Library>),
    /// Not a mapping.
    NotAMapping,
}

/// The top-level keys of a library that matter here.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Library {
    /// `urn:intuitem:risk:library:...`.
    pub urn: Option<Value>,
    /// The library's name.
    pub name: Option<Value>,
    /// The library's revision (a counter, not the framework's version).
    pub version: Option<Value>,
    /// Copyright or licence text.
    pub copyright: Option<Value>,
    /// What the library holds.
    pub objects: Option<Objects>,
}

/// A library's `objects`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Objects {
    /// A framework library's framework.
    pub framework: Option<RawFramework>,
    /// A mapping library's sets (current format).
    pub requirement_mapping_sets: Option<Vec<RawMappingSet>>,
    /// A mapping library's only set (older libraries).
    pub requirement_mapping_set: Option<RawMappingSet>,
}

/// `objects.framework`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawFramework {
    /// `urn:intuitem:risk:framework:<id>`.
    pub urn: Option<Value>,
    /// The framework's name.
    pub name: Option<Value>,
    /// The requirement tree, flattened: each node names its parent by urn.
    pub requirement_nodes: Option<Vec<RawNode>>,
}

/// One entry of `requirement_nodes`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawNode {
    /// `urn:intuitem:risk:req_node:<framework>:<segment>`.
    pub urn: Option<Value>,
    /// The reference as the framework writes it (`A.5.1`, `4.1`).
    pub ref_id: Option<Value>,
    /// Short title.
    pub name: Option<Value>,
    /// Longer text.
    pub description: Option<Value>,
    /// The parent node's urn; absent for top nodes.
    pub parent_urn: Option<Value>,
}

/// One entry of `requirement_mapping_sets`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawMappingSet {
    /// The set's urn, for messages.
    pub urn: Option<Value>,
    /// `urn:intuitem:risk:framework:<id>` of the source.
    pub source_framework_urn: Option<Value>,
    /// `urn:intuitem:risk:framework:<id>` of the target.
    pub target_framework_urn: Option<Value>,
    /// The mappings.
    pub requirement_mappings: Option<Vec<RawMapping>>,
}

/// One entry of `requirement_mappings`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawMapping {
    /// The source requirement's urn.
    pub source_requirement_urn: Option<Value>,
    /// The target requirement's urn.
    pub target_requirement_urn: Option<Value>,
    /// `equal`, `subset`, `superset`, `intersect` or `not_related`.
    pub relationship: Option<Value>,
    /// `syntactic`, `semantic` or `functional`.
    pub rationale: Option<Value>,
    /// 0-10.
    pub strength_of_relationship: Option<Value>,
    /// A remark.
    pub annotation: Option<Value>,
}

/// A leaf value read as text.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// Absent, `null` or blank.
    Missing,
    /// A string, trimmed.
    Text(String),
    /// A YAML number, written back as text. `4.10` comes back as `4.1`: callers that need
    /// the digits as written (references) prefer another source for numbers.
    Number(String),
    /// A list, a mapping or a tagged value where text was expected.
    NotScalar,
}

impl Scalar {
    /// The text, for a string or a number.
    pub fn text(self) -> Option<String> {
        match self {
            Scalar::Text(text) | Scalar::Number(text) => Some(text),
            Scalar::Missing | Scalar::NotScalar => None,
        }
    }
}

/// A leaf as written: what [`scalar`] needs of any YAML value, and nothing more (a list or a
/// mapping where a leaf was expected is consumed without being stored).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`, `~` or nothing.
    Null,
    /// A string.
    String(String),
    /// A number, as text.
    Number(String),
    /// `true` or `false`.
    Bool(bool),
    /// A list, a mapping or a tagged value.
    Structure,
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a YAML value")
    }

    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<Value, E> {
        Ok(Value::Bool(flag))
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Value, E> {
        Ok(Value::Number(number.to_string()))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Value, E> {
        Ok(Value::Number(number.to_string()))
    }

    fn visit_i128<E: de::Error>(self, number: i128) -> Result<Value, E> {
        Ok(Value::Number(number.to_string()))
    }

    fn visit_u128<E: de::Error>(self, number: u128) -> Result<Value, E> {
        Ok(Value::Number(number.to_string()))
    }

    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Value, E> {
        Ok(Value::Number(number.to_string()))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Value, E> {
        Ok(Value::String(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Value, E> {
        Ok(Value::String(text))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Value::Structure)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Value::Structure)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        IgnoredAny.visit_enum(data)?;
        Ok(Value::Structure)
    }
}

/// Reads a leaf.
pub fn scalar(value: &Option<Value>) -> Scalar {
    match value {
        None | Some(Value::Null) => Scalar::Missing,
        Some(Value::String(text)) => match text.trim() {
            "" => Scalar::Missing,
            trimmed => Scalar::Text(trimmed.to_string()),
        },
        Some(Value::Number(number)) => Scalar::Number(number.clone()),
        // `relationship: yes` is a boolean in YAML; it is still what the author wrote.
        Some(Value::Bool(flag)) => Scalar::Text(flag.to_string()),
        Some(Value::Structure) => Scalar::NotScalar,
    }
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Document, D::Error> {
        deserializer.deserialize_any(DocumentVisitor)
    }
}

/// Reads a mapping as a [`Library`] and consumes anything else without keeping it, so that a
/// YAML file that is not a library is told apart from a damaged library.
struct DocumentVisitor;

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Document;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a YAML document")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Document, A::Error> {
        Library::deserialize(de::value::MapAccessDeserializer::new(map))
            .map(|library| Document::Library(Box::new(library)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Document, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Document::NotAMapping)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Document, A::Error> {
        // A tagged top-level value (`!thing ...`).
        IgnoredAny.visit_enum(data)?;
        Ok(Document::NotAMapping)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Document, E> {
        Ok(Document::NotAMapping)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Document, E> {
        Ok(Document::NotAMapping)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Document, E> {
        Ok(Document::NotAMapping)
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<Document, E> {
        Ok(Document::NotAMapping)
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<Document, E> {
        Ok(Document::NotAMapping)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Document, E> {
        Ok(Document::NotAMapping)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Document, E> {
        Ok(Document::NotAMapping)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Document, E> {
        Ok(Document::NotAMapping)
    }

    fn visit_none<E: de::Error>(self) -> Result<Document, E> {
        Ok(Document::NotAMapping)
    }
}
