package org.ccionetwork.events.registration;

import java.math.BigDecimal;

import org.ccionetwork.events.EventNotFound;
import org.ccionetwork.events.calendar.CalendarService;
import org.ccionetwork.events.registration.RegistrationPages.CpdPage;
import org.ccionetwork.events.registration.RegistrationPages.CpdRow;
import org.ccionetwork.events.registration.RegistrationPages.MyEventsPage;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Csv;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's own events: registrations, private calendar feed, CPD log and certificates. */
@Controller
class MyEventsController {

    private final MyEventsService mine;
    private final CalendarService calendars;
    private final CcioProperties properties;

    MyEventsController(MyEventsService mine, CalendarService calendars, CcioProperties properties) {
        this.mine = mine;
        this.calendars = calendars;
        this.properties = properties;
    }

    @GetMapping("/account/events")
    ModelAndView events() {
        return page(me().id(), null);
    }

    /**
     * Shows the new address in the response itself rather than after a redirect: only its hash is kept, and a
     * redirect would have to carry the secret through the session store.
     */
    @PostMapping("/account/events/feed")
    ModelAndView renewFeed() {
        long me = me().id();
        String token = calendars.renewFeed(me);
        return page(me, properties.link("/events/feed/" + token + ".ics"));
    }

    private ModelAndView page(long memberId, String newFeedUrl) {
        var registrations = mine.registrations(memberId);
        return Views.page("events/mine", new MyEventsPage(registrations.upcoming(), registrations.past(),
                calendars.feedCreated(memberId).orElse(null), newFeedUrl));
    }

    @PostMapping("/account/events/feed/revoke")
    String revokeFeed(RedirectAttributes redirect) {
        calendars.revokeFeed(me().id());
        Flash.say(redirect, "Your calendar address no longer works.");
        return "redirect:/account/events";
    }

    @GetMapping("/account/events/{slug}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String slug) {
        Viewer me = me();
        byte[] pdf = mine.certificate(slug, me.id()).orElseThrow(() -> EventNotFound.forSlug(slug));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + slug + ".pdf\"")
                .body(pdf);
    }

    @GetMapping("/account/cpd")
    ModelAndView cpd() {
        var rows = mine.cpd(me().id());
        return Views.page("events/cpd", new CpdPage(rows, total(rows)));
    }

    @GetMapping("/account/cpd.csv")
    ResponseEntity<String> cpdCsv() {
        var rows = mine.cpd(me().id());
        String csv = CpdCsv.write(rows, total(rows), slug -> properties.link("/account/events/" + slug + "/certificate.pdf"));
        return ResponseEntity.ok().contentType(Csv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cpd-log.csv\"").body(csv);
    }

    private static BigDecimal total(java.util.List<CpdRow> rows) {
        return rows.stream().map(r -> r.hours() == null ? BigDecimal.ZERO : r.hours()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Viewer me() {
        return Viewers.current().orElseThrow();
    }
}
