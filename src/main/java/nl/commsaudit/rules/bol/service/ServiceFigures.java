package nl.commsaudit.rules.bol.service;

/**
 * A BOL seller's service-norm figures for seller-summary.csv.
 *
 * @param casesDue          due CUSTOMER cases
 * @param casesOnTime       due CUSTOMER cases whose first response was on time
 * @param callsInHours      calls started in working hours (Dutch holidays only)
 * @param callsAnswered     of those, the answered ones
 * @param callsOutsideHours calls outside working hours, which do not count
 */
public record ServiceFigures(long casesDue, long casesOnTime, long callsInHours, long callsAnswered, long callsOutsideHours) {
}
