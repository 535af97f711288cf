/**
 * points-service's internal HTTP API (rules P4, P5), called by renewal-service: {@code /internal/points/**}, not
 * routed by the gateway. Plain records, read leniently (unknown fields ignored, missing ones null) so either side
 * can add a field first. Owner: points team.
 */
package itc.renewal.contracts.points.internal;
