//! Blind holdouts 32 to 36 (2026-12-05).

use super::*;

pub(super) fn thirty_second_holdout_layouts() -> Vec<Layout> {
    vec![
        // A certification body's recertification report workbook: a Summary sheet, then one
        // sheet per audit day. The Summary holds no findings: its label/value pairs, its table
        // of counts per day under the grade words (Major NC, Minor NC, Observation, OFI, Total,
        // number cells) and its follow-up table of the previous surveillance audit's findings
        // (SA2-01, SA2-02, SA2-03, each with a grade, a control and a "Closed - effective" /
        // "Addressed" result) are not findings of this file: those were raised in 2025 and are
        // only verified here. The nine findings are on the three day sheets, numbered across
        // the days (NCL-26114-01 ... 09), each sheet with its own merged title and auditor line
        // above the header. Day 2 has two merged section rows (morning / afternoon) between its
        // findings, and Day 3 a merged closing-meeting line under its table naming the client's
        // people: none is a finding. "6.1.3 d)" is clause 6.1.3 (A.8.11, named in its
        // statement, is not its requirement); "A.5.19 / A.5.20" two controls. The Auditee
        // column names the people interviewed, not owners: the CB's report assigns no owners
        // and no actions, so owners and plans are not checked. The counts in the Summary match
        // the day sheets (1 major, 4 minor, 2 observations, 2 OFIs).
        Layout {
            id: "holdout32-cb-recert-day-sheets-summary-counts-followup",
            origin: "holdout 32, written for this holdout: a UK certification body's ISO/IEC 27001:2022 recertification audit report workbook for a two-site managed hosting company (Leeds head office and a Sheffield data centre), audited over three days, as the lead auditor sends it to the client after the closing meeting. Sheet \"Summary\": the merged title \"NORTHGATE CERTIFICATION LTD - ISO/IEC 27001:2022 RECERTIFICATION AUDIT - REPORT NCL-R-26114\", a blank row, label/value pairs (Client, Certificate no., Sites audited, Audit team, Scope), a blank row, a table of counts with the header \"Findings per audit day | Major NC | Minor NC | Observation | OFI | Total\", one row per audit day and a Total row (number cells), a blank row, a merged caption \"Follow-up of findings from surveillance audit 2 (11-12 March 2025)\" over a small table (Previous ref., Grade, Clause / control, Subject, Evidence verified, Result) listing SA2-01 and SA2-02 (Minor NC) and SA2-03 (Observation), all closed or addressed, then a merged recommendation line; the Summary holds no findings of this audit. Then one sheet per audit day, \"Day 1 - 14 Apr\", \"Day 2 - 15 Apr\" and \"Day 3 - 16 Apr (Sheffield)\", each with a merged title naming the day and site and a merged auditor line, a blank row, then the same header: Finding no. (NCL-26114-01 ... 09, numbered across the days), Grade (Major NC, Minor NC, Observation, OFI), Clause / control (\"6.1.3 d)\", \"A.6.1\", \"A.5.19 / A.5.20\", \"A.8.13\", \"A.8.32\", \"A.5.7\", \"A.7.2\", \"A.7.11\", \"A.7.13\"), Process / area, Finding (the statement), Objective evidence and Auditee (the people interviewed, users and others; no owners). Day 2 splits its findings with merged section rows \"Morning - IT operations (Priya Raman)\" and \"Afternoon - Development and threat management (Tom Ashworth)\"; Day 3 ends with a merged closing-meeting line naming the client's attendees. No owner, root cause or action columns",
            file_name: "NCL-R-26114 Halden Data Services recertification findings.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Summary",
                    0,
                    0,
                    &[
                        &["NORTHGATE CERTIFICATION LTD - ISO/IEC 27001:2022 RECERTIFICATION AUDIT - REPORT NCL-R-26114"],
                        &[""],
                        &["Client", "Halden Data Services Ltd"],
                        &["Certificate no.", "NCL 27K-0412"],
                        &["Sites audited", "Leeds head office (14-15 April 2026); Sheffield data centre (16 April 2026)"],
                        &["Audit team", "Priya Raman (lead auditor), Tom Ashworth (auditor)"],
                        &["Scope", "Managed hosting and cloud backup services for business customers, in accordance with the Statement of Applicability v7"],
                        &[""],
                        &["Findings per audit day", "Major NC", "Minor NC", "Observation", "OFI", "Total"],
                        &["Day 1 - 14 Apr (Leeds)", "#n 0", "#n 2", "#n 1", "#n 0", "#n 3"],
                        &["Day 2 - 15 Apr (Leeds)", "#n 1", "#n 1", "#n 0", "#n 1", "#n 3"],
                        &["Day 3 - 16 Apr (Sheffield)", "#n 0", "#n 1", "#n 1", "#n 1", "#n 3"],
                        &["Total", "#n 1", "#n 4", "#n 2", "#n 2", "#n 9"],
                        &[""],
                        &["Follow-up of findings from surveillance audit 2 (11-12 March 2025)"],
                        &["Previous ref.", "Grade", "Clause / control", "Subject", "Evidence verified", "Result"],
                        &["SA2-01", "Minor NC", "A.8.8", "Patch compliance of the Windows servers below the 95 % target", "Patch reports January to March 2026 sampled", "Closed - effective"],
                        &["SA2-02", "Minor NC", "9.3", "Management review did not consider the risk treatment plan", "Management review minutes of 09/12/2025", "Closed - effective"],
                        &["SA2-03", "Observation", "A.5.30", "ICT continuity arrangements not tested", "DR test report of 18/11/2025", "Addressed"],
                        &[""],
                        &["Recommendation: recertification recommended, subject to the acceptance of a corrective action plan for the major nonconformity within 30 days of the closing meeting."],
                    ],
                )
                .merged(0, 0, 0, 5)
                .merged(14, 0, 14, 5)
                .merged(20, 0, 20, 5),
                sheet(
                    "Day 1 - 14 Apr",
                    0,
                    0,
                    &[
                        &["Day 1 - Tuesday 14 April 2026 - Leeds head office"],
                        &["Auditor: Priya Raman | Processes: context and leadership, risk assessment and treatment, HR security, supplier relationships"],
                        &[""],
                        &["Finding no.", "Grade", "Clause / control", "Process / area", "Finding", "Objective evidence", "Auditee"],
                        &["NCL-26114-01", "Minor NC", "6.1.3 d)", "Risk treatment", "The Statement of Applicability (v7) excludes A.8.11 Data masking without a justification, although the test environments are loaded with copies of customer databases.", "SoA v7 of 02/02/2026; test database refresh job TST-REFRESH-03.", "Lena Fischer"],
                        &["NCL-26114-02", "Observation", "A.6.1", "HR security", "Background checks for contractors are left to the agencies that supply them, and no confirmation that they were done is kept on file.", "Three contractor files sampled (network team).", "HR Business Partner"],
                        &["NCL-26114-03", "Minor NC", "A.5.19 / A.5.20", "Supplier relationships", "The colocation broker and the firewall support vendor onboarded in 2025 were not assessed for information security, and neither contract contains security requirements.", "Supplier register; contracts CB-2025-07 and FW-2025-02.", "Martín Lombardi"],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(1, 0, 1, 6),
                sheet(
                    "Day 2 - 15 Apr",
                    0,
                    0,
                    &[
                        &["Day 2 - Wednesday 15 April 2026 - Leeds head office"],
                        &["Auditors: Priya Raman (morning), Tom Ashworth (afternoon)"],
                        &[""],
                        &["Finding no.", "Grade", "Clause / control", "Process / area", "Finding", "Objective evidence", "Auditee"],
                        &["Morning - IT operations (Priya Raman)"],
                        &["NCL-26114-04", "Major NC", "A.8.13", "Backup", "Backups of the managed hosting platform have not been restore-tested since the platform migration in June 2025, and two nightly backup jobs have failed since 3 February 2026 without any alert being raised.", "Backup console job history; restore test log, last entry 12/05/2025.", "Head of IT Operations"],
                        &["NCL-26114-05", "Minor NC", "A.8.32", "Change management", "Four of the ten changes sampled for March 2026 were made to the production firewalls as emergency changes without the retrospective approval the change procedure requires.", "Change records CHG-4410 to CHG-4419.", "Head of IT Operations"],
                        &["Afternoon - Development and threat management (Tom Ashworth)"],
                        &["NCL-26114-06", "OFI", "A.5.7", "Threat intelligence", "Threat information from the NCSC feeds could be recorded together with the action taken on it, so that its use can be shown to customers.", "Interview; security team mailbox.", "Badr Karim"],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(1, 0, 1, 6)
                .merged(4, 0, 4, 6)
                .merged(7, 0, 7, 6),
                sheet(
                    "Day 3 - 16 Apr (Sheffield)",
                    0,
                    0,
                    &[
                        &["Day 3 - Thursday 16 April 2026 - Sheffield data centre (Unit 4, Parkway Business Park)"],
                        &["Auditor: Tom Ashworth | Processes: physical security, supporting utilities, equipment maintenance"],
                        &[""],
                        &["Finding no.", "Grade", "Clause / control", "Process / area", "Finding", "Objective evidence", "Auditee"],
                        &["NCL-26114-07", "Minor NC", "A.7.2", "Physical entry", "Two contractors were let into data hall 2 by the night guard without being entered in the visitor log or escorted.", "Visitor log 06-10 April 2026; access control system report.", "Site manager, Sheffield"],
                        &["NCL-26114-08", "Observation", "A.7.11", "Supporting utilities", "The UPS battery test due in January 2026 has been postponed twice; the batteries are still within their design life.", "UPS maintenance schedule 2026.", "Site manager, Sheffield"],
                        &["NCL-26114-09", "OFI", "A.7.13", "Equipment maintenance", "Maintenance reports for the CRAC units are kept on paper at the site and could be scanned into the maintenance system used for the other equipment.", "Paper maintenance file, CRAC units 1-4.", "Head of IT Operations"],
                        &[""],
                        &["Closing meeting 16 April 2026, 15:30 - attended by Badr Karim (Managing Director), Head of IT Operations and Lena Fischer (ISMS Manager). Findings accepted by the client."],
                    ],
                )
                .merged(0, 0, 0, 6)
                .merged(1, 0, 1, 6)
                .merged(8, 0, 8, 6),
            ]),
            expected: vec![
                // "6.1.3 d)": clause 6.1.3; A.8.11 is only named in the statement.
                finding("NCL-26114-01", "minor", "6.1.3", "The Statement of Applicability (v7) excludes"),
                finding("NCL-26114-02", "observation", "A.6.1", "Background checks for contractors"),
                finding("NCL-26114-03", "minor", "A.5.19, A.5.20", "The colocation broker and the firewall"),
                // Under the merged "Morning" section row.
                finding("NCL-26114-04", "major", "A.8.13", "Backups of the managed hosting platform"),
                finding("NCL-26114-05", "minor", "A.8.32", "Four of the ten changes sampled"),
                // Under the merged "Afternoon" section row.
                finding("NCL-26114-06", "ofi", "A.5.7", "Threat information from the NCSC feeds"),
                finding("NCL-26114-07", "minor", "A.7.2", "Two contractors were let into data hall 2"),
                finding("NCL-26114-08", "observation", "A.7.11", "The UPS battery test due in January 2026"),
                finding("NCL-26114-09", "ofi", "A.7.13", "Maintenance reports for the CRAC units"),
            ],
        },
        // A company's internal audit register with one sheet per year: "2026" (first tab, the
        // current audit) and "2025" (last year's, all findings closed), then a "Lists" sheet of
        // dropdown values (grade words, statuses, owner names) that holds no findings. Both
        // years' findings are findings of the file: closed findings are still findings. The
        // references carry the year (IA26-01 ..., IA25-01 ...). The 2026 sheet has a "Repeat
        // of" column: IA26-02 repeats IA25-04 (a reference of the other sheet, not IA26-02's).
        // The 2025 sheet's columns differ: no "Repeat of", "Action taken" instead of
        // "Corrective action", and "Closed on" / "Verified by" (the internal auditor, no owner)
        // at the right; its grades come from last year's dropdown (Minor, Observation,
        // Improvement = OFI) while 2026 uses Minor NC / Major NC / Observation / OFI. Owners:
        // "Martin Lombardi" without the accent is Martín Lombardi; HR is no user. Plans are
        // checked on the 2026 sheet only (Corrective action filled or not); the 2025 sheet's
        // "Action taken" records what was done to close a finding, so its plans are not checked.
        // The closing note under the 2025 table names IA25-04 and IA26-02 and is no finding.
        Layout {
            id: "holdout32-year-per-sheet-2025-closed-2026-open-lists-sheet",
            origin: "holdout 32, written for this holdout: a Dutch (Eindhoven) data analytics company's ISMS internal audit findings register, kept in English in Excel by its ISMS manager, one sheet per audit year. Sheet \"2026\" (first tab): a merged title \"Corvell Analytics BV - ISMS internal audit findings 2026\", a merged line naming the audit dates and the external internal auditor (Q-Sec Advisory, J. Varga) and the standard, a blank row, then the header Ref (IA26-01 ... 05), Raised (date cells), Grade (Minor NC, Major NC, Observation, OFI), Clause/Control (A.5.15, A.8.8, A.5.23, 9.1, A.6.3), Finding (the statement), Repeat of (IA25-04 on one row: the earlier finding this one repeats), Owner (a user's name, a user's role name, \"Martin Lombardi\" without the accent, a user's email, HR), Corrective action (filled for three findings), Due (date cells, one blank) and Status (Open, In progress). Sheet \"2025\": the same kind of title (\"... findings 2025\") and a merged line saying all findings are closed, then a header that differs from 2026: Ref (IA25-01 ... 05), Raised, Grade (last year's dropdown: Minor, Observation, Improvement), Clause/Control (A.8.13, A.5.37, 7.2, A.8.8, A.5.7), Finding, Owner, Action taken (what was done), Due, Status (all Closed), Closed on (date cells) and Verified by (the auditor J. Varga); under the table a merged closing note (\"all 2025 findings closed and verified by 15/09/2025. IA25-04 recurred in the 2026 audit (see IA26-02 on sheet 2026)\"), not a finding. Sheet \"Lists\": the dropdown sources in three columns, Grade (Major NC, Minor NC, Observation, OFI), Status (Open, In progress, Closed) and Owner (the users' names and HR); no findings",
            file_name: "Corvell ISMS internal audit findings register.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "2026",
                    0,
                    0,
                    &[
                        &["Corvell Analytics BV - ISMS internal audit findings 2026"],
                        &["Internal audit 9-13 March 2026 by Q-Sec Advisory (J. Varga, lead auditor) against ISO/IEC 27001:2022 | Register kept by the ISMS manager"],
                        &[""],
                        &["Ref", "Raised", "Grade", "Clause/Control", "Finding", "Repeat of", "Owner", "Corrective action", "Due", "Status"],
                        &["IA26-01", "#d 2026-03-09", "Minor NC", "A.5.15", "Access to the analytics data lake is granted per person instead of per role; 23 analysts hold write access to the raw customer zone that only data engineers need.", "", "Lena Fischer", "Define role-based groups for the data lake and move all users into them.", "#d 2026-05-29", "In progress"],
                        &["IA26-02", "#d 2026-03-10", "Major NC", "A.8.8", "Critical vulnerabilities on the Kubernetes worker nodes were left unpatched for up to 120 days; the same weakness was raised in 2025 and its corrective action (monthly node image rebuilds) stopped in December 2025.", "IA25-04", "Head of IT Operations", "Automate weekly node image rebuilds and add patch age to the operations dashboard.", "#d 2026-04-30", "Open"],
                        &["IA26-03", "#d 2026-03-11", "Observation", "A.5.23", "The exit plan for the main cloud provider is a one-page note that has not been reviewed since 2023.", "", "Martin Lombardi", "", "#d 2026-09-30", "Open"],
                        &["IA26-04", "#d 2026-03-12", "Minor NC", "9.1", "None of the five information security objectives for 2026 says how its achievement will be measured or evaluated.", "", "badr@acme.test", "Add a measure, a target and a data source to each objective.", "#d 2026-04-15", "Open"],
                        &["IA26-05", "#d 2026-03-13", "OFI", "A.6.3", "Induction for new analysts could include a session on handling customer data in notebooks and exports.", "", "HR", "", "", "Open"],
                    ],
                )
                .merged(0, 0, 0, 9)
                .merged(1, 0, 1, 9),
                sheet(
                    "2025",
                    0,
                    0,
                    &[
                        &["Corvell Analytics BV - ISMS internal audit findings 2025"],
                        &["Internal audit 17-20 March 2025 by Q-Sec Advisory against ISO/IEC 27001:2022 | All findings closed - see closing note below the table"],
                        &[""],
                        &["Ref", "Raised", "Grade", "Clause/Control", "Finding", "Owner", "Action taken", "Due", "Status", "Closed on", "Verified by"],
                        &["IA25-01", "#d 2025-03-17", "Minor", "A.8.13", "Restores of the PostgreSQL backups had never been tested.", "Head of IT Operations", "Quarterly restore test introduced; first test passed on 12/05/2025.", "#d 2025-06-30", "Closed", "#d 2025-05-12", "J. Varga"],
                        &["IA25-02", "#d 2025-03-18", "Observation", "A.5.37", "Runbooks for the ETL pipelines are kept in personal notebooks and not in the document management system.", "Lena Fischer", "Runbooks moved to the Confluence space OPS and linked from the on-call guide.", "#d 2025-09-30", "Closed", "#d 2025-07-01", "J. Varga"],
                        &["IA25-03", "#d 2025-03-18", "Minor", "7.2", "Competence records are missing for two of the five on-call engineers.", "HR", "Records completed and a competence matrix added to the on-call onboarding.", "#d 2025-05-31", "Closed", "#d 2025-05-28", "J. Varga"],
                        &["IA25-04", "#d 2025-03-19", "Minor", "A.8.8", "Node images of the Kubernetes clusters were rebuilt only when a new cluster version came out, leaving operating system patches up to 90 days old.", "ops@acme.test", "Monthly node image rebuild scheduled in the platform calendar.", "#d 2025-08-31", "Closed", "#d 2025-09-15", "J. Varga"],
                        &["IA25-05", "#d 2025-03-20", "Improvement", "A.5.7", "Threat information from the cloud provider's security bulletins could be reviewed in the weekly operations meeting.", "Badr Karim", "Added to the agenda of the weekly operations meeting.", "", "Closed", "#d 2025-04-07", "J. Varga"],
                        &[""],
                        &["Closing note: all 2025 findings closed and verified by 15/09/2025. IA25-04 recurred in the 2026 audit (see IA26-02 on sheet 2026)."],
                    ],
                )
                .merged(0, 0, 0, 10)
                .merged(1, 0, 1, 10)
                .merged(10, 0, 10, 10),
                sheet(
                    "Lists",
                    0,
                    0,
                    &[
                        &["Grade", "", "Status", "", "Owner"],
                        &["Major NC", "", "Open", "", "Badr Karim"],
                        &["Minor NC", "", "In progress", "", "Lena Fischer"],
                        &["Observation", "", "Closed", "", "Head of IT Operations"],
                        &["OFI", "", "", "", "Martín Lombardi"],
                        &["", "", "", "", "HR"],
                    ],
                ),
            ]),
            expected: vec![
                finding("IA26-01", "minor", "A.5.15", "Access to the analytics data lake")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // "Repeat of IA25-04" names the earlier finding; the reference is IA26-02.
                finding("IA26-02", "major", "A.8.8", "Critical vulnerabilities on the Kubernetes")
                    .owner("ops@acme.test")
                    .plan(true),
                // "Martin Lombardi" without the accent.
                finding("IA26-03", "observation", "A.5.23", "The exit plan for the main cloud provider")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("IA26-04", "minor", "9.1", "None of the five information security objectives")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("IA26-05", "ofi", "A.6.3", "Induction for new analysts could include")
                    .pending(&["HR"])
                    .plan(false),
                // Sheet 2025: closed, still findings; "Action taken" is not checked as a plan.
                finding("IA25-01", "minor", "A.8.13", "Restores of the PostgreSQL backups")
                    .owner("ops@acme.test"),
                finding("IA25-02", "observation", "A.5.37", "Runbooks for the ETL pipelines")
                    .owner("lena.fischer@acme.test"),
                finding("IA25-03", "minor", "7.2", "Competence records are missing")
                    .pending(&["HR"]),
                finding("IA25-04", "minor", "A.8.8", "Node images of the Kubernetes clusters")
                    .owner("ops@acme.test"),
                // "Improvement" (last year's dropdown) is an OFI.
                finding("IA25-05", "ofi", "A.5.7", "Threat information from the cloud provider")
                    .owner("badr@acme.test"),
            ],
        },
        // A rolling NC log kept since certification in 2023, whose one "ISO 27001 ref." column
        // holds ISO/IEC 27001:2013 Annex A ids on the entries raised before the transition
        // audit of September 2025 and 2022 ids after it, as the note line above the header
        // says. A reader records the 2022 control for each (as the corpus does for 2013 refs):
        // A.12.4.1 -> A.8.15, A.9.2.3 (with its 2013 title) -> A.8.2, "A.8.1.1 Inventory of
        // assets" -> A.5.9 (a 2013 id that looks like the 2022 A.8.1 plus a sub-number; it is
        // not A.8.1 User endpoint devices), A.12.6.1 -> A.8.8, A.12.3.1 -> A.8.13. The column
        // "2022 control (mapped)" was filled at the transition for the entries then open only
        // (A.8.8, A.8.13), blank for those closed before it, "n/a" for 2022 entries; where
        // filled it agrees with the mapping. So NC-23-01 and NC-25-02 are both A.8.15, NC-23-02
        // and NC-26-01 both A.8.2. NC-26-01's statement names NC-23-02 and A.9.2.3; neither is
        // its reference or requirement. Clause 9.3 is the same in both editions. Closed
        // entries are still findings. Types: Minor NC, Major NC, Obs., OFI. Owners: "M.
        // Lombardi" is Martín Lombardi (the only Lombardi). Action filled = plan (closed
        // entries too). The legend line under the table is no finding.
        Layout {
            id: "holdout32-rolling-log-2013-and-2022-annex-a-in-one-column",
            origin: "holdout 32, written for this holdout: a Scottish (Aberdeen) maritime software company's rolling ISMS nonconformity and improvement log kept in one Excel sheet since its certification in 2023, across the transition from ISO/IEC 27001:2013 to ISO/IEC 27001:2022. Sheet \"NC log\": the merged title \"KELSO MARINE SOFTWARE LTD - ISMS NONCONFORMITY & IMPROVEMENT LOG (rolling, from certification in 2023)\", a merged note line (\"ISO 27001 ref.: ISO/IEC 27001:2013 Annex A for entries raised before the transition audit of 16-18 September 2025; ISO/IEC 27001:2022 from then on. Open entries were mapped to the 2022 controls at the transition.\"), a blank row, then the header NC ID (NC-23-01 ... NC-26-02), Date raised (date cells from 2023 to 2026), Source (Internal audit 2023, Surveillance audit 1, Surveillance audit 2, Recertification / transition audit, Internal audit 2026 ...), Type (Minor NC, Major NC, Obs., OFI), ISO 27001 ref. (2013 ids on old entries: \"A.12.4.1\", \"A.9.2.3 Management of privileged access rights\", \"A.8.1.1 Inventory of assets\", \"A.12.6.1\", \"A.12.3.1\"; 2022 ids on new ones: \"A.8.15\", \"A.5.23\", \"A.8.2\"; and clause \"9.3\"), 2022 control (mapped) (A.8.8 and A.8.13 on the two entries open at the transition, blank on those closed before, n/a on 2022 entries), Description (the statement; one names an earlier entry and its 2013 control), Owner (a user's role name, a user's name, \"M. Lombardi\", a user's email), Action (filled for six entries, closed ones included), Status (Closed, In progress, Open) and Closed (date cells on closed entries). After a blank row a merged legend of the type words and the last update; not a finding",
            file_name: "KMS ISMS NC and improvement log (rolling).xlsx",
            bytes: xlsx(vec![sheet(
                "NC log",
                0,
                0,
                &[
                    &["KELSO MARINE SOFTWARE LTD - ISMS NONCONFORMITY & IMPROVEMENT LOG (rolling, from certification in 2023)"],
                    &["ISO 27001 ref.: ISO/IEC 27001:2013 Annex A for entries raised before the transition audit of 16-18 September 2025; ISO/IEC 27001:2022 from then on. Open entries were mapped to the 2022 controls at the transition."],
                    &[""],
                    &["NC ID", "Date raised", "Source", "Type", "ISO 27001 ref.", "2022 control (mapped)", "Description", "Owner", "Action", "Status", "Closed"],
                    &["NC-23-01", "#d 2023-05-10", "Internal audit 2023", "Minor NC", "A.12.4.1", "", "Event logs of the vessel-tracking API servers were overwritten after 7 days, so security incidents could not be investigated.", "Head of IT Operations", "Logs forwarded to the central log server with 180-day retention.", "Closed", "#d 2023-08-02"],
                    &["NC-23-02", "#d 2023-11-21", "Surveillance audit 1", "Major NC", "A.9.2.3 Management of privileged access rights", "", "Developers held standing domain administrator rights on the production network that nobody had approved or reviewed.", "Martín Lombardi", "Standing admin rights removed; just-in-time elevation through the PAM tool.", "Closed", "#d 2024-02-14"],
                    &["NC-24-01", "#d 2024-04-16", "Internal audit 2024", "Obs.", "A.8.1.1 Inventory of assets", "", "The asset inventory does not list the satellite modems lent to customers and installed on their vessels.", "Badr Karim", "Loaned modems added to the asset inventory with the vessel they are on.", "Closed", "#d 2024-06-28"],
                    &["NC-24-02", "#d 2024-11-19", "Surveillance audit 2", "Minor NC", "A.12.6.1", "A.8.8", "Vulnerability scanning covers the office network only; the cloud-hosted chart update service has never been scanned.", "Head of IT Operations", "Chart update service added to the weekly scan; results tracked in Jira.", "Closed", "#d 2025-10-20"],
                    &["NC-25-01", "#d 2025-04-08", "Internal audit 2025", "Minor NC", "A.12.3.1", "A.8.13", "Backups of the customer licence database are encrypted with a key stored on the backup server itself.", "Lena Fischer", "Move the backup encryption key to the key vault and restrict access to it.", "In progress", ""],
                    &["NC-25-02", "#d 2025-09-17", "Recertification / transition audit", "Minor NC", "A.8.15", "n/a", "Logs of the new customer portal are kept for 14 days, against the 180 days set in the logging standard.", "Head of IT Operations", "", "Open", ""],
                    &["NC-25-03", "#d 2025-09-18", "Recertification / transition audit", "OFI", "A.5.23", "n/a", "The cloud services register could record each provider's certifications and the date they were last checked.", "M. Lombardi", "", "Open", ""],
                    &["NC-26-01", "#d 2026-03-03", "Internal audit 2026", "Major NC", "A.8.2", "n/a", "Privileged roles in the new Azure subscription are assigned permanently to five developers, the same weakness as NC-23-02 (A.9.2.3) on the on-premises network.", "Martín Lombardi", "Enable Privileged Identity Management for all Azure admin roles with approval and a 4-hour limit.", "Open", ""],
                    &["NC-26-02", "#d 2026-03-04", "Internal audit 2026", "Obs.", "9.3", "n/a", "The management review of December 2025 recorded no decisions on the opportunities for improvement raised at the transition audit.", "badr@acme.test", "", "Open", ""],
                    &[""],
                    &["Types: Major NC / Minor NC / Obs. (observation) / OFI (opportunity for improvement). Last updated 06/03/2026 by the ISMS manager."],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)
            .merged(14, 0, 14, 10)]),
            expected: vec![
                // 2013 A.12.4.1 Event logging is 2022 A.8.15.
                finding("NC-23-01", "minor", "A.8.15", "Event logs of the vessel-tracking API")
                    .owner("ops@acme.test")
                    .plan(true),
                // 2013 A.9.2.3 is 2022 A.8.2.
                finding("NC-23-02", "major", "A.8.2", "Developers held standing domain administrator")
                    .owner("martin@acme.test")
                    .plan(true),
                // 2013 A.8.1.1 Inventory of assets is 2022 A.5.9, not A.8.1.
                finding("NC-24-01", "observation", "A.5.9", "The asset inventory does not list")
                    .owner("badr@acme.test")
                    .plan(true),
                // A.12.6.1, mapped at the transition to A.8.8.
                finding("NC-24-02", "minor", "A.8.8", "Vulnerability scanning covers the office")
                    .owner("ops@acme.test")
                    .plan(true),
                // A.12.3.1, mapped to A.8.13.
                finding("NC-25-01", "minor", "A.8.13", "Backups of the customer licence database")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // 2022 A.8.15, the same control as NC-23-01.
                finding("NC-25-02", "minor", "A.8.15", "Logs of the new customer portal")
                    .owner("ops@acme.test")
                    .plan(false),
                // "M. Lombardi" is Martín Lombardi.
                finding("NC-25-03", "ofi", "A.5.23", "The cloud services register could record")
                    .owner("martin@acme.test")
                    .plan(false),
                // NC-23-02 and A.9.2.3 in the text are no reference or requirement of this one.
                finding("NC-26-01", "major", "A.8.2", "Privileged roles in the new Azure subscription")
                    .owner("martin@acme.test")
                    .plan(true),
                finding("NC-26-02", "observation", "9.3", "The management review of December 2025")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // A corrective action register whose header spans two rows. The upper row holds "#"
        // (merged down over both rows), the group captions "Finding" (merged over Ref / Clause
        // / Description), "Grade" (merged down over both rows), "Response" (merged over Root
        // cause / Action / Owner / Due) and "Verification" (merged over Date / By / Result). The
        // reference is Ref (SL-IA26-01 ...), not the running number in "#" (number cells 1-6).
        // The owner is Response > Owner; Verification > By is the internal auditor who checked
        // effectiveness (Lena Fischer on two findings whose owner is the Head of IT
        // Operations), not the owner. A plan is an Action under Response: SL-IA26-03 has an
        // action but no root cause (still a plan, as elsewhere in the corpus); SL-IA26-04 has
        // no response at all (no owner, no plan); SL-IA26-06 has "—" in Root cause and Action
        // (no plan) but an owner. Grades: Minor, Major, Obs (observation), OFI. "Clause 8.1"
        // is clause 8.1. A Result of "Not effective - ..." does not change the grade. The
        // legend line under the table is no finding.
        Layout {
            id: "holdout32-two-row-header-finding-response-verification-groups",
            origin: "holdout 32, written for this holdout: a Belgian (Antwerp) port logistics company's ISMS corrective action register from its February 2026 internal audit, kept in English in Excel by its ISMS coordinator on form ISMS-F-12. Sheet \"CAR IA-2026\": a merged title \"SCHELDT LOGISTICS NV - ISMS CORRECTIVE ACTION REGISTER - INTERNAL AUDIT 2026 (23-25 February 2026)\", a merged form line, a blank row, then a header over two rows: the upper row holds \"#\" merged down over both rows, the caption \"Finding\" merged over three columns, \"Grade\" merged down over both rows, the caption \"Response\" merged over four columns and \"Verification\" merged over three; the lower row names the columns under the captions: Ref, Clause, Description | Root cause, Action, Owner, Due | Date, By, Result. Rows: # (number cells 1-6), Ref (SL-IA26-01 ... 06), Clause (A.5.23, \"Clause 8.1\", A.8.16, 7.5.3, A.5.34, A.8.28), Description (the statement), Grade (Minor, Major, Obs, OFI), Root cause (filled for three findings, \"—\" once), Action (filled for four, \"—\" once), Owner (a user's role name, a user's name, a user's email, blank once), Due (date cells, \"end of Q2\", blanks), Date (verification date cells on two findings), By (the internal auditor Lena Fischer on those two) and Result (\"Effective\", \"Not effective - weekend alerts still unanswered on 18-19 April\", \"n/a\"). After a blank row a merged legend of the grade abbreviations; not a finding",
            file_name: "ISMS-F-12 CAR register IA-2026 Scheldt Logistics.xlsx",
            bytes: xlsx(vec![sheet(
                "CAR IA-2026",
                0,
                0,
                &[
                    &["SCHELDT LOGISTICS NV - ISMS CORRECTIVE ACTION REGISTER - INTERNAL AUDIT 2026 (23-25 February 2026)"],
                    &["Form ISMS-F-12 rev. 2 | Register owner: ISMS Coordinator | Standard: ISO/IEC 27001:2022"],
                    &[""],
                    &["#", "Finding", "", "", "Grade", "Response", "", "", "", "Verification", "", ""],
                    &["", "Ref", "Clause", "Description", "", "Root cause", "Action", "Owner", "Due", "Date", "By", "Result"],
                    &["#n 1", "SL-IA26-01", "A.5.23", "Customer shipment documents are stored in a cloud file-sharing service that was never assessed and is not in the cloud services register.", "Minor", "The customs team bought the service on a company credit card, bypassing IT procurement.", "Assess the service, add it to the register and block unapproved file-sharing sites on the proxy.", "Head of IT Operations", "#d 2026-04-30", "#d 2026-05-06", "Lena Fischer", "Effective"],
                    &["#n 2", "SL-IA26-02", "Clause 8.1", "The upgrade of the warehouse management system in January 2026 was made without the security review that the ISMS operating procedure requires for major changes.", "Major", "The project team did not know that the procedure applies to vendor upgrades.", "Add the security review to the project gate checklist and review the January upgrade retrospectively.", "Martín Lombardi", "#d 2026-03-31", "", "", ""],
                    &["#n 3", "SL-IA26-03", "A.8.16", "Alerts from the SIEM on the terminal gate systems are e-mailed to a shared mailbox that nobody monitors at weekends.", "Minor", "", "Route SIEM alerts to the 24/7 operations desk.", "ops@acme.test", "#d 2026-04-15", "#d 2026-04-22", "Lena Fischer", "Not effective - weekend alerts still unanswered on 18-19 April"],
                    &["#n 4", "SL-IA26-04", "7.5.3", "Two versions of the information classification procedure are in use: v2.1 on the intranet and v3.0 in the document management system.", "Obs", "", "", "", "", "", "", ""],
                    &["#n 5", "SL-IA26-05", "A.5.34", "Scans of drivers' licences are kept in the transport planning tool after the drivers leave, with no retention period defined.", "Minor", "No retention period was set when the tool was introduced in 2022.", "Set a 12-month retention period after leaving and purge the older scans.", "Lena Fischer", "end of Q2", "", "", ""],
                    &["#n 6", "SL-IA26-06", "A.8.28", "Code reviews of the customer portal could use the static analysis results that the build pipeline already produces.", "OFI", "—", "—", "Badr Karim", "", "", "", "n/a"],
                    &[""],
                    &["Grades: Major = major nonconformity, Minor = minor nonconformity, Obs = observation, OFI = opportunity for improvement. Effectiveness is verified by the internal audit team after the due date."],
                ],
            )
            .merged(0, 0, 0, 11)
            .merged(1, 0, 1, 11)
            .merged(3, 0, 4, 0)
            .merged(3, 1, 3, 3)
            .merged(3, 4, 4, 4)
            .merged(3, 5, 3, 8)
            .merged(3, 9, 3, 11)
            .merged(12, 0, 12, 11)]),
            expected: vec![
                // Owner from Response > Owner, not Verification > By.
                finding("SL-IA26-01", "minor", "A.5.23", "Customer shipment documents are stored")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("SL-IA26-02", "major", "8.1", "The upgrade of the warehouse management system")
                    .owner("martin@acme.test")
                    .plan(true),
                // An action without a root cause: a plan. "Not effective" is no grade.
                finding("SL-IA26-03", "minor", "A.8.16", "Alerts from the SIEM on the terminal gate")
                    .owner("ops@acme.test")
                    .plan(true),
                // No response at all.
                finding("SL-IA26-04", "observation", "7.5.3", "Two versions of the information classification")
                    .pending(&[])
                    .plan(false),
                finding("SL-IA26-05", "minor", "A.5.34", "Scans of drivers' licences are kept")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // "—" in Root cause and Action: no plan.
                finding("SL-IA26-06", "ofi", "A.8.28", "Code reviews of the customer portal")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // A findings tracker with helper columns of formula results between the real columns
        // (greyed and hidden when printed in the original, here only their values): Month
        // (=TEXT(Raised,"mmm-yy"): "Feb-26", "Mar-26"), Theme (a VLOOKUP of the control on a
        // 2022 theme list: Technological, Organizational, Physical, and "#N/A" for the clauses
        // 9.2 and 6.2 that the list lacks), Sev (=MATCH of the grade: 1 Major, 2 Minor, 3
        // Observation, 4 OFI, number cells), Days open (number cells counted to 31/03/2026) and
        // Overdue? (TRUE / FALSE as the text Excel shows). None of them is a reference, grade
        // or requirement: "#N/A" in Theme does not take the requirement away from 9.2 or 6.2,
        // and "Feb-26" is no date of a finding. The formulas were copied down two rows further
        // than the data: those rows hold only "Jan-00", "#N/A", 46112 (days since 1900) and
        // FALSE, no reference and no text, and are no findings. Owner blank on MFS-F-06 (no
        // owner); Action plan filled for four findings (plan). The Audit column names the
        // audit (an internal audit, a follow-up of the regulator's IT review): not the grade.
        Layout {
            id: "holdout32-tracker-interleaved-formula-helper-columns-copied-down",
            origin: "holdout 32, written for this holdout: a Luxembourg fund administrator's ISMS audit findings tracker kept in English in Excel by its information security officer, with calculated helper columns between the typed ones (grey and hidden when printed in the original; written here as their values). Sheet \"Findings\": a merged title \"Moselle Fund Services S.A. - ISMS audit findings tracker 2026\", a merged line \"Tracker v3 - last refreshed 31/03/2026 - confidential\", a blank row, then the header Ref (MFS-F-01 ... 06), Raised (date cells), Month (helper =TEXT of Raised: \"Feb-26\", \"Mar-26\"), Audit (\"Internal audit Q1\", \"CSSF IT review follow-up\"), Control (A.8.9, 9.2, A.5.24, A.8.12, A.7.10, 6.2), Theme (helper VLOOKUP of the control on the 2022 themes: Technological, Organizational, Physical, and \"#N/A\" for the two clauses), Finding (the statement), Grade (Minor, Major, Observation, OFI), Sev (helper: 1 to 4 as number cells following the grade), Owner (a user's role name, a user's name, a user's email, blank once), Action plan (filled for four findings), Due (date cells, one blank), Days open (helper, number cells), Overdue? (helper, TRUE / FALSE) and Status (Open, In progress). Below the six findings, two rows where only the copied-down formulas show results (\"Jan-00\", \"#N/A\", \"#N/A\", 46112, FALSE) and nothing is typed; no findings",
            file_name: "MFS ISMS audit findings tracker 2026 v3.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings",
                0,
                0,
                &[
                    &["Moselle Fund Services S.A. - ISMS audit findings tracker 2026"],
                    &["Tracker v3 - last refreshed 31/03/2026 - confidential"],
                    &[""],
                    &["Ref", "Raised", "Month", "Audit", "Control", "Theme", "Finding", "Grade", "Sev", "Owner", "Action plan", "Due", "Days open", "Overdue?", "Status"],
                    &["MFS-F-01", "#d 2026-02-10", "Feb-26", "Internal audit Q1", "A.8.9", "Technological", "The baseline configuration of the transfer agency servers is not documented, and three of the five servers still have SMBv1 enabled.", "Minor", "#n 2", "Head of IT Operations", "Document a CIS-based baseline and disable SMBv1 on all servers.", "#d 2026-03-20", "#n 49", "TRUE", "Open"],
                    &["MFS-F-02", "#d 2026-02-10", "Feb-26", "Internal audit Q1", "9.2", "#N/A", "The internal audit programme 2025-2026 does not cover the disaster recovery site in Bettembourg, which is in the ISMS scope.", "Major", "#n 1", "Lena Fischer", "Add the DR site to the 2026 programme and audit it in Q2.", "#d 2026-06-30", "#n 49", "FALSE", "Open"],
                    &["MFS-F-03", "#d 2026-02-11", "Feb-26", "Internal audit Q1", "A.5.24", "Organizational", "The incident response plan names a CISO who left in 2025 and a conference bridge that no longer exists.", "Minor", "#n 2", "Badr Karim", "Update the plan and test it in a tabletop exercise.", "#d 2026-03-15", "#n 48", "TRUE", "In progress"],
                    &["MFS-F-04", "#d 2026-03-03", "Mar-26", "CSSF IT review follow-up", "A.8.12", "Technological", "E-mails with client portfolio files attached that are sent to personal webmail addresses are neither blocked nor flagged.", "Observation", "#n 3", "Martín Lombardi", "", "#d 2026-05-29", "#n 28", "FALSE", "Open"],
                    &["MFS-F-05", "#d 2026-03-04", "Mar-26", "CSSF IT review follow-up", "A.7.10", "Physical", "USB drives used to carry NAV files to the printer room are not encrypted and not recorded.", "Minor", "#n 2", "ops@acme.test", "Replace the USB transfers with a secure print queue.", "#d 2026-04-30", "#n 27", "FALSE", "Open"],
                    &["MFS-F-06", "#d 2026-03-05", "Mar-26", "Internal audit Q1", "6.2", "#N/A", "Information security objectives could be broken down per department so that heads of department can report on them.", "OFI", "#n 4", "", "", "", "#n 26", "FALSE", "Open"],
                    &["", "", "Jan-00", "", "", "#N/A", "", "", "#N/A", "", "", "", "#n 46112", "FALSE", ""],
                    &["", "", "Jan-00", "", "", "#N/A", "", "", "#N/A", "", "", "", "#n 46112", "FALSE", ""],
                ],
            )
            .merged(0, 0, 0, 14)
            .merged(1, 0, 1, 14)]),
            expected: vec![
                finding("MFS-F-01", "minor", "A.8.9", "The baseline configuration of the transfer agency")
                    .owner("ops@acme.test")
                    .plan(true),
                // Theme "#N/A": the requirement is still clause 9.2.
                finding("MFS-F-02", "major", "9.2", "The internal audit programme 2025-2026")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("MFS-F-03", "minor", "A.5.24", "The incident response plan names a CISO")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("MFS-F-04", "observation", "A.8.12", "E-mails with client portfolio files")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("MFS-F-05", "minor", "A.7.10", "USB drives used to carry NAV files")
                    .owner("ops@acme.test")
                    .plan(true),
                // No owner, no plan; the two formula-only rows below are no findings.
                finding("MFS-F-06", "ofi", "6.2", "Information security objectives could be broken")
                    .pending(&[])
                    .plan(false),
            ],
        },
        // An Excel PivotTable of the open findings, grouped by clause, copied as values into
        // the board pack. Tabular form with the default "Repeat item labels" off:
        // the clause is written only on the first row of its group, and within a clause the
        // grade only on the first row of its sub-group (GHA-IA-05 is A.5.15 and Minor, from the
        // rows above; GHA-IA-06 is A.8.8 and Minor). Each clause group ends with a subtotal row
        // ("A.5.15 Total" with its count) and the table with "Grand Total" 10: no findings. The
        // groups are in the pivot's text sort order (10.2 before 6.1.2 before A.5.15). A
        // finding with no clause in the data is in the "(blank)" group at the end: it has no
        // requirement. An empty owner shows as "(blank)": no owner. The report filter rows
        // above (Audit, Status "(Multiple Items)") and the title are no findings; Count of Ref
        // is 1 on every finding row. No plan column.
        Layout {
            id: "holdout32-pivot-by-clause-labels-once-subtotals-blank-items",
            origin: "holdout 32, written for this holdout: a Scottish housing association's open ISMS internal audit findings for its Audit & Risk Committee, an Excel PivotTable of the findings register (tabular form, item labels not repeated, subtotals per clause) copied and pasted as values into the committee pack workbook. Sheet \"Findings by clause\": the title \"Glenmoor Housing Association - ISMS internal audit 2026 - open findings by clause (Audit & Risk Committee, 21 April 2026)\", a blank row, the pivot's report filter rows (\"Audit | Internal audit 2026\", \"Status | (Multiple Items)\"), a blank row, then the pivot header Clause / control, Grade, Ref, Finding, Owner, Count of Ref. The clause (10.2, 6.1.2, A.5.15, A.8.7, A.8.8, and \"(blank)\" for a finding entered without a clause) is written only on the first row of its group and the grade only on the first row of its sub-group within the clause; each group is followed by a subtotal row (\"A.5.15 Total\", with the count in Count of Ref) and the table ends with \"Grand Total\" 10. Ref GHA-IA-01 ... 10, Finding the statement, Owner a user's name or role name, or \"(blank)\" for a finding with no owner; Count of Ref is 1 (number cells) on every finding row",
            file_name: "ARC 2026-04-21 item 6 - ISMS open findings by clause.xlsx",
            bytes: xlsx(vec![sheet(
                "Findings by clause",
                0,
                0,
                &[
                    &["Glenmoor Housing Association - ISMS internal audit 2026 - open findings by clause (Audit & Risk Committee, 21 April 2026)"],
                    &[""],
                    &["Audit", "Internal audit 2026"],
                    &["Status", "(Multiple Items)"],
                    &[""],
                    &["Clause / control", "Grade", "Ref", "Finding", "Owner", "Count of Ref"],
                    &["10.2", "Minor", "GHA-IA-07", "Corrective actions for the 2025 internal audit findings were closed without any check that they had worked.", "Lena Fischer", "#n 1"],
                    &["10.2 Total", "", "", "", "", "#n 1"],
                    &["6.1.2", "Major", "GHA-IA-02", "The information security risk assessment has not been updated since 2023, although the housing management system moved to a cloud service in 2025.", "Badr Karim", "#n 1"],
                    &["6.1.2 Total", "", "", "", "", "#n 1"],
                    &["A.5.15", "Minor", "GHA-IA-04", "The tenant records SharePoint site is shared with all staff, including the repairs contractors' accounts.", "Lena Fischer", "#n 1"],
                    &["", "", "GHA-IA-05", "Access to the rent accounting system is granted on an e-mail request with no approval by the system owner.", "(blank)", "#n 1"],
                    &["", "Observation", "GHA-IA-09", "The access control policy does not yet define the access of the new Neighbourhood Officer role.", "Martín Lombardi", "#n 1"],
                    &["A.5.15 Total", "", "", "", "", "#n 3"],
                    &["A.8.7", "OFI", "GHA-IA-08", "Anti-malware alerts could be forwarded to the managed SOC instead of only being e-mailed to the IT mailbox.", "Head of IT Operations", "#n 1"],
                    &["A.8.7 Total", "", "", "", "", "#n 1"],
                    &["A.8.8", "Major", "GHA-IA-01", "Critical vulnerabilities on the tenant portal servers have been unpatched for over 90 days, and the vulnerability scans of January and February were not reviewed.", "Head of IT Operations", "#n 1"],
                    &["", "Minor", "GHA-IA-03", "Patch compliance of the repairs team's laptops is 68 % against the 95 % target.", "Martín Lombardi", "#n 1"],
                    &["", "", "GHA-IA-06", "The firewall firmware is two major versions behind the vendor's supported release.", "Head of IT Operations", "#n 1"],
                    &["A.8.8 Total", "", "", "", "", "#n 3"],
                    &["(blank)", "OFI", "GHA-IA-10", "Board members could receive a short yearly briefing on the ISMS and its results.", "Badr Karim", "#n 1"],
                    &["(blank) Total", "", "", "", "", "#n 1"],
                    &["Grand Total", "", "", "", "", "#n 10"],
                ],
            )]),
            expected: vec![
                finding("GHA-IA-07", "minor", "10.2", "Corrective actions for the 2025 internal audit")
                    .owner("lena.fischer@acme.test"),
                finding("GHA-IA-02", "major", "6.1.2", "The information security risk assessment")
                    .owner("badr@acme.test"),
                finding("GHA-IA-04", "minor", "A.5.15", "The tenant records SharePoint site")
                    .owner("lena.fischer@acme.test"),
                // Clause and grade from the rows above; "(blank)" owner: none.
                finding("GHA-IA-05", "minor", "A.5.15", "Access to the rent accounting system")
                    .pending(&[]),
                // Clause from above, its own grade.
                finding("GHA-IA-09", "observation", "A.5.15", "The access control policy does not yet")
                    .owner("martin@acme.test"),
                finding("GHA-IA-08", "ofi", "A.8.7", "Anti-malware alerts could be forwarded")
                    .owner("ops@acme.test"),
                finding("GHA-IA-01", "major", "A.8.8", "Critical vulnerabilities on the tenant portal")
                    .owner("ops@acme.test"),
                finding("GHA-IA-03", "minor", "A.8.8", "Patch compliance of the repairs team")
                    .owner("martin@acme.test"),
                // Clause and grade (Minor) from the rows above.
                finding("GHA-IA-06", "minor", "A.8.8", "The firewall firmware is two major versions")
                    .owner("ops@acme.test"),
                // The "(blank)" clause group: no requirement.
                finding("GHA-IA-10", "ofi", "", "Board members could receive a short yearly")
                    .owner("badr@acme.test"),
            ],
        },
    ]
}

