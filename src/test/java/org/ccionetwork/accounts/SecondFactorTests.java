package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.ccionetwork.ClientAddresses;
import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Staff pages need a second factor: signed in by password, an administrator is asked to set up an
 * authenticator app (codes computed here from the secret the page shows), and to use it in every new session;
 * codes and recovery codes work once; wrong codes are throttled; an administrator can reset it.
 */
@IntegrationTest
class SecondFactorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aStaffMemberSetsUpAnAuthenticatorAppBeforeStaffPagesAndCodesWorkOnce() throws Exception {
        var admin = members.aMember().named("Dr Two Factors").withRole(Role.ADMIN).create();
        String address = ClientAddresses.next();
        Cookie session = signIn(admin, address);

        MvcResult staffPage = mvc.perform(get("/admin").cookie(session)).andReturn();
        assertThat(staffPage.getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor");
        assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("Dr Two Factors");

        String setup = mvc.perform(get("/account/second-factor").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(setup).contains("Set up your second factor").contains("src=\"data:image/png;base64,");
        String secret = secretIn(setup);

        MvcResult wrongFirst = mvc.perform(post("/account/second-factor/setup").with(csrf()).cookie(session)
                .with(ClientAddresses.from(address)).param("code", "000000")).andReturn();
        assertThat(wrongFirst.getResponse().getStatus()).isEqualTo(422);
        secret = secretIn(wrongFirst.getResponse().getContentAsString());

        String code = OneTimeCodes.codeAt(secret, clock.instant());
        MvcResult confirmed = mvc.perform(post("/account/second-factor/setup").with(csrf()).cookie(session)
                .with(ClientAddresses.from(address)).param("code", code)).andReturn();
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(200);
        List<String> recovery = recoveryCodesIn(confirmed.getResponse().getContentAsString());
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select code_hash from accounts.recovery_code where member_id = :id").param("id", admin.id())
                .query(String.class).list()).hasSize(10).doesNotContainAnyElementsOf(recovery);
        Cookie unlocked = confirmed.getResponse().getCookie("SESSION");
        assertThat(unlocked.getValue()).as("a new session id once the factor is passed").isNotEqualTo(session.getValue());
        assertThat(mvc.perform(get("/admin").cookie(unlocked)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(members.audited(admin.id(), "SECOND_FACTOR_SET_UP")).isOne();

        // A new session: the code just used is refused, the next one works once.
        Cookie second = signIn(admin, address);
        assertThat(mvc.perform(get("/admin").cookie(second)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/second-factor");
        assertThat(mvc.perform(get("/account/second-factor").cookie(second)).andReturn().getResponse().getContentAsString())
                .contains("Enter the 6-digit code").doesNotContain(secret);
        MvcResult reused = verify(second, address, code);
        assertThat(reused.getResponse().getStatus()).isEqualTo(422);
        assertThat(reused.getResponse().getContentAsString()).contains("has been used already");
        String next = OneTimeCodes.codeAt(secret, clock.instant().plus(OneTimeCodes.STEP));
        MvcResult accepted = verify(second, address, next);
        assertThat(accepted.getResponse().getRedirectedUrl()).startsWith("http://localhost/admin");
        assertThat(mvc.perform(get("/admin").cookie(accepted.getResponse().getCookie("SESSION"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(verify(signIn(admin, address), address, next).getResponse().getStatus()).isEqualTo(422);

        // A recovery code works once.
        MvcResult withRecovery = verify(signIn(admin, address), address, recovery.get(3));
        assertThat(withRecovery.getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/admin").cookie(withRecovery.getResponse().getCookie("SESSION"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(verify(signIn(admin, address), address, recovery.get(3)).getResponse().getStatus()).isEqualTo(422);
        assertThat(members.audited(admin.id(), "RECOVERY_CODE_USED")).isOne();
    }

    @Test
    void wrongCodesAreThrottledLikePasswords() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        String address = ClientAddresses.next();
        Cookie session = signIn(moderator, address);
        String secret = secretIn(mvc.perform(get("/account/second-factor").cookie(session)).andReturn().getResponse()
                .getContentAsString());
        Cookie unlocked = mvc.perform(post("/account/second-factor/setup").with(csrf()).cookie(session)
                .with(ClientAddresses.from(address)).param("code", OneTimeCodes.codeAt(secret, clock.instant())))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(unlocked).isNotNull();

        Cookie again = signIn(moderator, address);
        for (int i = 0; i < 5; i++) {
            assertThat(verify(again, address, "12345" + i).getResponse().getStatus()).isEqualTo(422);
        }
        MvcResult blocked = verify(again, address, OneTimeCodes.codeAt(secret, clock.instant().plus(OneTimeCodes.STEP)));
        assertThat(blocked.getResponse().getStatus()).isEqualTo(422);
        assertThat(blocked.getResponse().getContentAsString()).contains("Too many wrong codes");
    }

    @Test
    void aMemberWithoutAStaffRoleNeverNeedsIt() throws Exception {
        var member = members.aMember().create();
        Cookie session = signIn(member, ClientAddresses.next());
        assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAdministratorResetsAMembersSecondFactorAndAModeratorCannot() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        editor.signedIn(); // sets up and passes the editor's second factor
        assertThat(count(editor.id())).isOne();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        var refused = mvc.perform(post("/admin/members/" + editor.id() + "/second-factor/reset").with(csrf())
                .with(moderator.signedIn())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(count(editor.id())).isOne();

        var admin = members.aMember().withRole(Role.ADMIN).create();
        var reset = mvc.perform(post("/admin/members/" + editor.id() + "/second-factor/reset").with(csrf())
                .with(admin.signedIn())).andReturn();
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/admin/members/" + editor.id());
        assertThat(count(editor.id())).isZero();
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'SECOND_FACTOR_RESET' and actor_id = :admin and target = :target")
                .param("admin", admin.id()).param("target", "member #" + editor.id()).query(Integer.class).single()).isOne();
    }

    @Test
    void aStaffSessionWithoutTheSecondFactorHasNoStaffPowers() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        var target = members.aMember().create();
        var result = mvc.perform(post("/admin/members/" + target.id() + "/suspend").with(csrf())
                .with(moderator.signedInWithoutSecondFactor()).param("reason", "test")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor");
        assertThat(jdbc.sql("select status from accounts.member where id = :id").param("id", target.id())
                .query(String.class).single()).isEqualTo("ACTIVE");
    }

    private Cookie signIn(Members.Created member, String address) throws Exception {
        Cookie before = mvc.perform(get("/sign-in")).andReturn().getResponse().getCookie("SESSION");
        MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(ClientAddresses.from(address)).cookie(before)
                .param("email", member.email()).param("password", member.password())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return result.getResponse().getCookie("SESSION");
    }

    private MvcResult verify(Cookie session, String address, String code) throws Exception {
        return mvc.perform(post("/account/second-factor").with(csrf()).cookie(session).with(ClientAddresses.from(address))
                .param("code", code)).andReturn();
    }

    private static String secretIn(String html) {
        var matcher = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>").matcher(html);
        assertThat(matcher.find()).as("the secret is shown").isTrue();
        return matcher.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodesIn(String html) {
        String list = html.substring(html.indexOf("id=\"recovery-codes\""));
        list = list.substring(0, list.indexOf("</ul>"));
        var matcher = Pattern.compile("<code>([a-z0-9]+)</code>").matcher(list);
        List<String> codes = new ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private int count(long memberId) {
        return jdbc.sql("select count(*) from accounts.second_factor where member_id = :id").param("id", memberId)
                .query(Integer.class).single();
    }
}
