package org.ccionetwork.organisations;

import java.util.List;
import java.util.Map;

import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;

/** The records behind the organisations module's templates. */
public final class OrganisationPages {

    private OrganisationPages() {
    }

    public record RegisterPage(PageOf<ProviderRow> providers, RegisterFilter filter) {
        public List<String> sectors() {
            return Sector.slugs();
        }

        public List<String> regions() {
            return RegisterFilter.REGIONS;
        }
    }

    /** A CCIO appointment as the organisation page shows it: the name only where the member allows. */
    public record CcioLine(Appointment appointment, String name) {
    }

    public record OrganisationPage(Organisation organisation, List<CcioLine> current, List<CcioLine> past, int pastNotShown,
            boolean canClaim, boolean hasOpenClaim, List<gg.jte.Content> panels) {
    }

    /**
     * @param yours the organisations the member's sign-in provider says they work for, offered first
     * @param assertedHere the provider that asserted the member works at this organisation, or {@code null}
     */
    public record ClaimPage(Organisation organisation, ClaimForm form, FormErrors errors, List<Organisation> yours,
            String assertedHere) {
    }

    public record QueuePage(List<Appointment> pending, long total, Map<Long, MemberSummary> members, FormErrors errors,
            Long failedId, Map<Long, List<org.ccionetwork.accounts.AssertedOrganisations.Asserted>> asserted) {

        /** The provider that asserted, at sign-in, that the claimant works for the claimed organisation; or {@code null}. */
        public String assertedBy(Appointment appointment) {
            return org.ccionetwork.accounts.AssertedOrganisations.assertedBy(
                    asserted.getOrDefault(appointment.memberId(), List.of()), appointment.odsCode());
        }
    }

    public record AdminOrganisationsPage(PageOf<ProviderRow> providers, List<Organisation> retired, ProviderForm form,
            FormErrors errors, List<String> sectors, List<String> regions) {
    }

    public record MyAppointmentsPage(List<Appointment> appointments) {
    }

    /** The partners and sponsors with their logos, for editors. */
    public record AdminPartnersPage(List<Organisation> partners, Map<Long, PartnerLogo> logos) {
    }

    /** The logo form of one partner: its current logo, if any, and what the editor typed. */
    public record PartnerLogoPage(Organisation partner, PartnerLogo logo, String alt, FormErrors errors) {
        public int maxKilobytes() {
            return LogoImage.MAX_BYTES / 1024;
        }
    }
}
