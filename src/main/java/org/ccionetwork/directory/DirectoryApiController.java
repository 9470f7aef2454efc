package org.ccionetwork.directory;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ccionetwork.organisations.Appointment;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.topics.Topics;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as JSON. It answers as the profile pages do: a visitor gets only what members made public, a
 * signed-in member what members may see; a field the caller may not see is {@code null} or empty.
 */
@RestController
@Tag(name = "People", description = "The directory of members, as each caller may see it")
class DirectoryApiController {

    public record Person(String handle, String name, String profession, String jobTitle, String organisation,
            String region, List<String> interests, String biography, String registrationBody,
            String registrationNumber, List<String> links, boolean ccio, List<CcioAppointment> appointments) {

        static Person of(ListedProfile listed) {
            ProfileView p = listed.profile();
            return new Person(p.handle(), p.name(), p.professionLabel(), p.jobTitle(), p.organisationName(), p.region(),
                    org.ccionetwork.topics.Topics.slugsOf(p.interests()), p.biography(), p.registrationBody() == null ? null : p.registrationBody().name(),
                    p.registrationNumber(), p.links(), listed.ccio(),
                    listed.appointments().stream().map(CcioAppointment::of).toList());
        }
    }

    public record CcioAppointment(String organisation, String odsCode, String jobTitle, String startedOn) {
        static CcioAppointment of(Appointment a) {
            return new CcioAppointment(a.organisationName(), a.odsCode(), a.jobTitle(), a.startedOn().toString());
        }
    }

    /** One page; {@code total} is counted up to 1,000, and {@code more} says there are more matches than that. */
    public record People(List<Person> items, int page, int pageSize, long total, boolean more) {
    }

    private final DirectoryService directory;
    private final Topics topics;

    DirectoryApiController(DirectoryService directory, Topics topics) {
        this.directory = directory;
        this.topics = topics;
    }

    @GetMapping(value = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search the directory by name, region, profession, interest, organisation (ODS code) and CCIOs only")
    ResponseEntity<People> search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String profession, @RequestParam(required = false) String interest,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) Boolean ccio,
            @RequestParam(required = false) Integer page) {
        var search = DirectorySearch.of(q, region, profession, interest, organisation, ccio, page, topics);
        var found = directory.search(search, Viewers.current().orElse(null));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new People(found.page().items().stream().map(Person::of).toList(), found.page().number(),
                        found.page().size(), found.page().total(), found.more()));
    }

    @GetMapping(value = "/api/v1/people/{handle}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One member's profile, as the caller may see it")
    ResponseEntity<Person> person(@PathVariable String handle) {
        var person = directory.view(handle, Viewers.current().orElse(null)).orElseThrow(() -> ProfileNotFound.forHandle(handle));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Person.of(person));
    }
}
