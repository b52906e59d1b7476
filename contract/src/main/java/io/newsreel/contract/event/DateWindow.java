package io.newsreel.contract.event;

import java.time.LocalDate;

/**
 * A span of days for a fact known only to the month or season ("in March", "spring 2022").
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record DateWindow(LocalDate from, LocalDate to) {
}
