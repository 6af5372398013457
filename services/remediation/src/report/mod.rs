//! Reports for the certification body, written while the audit's findings are read a page at
//! a time (`closeout_model::report::ReportHead`): the Corrective Action Plan and the Evidence
//! of Correction workbooks, and the OSCAL Plan of Action and Milestones.

pub mod oscal;
pub mod xlsx;

use closeout_model::ModelError;
use closeout_model::deadline::{Deadline, DeadlineKind};

/// The date of one kind of deadline, as text.
pub(crate) fn due(deadlines: &[Deadline], kind: DeadlineKind) -> String {
    deadlines
        .iter()
        .find(|d| d.kind == kind)
        .map(|d| d.due_on.to_string())
        .unwrap_or_default()
}

/// What stops a report midway.
#[derive(Debug)]
pub enum ExportError {
    /// Reading the audit failed.
    Model(ModelError),
    /// Writing the document failed (the client went away).
    Write(std::io::Error),
    /// Building a workbook failed.
    Workbook(rust_xlsxwriter::XlsxError),
}

impl From<ModelError> for ExportError {
    fn from(error: ModelError) -> ExportError {
        ExportError::Model(error)
    }
}

impl From<std::io::Error> for ExportError {
    fn from(error: std::io::Error) -> ExportError {
        ExportError::Write(error)
    }
}

impl From<rust_xlsxwriter::XlsxError> for ExportError {
    fn from(error: rust_xlsxwriter::XlsxError) -> ExportError {
        ExportError::Workbook(error)
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::Model(error) => write!(f, "reading the audit: {error}"),
            ExportError::Write(error) => write!(f, "writing the report: {error}"),
            ExportError::Workbook(error) => write!(f, "building the workbook: {error}"),
        }
    }
}
