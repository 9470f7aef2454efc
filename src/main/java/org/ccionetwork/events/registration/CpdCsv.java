package org.ccionetwork.events.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccionetwork.events.Csv;
import org.ccionetwork.events.registration.RegistrationPages.CpdRow;
import org.ccionetwork.shared.Dates;

/**
 * A member's CPD log as a spreadsheet, with its total on the last line. {@link #rows} decides what each cell says;
 * {@link #write} is the only place that knows CSV, so moving to the shared CSV writer changes that method alone.
 */
final class CpdCsv {

    static final List<String> HEADER = List.of("Date", "Event", "CPD hours", "Certificate");

    private CpdCsv() {
    }

    /** {@code certificate} gives the full address of the certificate of an event, by its slug. */
    static List<List<String>> rows(List<CpdRow> log, BigDecimal total, Function<String, String> certificate) {
        List<List<String>> rows = new ArrayList<>();
        for (CpdRow row : log) {
            rows.add(List.of(Dates.date(row.startsAt()), row.title(), row.hoursText(), certificate.apply(row.slug())));
        }
        rows.add(List.of("", "Total", total.stripTrailingZeros().toPlainString(), ""));
        return rows;
    }

    static String write(List<CpdRow> log, BigDecimal total, Function<String, String> certificate) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : rows(log, total, certificate)) {
            csv.append(row.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }
}
