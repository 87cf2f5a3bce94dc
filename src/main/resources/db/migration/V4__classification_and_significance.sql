-- Schema 4: classification decisions with the six tests' answers, the authority's significance
-- scheme, and judged significance criteria per body. Significance becomes derived from these, so
-- the typed column goes; a body recorded as significant keeps its band through two judged
-- criteria (corporate priority and risk to services), which reach the default pass mark.

CREATE TABLE classification_decision (
    id          BIGINT PRIMARY KEY,
    body_id     BIGINT NOT NULL,
    proposed    VARCHAR(40),
    decided     VARCHAR(40) NOT NULL,
    rationale   VARCHAR(4000) NOT NULL,
    decided_by  VARCHAR(500) NOT NULL,
    decided_on  DATE NOT NULL
);

CREATE TABLE decision_answer (
    decision_id  BIGINT NOT NULL,
    test         VARCHAR(40) NOT NULL,
    answer       VARCHAR(20) NOT NULL,
    note         VARCHAR(2000),
    PRIMARY KEY (decision_id, test)
);

CREATE TABLE significance_scheme (
    id                        BIGINT PRIMARY KEY,
    contribution_threshold_p  BIGINT NOT NULL,
    pass_mark                 INT NOT NULL
);

CREATE TABLE significance_weight (
    criterion  VARCHAR(40) PRIMARY KEY,
    weight     INT NOT NULL
);

CREATE TABLE significance_judgement (
    id       BIGINT PRIMARY KEY,
    body_id  BIGINT NOT NULL
);

CREATE TABLE significance_judged (
    judgement_id  BIGINT NOT NULL,
    criterion     VARCHAR(40) NOT NULL,
    PRIMARY KEY (judgement_id, criterion)
);

INSERT INTO significance_judgement (id, body_id)
SELECT GREATEST(
           (SELECT COALESCE(MAX(id), 0) FROM body),
           (SELECT COALESCE(MAX(id), 0) FROM seat),
           (SELECT COALESCE(MAX(id), 0) FROM accountability_line),
           (SELECT COALESCE(MAX(id), 0) FROM organisation),
           (SELECT COALESCE(MAX(id), 0) FROM person),
           (SELECT COALESCE(MAX(id), 0) FROM theme),
           (SELECT COALESCE(MAX(id), 0) FROM action),
           (SELECT COALESCE(MAX(id), 0) FROM committee_membership))
       + ROW_NUMBER() OVER (ORDER BY id),
       id
FROM body WHERE significance = 'SIGNIFICANT';

INSERT INTO significance_judged (judgement_id, criterion)
SELECT id, 'CORPORATE_PRIORITY' FROM significance_judgement;
INSERT INTO significance_judged (judgement_id, criterion)
SELECT id, 'RISK_TO_SERVICES' FROM significance_judgement;

ALTER TABLE body DROP COLUMN significance;
