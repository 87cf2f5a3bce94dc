-- Schema 9: the file keeps its own history (decision record 20). Every committed change is recorded
-- with who, when, what (entity, field, before, after) and how, in the same transaction as the change;
-- each recorded annual review keeps the whole authority as it stood (its JSON, gzipped), so copying
-- the file copies both.
CREATE TABLE audit_entry (
    seq          BIGINT AUTO_INCREMENT PRIMARY KEY,
    made_at      TIMESTAMP     NOT NULL,
    author       VARCHAR(500)  NOT NULL,
    how          VARCHAR(40)   NOT NULL,
    source       VARCHAR(1000),
    edit_label   VARCHAR(1000) NOT NULL,
    entity_kind  VARCHAR(60),
    entity_id    BIGINT,
    body_id      BIGINT,
    entity_name  VARCHAR(500),
    field        VARCHAR(200),
    before_value VARCHAR(20000),
    after_value  VARCHAR(20000)
);
CREATE INDEX audit_entry_body ON audit_entry (body_id, seq);
CREATE INDEX audit_entry_made ON audit_entry (made_at);

CREATE TABLE review (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    taken_on     DATE          NOT NULL,
    note         VARCHAR(4000),
    recorded_by  VARCHAR(500)  NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    bodies       INT           NOT NULL,
    snapshot     BLOB          NOT NULL
);

-- a file made by an earlier version has no history before today: say so, as its first entry
INSERT INTO audit_entry (made_at, author, how, edit_label)
    SELECT LOCALTIMESTAMP, 'Partnership Atlas', 'START', 'History starts here (the file was made by an earlier version)'
    FROM authority;
