/**
 * Practice-point events published by points-service on topic {@code itc.points.events}, keyed by
 * member id. Owner: points team.
 */
package itc.renewal.contracts.points.v1;
