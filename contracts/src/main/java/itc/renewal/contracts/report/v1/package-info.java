/**
 * Practice activity report events published by activity-report-service on topic
 * {@code itc.activity-report.events}, keyed by member id. Owner: activity-report team.
 */
package itc.renewal.contracts.report.v1;
