/**
 * Renewal process events published by renewal-service on topic {@code itc.renewal.events}, keyed by
 * member id. Owner: renewal team.
 */
package itc.renewal.contracts.renewal.v1;
