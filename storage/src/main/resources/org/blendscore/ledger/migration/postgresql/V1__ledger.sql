-- The review ledger: every subject's chain of entries, and the head of each chain.
-- Entries are only ever inserted; (subject_id, seq) is unique, so two writers cannot both append
-- entry n to one chain. The head row is locked (SELECT ... FOR UPDATE) by every append and updated in
-- the same transaction; it also records where each chain ends, so that entries deleted from the end
-- are found by verify().
CREATE TABLE ledger_entry (
    subject_id    VARCHAR(256) NOT NULL,
    seq           BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    payload       TEXT NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL,
    CONSTRAINT ledger_entry_pk PRIMARY KEY (subject_id, seq),
    CONSTRAINT ledger_entry_kind CHECK (kind IN ('REVIEW', 'ADJUSTMENT', 'DISPUTE', 'RESOLUTION')),
    CONSTRAINT ledger_entry_seq CHECK (seq >= 1)
);

CREATE TABLE ledger_head (
    subject_id VARCHAR(256) NOT NULL,
    seq        BIGINT       NOT NULL,
    hash       CHAR(64)     NOT NULL,
    CONSTRAINT ledger_head_pk PRIMARY KEY (subject_id)
);
