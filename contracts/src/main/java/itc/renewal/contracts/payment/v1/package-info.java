/**
 * Fee payment events published by payment-service on topic {@code itc.payment.events}, keyed by
 * member id. Owner: payment team.
 */
package itc.renewal.contracts.payment.v1;