pub(super) fn thirty_third_holdout_layouts() -> Vec<Layout> {
    vec![
        // A Cluj software company's own register of nonconformities and corrective actions,
        // in Romanian. Nr. crt. is a running number (number cells); Cod NC (NC-01/2026,
        // OBS-01/2026, OI-01/2026) is the reference. The requirement column writes the clause
        // or control with its Romanian title after the number. "5.3 Separarea sarcinilor" has
        // no "A." but its title is the title of control A.5.3 (segregation of duties; clause
        // 5.3 is "Roluri, responsabilități și autorități organizaționale") and the finding is
        // about ERP roles, so it is A.5.3. "A.6.3 Conștientizarea, educația și instruirea ..."
        // is one control: the commas and "și" are in its title. Grades: "NC minoră", "NC
        // majoră", Observație, "Obs.", "Oportunitate de îmbunătățire". Owners are written the
        // Romanian official way, SURNAME in capitals then the given name: "KARIM Badr" is Badr
        // Karim, "LOMBARDI Martín" Martín Lombardi, "FISCHER Lena" Lena Fischer; IONESCU
        // Andreea and "Dir. IT" (the IT director) are no users. "Acțiune corectivă propusă"
        // is the plan: filled for the three NCs, "-" (none) for OBS-01/2026, empty for the
        // others. The form code line, the TOTAL line and the "Întocmit / Aprobat" signature
        // line are no findings.
        Layout {
            id: "holdout33-ro-software-company-clause-titles-surname-first-total-row",
            origin: "holdout 33, written for this holdout: a Cluj-Napoca software company's (SRL) own register of nonconformities and corrective actions from its internal ISMS audit, kept in Excel by the ISMS coordinator, only in Romanian. Sheet \"Registru NC\": the company name and the title (\"Registrul neconformităților și al acțiunilor corective - audit intern SMSI conform SR EN ISO/IEC 27001:2023, 16-18.03.2026\", the Romanian adoption of the 2022 text) each merged across the table, a line with the form code as Romanian management systems number their forms (\"Cod formular: F-SMSI-10-02, ed. 2, rev. 1\"), a blank row, then the header: Nr. crt. (a running number, number cells), Cod NC (NC-01/2026 ... NC-03/2026, OBS-01/2026, OBS-02/2026, OI-01/2026, the reference), Data constatării (date cells and 17.03.2026 as text), Cerința standardului (the number followed by the Romanian title: \"9.2 Auditul intern\", \"A.8.2 Drepturi de acces privilegiat\", \"5.3 Separarea sarcinilor\" without the A. although it is the control on segregation of duties, \"7.5.3 Controlul informațiilor documentate\", \"A.5.23 Securitatea informațiilor pentru utilizarea serviciilor cloud\", \"A.6.3 Conștientizarea, educația și instruirea privind securitatea informațiilor\" with commas and și inside the title), Descrierea neconformității / constatării (the statement: the internal audit programme, shared domain administrator accounts, ERP supplier creation and payment approval by one person, two versions of the incident procedure, the cloud e-signature service, phishing simulations), Clasificare (\"NC minoră\", \"NC majoră\", Observație, \"Obs.\", \"Oportunitate de îmbunătățire\"), Cauza, Acțiune corectivă propusă (filled for the three NCs, \"-\" for one observation, empty for the rest), Responsabil (SURNAME Given name as Romanian official documents write it: KARIM Badr, LOMBARDI Martín, FISCHER Lena, IONESCU Andreea who is no user, the role \"Dir. IT\", and a user's email), Termen (30.04.2026 as text, \"-\", blank) and Stare (În lucru, Deschisă). After a blank row a TOTAL line with the counts by grade in the description column, and after another blank row the line \"Întocmit: ing. Radu Mureșan (auditor intern șef)\" with \"Aprobat: Director general\" further right; none of them is a finding",
            file_name: "Registru NC SMSI - audit intern martie 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Registru NC",
                0,
                0,
                &[
                    &["SC CARPATIA SOFT SRL - Cluj-Napoca"],
                    &["Registrul neconformităților și al acțiunilor corective - audit intern SMSI conform SR EN ISO/IEC 27001:2023, 16-18.03.2026"],
                    &["Cod formular: F-SMSI-10-02, ed. 2, rev. 1"],
                    &[""],
                    &["Nr. crt.", "Cod NC", "Data constatării", "Cerința standardului", "Descrierea neconformității / constatării", "Clasificare", "Cauza", "Acțiune corectivă propusă", "Responsabil", "Termen", "Stare"],
                    &["#n 1", "NC-01/2026", "#d 2026-03-16", "9.2 Auditul intern", "Programul de audit intern pentru 2025 nu a acoperit procesele de dezvoltare software și suport clienți, deși ambele sunt incluse în domeniul SMSI.", "NC minoră", "Programul a fost preluat din 2024 fără actualizare după extinderea domeniului SMSI.", "Revizuirea programului de audit pentru 2026 astfel încât să acopere toate procesele din domeniul SMSI.", "KARIM Badr", "30.04.2026", "În lucru"],
                    &["#n 2", "NC-02/2026", "#d 2026-03-16", "A.8.2 Drepturi de acces privilegiat", "Cinci conturi de administrator de domeniu sunt folosite în comun de echipa de suport; din jurnale nu se poate stabili cine a efectuat modificările de configurare din 12.02.2026.", "NC majoră", "Conturile comune au fost create la migrarea în Microsoft Entra ID și nu au mai fost înlocuite.", "Conturi nominale de administrator pentru fiecare membru al echipei, dezactivarea conturilor comune și revizuirea lunară a grupului Domain Admins.", "LOMBARDI Martín", "15.04.2026", "În lucru"],
                    &["#n 3", "NC-03/2026", "17.03.2026", "5.3 Separarea sarcinilor", "În ERP, aceeași persoană din departamentul financiar poate introduce furnizori noi și poate aproba plăți către aceștia.", "NC minoră", "Rolurile din ERP nu au fost revizuite după reorganizarea din 2025.", "Separarea rolurilor de introducere a furnizorilor și de aprobare a plăților; raport trimestrial privind conflictele de roluri.", "IONESCU Andreea", "31.05.2026", "Deschisă"],
                    &["#n 4", "OBS-01/2026", "17.03.2026", "7.5.3 Controlul informațiilor documentate", "Pe intranet sunt publicate două versiuni ale procedurii de gestionare a incidentelor (v1.2 și v2.0), fără a fi marcată versiunea în vigoare.", "Observație", "", "-", "FISCHER Lena", "-", "Deschisă"],
                    &["#n 5", "OBS-02/2026", "#d 2026-03-18", "A.5.23 Securitatea informațiilor pentru utilizarea serviciilor cloud", "Evaluarea de securitate a serviciului de semnătură electronică în cloud, folosit din ianuarie 2026, este doar un e-mail de aprobare, fără criteriile din procedura de achiziții.", "Obs.", "", "", "Dir. IT", "-", "Deschisă"],
                    &["#n 6", "OI-01/2026", "#d 2026-03-18", "A.6.3 Conștientizarea, educația și instruirea privind securitatea informațiilor", "Instruirea anuală de conștientizare ar putea fi completată cu simulări de phishing trimestriale pentru personalul de la suport clienți.", "Oportunitate de îmbunătățire", "", "", "ops@acme.test", "", "Deschisă"],
                    &[""],
                    &["TOTAL", "", "", "", "6 constatări: 1 NC majoră, 2 NC minore, 2 observații, 1 oportunitate de îmbunătățire"],
                    &[""],
                    &["Întocmit: ing. Radu Mureșan (auditor intern șef)", "", "", "", "", "", "", "", "Aprobat: Director general"],
                ],
            )
            .merged(0, 0, 0, 10)
            .merged(1, 0, 1, 10)]),
            expected: vec![
                // "KARIM Badr": surname in capitals first.
                finding("NC-01/2026", "minor", "9.2", "Programul de audit intern pentru 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                finding("NC-02/2026", "major", "A.8.2", "Cinci conturi de administrator de domeniu")
                    .owner("martin@acme.test")
                    .plan(true),
                // "5.3 Separarea sarcinilor" is the control A.5.3 by its title, not clause 5.3.
                finding("NC-03/2026", "minor", "A.5.3", "În ERP, aceeași persoană din departamentul")
                    .pending(&["IONESCU Andreea"])
                    .plan(true),
                // "-" in the action column: no plan.
                finding("OBS-01/2026", "observation", "7.5.3", "Pe intranet sunt publicate două versiuni")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("OBS-02/2026", "observation", "A.5.23", "Evaluarea de securitate a serviciului")
                    .pending(&["Dir. IT"])
                    .plan(false),
                // One control: the commas and "și" belong to its title.
                finding("OI-01/2026", "ofi", "A.6.3", "Instruirea anuală de conștientizare")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
        // A Budapest payroll bureau's list of deviations from its internal ISMS audit, saved by
        // a Hungarian Excel as "CSV UTF-8" (BOM, semicolons, every line padded to the table's
        // width). Two lines above the header (the second holds a ";" and is quoted), an empty
        // line, then Ssz. (the running number as Hungarian ordinals, "1.", "2.") and Azonosító
        // (BA-2026-01 ..., the reference). Requirements carry the Hungarian title after the
        // number. "8.13 Információk biztonsági mentése" has no "A." but clause 8 stops at 8.3
        // and the title is that of control A.8.13 (backup): A.8.13. BA-2026-02 names A.8.11 in
        // its statement; its requirement is only 6.1.3. "A.7.7 Tiszta asztal és tiszta
        // képernyő" and "A.5.24 ... tervezése és előkészítése" are one control each (és = and,
        // inside the title). Grades: "Jelentős eltérés" major, "Kisebb eltérés" and "kisebb NC"
        // minor, Megfigyelés observation, "Fejlesztési javaslat" (improvement suggestion) an
        // OFI. Owners family name first: "Fischer Lena", "Karim Badr", "Lombardi Martín" are
        // users; Nagy Zsófia and IT-vezető (the IT manager) are not. The Megjegyzés (note)
        // line under the table names BA-2026-04 but is no finding. No plan column.
        Layout {
            id: "holdout33-hu-payroll-bureau-bom-csv-ordinals-titles-note-line",
            origin: "holdout 33, written for this holdout: a Budapest payroll outsourcing company's (Kft.) list of deviations from its internal ISMS audit (Eltérések nyilvántartása), kept by the IT security officer and saved by a Hungarian Excel as CSV UTF-8: a BOM, `;` as the separator (the Hungarian list separator), every line padded with empty fields to the table's width, CRLF line ends. Only in Hungarian. A title line (\"Pannon Bérszámfejtő Kft. - Belső ISMS audit 2026 - Eltérések nyilvántartása\"), a line with the internal auditor and the audit dates written the Hungarian way (\"2026. 03. 10-12.\") that holds a semicolon and so is quoted, an empty line, then the header: Ssz. (the running number as Hungarian ordinals with a dot, \"1.\" ... \"6.\"), Azonosító (BA-2026-01 ... BA-2026-06, the reference), Feltárás dátuma (\"2026. 03. 10.\"), Követelmény (ISO/IEC 27001:2022) (the number with the Hungarian title: \"A.5.18 Hozzáférési jogok\", \"6.1.3 Információbiztonsági kockázatkezelés\", \"7.2 Felkészültség\", \"8.13 Információk biztonsági mentése\" without the A. of the control, \"A.7.7 Tiszta asztal és tiszta képernyő\", \"A.5.24 Információbiztonsági incidensek kezelésének tervezése és előkészítése\"), Megállapítás (the statement: leavers' accounts in the payroll system, the SoA's unjustified exclusion of A.8.11 with real pay data in the test environment, training of new system administrators, untested restore of the payslip archive, printed payslips left on desks, notification deadlines for the tax authority and clients), Minősítés (\"Jelentős eltérés\", \"Kisebb eltérés\", \"kisebb NC\", Megfigyelés, \"Fejlesztési javaslat\"), Felelős (family name first: Fischer Lena, Karim Badr, Lombardi Martín, Nagy Zsófia who is no user, the role IT-vezető, a user's email), Határidő (\"2026. 04. 30.\", blank) and Állapot (Folyamatban, Nyitott). After an empty line a Megjegyzés line saying BA-2026-04's deadline was moved; not a finding",
            file_name: "elteresek_nyilvantartasa_ISMS_2026.csv",
            bytes: format!(
                "\u{feff}{}\r\n",
                delimited(
                    &[
                        &["Pannon Bérszámfejtő Kft. - Belső ISMS audit 2026 - Eltérések nyilvántartása", "", "", "", "", "", "", "", ""],
                        &["Auditor: Szabó Gábor (belső auditor); az audit időpontja: 2026. 03. 10-12.", "", "", "", "", "", "", "", ""],
                        &["", "", "", "", "", "", "", "", ""],
                        &["Ssz.", "Azonosító", "Feltárás dátuma", "Követelmény (ISO/IEC 27001:2022)", "Megállapítás", "Minősítés", "Felelős", "Határidő", "Állapot"],
                        &["1.", "BA-2026-01", "2026. 03. 10.", "A.5.18 Hozzáférési jogok", "A bérszámfejtő rendszerben három, 2025-ben kilépett munkatárs fiókja még aktív; a hozzáférési jogok féléves felülvizsgálata elmaradt.", "Jelentős eltérés", "Fischer Lena", "2026. 04. 30.", "Folyamatban"],
                        &["2.", "BA-2026-02", "2026. 03. 10.", "6.1.3 Információbiztonsági kockázatkezelés", "Az alkalmazhatósági nyilatkozat nem indokolja az A.8.11 (adatmaszkolás) kizárását, pedig a tesztkörnyezetben valós béradatok vannak.", "Kisebb eltérés", "Karim Badr", "2026. 05. 29.", "Nyitott"],
                        &["3.", "BA-2026-03", "2026. 03. 11.", "7.2 Felkészültség", "A két új rendszergazdánál nincs dokumentálva a munkakörhöz előírt információbiztonsági képzés elvégzése.", "kisebb NC", "Nagy Zsófia", "2026. 05. 29.", "Nyitott"],
                        &["4.", "BA-2026-04", "2026. 03. 11.", "8.13 Információk biztonsági mentése", "A bérjegyzék-archívum mentéséből történő visszaállítást 2024 óta nem próbálták ki.", "Kisebb eltérés", "IT-vezető", "2026. 06. 15.", "Nyitott"],
                        &["5.", "BA-2026-05", "2026. 03. 12.", "A.7.7 Tiszta asztal és tiszta képernyő", "A bérszámfejtési osztályon munkaidő után több asztalon kinyomtatott bérjegyzékek maradtak.", "Megfigyelés", "Lombardi Martín", "", "Nyitott"],
                        &["6.", "BA-2026-06", "2026. 03. 12.", "A.5.24 Információbiztonsági incidensek kezelésének tervezése és előkészítése", "Az incidenskezelési terv kiegészíthető lenne a NAV és az ügyfelek értesítésének határidőivel.", "Fejlesztési javaslat", "ops@acme.test", "", "Nyitott"],
                        &["", "", "", "", "", "", "", "", ""],
                        &["Megjegyzés: a BA-2026-04 határidejét az IT-vezető kérésére 2026. 06. 15-re módosítottuk.", "", "", "", "", "", "", "", ""],
                    ],
                    ';',
                )
            )
            .into_bytes(),
            expected: vec![
                // "Fischer Lena": family name first.
                finding("BA-2026-01", "major", "A.5.18", "A bérszámfejtő rendszerben három")
                    .owner("lena.fischer@acme.test"),
                // A.8.11 is named in the statement only.
                finding("BA-2026-02", "minor", "6.1.3", "Az alkalmazhatósági nyilatkozat nem indokolja")
                    .owner("badr@acme.test"),
                finding("BA-2026-03", "minor", "7.2", "A két új rendszergazdánál")
                    .pending(&["Nagy Zsófia"]),
                // "8.13" without A.: there is no clause 8.13; the title is control A.8.13's.
                finding("BA-2026-04", "minor", "A.8.13", "A bérjegyzék-archívum mentéséből")
                    .pending(&["IT-vezető"]),
                finding("BA-2026-05", "observation", "A.7.7", "A bérszámfejtési osztályon munkaidő után")
                    .owner("martin@acme.test"),
                // "Fejlesztési javaslat" (improvement suggestion): an OFI.
                finding("BA-2026-06", "ofi", "A.5.24", "Az incidenskezelési terv kiegészíthető")
                    .owner("ops@acme.test"),
            ],
        },
        // A Piraeus ship management company's own register, in Greek with English words mixed
        // in. Α/Α is a running number; Κωδ. ευρήματος (ΜΣ-26-01, ΠΑΡ-26-01, ΕΒ-26-01, in Greek
        // letters) is the reference. Some control numbers were typed on the Greek keyboard
        // layout, so their "A" is the Greek capital alpha (U+0391), which looks the same:
        // "Α.8.7 ..." is A.8.7 and "Α.5.19 / Α.5.20" A.5.19 and A.5.20; A.7.7 and A.5.7 use a
        // Latin A. "Ρήτρα 9.3" is clause 9.3; the action of ΜΣ-26-01 names 9.3.2, but that is
        // the plan, not the requirement. Grades: "Ελάσσων μη συμμόρφωση" minor, "Μείζων ΜΣ"
        // major (ΜΣ = μη συμμόρφωση), "Minor NC", Παρατήρηση observation, "Ευκαιρία βελτίωσης"
        // an OFI. A note line merged across the table between ΜΣ-26-02 and ΜΣ-26-03 lists the
        // ships of ΜΣ-26-02; it is no finding. Owners: users' names, a user's email, a Greek
        // name written surname first (Κωνσταντίνου Μαρία) and the IT director's role
        // (Δ/ντής Πληροφορικής), no users. Διορθωτική ενέργεια is the plan (the three NCs).
        Layout {
            id: "holdout33-gr-ship-manager-greek-alpha-control-ids-mid-table-note",
            origin: "holdout 33, written for this holdout: a Piraeus ship management company's (Α.Ε.) own register of nonconformities and corrective actions from its internal ISMS audit, kept in Excel by its IT department in Greek with English words as Greek shipping offices write them (antivirus, crewing, operations, M/V). Sheet \"Μητρώο ΜΣ\": the company name and the title (\"Μητρώο Μη Συμμορφώσεων & Διορθωτικών Ενεργειών - Εσωτερική Επιθεώρηση ISMS (ISO/IEC 27001:2022) - Μάρτιος 2026\") merged across, a blank row, then the header: Α/Α (a running number, number cells), Κωδ. ευρήματος (ΜΣ-26-01 ... ΜΣ-26-03, ΠΑΡ-26-01, ΠΑΡ-26-02, ΕΒ-26-01 in Greek letters, the reference), Ημ/νία (date cells and 10/03/2026 as text), Απαίτηση ISO 27001 (\"Ρήτρα 9.3 Ανασκόπηση από τη διοίκηση\", \"Α.8.7 Προστασία από κακόβουλο λογισμικό\" and \"Α.5.19 / Α.5.20\" whose A is the Greek capital alpha U+0391 typed on the Greek keyboard layout, \"7.5.3 Έλεγχος τεκμηριωμένων πληροφοριών\", \"A.7.7 Καθαρό γραφείο και καθαρή οθόνη\" and \"A.5.7 Πληροφορίες απειλών\" with a Latin A), Περιγραφή ευρήματος (the statement: the management review, antivirus updates on bridge computers of three ships, the satellite communications provider's contract, two versions of the access control policy in the crewing share, crew lists with passport data on open shelves, maritime threat alerts), Κατηγορία (\"Ελάσσων μη συμμόρφωση\", \"Μείζων ΜΣ\", \"Minor NC\", Παρατήρηση twice, \"Ευκαιρία βελτίωσης\"), Διορθωτική ενέργεια (filled for the three nonconformities; the first names clause 9.3.2), Υπεύθυνος (Badr Karim, Κωνσταντίνου Μαρία surname first and no user, Lena Fischer, the role Δ/ντής Πληροφορικής, Martín Lombardi, a user's email), Προθεσμία (30/04/2026, \"-\", blank) and Κατάσταση (Ανοιχτή, Σε εξέλιξη). Between the second and the third finding a note row merged across the table (\"Σημ.: Το εύρημα ΜΣ-26-02 αφορά τα πλοία M/V Aegis Star, M/V Aegis Dawn και M/T Aegis Sky.\"); not a finding",
            file_name: "Μητρώο ΜΣ ISMS 2026.xlsx",
            bytes: xlsx(vec![sheet(
                "Μητρώο ΜΣ",
                0,
                0,
                &[
                    &["ΑΙΓΑΙΣ ΝΑΥΤΙΛΙΑΚΗ Α.Ε."],
                    &["Μητρώο Μη Συμμορφώσεων & Διορθωτικών Ενεργειών - Εσωτερική Επιθεώρηση ISMS (ISO/IEC 27001:2022) - Μάρτιος 2026"],
                    &[""],
                    &["Α/Α", "Κωδ. ευρήματος", "Ημ/νία", "Απαίτηση ISO 27001", "Περιγραφή ευρήματος", "Κατηγορία", "Διορθωτική ενέργεια", "Υπεύθυνος", "Προθεσμία", "Κατάσταση"],
                    &["#n 1", "ΜΣ-26-01", "#d 2026-03-09", "Ρήτρα 9.3 Ανασκόπηση από τη διοίκηση", "Η ανασκόπηση από τη διοίκηση του 2025 δεν εξέτασε τα αποτελέσματα της αξιολόγησης κινδύνων ούτε την πρόοδο των διορθωτικών ενεργειών.", "Ελάσσων μη συμμόρφωση", "Έκτακτη ανασκόπηση τον Απρίλιο με όλα τα θέματα της ρήτρας 9.3.2.", "Badr Karim", "30/04/2026", "Ανοιχτή"],
                    &["#n 2", "ΜΣ-26-02", "#d 2026-03-09", "\u{391}.8.7 Προστασία από κακόβουλο λογισμικό", "Σε τρία πλοία του στόλου οι υπολογιστές γέφυρας δεν έχουν λάβει ενημερώσεις antivirus από τον Νοέμβριο του 2025, λόγω περιορισμένης δορυφορικής σύνδεσης.", "Μείζων ΜΣ", "Εγκατάσταση ενημερώσεων offline σε κάθε λιμάνι και μηνιαίος έλεγχος από τον υπεύθυνο IT στόλου.", "Κωνσταντίνου Μαρία", "15/04/2026", "Σε εξέλιξη"],
                    &["Σημ.: Το εύρημα ΜΣ-26-02 αφορά τα πλοία M/V Aegis Star, M/V Aegis Dawn και M/T Aegis Sky."],
                    &["#n 3", "ΜΣ-26-03", "10/03/2026", "\u{391}.5.19 / \u{391}.5.20", "Η σύμβαση με τον πάροχο δορυφορικών επικοινωνιών δεν περιλαμβάνει όρους ασφάλειας πληροφοριών ούτε υποχρέωση ενημέρωσης για περιστατικά.", "Minor NC", "Προσθήκη παραρτήματος ασφάλειας πληροφοριών στη σύμβαση κατά την ανανέωση (Ιούνιος 2026).", "Lena Fischer", "30/06/2026", "Ανοιχτή"],
                    &["#n 4", "ΠΑΡ-26-01", "10/03/2026", "7.5.3 Έλεγχος τεκμηριωμένων πληροφοριών", "Στον κοινόχρηστο φάκελο του τμήματος crewing υπάρχουν δύο εκδόσεις της πολιτικής ελέγχου πρόσβασης χωρίς ένδειξη για το ποια ισχύει.", "Παρατήρηση", "", "Δ/ντής Πληροφορικής", "-", "Ανοιχτή"],
                    &["#n 5", "ΠΑΡ-26-02", "#d 2026-03-11", "A.7.7 Καθαρό γραφείο και καθαρή οθόνη", "Στο τμήμα operations βρέθηκαν εκτυπωμένες λίστες πληρωμάτων με στοιχεία διαβατηρίων σε ανοιχτά ράφια μετά το ωράριο.", "Παρατήρηση", "", "Martín Lombardi", "", "Ανοιχτή"],
                    &["#n 6", "ΕΒ-26-01", "#d 2026-03-11", "A.5.7 Πληροφορίες απειλών", "Η ομάδα IT θα μπορούσε να λαμβάνει τις ειδοποιήσεις απειλών του ναυτιλιακού τομέα (π.χ. BIMCO, Maritime ISAC) και να τις αξιολογεί μηνιαία.", "Ευκαιρία βελτίωσης", "", "ops@acme.test", "", "Ανοιχτή"],
                ],
            )
            .merged(0, 0, 0, 9)
            .merged(1, 0, 1, 9)
            .merged(6, 0, 6, 9)]),
            expected: vec![
                // 9.3.2 is in the action, not the requirement.
                finding("ΜΣ-26-01", "minor", "9.3", "Η ανασκόπηση από τη διοίκηση του 2025")
                    .owner("badr@acme.test")
                    .plan(true),
                // Greek capital alpha for A; "Μείζων ΜΣ" is a major nonconformity.
                finding("ΜΣ-26-02", "major", "A.8.7", "Σε τρία πλοία του στόλου")
                    .pending(&["Κωνσταντίνου Μαρία"])
                    .plan(true),
                // Two controls, both with a Greek alpha.
                finding("ΜΣ-26-03", "minor", "A.5.19, A.5.20", "Η σύμβαση με τον πάροχο δορυφορικών")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                finding("ΠΑΡ-26-01", "observation", "7.5.3", "Στον κοινόχρηστο φάκελο του τμήματος crewing")
                    .pending(&["Δ/ντής Πληροφορικής"])
                    .plan(false),
                finding("ΠΑΡ-26-02", "observation", "A.7.7", "Στο τμήμα operations βρέθηκαν")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("ΕΒ-26-01", "ofi", "A.5.7", "Η ομάδα IT θα μπορούσε να λαμβάνει")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
        // A Hanoi payment company's own log of nonconformities, laid out as a Vietnamese
        // administrative document: the company name and its unit (merged) on the left and the
        // national motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc)
        // and place and date (merged) on the right of the first three rows, then the merged
        // title and subtitle, then the header on row 8. STT is a running number (number
        // cells); Số phiếu (KPH-01 ... KPH-04 for không phù hợp, LY-01 for lưu ý, CT-01 for cải
        // tiến) is the reference. Two section rows, "I | Khối Công nghệ" and "II | Khối Vận
        // hành và Chăm sóc khách hàng" (Roman numerals in STT, the section name merged across
        // the rest), are no findings. Grades: "Không phù hợp nặng" major, "Không phù hợp nhẹ"
        // and "KPH nhẹ" minor, "Lưu ý (OBS)" observation, "Cơ hội cải tiến" an OFI.
        // "A.5.15 & A.8.3" is two controls; "Điều khoản 9.1 Theo dõi, đo lường, phân tích và
        // đánh giá" is clause 9.1 (commas inside its title). Owners: Vietnamese names (family
        // name first) and a department, no users; users' names and email. Hành động khắc phục
        // is the plan (the four KPH). The signature block under the table (NGƯỜI LẬP, TRƯỞNG
        // BAN ISO, "(Ký, ghi rõ họ tên)" and two names) is no finding and names no owner.
        Layout {
            id: "holdout33-vn-payments-national-motto-header-section-rows-signatures",
            origin: "holdout 33, written for this holdout: a Hanoi payment intermediary's (Công ty cổ phần) own log of nonconformities and corrective actions from its first internal ISMS audit of 2026, kept by the company's ISO committee and laid out as a Vietnamese administrative document, only in Vietnamese. Sheet \"So theo doi KPH\" (no diacritics in the sheet name): rows 1-3 hold the company name and \"BAN ISO / ATTT\" merged on the left and the national motto \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" / \"Độc lập - Tự do - Hạnh phúc\" and \"Hà Nội, ngày 20 tháng 03 năm 2026\" merged on the right; after a blank row the merged title \"SỔ THEO DÕI SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC\" and a merged subtitle naming ISO/IEC 27001:2022 and the audit dates (16/03/2026 to 18/03/2026), a blank row, then the header: STT (number cells), Số phiếu (KPH-01 ... KPH-04, LY-01, CT-01, the reference), Ngày phát hiện (16/03/2026 as text), Điều khoản / Biện pháp kiểm soát (\"A.8.8 Quản lý lỗ hổng kỹ thuật\", \"A.5.15 & A.8.3\", \"A.8.24 Sử dụng mật mã\", \"Điều khoản 7.2 Năng lực\", \"A.5.30 Sự sẵn sàng của CNTT cho tính liên tục kinh doanh\", \"Điều khoản 9.1 Theo dõi, đo lường, phân tích và đánh giá\"), Mô tả sự không phù hợp (the statement: unpatched critical vulnerabilities on payment gateway servers, an intern's access to customer data, TLS key rotation, call-centre staff training on caller verification, no continuity exercise for losing the NAPAS switch, an incident handling time indicator), Mức độ (\"Không phù hợp nặng\", \"Không phù hợp nhẹ\", \"Lưu ý (OBS)\", \"KPH nhẹ\", \"Cơ hội cải tiến\"), Nguyên nhân, Hành động khắc phục (filled for the four nonconformities), Người chịu trách nhiệm (Phòng Hạ tầng CNTT, Nguyễn Văn Hùng and Trần Thị Mai, no users; a user's email; Lena Fischer; Badr Karim), Thời hạn (15/04/2026, blank) and Trạng thái (Đang thực hiện, Mở). The findings are grouped under two section rows, \"I\" and \"II\" in STT with the section name merged across (Khối Công nghệ; Khối Vận hành và Chăm sóc khách hàng). After a blank row the signature block: NGƯỜI LẬP and TRƯỞNG BAN ISO, \"(Ký, ghi rõ họ tên)\" under each, and two Vietnamese names two rows lower; none of it is a finding or an owner",
            file_name: "So theo doi KPH - DGNB ISMS dot 1-2026.xlsx",
            bytes: xlsx(vec![sheet(
                "So theo doi KPH",
                0,
                0,
                &[
                    &["CÔNG TY CỔ PHẦN THANH TOÁN SỐ SAO VIỆT", "", "", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                    &["BAN ISO / ATTT", "", "", "", "", "", "Độc lập - Tự do - Hạnh phúc"],
                    &["", "", "", "", "", "", "Hà Nội, ngày 20 tháng 03 năm 2026"],
                    &[""],
                    &["SỔ THEO DÕI SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC"],
                    &["Đánh giá nội bộ Hệ thống quản lý an toàn thông tin theo ISO/IEC 27001:2022 - đợt 1 năm 2026 (từ 16/03/2026 đến 18/03/2026)"],
                    &[""],
                    &["STT", "Số phiếu", "Ngày phát hiện", "Điều khoản / Biện pháp kiểm soát", "Mô tả sự không phù hợp", "Mức độ", "Nguyên nhân", "Hành động khắc phục", "Người chịu trách nhiệm", "Thời hạn", "Trạng thái"],
                    &["I", "Khối Công nghệ"],
                    &["#n 1", "KPH-01", "16/03/2026", "A.8.8 Quản lý lỗ hổng kỹ thuật", "Kết quả quét lỗ hổng tháng 02/2026 cho thấy 14 lỗ hổng mức Critical trên máy chủ cổng thanh toán chưa được vá sau 45 ngày, vượt thời hạn 15 ngày theo quy định nội bộ QĐ-ATTT-07.", "Không phù hợp nặng", "Chưa phân công đầu mối theo dõi kết quả quét lỗ hổng.", "Vá toàn bộ lỗ hổng Critical trước 15/04/2026; Phòng Hạ tầng CNTT báo cáo tiến độ hằng tuần.", "Phòng Hạ tầng CNTT", "15/04/2026", "Đang thực hiện"],
                    &["#n 2", "KPH-02", "16/03/2026", "A.5.15 & A.8.3", "Tài khoản của thực tập sinh vẫn truy cập được thư mục dữ liệu khách hàng trên máy chủ file của Phòng Đối soát.", "Không phù hợp nhẹ", "Tài khoản mới được gán nhóm quyền mặc định của phòng.", "Rà soát phân quyền thư mục dữ liệu khách hàng và bỏ nhóm quyền mặc định.", "Nguyễn Văn Hùng", "30/04/2026", "Đang thực hiện"],
                    &["#n 3", "LY-01", "17/03/2026", "A.8.24 Sử dụng mật mã", "Quy trình quản lý khóa mã hóa chưa quy định thời hạn thay khóa cho các chứng chỉ TLS nội bộ.", "Lưu ý (OBS)", "", "", "ops@acme.test", "", "Mở"],
                    &["II", "Khối Vận hành và Chăm sóc khách hàng"],
                    &["#n 4", "KPH-03", "17/03/2026", "Điều khoản 7.2 Năng lực", "Hồ sơ của 3 trong 5 nhân viên tổng đài mới tuyển không có bằng chứng đã được đào tạo về quy trình xác thực khách hàng qua điện thoại.", "KPH nhẹ", "Kế hoạch đào tạo hội nhập chưa có nội dung ATTT.", "Bổ sung nội dung ATTT vào đào tạo hội nhập và đào tạo lại cho nhân viên mới.", "Trần Thị Mai", "30/04/2026", "Mở"],
                    &["#n 5", "KPH-04", "18/03/2026", "A.5.30 Sự sẵn sàng của CNTT cho tính liên tục kinh doanh", "Kế hoạch liên tục kinh doanh chưa được diễn tập cho tình huống mất kết nối với hệ thống chuyển mạch của NAPAS.", "Không phù hợp nhẹ", "", "Diễn tập kịch bản mất kết nối NAPAS trong quý II/2026.", "Lena Fischer", "30/06/2026", "Mở"],
                    &["#n 6", "CT-01", "18/03/2026", "Điều khoản 9.1 Theo dõi, đo lường, phân tích và đánh giá", "Có thể bổ sung chỉ số thời gian xử lý trung bình sự cố ATTT vào báo cáo hằng tháng gửi Ban Giám đốc.", "Cơ hội cải tiến", "", "", "Badr Karim", "", "Mở"],
                    &[""],
                    &["", "NGƯỜI LẬP", "", "", "", "", "", "", "TRƯỞNG BAN ISO"],
                    &["", "(Ký, ghi rõ họ tên)", "", "", "", "", "", "", "(Ký, ghi rõ họ tên)"],
                    &[""],
                    &["", "Phạm Thu Hà", "", "", "", "", "", "", "Lê Quang Minh"],
                ],
            )
            .merged(0, 0, 0, 3)
            .merged(0, 6, 0, 10)
            .merged(1, 0, 1, 3)
            .merged(1, 6, 1, 10)
            .merged(2, 6, 2, 10)
            .merged(4, 0, 4, 10)
            .merged(5, 0, 5, 10)
            .merged(8, 1, 8, 10)
            .merged(12, 1, 12, 10)]),
            expected: vec![
                finding("KPH-01", "major", "A.8.8", "Kết quả quét lỗ hổng tháng 02/2026")
                    .pending(&["Phòng Hạ tầng CNTT"])
                    .plan(true),
                // "&" joins two controls.
                finding("KPH-02", "minor", "A.5.15, A.8.3", "Tài khoản của thực tập sinh")
                    .pending(&["Nguyễn Văn Hùng"])
                    .plan(true),
                finding("LY-01", "observation", "A.8.24", "Quy trình quản lý khóa mã hóa")
                    .owner("ops@acme.test")
                    .plan(false),
                // KPH = không phù hợp.
                finding("KPH-03", "minor", "7.2", "Hồ sơ của 3 trong 5 nhân viên")
                    .pending(&["Trần Thị Mai"])
                    .plan(true),
                finding("KPH-04", "minor", "A.5.30", "Kế hoạch liên tục kinh doanh chưa")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // One clause: the commas belong to its title.
                finding("CT-01", "ofi", "9.1", "Có thể bổ sung chỉ số thời gian")
                    .owner("badr@acme.test")
                    .plan(false),
            ],
        },
        // A Seoul e-commerce company's internal audit workbook with three sheets: 요약 (a
        // summary: audit details and a count table by grade, 구분 | 건수, with a 합계 total),
        // 부적합 목록 (the findings) and 코드 (the lists behind the drop-downs: the four grade
        // words and the four statuses). Only the second sheet holds findings. Its title is
        // merged, the second line gives the form number and date (양식번호), then the header.
        // 순번 is a running number; 발견번호 (IA-26-01 ...) the reference. Dates as Koreans
        // write them ("2026년 3월 9일", "2026. 3. 10."). Requirements carry the Korean title;
        // "8.2 정보보안 위험 평가" is clause 8.2 (risk assessment, by its title), not A.8.2, and
        // 7.3 인식 is clause 7.3 (awareness). Grades: 중대한 부적합 major, 경미한 부적합 and "경미
        // NC" minor, 관찰사항 observation, 개선기회 an OFI. Owners: "Badr Karim 팀장" (team
        // leader) and "Lena Fischer 책임" (a Korean job title) are the users; 이수진 and
        // 고객센터 (the customer centre) are no users. 시정조치 계획 is the plan (IA-26-01 to
        // 04). The ※ note under the table defines the grades in words; no finding.
        Layout {
            id: "holdout33-kr-ecommerce-summary-and-code-sheets-korean-titles",
            origin: "holdout 33, written for this holdout: a Seoul online retailer's ((주) company) internal ISMS audit workbook for the first quarter of 2026, kept by its information security team, only in Korean apart from users' names, on three sheets. Sheet \"요약\" (summary): a title, audit period (\"2026년 3월 9일 ~ 3월 11일\"), scope and lead auditor as label/value rows, then a small table 구분 | 건수 | 비고 with the four grade words and their counts (number cells) and a 합계 (total) row pointing to the list sheet; no findings. Sheet \"부적합 목록\": a merged title (\"ISMS 내부심사 부적합 및 시정조치 관리대장 (2026년 1분기)\"), a line with the form number and the date written (\"양식번호: ISMS-F-09-2 / 작성일: 2026. 3. 13.\"), then the header: 순번 (a running number, number cells), 발견번호 (IA-26-01 ... IA-26-06, the reference), 발견일자 (\"2026년 3월 9일\", \"2026. 3. 10.\"), 관련 요구사항 (the number and the Korean title: \"A.5.17 인증 정보\", \"8.2 정보보안 위험 평가\" (clause 8.2, not the control A.8.2 on privileged access), \"A.8.15 로깅\", \"7.3 인식\", \"A.8.32 변경 관리\", \"A.8.16 모니터링 활동\"), 부적합 내용 (the statement: the admin page password policy, no risk assessment after the payment gateway integration changed, 30-day retention of order database access logs, call-centre staff awareness, emergency deployments without change requests, linking WAF events to the SIEM), 등급 (중대한 부적합, 경미한 부적합, \"경미 NC\", 관찰사항, 개선기회), 시정조치 계획 (filled for the four nonconformities), 조치 담당 (users' names with a Korean job title after them, \"Badr Karim 팀장\" and \"Lena Fischer 책임\"; 이수진 and the 고객센터 department, no users; a user's email; Martín Lombardi), 완료 예정일 and 진행상태 (진행중, 미착수, 검토중). Under the table a ※ note merged across that defines 중대한 and 경미한 부적합; not a finding. Sheet \"코드\": the drop-down lists (등급 and 진행상태 columns with the four grade words and four statuses); no findings",
            file_name: "2026_1Q_ISMS_내부심사_부적합관리대장.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "요약",
                    0,
                    0,
                    &[
                        &["2026년 1분기 ISMS 내부심사 결과 요약"],
                        &[""],
                        &["심사 기간", "2026년 3월 9일 ~ 3월 11일"],
                        &["심사 범위", "온라인 쇼핑몰 운영 및 고객센터"],
                        &["심사팀장", "최영호"],
                        &[""],
                        &["구분", "건수", "비고"],
                        &["중대한 부적합", "#n 1", ""],
                        &["경미한 부적합", "#n 3", ""],
                        &["관찰사항", "#n 1", ""],
                        &["개선기회", "#n 1", ""],
                        &["합계", "#n 6", "상세 내용은 '부적합 목록' 시트 참조"],
                    ],
                ),
                sheet(
                    "부적합 목록",
                    0,
                    0,
                    &[
                        &["ISMS 내부심사 부적합 및 시정조치 관리대장 (2026년 1분기)"],
                        &["양식번호: ISMS-F-09-2 / 작성일: 2026. 3. 13."],
                        &["순번", "발견번호", "발견일자", "관련 요구사항", "부적합 내용", "등급", "시정조치 계획", "조치 담당", "완료 예정일", "진행상태"],
                        &["#n 1", "IA-26-01", "2026년 3월 9일", "A.5.17 인증 정보", "쇼핑몰 관리자 페이지의 비밀번호 정책이 숫자 6자리만 요구하며, 관리자 계정 3개는 2024년 이후 비밀번호가 변경되지 않았다.", "중대한 부적합", "관리자 페이지에 MFA 적용, 비밀번호 정책을 사내 기준(12자 이상)으로 변경", "Badr Karim 팀장", "2026년 4월 30일", "진행중"],
                        &["#n 2", "IA-26-02", "2026년 3월 9일", "8.2 정보보안 위험 평가", "2025년 11월 결제대행(PG)사 연동 방식을 변경한 이후 위험 평가가 수행되지 않았다.", "경미한 부적합", "PG 연동 구간 위험 평가 수행 및 위험 처리 계획 갱신", "이수진", "2026년 5월 29일", "미착수"],
                        &["#n 3", "IA-26-03", "2026. 3. 10.", "A.8.15 로깅", "주문 데이터베이스의 접근 로그가 30일만 보관되어 사내 로그 관리 지침의 1년 보관 기준을 충족하지 못한다.", "경미 NC", "로그 보관 기간을 1년으로 변경하고 별도 로그 서버로 이관", "ops@acme.test", "2026. 6. 30.", "진행중"],
                        &["#n 4", "IA-26-04", "2026. 3. 10.", "7.3 인식", "고객센터 상담원 12명 중 5명이 정보보호 정책의 게시 위치와 보안사고 신고 절차를 알지 못했다.", "경미한 부적합", "고객센터 대상 정보보호 인식 교육 실시(4월) 및 이해도 평가", "고객센터", "2026. 4. 30.", "미착수"],
                        &["#n 5", "IA-26-05", "2026년 3월 11일", "A.8.32 변경 관리", "긴급 배포 3건이 변경요청서 없이 운영 서버에 반영되었으나, 사후 승인 기록은 남아 있다.", "관찰사항", "", "Lena Fischer 책임", "", "검토중"],
                        &["#n 6", "IA-26-06", "2026년 3월 11일", "A.8.16 모니터링 활동", "웹 방화벽 탐지 이벤트를 SIEM 대시보드와 연동하면 관제 효율을 높일 수 있다.", "개선기회", "", "Martín Lombardi", "", "검토중"],
                        &["※ 등급 기준: 중대한 부적합 - 요구사항의 전면적 미이행 또는 법규 위반, 경미한 부적합 - 요구사항의 부분적 미이행"],
                    ],
                )
                .merged(0, 0, 0, 9)
                .merged(9, 0, 9, 9),
                sheet(
                    "코드",
                    0,
                    0,
                    &[
                        &["등급", "진행상태"],
                        &["중대한 부적합", "미착수"],
                        &["경미한 부적합", "진행중"],
                        &["관찰사항", "검토중"],
                        &["개선기회", "완료"],
                    ],
                ),
            ]),
            expected: vec![
                // "팀장" (team leader) after the user's name.
                finding("IA-26-01", "major", "A.5.17", "쇼핑몰 관리자 페이지의 비밀번호 정책이")
                    .owner("badr@acme.test")
                    .plan(true),
                // "8.2 정보보안 위험 평가": clause 8.2 by its title.
                finding("IA-26-02", "minor", "8.2", "2025년 11월 결제대행(PG)사 연동 방식을")
                    .pending(&["이수진"])
                    .plan(true),
                finding("IA-26-03", "minor", "A.8.15", "주문 데이터베이스의 접근 로그가")
                    .owner("ops@acme.test")
                    .plan(true),
                finding("IA-26-04", "minor", "7.3", "고객센터 상담원 12명 중 5명이")
                    .pending(&["고객센터"])
                    .plan(true),
                // "책임" is a job title after the user's name.
                finding("IA-26-05", "observation", "A.8.32", "긴급 배포 3건이 변경요청서 없이")
                    .owner("lena.fischer@acme.test")
                    .plan(false),
                finding("IA-26-06", "ofi", "A.8.16", "웹 방화벽 탐지 이벤트를 SIEM")
                    .owner("martin@acme.test")
                    .plan(false),
            ],
        },
        // A Dnipro internet provider's register kept on two sheets: nonconformities on
        // "Невідповідності" (with a corrective action column) and observations and
        // opportunities on "Спостереження та можливості" (no action column, so no plans). The
        // references are Cyrillic (НВ-26/01 ..., СП-26/01, МП-26/01). Requirements: "п. 6.1.2
        // ..." (п. = пункт, clause), "дод. А, 5.29 ..." (додаток А = Annex A, the А Cyrillic)
        // is A.5.29, "А.8.13 ..." typed with a Cyrillic А (U+0410) is A.8.13, "A.7.10" has a
        // Latin A. The grade on the first sheet is lower-case "незначна" (minor), "значна"
        // (major, a substring of "незначна") and "Незначна НВ" (minor); on the second
        // Спостереження and "спостереж." (observation) and "Можливість для поліпшення" (OFI).
        // НВ-26/04's action is still empty: no plan. Owners: "Fischer L." (surname and
        // initial, as Ukrainians write Шевченко О. В.) is Lena Fischer; Шевченко О. В., Начальник
        // NOC and Начальник виїзної служби are no users. The "Усього" total line and the audit
        // team leader's line under the first table are no findings.
        Layout {
            id: "holdout33-ua-isp-two-sheets-by-grade-cyrillic-a-lowercase-grades",
            origin: "holdout 33, written for this holdout: a Dnipro internet service provider's (ТОВ) register of its internal ISMS audit findings, kept in Excel by the information security officer, only in Ukrainian, split over two sheets by kind. Sheet \"Невідповідності\": the company name and the title (\"Реєстр невідповідностей за результатами внутрішнього аудиту СУІБ (ДСТУ ISO/IEC 27001:2023), 23–25.03.2026\", the national adoption) merged across, a blank row, then the header: № з/п (number cells), Реєстр. № (НВ-26/01 ... НВ-26/04 in Cyrillic, the reference), Дата виявлення (23.03.2026), Вимога стандарту (\"п. 6.1.2 Оцінювання ризиків інформаційної безпеки\", \"дод. А, 5.29 Інформаційна безпека під час порушення\" (Annex A), \"А.8.13 Резервне копіювання інформації\" typed with a Cyrillic А U+0410, \"п. 7.2 Компетентність\"), Опис невідповідності (the statement: the risk register after billing moved to the cloud, a node running on a generator without video surveillance and access control during the power cuts, backups kept in the server room and never restored, NOC engineers' incident response training), Категорія in lower case as typed (незначна, значна, \"Незначна НВ\", незначна), Коригувальна дія (filled for three, empty for the last), Відповідальна особа (\"Fischer L.\" surname and initial, Шевченко О. В., Badr Karim, Начальник NOC) and Термін виконання (30.04.2026, \"—\"). After a blank row a total line (\"Усього невідповідностей: 4 (значних – 1, незначних – 3)\") merged across, and a line with the internal audit team leader's name (Ірина БОНДАРЕНКО); neither is a finding. Sheet \"Спостереження та можливості\": a title line, then № з/п, Реєстр. № (СП-26/01, СП-26/02, МП-26/01), Дата, Вимога стандарту (\"п. 5.2 Політика\", \"A.7.10 Носії даних\" with a Latin A, \"п. 9.1 Моніторинг, вимірювання, аналіз та оцінювання\"), Опис (the statement: the policy not reviewed since 2023, unregistered USB drives of the field teams, an incident response time indicator), Тип (Спостереження, \"спостереж.\", \"Можливість для поліпшення\") and Відповідальна особа (Martín Lombardi, the role Начальник виїзної служби, a user's email); no action column",
            file_name: "Реєстр_НВ_внутрішній_аудит_СУІБ_2026.xlsx",
            bytes: xlsx(vec![
                sheet(
                    "Невідповідності",
                    0,
                    0,
                    &[
                        &["ТОВ «Дніпро Телеком»"],
                        &["Реєстр невідповідностей за результатами внутрішнього аудиту СУІБ (ДСТУ ISO/IEC 27001:2023), 23–25.03.2026"],
                        &[""],
                        &["№ з/п", "Реєстр. №", "Дата виявлення", "Вимога стандарту", "Опис невідповідності", "Категорія", "Коригувальна дія", "Відповідальна особа", "Термін виконання"],
                        &["#n 1", "НВ-26/01", "23.03.2026", "п. 6.1.2 Оцінювання ризиків інформаційної безпеки", "Реєстр ризиків не оновлювали після перенесення білінгової системи до хмари у грудні 2025 р.; ризики хмарного розміщення не оцінено.", "незначна", "Оновити реєстр ризиків з урахуванням хмарного розміщення білінгу.", "Fischer L.", "30.04.2026"],
                        &["#n 2", "НВ-26/02", "23.03.2026", "дод. \u{410}, 5.29 Інформаційна безпека під час порушення", "Під час відключень електроенергії в лютому 2026 р. вузол зв'язку на вул. Січеславській працював від генератора без відеоспостереження і контролю доступу; порядок дій на такий випадок не розроблено.", "значна", "Розробити та випробувати порядок роботи засобів фізичного захисту під час відключень живлення.", "Шевченко О. В.", "31.05.2026"],
                        &["#n 3", "НВ-26/03", "24.03.2026", "\u{410}.8.13 Резервне копіювання інформації", "Резервні копії бази абонентів зберігаються в тому ж приміщенні, що й основний сервер; відновлення з них не перевіряли з 2024 р.", "Незначна НВ", "Налаштувати копіювання до віддаленого ЦОД і щоквартальну перевірку відновлення.", "Badr Karim", "30.06.2026"],
                        &["#n 4", "НВ-26/04", "24.03.2026", "п. 7.2 Компетентність", "Для двох нових інженерів чергової зміни NOC немає записів про навчання з реагування на інциденти ІБ.", "незначна", "", "Начальник NOC", "—"],
                        &[""],
                        &["Усього невідповідностей: 4 (значних – 1, незначних – 3)"],
                        &["Керівник групи внутрішнього аудиту: Ірина БОНДАРЕНКО"],
                    ],
                )
                .merged(0, 0, 0, 8)
                .merged(1, 0, 1, 8)
                .merged(9, 0, 9, 8),
                sheet(
                    "Спостереження та можливості",
                    0,
                    0,
                    &[
                        &["Спостереження та можливості для поліпшення (внутрішній аудит СУІБ, березень 2026)"],
                        &["№ з/п", "Реєстр. №", "Дата", "Вимога стандарту", "Опис", "Тип", "Відповідальна особа"],
                        &["#n 1", "СП-26/01", "24.03.2026", "п. 5.2 Політика", "Політику інформаційної безпеки не переглядали з 2023 р.; у ній досі згадано офіс на вул. Робочій, закритий у 2024 р.", "Спостереження", "Martín Lombardi"],
                        &["#n 2", "СП-26/02", "25.03.2026", "A.7.10 Носії даних", "USB-накопичувачі виїзних бригад не обліковуються, хоча шифрування на них увімкнено.", "спостереж.", "Начальник виїзної служби"],
                        &["#n 3", "МП-26/01", "25.03.2026", "п. 9.1 Моніторинг, вимірювання, аналіз та оцінювання", "Доцільно додати до щомісячного звіту для керівництва показник середнього часу реагування на інциденти ІБ.", "Можливість для поліпшення", "ops@acme.test"],
                    ],
                ),
            ]),
            expected: vec![
                // "Fischer L.": surname and initial; lower-case "незначна" is minor.
                finding("НВ-26/01", "minor", "6.1.2", "Реєстр ризиків не оновлювали")
                    .owner("lena.fischer@acme.test")
                    .plan(true),
                // "дод. А, 5.29": Annex A (Cyrillic А); "значна" is major.
                finding("НВ-26/02", "major", "A.5.29", "Під час відключень електроенергії")
                    .pending(&["Шевченко О. В."])
                    .plan(true),
                // Cyrillic А in "А.8.13".
                finding("НВ-26/03", "minor", "A.8.13", "Резервні копії бази абонентів")
                    .owner("badr@acme.test")
                    .plan(true),
                // No corrective action yet.
                finding("НВ-26/04", "minor", "7.2", "Для двох нових інженерів")
                    .pending(&["Начальник NOC"])
                    .plan(false),
                // The second sheet has no action column: no plans.
                finding("СП-26/01", "observation", "5.2", "Політику інформаційної безпеки не переглядали")
                    .owner("martin@acme.test")
                    .plan(false),
                finding("СП-26/02", "observation", "A.7.10", "USB-накопичувачі виїзних бригад")
                    .pending(&["Начальник виїзної служби"])
                    .plan(false),
                finding("МП-26/01", "ofi", "9.1", "Доцільно додати до щомісячного звіту")
                    .owner("ops@acme.test")
                    .plan(false),
            ],
        },
    ]
}
