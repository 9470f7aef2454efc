package org.ccionetwork.events.registration;

import java.util.List;
import java.util.stream.Collectors;

import org.ccionetwork.events.Csv;
import org.ccionetwork.events.registration.RegistrationPages.Attendee;
import org.ccionetwork.shared.Dates;

/**
 * The attendee list as a spreadsheet. {@link #rows} decides what each cell says; {@link #write} is the only place
 * that knows CSV, so moving to the shared CSV writer changes that method alone.
 */
final class AttendanceCsv {

    static final List<String> HEADER = List.of("Name", "Email", "Organisation", "Status", "Registered", "Needs",
            "Checked in");

    private AttendanceCsv() {
    }

    static List<List<String>> rows(List<Attendee> attendees) {
        return attendees.stream().map(a -> List.of(a.name(), a.email(), a.organisation(),
                a.registration().status().label(), Dates.dateTime(a.registration().registeredAt()),
                a.registration().needs() == null ? "" : a.registration().needs(),
                Dates.dateTime(a.registration().checkedInAt()))).toList();
    }

    static String write(List<Attendee> attendees) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : rows(attendees)) {
            csv.append(row.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }
}
