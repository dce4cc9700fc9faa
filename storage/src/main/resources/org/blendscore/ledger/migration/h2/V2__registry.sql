-- The rubric registry: every registered rubric version, stored as its blendscore.rubric/1 document,
-- with its role, effective period [effective_from, effective_to) (effective_to NULL: open-ended) and
-- revision. One row per rubric id and role in registry_family is locked (SELECT ... FOR UPDATE) by
-- every registration of that family, so two writers cannot both get overlapping periods in; a writer
-- that loses the race to create the family row is rolled back and runs again.
CREATE TABLE registry_family (
    rubric_id VARCHAR(256) NOT NULL,
    role      VARCHAR(256) NOT NULL,
    CONSTRAINT registry_family_pk PRIMARY KEY (rubric_id, role)
);

CREATE TABLE registry_rubric (
    rubric_id      VARCHAR(256)  NOT NULL,
    version        VARCHAR(256)  NOT NULL,
    role           VARCHAR(256)  NOT NULL,
    effective_from DATE          NOT NULL,
    effective_to   DATE,
    reason         VARCHAR(4000),
    author         VARCHAR(256)  NOT NULL,
    approver       VARCHAR(256),
    revised_on     DATE          NOT NULL,
    document       CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT registry_rubric_pk PRIMARY KEY (rubric_id, version),
    CONSTRAINT registry_rubric_family FOREIGN KEY (rubric_id, role) REFERENCES registry_family (rubric_id, role),
    CONSTRAINT registry_rubric_period CHECK (effective_to IS NULL OR effective_to > effective_from)
);

CREATE INDEX registry_rubric_role ON registry_rubric (role, effective_from);
