package org.ccionetwork.playbooks;

import java.time.Clock;
import java.util.List;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors invite verified CCIOs to co-write a playbook (by email, answered in the site); each change audited. */
@Service
class Coauthors {

    private final PlaybookRepository playbooks;
    private final PlaybookService reading;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties site;
    private final AuditLog audit;
    private final Clock clock;

    Coauthors(PlaybookRepository playbooks, PlaybookService reading, MemberLookup members, Outbox outbox,
            CcioProperties site, AuditLog audit, Clock clock) {
        this.playbooks = playbooks;
        this.reading = reading;
        this.members = members;
        this.outbox = outbox;
        this.site = site;
        this.audit = audit;
        this.clock = clock;
    }

    List<Coauthor> of(Playbook playbook) {
        var invited = playbooks.coauthors(playbook.id());
        var names = members.findAll(invited.stream().map(Coauthor::memberId).toList());
        return invited.stream().map(c -> c.named(names.containsKey(c.memberId()) ? names.get(c.memberId()).name()
                : "Former member")).toList();
    }

    /** What came of an invitation, for the message beside the field. */
    enum Invited { INVITED, ALREADY_INVITED, NO_SUCH_MEMBER, NOT_A_VERIFIED_CCIO }

    @Transactional
    Invited invite(String slug, String email, Viewer viewer) {
        PlaybookEditing.requireEditor(viewer, slug);
        Playbook playbook = reading.editable(slug, viewer);
        var member = members.findByEmail(email.strip());
        if (member.isEmpty() || member.get().suspended()) {
            return Invited.NO_SUCH_MEMBER;
        }
        MemberSummary invitee = member.get();
        if (!invitee.has(Role.CCIO) || !invitee.verified()) {
            return Invited.NOT_A_VERIFIED_CCIO;
        }
        if (!playbooks.invite(playbook.id(), invitee.id(), viewer.id(), clock.instant())) {
            return Invited.ALREADY_INVITED;
        }
        audit.record("playbook.coauthor-invited", "playbook:" + slug, "member #" + invitee.id() + " (" + invitee.name() + ")");
        outbox.enqueue(new OutgoingEmail(invitee.email(), "Would you co-write “" + playbook.title() + "”?",
                "Dear " + invitee.name() + ",\n\n" + viewer.name() + " invites you to co-write the playbook “"
                        + playbook.title() + "” on the CCIO Network.\n\nAccept the invitation here:\n"
                        + site.link("/playbooks/mine") + "\n\nCCIO Network\n"));
        return Invited.INVITED;
    }

    @Transactional
    boolean accept(String slug, Viewer viewer) {
        Playbook playbook = reading.visibleToInvitee(slug);
        return playbooks.accept(playbook.id(), viewer.id(), clock.instant());
    }

    @Transactional
    void remove(String slug, long memberId, Viewer viewer) {
        PlaybookEditing.requireEditor(viewer, slug);
        Playbook playbook = reading.editable(slug, viewer);
        if (playbooks.removeCoauthor(playbook.id(), memberId)) {
            audit.record("playbook.coauthor-removed", "playbook:" + slug, "member #" + memberId);
        }
    }

    List<Playbook> invitations(Viewer viewer) {
        return playbooks.invitationsOf(viewer.id());
    }
}
