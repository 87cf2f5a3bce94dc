-- Schema 10: the cabinet papers' details the pack dialog asks for (committee, meeting date, report
-- reference, report of, contact officer) and the officer's own words for each section of the review
-- report and the covering report, so they are remembered with the authority and kept in each review.
CREATE TABLE cabinet_papers (
    id               BIGINT PRIMARY KEY,
    committee        VARCHAR(200),
    meeting_date     DATE,
    reference        VARCHAR(200),
    report_of        VARCHAR(500),
    contact_officer  VARCHAR(500),
    contact_details  VARCHAR(500)
);
CREATE TABLE report_text (
    section  VARCHAR(40) PRIMARY KEY,
    text     VARCHAR(20000) NOT NULL
);
