package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

    @Autowired
    FirstAdmin firstAdmin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Test
    void withNoAdministratorTheFirstStartCreatesOneAndPrintsAOneTimePassword(CapturedOutput output) {
        transactions.executeWithoutResult(status -> {
            // Start from a database with no administrator; rolled back afterwards.
            jdbc.sql("delete from accounts.member where id in (select member_id from accounts.member_role where role = 'ADMIN')").update();
            jdbc.sql("delete from accounts.member where email = 'admin@ccionetwork.local'").update();
            firstAdmin.run(null);
            Matcher matcher = Pattern.compile("One-time password:\\s+(\\S+)").matcher(output.getOut());
            assertThat(matcher.find()).isTrue();
            var row = jdbc.sql("select password_hash, must_change_password from accounts.member where email = 'admin@ccionetwork.local'")
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2)}).single();
            assertThat(passwords.matches(matcher.group(1), (String) row[0])).isTrue();
            assertThat(row[1]).isEqualTo(true);

            int before = output.getOut().split("One-time password").length;
            firstAdmin.run(null);
            assertThat(output.getOut().split("One-time password").length).as("printed once only").isEqualTo(before);
            status.setRollbackOnly();
        });
    }

    @Test
    void aMemberWhoMustChangeTheirPasswordCanDoNothingElseFirst() throws Exception {
        var member = new Members(jdbc, passwords).aMember().withRole(Role.ADMIN).create();
        jdbc.sql("update accounts.member set must_change_password = true where id = :id").param("id", member.id()).update();
        var session = SignInTests.signedInSession(mvc, member.email(), member.password());
        assertThat(mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        mvc.perform(post("/account/password").with(csrf()).cookie(session)
                .param("currentPassword", member.password()).param("newPassword", "meadow copper violin 31")).andReturn();
        // Then, as for every staff member, staff pages wait for a second factor (SecondFactorTests).
        assertThat(mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/second-factor");
        assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
