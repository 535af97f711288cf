package itc.renewal.points.ledger.web;

/** Optional body of POST /api/points/entries/{entryId}/withdrawal. */
record WithdrawPointsEntryRequest(String reason) {
}
