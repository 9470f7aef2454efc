package org.ccionetwork.events.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.ccionetwork.events.registration.RegistrationPages.CpdRow;
import org.ccionetwork.shared.Csv;
import org.ccionetwork.shared.Dates;

/**
 * A member's CPD log as a spreadsheet, with its total on the last line. {@link #rows} decides what each cell says;
 * {@link #write} hands them to the shared CSV writer, which quotes and defuses formulas. An empty cell is
 * {@code null}, written as nothing (an empty string would be written {@code ""} at the start of a line).
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
        rows.add(Arrays.asList(null, "Total", total.stripTrailingZeros().toPlainString(), null));
        return rows;
    }

    static String write(List<CpdRow> log, BigDecimal total, Function<String, String> certificate) {
        Csv csv = new Csv(HEADER.toArray(String[]::new));
        rows(log, total, certificate).forEach(row -> csv.row(row.toArray()));
        return csv.toString();
    }
}
