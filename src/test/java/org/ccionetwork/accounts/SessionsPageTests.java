package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.ccionetwork.ClientAddresses;
import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** /account/sessions: the member's sessions, found by principal name in Spring Session's table, and signing them out. */
@IntegrationTest
class SessionsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberSeesTheirSessionsAndSignsOutAnotherOneThenAllOthers() throws Exception {
        var member = members.aMember().create();
        Cookie laptop = signIn(member, "203.0.113.7", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36");
        Cookie phone = signIn(member, "198.51.100.9", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1");
        Cookie tablet = signIn(member, "198.51.100.10", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");

        String page = mvc.perform(get("/account/sessions").cookie(laptop)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Chrome on Windows").contains("(this one)").contains("203.0.113.7")
                .contains("Safari on iOS").contains("198.51.100.9").contains("Firefox on Linux").contains("password");
        var handles = Pattern.compile("/account/sessions/([0-9a-f]+)/end").matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(handles).hasSize(2);

        String phoneRow = page.substring(page.indexOf("Safari on iOS"));
        String phoneHandle = Pattern.compile("/account/sessions/([0-9a-f]+)/end").matcher(phoneRow).results()
                .findFirst().orElseThrow().group(1);
        mvc.perform(post("/account/sessions/" + phoneHandle + "/end").with(csrf()).cookie(laptop));
        assertThat(mvc.perform(get("/account").cookie(phone)).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(mvc.perform(get("/account").cookie(tablet)).andReturn().getResponse().getStatus()).isEqualTo(200);

        mvc.perform(post("/account/sessions/others").with(csrf()).cookie(laptop));
        assertThat(mvc.perform(get("/account").cookie(tablet)).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(mvc.perform(get("/account").cookie(laptop)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'SESSION_REVOKED' and actor_id = :id")
                .param("id", member.id()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aHandleOfSomeoneElsesSessionSignsNobodyOut() throws Exception {
        var me = members.aMember().create();
        var other = members.aMember().create();
        Cookie mine = signIn(me, ClientAddresses.next(), "curl");
        Cookie theirs = signIn(other, ClientAddresses.next(), "curl");
        // The cookie carries the session id in Base64; the handle is made from the id itself.
        mvc.perform(post("/account/sessions/" + SignedInSessions.handle(idOf(theirs)) + "/end").with(csrf()).cookie(mine));
        mvc.perform(post("/account/sessions/" + SignedInSessions.handle(idOf(mine)) + "/end").with(csrf()).cookie(mine));
        assertThat(mvc.perform(get("/account").cookie(theirs)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/account").cookie(mine)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private static String idOf(Cookie session) {
        return new String(java.util.Base64.getDecoder().decode(session.getValue()), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theHandleOfAnotherOfMySessionsSignsItOut() throws Exception {
        var me = members.aMember().create();
        Cookie one = signIn(me, ClientAddresses.next(), "curl");
        Cookie two = signIn(me, ClientAddresses.next(), "curl");
        mvc.perform(post("/account/sessions/" + SignedInSessions.handle(idOf(two)) + "/end").with(csrf()).cookie(one));
        assertThat(mvc.perform(get("/account").cookie(two)).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    private Cookie signIn(Members.Created member, String address, String agent) throws Exception {
        Cookie before = mvc.perform(get("/sign-in")).andReturn().getResponse().getCookie("SESSION");
        var result = mvc.perform(post("/sign-in").with(csrf()).with(ClientAddresses.from(address)).cookie(before)
                .header("User-Agent", agent).param("email", member.email()).param("password", member.password())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return result.getResponse().getCookie("SESSION");
    }
}
