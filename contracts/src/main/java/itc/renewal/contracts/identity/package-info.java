/**
 * The signed identity every internal HTTP request carries: gateway → service (a member or an operator) and
 * service → service (a service). Plain JDK, so the launcher and the tests sign as the services do.
 */
package itc.renewal.contracts.identity;
