/**
 * The holders' contacts published by renewal-service (owner of the qualification registry) on the compacted topic
 * {@code itc.holders}, keyed by member id: only for consumers that write to holders (the gateway's accounts). Renewal
 * events keep carrying no more personal data than their own consumers need. Owner: renewal team.
 */
package itc.renewal.contracts.holders.v1;
