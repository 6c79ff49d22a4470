-- Venn schema 2: what sync needs to remember locally (never synced itself).

-- Rows a partner made private: their content was removed from this device,
-- and older copies of it arriving from other devices are ignored.
CREATE TABLE withdrawn (
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    hlc    TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;
