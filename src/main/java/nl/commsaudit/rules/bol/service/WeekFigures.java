package nl.commsaudit.rules.bol.service;

import java.time.Instant;
import java.util.List;

/**
 * One ISO week of a BOL seller: the customer questions opened that week that had no initial reaction
 * within the allowed working hours.
 *
 * @param missedCases the number of such questions
 * @param examples    the first of their case ids, for the evidence
 * @param weekStart   Monday 00:00 Amsterdam of the week
 */
public record WeekFigures(String sellerId, String isoWeek, Instant weekStart, long missedCases, List<String> examples) {
}
