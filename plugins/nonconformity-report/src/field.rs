//! The fields a register's columns (or a form's labels) can hold.

/// A field of a register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Reference,
    Title,
    Grade,
    Requirements,
    RequirementTitle,
    Statement,
    ObjectiveEvidence,
    RootCause,
    Correction,
    CorrectiveAction,
    Owner,
    ActionOwner,
    RaisedOn,
    DueDate,
    Status,
    Verification,
    Comments,
    Area,
}

impl Field {
    /// Every field, in the order ties are settled (the first wins).
    pub const ALL: [Field; 18] = [
        Field::Reference,
        Field::Grade,
        Field::Requirements,
        Field::Statement,
        Field::Title,
        Field::RequirementTitle,
        Field::ObjectiveEvidence,
        Field::RootCause,
        Field::Correction,
        Field::CorrectiveAction,
        Field::Owner,
        Field::ActionOwner,
        Field::RaisedOn,
        Field::DueDate,
        Field::Status,
        Field::Verification,
        Field::Comments,
        Field::Area,
    ];

    /// The name used in options, reports and the language files.
    pub fn name(self) -> &'static str {
        match self {
            Field::Reference => "reference",
            Field::Title => "title",
            Field::Grade => "grade",
            Field::Requirements => "requirements",
            Field::RequirementTitle => "requirement_title",
            Field::Statement => "statement",
            Field::ObjectiveEvidence => "objective_evidence",
            Field::RootCause => "root_cause",
            Field::Correction => "correction",
            Field::CorrectiveAction => "corrective_action",
            Field::Owner => "owner",
            Field::ActionOwner => "action_owner",
            Field::RaisedOn => "raised_on",
            Field::DueDate => "due_date",
            Field::Status => "status",
            Field::Verification => "verification",
            Field::Comments => "comments",
            Field::Area => "area",
        }
    }

    /// Reads a field name from the `columns` option or a language file.
    pub fn parse(name: &str) -> Option<Field> {
        let name = name.trim().to_lowercase();
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Whether the field's content alone can tell its column apart (a column of grade words,
    /// of requirement references, of dates), or only its header can (a root cause and a
    /// correction are both prose).
    pub fn told_by_content(self) -> bool {
        matches!(
            self,
            Field::Reference
                | Field::Grade
                | Field::Requirements
                | Field::Statement
                | Field::Owner
                | Field::RaisedOn
                | Field::DueDate
                | Field::Status
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hosts_list_of_fields_is_exactly_this_importers() {
        let mut ours: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
        let mut hosts = closeout_plugin_abi::REGISTER_FIELDS.to_vec();
        ours.sort_unstable();
        hosts.sort_unstable();
        assert_eq!(ours, hosts);
    }

    #[test]
    fn every_field_has_words_in_every_language() {
        for language in closeout_lexicon::lexicon().languages() {
            for name in language.fields.keys() {
                assert!(
                    Field::parse(name).is_some(),
                    "{}: unknown field {name}",
                    language.code
                );
            }
        }
        for field in Field::ALL {
            assert_eq!(Field::parse(field.name()), Some(field));
        }
    }
}
