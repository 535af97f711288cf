-- The position of the reported change in the member's point ledger (PointsRegistered.ledgerSequence,
-- contract v1.1). Null for rows written from older events. It, not as_of (business time, which a
-- restarted demo clock sets back), decides which report is the newest.
alter table counted_points add column ledger_sequence bigint;
