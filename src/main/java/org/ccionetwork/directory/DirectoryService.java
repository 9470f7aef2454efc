package org.ccionetwork.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.organisations.Appointment;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Slugs;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.topics.Topics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles: saving one's own, finding one by handle for a viewer, and searching the directory. Public for
 * mentoring, which proposes mentors as the mentee may see their profiles.
 */
@Service
public class DirectoryService {

    static final int PAGE_SIZE = DirectorySearch.PAGE_SIZE;

    private final ProfileRepository profiles;
    private final MemberLookup members;
    private final Organisations organisations;
    private final Topics topics;

    DirectoryService(ProfileRepository profiles, MemberLookup members, Organisations organisations, Topics topics) {
        this.profiles = profiles;
        this.members = members;
        this.organisations = organisations;
        this.topics = topics;
    }

    public Optional<Profile> find(long memberId) {
        return profiles.find(memberId);
    }

    public List<Profile> findAll(Collection<Long> memberIds) {
        return profiles.findAll(memberIds);
    }

    /** The profile behind a handle, if this viewer may open it (an active member, listed for them). */
    Optional<ListedProfile> view(String handle, Viewer viewer) {
        if (handle == null || !handle.matches("[a-z0-9-]{1,80}")) {
            return Optional.empty();
        }
        return profiles.findByHandle(handle).flatMap(profile -> listed(List.of(profile), viewer).stream().findFirst());
    }

    @Transactional
    Profile save(long memberId, ProfileForm form) {
        MemberSummary member = members.find(memberId).orElseThrow();
        Optional<Profile> existing = profiles.find(memberId);
        String handle = existing.map(Profile::handle).orElseGet(() -> freeHandle(member.name()));
        Organisation organisation = form.organisation() == null || form.organisation().isBlank() ? null
                : organisations.findByOdsCode(form.organisation()).filter(o -> o.retiredAt() == null).orElse(null);
        String region = ProfileForm.blankToNull(form.region());
        if (region == null && organisation != null) {
            region = organisation.region();
        }
        Map<FieldGroup, Visibility> visibility = new EnumMap<>(FieldGroup.class);
        for (FieldGroup group : FieldGroup.values()) {
            visibility.put(group, form.visibility(group));
        }
        boolean registered = form.registrationBody() != null;
        var profile = new Profile(memberId, handle, member.name(), form.profession(), ProfileForm.blankToNull(form.jobTitle()),
                organisation == null ? null : organisation.id(),
                organisation == null ? ProfileForm.blankToNull(form.organisationOther()) : organisation.name(),
                organisation == null ? null : organisation.sector(), region, topics.of(form.interests()),
                ProfileForm.blankToNull(form.biography()), form.registrationBody(),
                registered ? RegistrationBody.normalise(form.registrationNumber()) : null, form.links(), visibility, null);
        profiles.save(profile);
        return profiles.find(memberId).orElseThrow();
    }

    /** Keeps the searchable name in step when the member changed it in their account. */
    @Transactional
    void refreshName(long memberId) {
        members.find(memberId).ifPresent(member -> profiles.rename(memberId, member.name()));
    }

    /** One page of the directory: two queries for the profiles, one for the members' status, one for appointments. */
    DirectoryResults search(DirectorySearch search, Viewer viewer) {
        boolean signedIn = viewer != null;
        Set<Long> ccios = search.ccio() ? organisations.publicCcioMemberIds() : Set.of();
        Long organisationId = search.organisation() == null ? null
                : organisations.findByOdsCode(search.organisation()).map(Organisation::id).orElse(-1L);
        var found = profiles.search(search, signedIn, ccios, organisationId, PAGE_SIZE);
        long total = profiles.count(search, signedIn, ccios, organisationId, DirectorySearch.MAX_RESULTS + 1);
        return new DirectoryResults(new PageOf<>(listed(found, viewer), search.page(), PAGE_SIZE,
                Math.min(total, DirectorySearch.MAX_RESULTS)), total > DirectorySearch.MAX_RESULTS);
    }

    /** Profiles as the viewer may see them, leaving out suspended and erased members, with shown appointments. */
    public List<ListedProfile> listed(List<Profile> found, Viewer viewer) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        found.forEach(p -> ids.add(p.memberId()));
        var summaries = members.findAll(ids);
        var appointments = organisations.currentAppointments(ids);
        List<ListedProfile> out = new ArrayList<>();
        for (Profile profile : found) {
            var member = summaries.get(profile.memberId());
            boolean own = viewer != null && viewer.id() == profile.memberId();
            if (member == null || member.email() == null || (member.suspended() && !own && (viewer == null || !viewer.isModerator()))) {
                continue;
            }
            ProfileView view = profile.seenBy(viewer);
            if (view == null) {
                continue;
            }
            List<Appointment> shown = view.roleShown()
                    ? appointments.getOrDefault(profile.memberId(), List.of()).stream().filter(a -> own || a.showName()).toList()
                    : List.of();
            out.add(new ListedProfile(view, shown));
        }
        return out;
    }

    /**
     * A handle from the name, without titles, made unique with a number; it never changes afterwards. The base is
     * kept short enough that "-NN" still fits the 80 characters a handle may have.
     */
    /** Leaves room for a "-" and up to nine digits within the profile table's 80-character handle. */
    static final int MAX_HANDLE_BASE = 70;

    String freeHandle(String name) {
        // A title is no part of a handle: "Dr Sam Patel" is sam-patel.
        String base = Slugs.of(name.replaceFirst("(?i)^(dr|prof|professor|mr|mrs|ms|miss|mx)\\.?\\s+", ""), "member");
        if (base.length() > MAX_HANDLE_BASE) {
            base = base.substring(0, MAX_HANDLE_BASE).replaceAll("-+$", "");
        }
        String handle = base;
        for (int n = 2; profiles.handleTaken(handle); n++) {
            handle = base + "-" + n;
        }
        return handle;
    }
}
