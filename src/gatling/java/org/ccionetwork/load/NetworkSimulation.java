package org.ccionetwork.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The load benchmark (see README). Two modes:
 * <ul>
 * <li>{@code -Dkind=article} (or static, home, campaign, events, event, news, feed, organisations, stats,
 * thread, category, search, notifications, directory): 32 connections ask for that one kind of page for the
 * duration, to measure its throughput and latency on its own;</li>
 * <li>{@code -Dkind=mix}: 16 anonymous readers and 16 signed-in members at once, members also registering for
 * events and posting replies.</li>
 * </ul>
 * The feeders come from {@code ./data/bench-feeders}, written by the data generator.
 */
public class NetworkSimulation extends Simulation {

    static final String BASE = System.getProperty("baseUrl", "http://localhost:8080");
    static final String FEEDERS = System.getProperty("feeders", "data/bench-feeders");
    static final int CONNECTIONS = Integer.getInteger("connections", 32);
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("seconds", 20));
    static final String KIND = System.getProperty("kind", "mix");
    static final String PASSWORD = "load-test-password-2026";

    static FeederBuilder<String> feeder(String name) {
        return csv(FEEDERS + "/" + name + ".csv").circular();
    }

    final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
            .disableFollowRedirect().disableCaching().acceptEncodingHeader("identity");

    static ChainBuilder page(String kind) {
        return switch (kind) {
            case "static" -> exec(http("static").get("/assets/css/site.css").check(status().is(200)));
            case "home" -> exec(http("home").get("/").check(status().is(200)));
            case "campaign" -> exec(http("campaign").get("/campaign").check(status().is(200)));
            case "stats" -> exec(http("stats").get("/api/v1/campaign/stats").check(status().is(200)));
            case "events" -> exec(http("events").get("/events").check(status().is(200)));
            case "event" -> exec(feed(feeder("events")), http("event").get("/events/#{slug}").check(status().is(200)));
            case "news" -> exec(http("news").get("/news").check(status().is(200)));
            case "article" -> exec(feed(feeder("articles")), http("article").get("/news/#{slug}").check(status().is(200)));
            case "feed" -> exec(http("feed").get("/news/feed.atom").check(status().is(200)));
            case "organisations" -> exec(http("organisations").get("/organisations").check(status().is(200)));
            case "organisation" -> exec(feed(feeder("organisations")), http("organisation").get("/organisations/#{ods}").check(status().is(200)));
            case "thread" -> exec(feed(feeder("threads")), http("thread").get("/community/t/#{id}/#{slug}").check(status().is(200)));
            case "category" -> exec(feed(feeder("categories")), http("category").get("/community/c/#{slug}").check(status().is(200)));
            case "search" -> exec(http("search").get("/community/search?q=interoperability+standards").check(status().is(200)));
            case "notifications" -> exec(http("notifications").get("/notifications").check(status().is(200)));
            case "directory" -> exec(http("directory").get("/directory").check(status().is(200)));
            default -> throw new IllegalArgumentException("Unknown kind " + kind);
        };
    }

    static ChainBuilder feed(FeederBuilder<String> feeder) {
        return exec(io.gatling.javaapi.core.CoreDsl.feed(feeder));
    }

    static boolean membersOnly(String kind) {
        return List.of("thread", "category", "search", "notifications", "directory").contains(kind);
    }

    static final ChainBuilder signIn = exec(io.gatling.javaapi.core.CoreDsl.feed(feeder("members")))
            .exec(http("sign-in page").get("/sign-in").check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("sign in").post("/sign-in").formParam("email", "#{email}").formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}").check(status().is(302), io.gatling.javaapi.http.HttpDsl.header("Location").transform(l -> l.contains("error")).is(false)));

    static final ChainBuilder reply = exec(io.gatling.javaapi.core.CoreDsl.feed(feeder("threads")))
            .exec(http("thread").get("/community/t/#{id}/#{slug}").check(status().is(200),
                    css("form[action$='/replies'] input[name=_csrf]", "value").optional().saveAs("replyCsrf")))
            .doIf(session -> session.contains("replyCsrf")).then(exec(http("post reply").post("/community/t/#{id}/replies")
                    .formParam("body", "Thank you, this is helpful. We saw the same at our trust.").formParam("_csrf", "#{replyCsrf}")
                    .check(status().in(302, 303))));

    static final ChainBuilder register = exec(io.gatling.javaapi.core.CoreDsl.feed(feeder("upcoming")))
            .exec(http("event").get("/events/#{slug}").check(status().is(200),
                    css("form[action$='/register'] input[name=_csrf]", "value").optional().saveAs("registerCsrf")))
            .doIf(session -> session.contains("registerCsrf")).then(exec(http("register").post("/events/#{slug}/register")
                    .formParam("_csrf", "#{registerCsrf}").check(status().in(302, 303))));

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        if (KIND.equals("mix")) {
            ScenarioBuilder readers = scenario("readers").during(DURATION).on(randomSwitch().on(
                    new io.gatling.javaapi.core.Choice.WithWeight(20, page("home")),
                    new io.gatling.javaapi.core.Choice.WithWeight(10, page("campaign")),
                    new io.gatling.javaapi.core.Choice.WithWeight(10, page("events")),
                    new io.gatling.javaapi.core.Choice.WithWeight(10, page("event")),
                    new io.gatling.javaapi.core.Choice.WithWeight(10, page("news")),
                    new io.gatling.javaapi.core.Choice.WithWeight(25, page("article")),
                    new io.gatling.javaapi.core.Choice.WithWeight(5, page("feed")),
                    new io.gatling.javaapi.core.Choice.WithWeight(5, page("organisations")),
                    new io.gatling.javaapi.core.Choice.WithWeight(5, page("static"))));
            ScenarioBuilder members = scenario("members").exec(signIn).during(DURATION).on(randomSwitch().on(
                    new io.gatling.javaapi.core.Choice.WithWeight(40, page("thread")),
                    new io.gatling.javaapi.core.Choice.WithWeight(20, page("category")),
                    new io.gatling.javaapi.core.Choice.WithWeight(10, page("search")),
                    new io.gatling.javaapi.core.Choice.WithWeight(15, page("notifications")),
                    new io.gatling.javaapi.core.Choice.WithWeight(5, register),
                    new io.gatling.javaapi.core.Choice.WithWeight(5, reply),
                    new io.gatling.javaapi.core.Choice.WithWeight(5, page("directory"))));
            populations.add(readers.injectOpen(atOnceUsers(CONNECTIONS / 2)));
            populations.add(members.injectOpen(atOnceUsers(CONNECTIONS - CONNECTIONS / 2)));
        } else {
            ScenarioBuilder one = membersOnly(KIND)
                    ? scenario(KIND).exec(signIn).during(DURATION).on(page(KIND))
                    : scenario(KIND).during(DURATION).on(page(KIND));
            populations.add(one.injectOpen(atOnceUsers(CONNECTIONS)));
        }
        setUp(populations).protocols(protocol);
    }
}
